import {
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  beginText,
  endText,
  moveText,
  setFillingColor,
  setFontAndSize,
  showText,
  type PDFImage,
  type PDFPage,
  type PDFRef,
  type RGB,
} from 'pdf-lib';
import type { Typeface } from './fonts';
import type { StructNode } from './structure';

/** How a run of text looks. */
export interface TextStyle {
  face: Typeface;
  size: number;
  colour: RGB;
}

/** Why a drawing is not content: running header and footer, or lines and fills that only shape the page. */
export type ArtifactKind = 'Header' | 'Footer' | 'Layout';

/** Draws on one page, wrapping text in marked content for its structure element and everything else as artifacts. */
export class PageCanvas {
  #nextMcid = 0;
  readonly #fontKeys = new Map<PDFRef, PDFName>();

  constructor(
    readonly page: PDFPage,
    readonly index: number,
  ) {}

  /** Draws one line of already-safe text at a baseline and records it as content of `node`. */
  text(node: StructNode, text: string, style: TextStyle, x: number, baseline: number): void {
    if (!text) return;
    const mcid = this.#nextMcid++;
    this.#begin(node.role, `<</MCID ${mcid}>>`);
    this.#drawText(text, style, x, baseline);
    this.#end();
    node.kids.push({ page: this.index, mcid });
  }

  /** Draws text that is not part of the document's content, such as "Page 2 of 4". */
  artifactText(kind: ArtifactKind, text: string, style: TextStyle, x: number, baseline: number): void {
    if (!text) return;
    this.#beginArtifact(kind);
    this.#drawText(text, style, x, baseline);
    this.#end();
  }

  /** A picture that is content (a Figure: `node` carries its /Alt), its lower left corner at x, y. */
  image(node: StructNode, image: PDFImage, x: number, y: number, width: number, height: number): void {
    const mcid = this.#nextMcid++;
    this.#begin(node.role, `<</MCID ${mcid}>>`);
    this.page.drawImage(image, { x, y, width, height });
    this.#end();
    node.kids.push({ page: this.index, mcid });
  }

  /** A horizontal or vertical rule. */
  line(from: { x: number; y: number }, to: { x: number; y: number }, thickness: number, colour: RGB): void {
    this.#beginArtifact('Layout');
    this.page.drawLine({ start: from, end: to, thickness, color: colour });
    this.#end();
  }

  /** A square outline (a box to tick on a paper form), its lower left corner at x, y. */
  box(x: number, y: number, size: number, thickness: number, colour: RGB): void {
    this.#beginArtifact('Layout');
    this.page.drawRectangle({ x, y, width: size, height: size, borderColor: colour, borderWidth: thickness });
    this.#end();
  }

  /** A filled rectangle with no border. */
  fill(x: number, y: number, width: number, height: number, colour: RGB): void {
    this.#beginArtifact('Layout');
    this.page.drawRectangle({ x, y, width, height, color: colour, borderWidth: 0 });
    this.#end();
  }

  // Text operators written directly: page.drawText adds a new font resource for every call.
  #drawText(text: string, style: TextStyle, x: number, baseline: number): void {
    const { font, shaper } = style.face;
    if (shaper?.handles(text)) {
      const operators = shaper.draw(text, style.size, (name, ref) => this.#fontKey(ref, name));
      this.page.pushOperators(
        beginText(),
        setFillingColor(style.colour),
        moveText(x, baseline),
        ...operators,
        endText(),
      );
      return;
    }
    this.page.pushOperators(
      beginText(),
      setFillingColor(style.colour),
      setFontAndSize(this.#fontKey(font.ref, font.name), style.size),
      moveText(x, baseline),
      showText(font.encodeText(text)),
      endText(),
    );
  }

  #fontKey(ref: PDFRef, name: string): PDFName {
    let key = this.#fontKeys.get(ref);
    if (!key) {
      key = this.page.node.newFontDictionary(name, ref);
      this.#fontKeys.set(ref, key);
    }
    return key;
  }

  #beginArtifact(kind: ArtifactKind): void {
    this.#begin('Artifact', kind === 'Layout' ? '<</Type /Layout>>' : `<</Type /Pagination /Subtype /${kind}>>`);
  }

  /** Opens a marked-content sequence; `properties` is a literal dictionary written straight into the stream. */
  #begin(tag: string, properties: string): void {
    this.page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(tag), properties]));
  }

  #end(): void {
    this.page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }
}
