/**
 * The few parts of the liblouis Emscripten build (the npm package liblouis-build, liblouis 3.2.0) this site
 * calls. Its own "Easy API" wrapper sizes the output to the input and overflows, as contracted braille can
 * be longer than the print; so this calls lou_translateString directly with room to spare, and again with
 * more room when liblouis says it stopped short.
 */
export interface LiblouisModule {
  _malloc(bytes: number): number;
  _free(pointer: number): void;
  _lou_translateString(
    tables: number,
    input: number,
    inputLength: number,
    output: number,
    outputLength: number,
    typeform: number,
    spacing: number,
    mode: number,
  ): number;
  HEAPU8: Uint8Array;
  HEAPU16: Uint16Array;
  HEAP32: Int32Array;
  FS: { mkdir(path: string): void; writeFile(path: string, text: string): void };
}

function withMemory<T>(louis: LiblouisModule, bytes: number[], work: (pointers: number[]) => T): T {
  const pointers = bytes.map((size) => louis._malloc(size));
  try {
    return work(pointers);
  } finally {
    pointers.forEach((pointer) => louis._free(pointer));
  }
}

/** One attempt with room for `room` cells: the braille, or undefined when liblouis ran out of room. */
function translateOnce(louis: LiblouisModule, tableList: string, text: string, room: number): string | undefined {
  return withMemory(
    louis,
    [tableList.length + 1, text.length * 2 + 2, room * 2, 4, 4],
    ([tables, input, output, inLength, outLength]) => {
      for (let i = 0; i < tableList.length; i++) louis.HEAPU8[tables! + i] = tableList.charCodeAt(i);
      louis.HEAPU8[tables! + tableList.length] = 0;
      for (let i = 0; i < text.length; i++) louis.HEAPU16[(input! >> 1) + i] = text.charCodeAt(i);
      louis.HEAP32[inLength! >> 2] = text.length;
      louis.HEAP32[outLength! >> 2] = room;
      if (!louis._lou_translateString(tables!, input!, inLength!, output!, outLength!, 0, 0, 0)) {
        throw new Error(`liblouis could not translate with the tables ${tableList}`);
      }
      if (louis.HEAP32[inLength! >> 2]! < text.length) return undefined;
      const length = louis.HEAP32[outLength! >> 2]!;
      return String.fromCharCode(...louis.HEAPU16.subarray(output! >> 1, (output! >> 1) + length));
    },
  );
}

/** Print to braille with the given table list, as the display table writes it (here BRF's ASCII). */
export function louisTranslate(louis: LiblouisModule, tableList: string, text: string): string {
  if (!text) return '';
  for (let room = text.length * 4 + 64; ; room *= 2) {
    const braille = translateOnce(louis, tableList, text, room);
    if (braille !== undefined) return braille;
    if (room > text.length * 64 + 4096) throw new Error('liblouis did not finish the translation');
  }
}

/**
 * BRF holds the 64 six-dot cells as ASCII 32 to 95. Its lower-case forms (96 to 126) are the same cells, so
 * they become their upper-case twins; anything else (an eight-dot cell) becomes a space.
 */
export const asBrfCells = (braille: string) =>
  braille
    .replace(/[\x60-\x7e]/g, (cell) => String.fromCharCode(cell.charCodeAt(0) - 32))
    .replace(/[^\x20-\x5f]/g, ' ')
    .replace(/ +/g, ' ')
    .trim();
