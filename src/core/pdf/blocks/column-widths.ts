import type { Layout } from '~/core/pdf/layout';
import { safeText } from '~/core/pdf/safe-text';
import type { Measure } from '~/core/pdf/wrap';

/**
 * Column widths that fill the body column, much as a browser sizes an automatic table: columns whose text fits
 * a fair share get their natural width; the others share what is left by how much more text they have.
 * Every column is at least wide enough for its header's longest word. Null when even that does not fit.
 */
export function columnWidths(layout: Layout, headers: string[], rows: string[][], columns: number): number[] | null {
  if (columns === 0) return null;
  const { padX, minWidth } = layout.theme.cell;
  const bold = layout.measure(layout.style('bold', layout.theme.body));
  const regular = layout.measure(layout.style('regular', layout.theme.body));
  const face = layout.faces.regular;
  const longest = (text: string | undefined, measure: Measure, split: RegExp) =>
    Math.max(
      0,
      ...safeText(text ?? '', face)
        .split(split)
        .map(measure),
    );

  const minimum = Array.from({ length: columns }, (_, c) =>
    Math.max(minWidth, longest(headers[c], bold, /\s+/) + 2 * padX),
  );
  if (sum(minimum) > layout.width) return null;
  const natural = minimum.map((min, c) =>
    Math.max(
      min,
      longest(headers[c], bold, /\n/) + 2 * padX,
      ...rows.map((row) => longest(row[c], regular, /\n/) + 2 * padX),
    ),
  );
  if (sum(natural) <= layout.width) return natural.map((width) => (width / sum(natural)) * layout.width);

  const widths = [...natural];
  let open = natural.map((_, c) => c);
  let remaining = layout.width;
  for (let settled = true; settled && open.length > 1;) {
    const fair = remaining / open.length;
    const fitting = open.filter((c) => natural[c]! <= fair);
    settled = fitting.length > 0;
    remaining -= sum(fitting.map((c) => natural[c]!));
    open = open.filter((c) => natural[c]! > fair);
  }
  const openMinimum = sum(open.map((c) => minimum[c]!));
  if (openMinimum > remaining) return shareOut(minimum, natural, layout.width);
  const shared = shareOut(
    open.map((c) => minimum[c]!),
    open.map((c) => natural[c]!),
    remaining,
  );
  open.forEach((c, i) => (widths[c] = shared[i]!));
  return widths;
}

/** Each column its minimum plus a share of the spare width in proportion to how much more it wants. */
function shareOut(minimum: number[], natural: number[], width: number): number[] {
  const wants = natural.map((value, c) => Math.max(0, value - minimum[c]!));
  const spare = width - sum(minimum);
  return minimum.map((min, c) => min + (sum(wants) > 0 ? (spare * wants[c]!) / sum(wants) : spare / minimum.length));
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
