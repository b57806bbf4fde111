/**
 * A TrueType (glyf) font cut down to the glyphs a document uses, keeping every glyph's id, so the glyph ids
 * HarfBuzz gave can be written straight into the PDF (CIDToGIDMap /Identity). Unused glyphs become empty;
 * the font stops at the highest id used. Only the tables a PDF viewer reads are kept (PDF 32000 9.9).
 */
const KEPT_TABLES = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'];

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

interface Tables {
  [tag: string]: Uint8Array;
}

function readTables(font: Uint8Array): Tables {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = view.getUint16(4);
  const tables: Tables = {};
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    tables[tag] = font.subarray(offset, offset + length);
  }
  return tables;
}

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The font's glyph outlines as byte ranges, from loca. */
function glyphRanges(tables: Tables): (gid: number) => Uint8Array {
  const longOffsets = viewOf(tables.head!).getInt16(50) === 1;
  const loca = viewOf(tables.loca!);
  const glyf = tables.glyf!;
  return (gid) => {
    const start = longOffsets ? loca.getUint32(gid * 4) : loca.getUint16(gid * 2) * 2;
    const end = longOffsets ? loca.getUint32(gid * 4 + 4) : loca.getUint16(gid * 2 + 2) * 2;
    return glyf.subarray(start, end);
  };
}

/** Adds the glyphs a composite glyph is built from. */
function addComponents(data: Uint8Array, keep: Set<number>, glyph: (gid: number) => Uint8Array): void {
  if (data.length < 10 || viewOf(data).getInt16(0) >= 0) return;
  const view = viewOf(data);
  let at = 10;
  for (;;) {
    const flags = view.getUint16(at);
    const component = view.getUint16(at + 2);
    if (!keep.has(component)) {
      keep.add(component);
      addComponents(glyph(component), keep, glyph);
    }
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return;
  }
}

/**
 * The subset font's bytes. `used` maps each id to keep to the font's glyph it shows: itself, or for an id past the
 * font's last glyph, the glyph it is a copy of. Glyph 0 (.notdef) always stays.
 */
export function subsetGlyf(font: Uint8Array, used: ReadonlyMap<number, number>): Uint8Array {
  const tables = readTables(font);
  const original = glyphRanges(tables);
  const total = viewOf(tables.maxp!).getUint16(4);
  const source = new Map<number, number>([[0, 0]]);
  for (const [id, gid] of used) if (gid < total) source.set(id, gid);
  const components = new Set<number>();
  for (const gid of source.values()) addComponents(original(gid), components, original);
  for (const gid of components) if (!source.has(gid)) source.set(gid, gid);
  const keep = new Set(source.keys());
  const glyph = (id: number) => original(source.get(id) ?? id);
  const count = Math.max(...keep) + 1;

  const pieces: Uint8Array[] = [];
  const loca = new DataView(new ArrayBuffer((count + 1) * 4));
  let length = 0;
  for (let gid = 0; gid < count; gid++) {
    loca.setUint32(gid * 4, length);
    if (!keep.has(gid)) continue;
    const data = glyph(gid);
    pieces.push(data);
    length += data.length;
    if (data.length % 4) {
      pieces.push(new Uint8Array(4 - (data.length % 4)));
      length += 4 - (data.length % 4);
    }
  }
  loca.setUint32(count * 4, length);
  const glyf = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    glyf.set(piece, at);
    at += piece.length;
  }

  const out: Tables = { ...tables, glyf, loca: new Uint8Array(loca.buffer) };
  out.head = tables.head!.slice();
  viewOf(out.head).setUint32(8, 0); // checkSumAdjustment, set below
  viewOf(out.head).setInt16(50, 1); // long loca offsets
  out.maxp = tables.maxp!.slice();
  viewOf(out.maxp).setUint16(4, count);
  out.hmtx = metricsFor(tables, count, source);
  out.hhea = tables.hhea!.slice();
  viewOf(out.hhea).setUint16(34, count);
  return writeFont(out);
}

/** One advance and side bearing per glyph up to `count`: the font's own for kept glyphs, zero for the rest. */
function metricsFor(tables: Tables, count: number, source: ReadonlyMap<number, number>): Uint8Array {
  const metrics = viewOf(tables.hmtx!);
  const longCount = viewOf(tables.hhea!).getUint16(34);
  const out = new DataView(new ArrayBuffer(count * 4));
  for (const [id, gid] of source) {
    const advance = metrics.getUint16(Math.min(gid, longCount - 1) * 4);
    const bearing =
      gid < longCount ? metrics.getInt16(gid * 4 + 2) : metrics.getInt16(longCount * 4 + (gid - longCount) * 2);
    out.setUint16(id * 4, advance);
    out.setInt16(id * 4 + 2, bearing);
  }
  return new Uint8Array(out.buffer);
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
  padded.set(bytes);
  const view = viewOf(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

function writeFont(tables: Tables): Uint8Array {
  const tags = KEPT_TABLES.filter((tag) => tables[tag]);
  const headerLength = 12 + tags.length * 16;
  const padded = (n: number) => Math.ceil(n / 4) * 4;
  const size = tags.reduce((sum, tag) => sum + padded(tables[tag]!.length), headerLength);
  const bytes = new Uint8Array(size);
  const view = viewOf(bytes);
  const power = 2 ** Math.floor(Math.log2(tags.length));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tags.length * 16 - power * 16);
  let offset = headerLength;
  tags.forEach((tag, i) => {
    const data = tables[tag]!;
    const record = 12 + i * 16;
    for (let c = 0; c < 4; c++) view.setUint8(record + c, tag.charCodeAt(c));
    view.setUint32(record + 4, checksum(data));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, data.length);
    bytes.set(data, offset);
    offset += padded(data.length);
  });
  const headOffset = view.getUint32(12 + tags.indexOf('head') * 16 + 8);
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(bytes)) >>> 0);
  return bytes;
}
