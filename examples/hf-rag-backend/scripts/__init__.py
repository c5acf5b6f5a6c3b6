"""The chat backend of the book: retrieval over bundled chapters, served by FastAPI."""
