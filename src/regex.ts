/** `text` as a regular expression that matches it literally (a key or name read from user input). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
