import { inBothLanguages, type AgreementModel, type FrontLines } from '~/core/agreement/model';
import type { PageCanvas } from './canvas';
import { baselineIn, type Layout } from './layout';
import { safeLine } from './safe-text';
import { MM } from './theme';
import type { Measure } from './wrap';

/** The running header and footer: how much room they take and how to draw them on a page. */
export interface PageFurniture {
  /** Space from the top margin to where the body starts. */
  headerHeight: number;
  /** Space from the bottom margin to where the body ends. */
  footerHeight: number;
  draw(canvas: PageCanvas, pageNumber: number, pageCount: number): void;
}

/** Reference and date at the top of every page, "Page n of N" at the foot; both marked as pagination artifacts. */
export function createFurniture(layout: Layout, model: FrontLines & Pick<AgreementModel, 'pageOf'>): PageFurniture {
  const { theme } = layout;
  const style = layout.style('regular', theme.furniture, theme.colour.secondary);
  const measure = layout.measure(style);
  const right = layout.left + layout.width;
  const reference = safeLine(inBothLanguages(model, 'reference'), style.face);
  const date = safeLine(inBothLanguages(model, 'dateText'), style.face);
  const oneLine = measure(reference) + measure(date) + style.size * 2 <= layout.width;
  const headerLines = oneLine ? 1 : 2;
  const headerTop = theme.page.height - theme.margin.top;
  const ruleY = headerTop - headerLines * style.lineHeight - 1.5 * MM;
  const footerTop = theme.margin.bottom + style.lineHeight;

  return {
    headerHeight: headerLines * style.lineHeight + theme.space.furnitureGap,
    footerHeight: style.lineHeight + theme.space.furnitureGap,
    draw(canvas, pageNumber, pageCount) {
      const firstBaseline = baselineIn(headerTop, style);
      if (oneLine) {
        canvas.artifactText('Header', reference, style, layout.left, firstBaseline);
        canvas.artifactText('Header', date, style, right - measure(date), firstBaseline);
      } else {
        canvas.artifactText('Header', truncate(reference, layout.width, measure), style, layout.left, firstBaseline);
        canvas.artifactText(
          'Header',
          truncate(date, layout.width, measure),
          style,
          layout.left,
          firstBaseline - style.lineHeight,
        );
      }
      canvas.line({ x: layout.left, y: ruleY }, { x: right, y: ruleY }, 0.5, theme.colour.rule);

      const footer = truncate(
        fillPageOf(safeLine(model.pageOf, style.face), pageNumber, pageCount),
        layout.width,
        measure,
      );
      const footerX = layout.left + (layout.width - measure(footer)) / 2;
      canvas.artifactText('Footer', footer, style, footerX, baselineIn(footerTop, style));
    },
  };
}

/** "Page {{page}} of {{total}}" with the numbers in; the numbers alone if the template has no placeholders. */
export function fillPageOf(template: string, page: number, total: number): string {
  if (!template.includes('{{page}}')) return `${template} ${page}/${total}`.trim();
  return template.replaceAll('{{page}}', String(page)).replaceAll('{{total}}', String(total));
}

/** The longest start of `text` that fits `width` with an ellipsis, or all of it if it fits. */
function truncate(text: string, width: number, measure: Measure): string {
  if (measure(text) <= width) return text;
  const points = Array.from(text);
  let low = 0;
  let high = Math.min(points.length, 400);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(points.slice(0, middle).join('') + '\u2026') <= width) low = middle;
    else high = middle - 1;
  }
  return points.slice(0, low).join('').trimEnd() + '\u2026';
}
