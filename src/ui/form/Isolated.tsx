/**
 * A sentence whose names were isolated with `isolate()` (FSI ... PDI), drawn with each name in `<bdi>`:
 * a right-to-left name, or one with a stray direction mark, cannot reorder the words around it.
 */
export function Isolated({ text }: { text: string }) {
  const parts = text.split(/\u2068([^\u2068\u2069]*)\u2069/);
  return <>{parts.map((part, index) => (index % 2 ? <bdi key={index}>{part}</bdi> : part))}</>;
}
