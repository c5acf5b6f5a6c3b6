/** Joins URL path segments the way routers do: one slash between, none doubled. */
export function joinPath(...parts: string[]): string {
  let out = '';
  for (const p of parts) {
    if (!p) continue;
    out = `${out.replace(/\/+$/, '')}/${p.replace(/^\/+/, '')}`;
  }
  return out || '/';
}
