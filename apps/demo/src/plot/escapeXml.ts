/**
 * Escapes text for an XML/HTML text node or a double-quoted attribute: `&`, `<`, `>`, `"`, `'`.
 * Every string that reaches the report from data (initializer names, labels, error details)
 * goes through it, so a label like `a<b` cannot break the page.
 *
 * @example
 * ```ts
 * escapeXml('random "×10" <scale>'); // 'random &quot;×10&quot; &lt;scale&gt;'
 * ```
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
