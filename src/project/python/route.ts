/** A GET route the service serves, with its full path after router prefixes are applied. */
export interface Route {
  path: string;
  file: string;
  line: number;
  /** How the path was assembled, e.g. `prefix "/api" from app/main.py:12`. */
  via: string[];
  /** A literal JSON object the handler returns, when it returns one. */
  body?: Record<string, unknown>;
  /** Whether the handler mentions 503 (it reports unavailability). */
  mentions503: boolean;
}
