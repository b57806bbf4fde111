/** Attribute values from raw HTML; built pages are Astro's own, well-formed output. */
export function attributeValues(html: string, element: string, attribute: string): string[] {
  const values: string[] = [];
  const tagPattern = new RegExp(`<${element}\\b[^>]*>`, 'gi');
  const attrPattern = new RegExp(`\\s${attribute}="([^"]*)"`, 'i');
  for (const tag of html.match(tagPattern) ?? []) {
    const match = tag.match(attrPattern);
    if (match?.[1] !== undefined) values.push(decodeEntities(match[1]));
  }
  return values;
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
