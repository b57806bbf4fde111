import { pageOperators } from './pdf-rules';

/**
 * Every fill colour text is drawn in, page by page, as [r, g, b] from 0 to 1: read from the decoded
 * content streams (pdf-lib writes one operator a line), the colour set by the last `rg` before each `Tj`/`TJ`.
 */
export async function textColours(bytes: Uint8Array): Promise<[number, number, number][][]> {
  return (await pageOperators(bytes)).map((operators) => {
    let fill: [number, number, number] = [0, 0, 0];
    const used = new Map<string, [number, number, number]>();
    for (const operator of operators) {
      const parts = operator.trim().split(/\s+/);
      const name = parts[parts.length - 1];
      if (name === 'rg') fill = parts.slice(0, 3).map(Number) as [number, number, number];
      else if (name === 'g') fill = [Number(parts[0]), Number(parts[0]), Number(parts[0])];
      else if (name === 'Tj' || name === 'TJ') used.set(fill.join(' '), fill);
    }
    return [...used.values()];
  });
}
