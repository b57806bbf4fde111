import type { SymbolId } from '~/core/easy-read/symbols';

// Built into /_astro/ with hashed names (so they are kept for offline use), never inlined as data: URLs.
const SVG = import.meta.glob<string>('../assets/symbols/mulberry/*.svg', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});
const PNG = import.meta.glob<string>('../assets/symbols/mulberry/*.png', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

/** The address of a symbol's SVG on this site, for the easy read page. */
export const symbolUrl = (id: SymbolId): string => SVG[`../assets/symbols/mulberry/${id}.svg`] ?? '';

/** The PNGs of the symbols a PDF draws, fetched from this site. */
export async function symbolPngs(ids: Iterable<SymbolId>): Promise<Map<SymbolId, Uint8Array>> {
  const unique = [...new Set(ids)];
  const bytes = await Promise.all(
    unique.map(async (id) => {
      const response = await fetch(PNG[`../assets/symbols/mulberry/${id}.png`] ?? '');
      if (!response.ok) throw new Error(`symbol ${id}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    }),
  );
  return new Map(unique.map((id, i) => [id, bytes[i]!]));
}
