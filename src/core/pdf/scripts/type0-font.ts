import { PDFHexString, PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import { subsetGlyf } from './glyf-subset';

/** What the embedder needs to know about a font besides its bytes, in font units. */
export interface FontMetrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  bbox: [number, number, number, number];
  /** The font's own advance of a glyph (its hmtx width), in font units. */
  advance(glyph: number): number;
  /** How many glyphs the font has: copies of glyphs are numbered from here. */
  glyphCount: number;
}

/**
 * A TrueType font embedded our way, for glyphs shaped elsewhere (HarfBuzz): a Type0 font with Identity-H
 * encoding over a CIDFontType2 whose CIDs are the font's own glyph ids, so text is written as 2-byte glyph ids.
 * Glyphs are recorded as they are drawn; `finish` writes the font subset to the glyphs used, with /W widths and
 * a /ToUnicode map, and must run before the document is saved.
 */
export class Type0Font {
  #ref: PDFRef | undefined;
  /** Each CID drawn: the glyph it shows and the writing it stands for. */
  readonly #cids = new Map<number, { glyph: number; text: string }>();
  readonly #byUse = new Map<string, number>();
  #nextAlias: number;

  constructor(
    private readonly context: PDFContext,
    private readonly bytes: Uint8Array,
    private readonly metrics: FontMetrics,
    readonly name: string,
  ) {
    this.#nextAlias = metrics.glyphCount;
  }

  /** The font's object, numbered when first drawn with, so an unused font leaves no trace in the file. */
  get ref(): PDFRef {
    this.#ref ??= this.context.nextRef();
    return this.#ref;
  }

  /** A glyph's width in the PDF's thousandths of the font size, as written to /W. */
  width(glyph: number): number {
    return Math.round((this.metrics.advance(glyph) * 1000) / this.metrics.unitsPerEm);
  }

  /**
   * The CID that draws `glyph` standing for `text` (for copy and search, through /ToUnicode). It is the glyph id,
   * unless the glyph already stands for other writing: Nastaliq draws several letters with one shape and tells
   * them apart by their dots, so such a glyph gets a copy under a new id with its own meaning.
   */
  use(glyph: number, text: string): number {
    const key = `${glyph}:${text}`;
    let cid = this.#byUse.get(key);
    if (cid === undefined) {
      cid = this.#cids.has(glyph) ? this.#nextAlias++ : glyph;
      this.#cids.set(cid, { glyph, text });
      this.#byUse.set(key, cid);
    }
    return cid;
  }

  /** Writes the font's objects; nothing when no glyph was drawn. */
  finish(): void {
    if (this.#cids.size === 0 || !this.#ref) return;
    const { context, metrics } = this;
    const scale = 1000 / metrics.unitsPerEm;
    const glyphs = new Map([...this.#cids].map(([cid, { glyph }]) => [cid, glyph]));
    const fontFile = context.register(context.flateStream(subsetGlyf(this.bytes, glyphs)));
    const descriptor = context.register(
      context.obj({
        Type: 'FontDescriptor',
        FontName: this.name,
        Flags: 4, // symbolic: its glyphs are reached by id, not through a standard encoding
        FontBBox: metrics.bbox.map((value) => Math.round(value * scale)),
        ItalicAngle: 0,
        Ascent: Math.round(metrics.ascent * scale),
        Descent: Math.round(-Math.abs(metrics.descent) * scale),
        CapHeight: Math.round(metrics.ascent * scale),
        StemV: 0,
        FontFile2: fontFile,
      }),
    );
    const cidFont = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: this.name,
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
        FontDescriptor: descriptor,
        CIDToGIDMap: 'Identity',
        W: this.#widths(),
      }),
    );
    const toUnicode = context.register(context.flateStream(this.#toUnicode()));
    context.assign(
      this.#ref,
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: this.name,
        Encoding: 'Identity-H',
        DescendantFonts: [cidFont],
        ToUnicode: toUnicode,
      }),
    );
  }

  /** /W as runs of consecutive glyph ids: [first [w1 w2 ...] first [w ...] ...]. */
  #widths() {
    const cids = [...this.#cids.keys()].sort((a, b) => a - b);
    const entries: (number | number[])[] = [];
    let run: number[] = [];
    cids.forEach((cid, index) => {
      if (index === 0 || cid !== cids[index - 1]! + 1) {
        run = [];
        entries.push(cid, run);
      }
      run.push(this.width(this.#cids.get(cid)!.glyph));
    });
    return this.context.obj(entries);
  }

  #toUnicode(): string {
    // A glyph that stands for no letters of its own (a mark, a dot) has no entry.
    const mapped = [...this.#cids]
      .map(([cid, { text }]) => [cid, text] as const)
      .filter(([, text]) => text.length > 0)
      .sort(([a], [b]) => a - b);
    const blocks: string[] = [];
    for (let i = 0; i < mapped.length; i += 100) {
      const block = mapped.slice(i, i + 100);
      blocks.push(
        `${block.length} beginbfchar\n` +
          block.map(([cid, text]) => `<${hex4(cid)}> ${utf16Hex(text)}`).join('\n') +
          '\nendbfchar',
      );
    }
    return [
      '/CIDInit /ProcSet findresource begin',
      '12 dict begin',
      'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def',
      '/CMapType 2 def',
      '1 begincodespacerange',
      '<0000> <FFFF>',
      'endcodespacerange',
      ...blocks,
      'endcmap',
      'CMapName currentdict /CMap defineresource pop',
      'end',
      'end',
    ].join('\n');
  }
}

/** A glyph id as the two bytes Identity-H reads. */
export function hex4(glyph: number): string {
  return glyph.toString(16).toUpperCase().padStart(4, '0');
}

function utf16Hex(text: string): string {
  // PDFHexString.fromText gives <FEFF...>; ToUnicode wants the UTF-16BE code units without the byte order mark.
  return '<' + PDFHexString.fromText(text).asString().slice(4) + '>';
}
