/**
 * Text for an XML 1.0 attribute or element: markup characters escaped, and the control characters
 * XML 1.0 cannot carry at all (even escaped) replaced, so a message quoting a binary byte never
 * makes the report unreadable for Jenkins or reviewdog.
 */
export function xmlText(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
