"""A todo API on PostgreSQL, packaged for Kubernetes."""
