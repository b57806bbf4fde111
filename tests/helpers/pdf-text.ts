import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One run of text as pdf.js sees it: baseline position, width and font size in points. */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A page's size, its text joined up, and each text run with its position. */
export interface PageText {
  width: number;
  height: number;
  text: string;
  runs: TextRun[];
}

/** Opens a PDF with pdf.js in Node (no eval, no system fonts). */
export async function openPdf(data: Uint8Array) {
  // pdf.js takes ownership of the buffer it is given, so hand it a copy.
  return getDocument({ data: data.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
}

/** Every page's text and text positions, in page order. */
export async function pdfText(data: Uint8Array): Promise<PageText[]> {
  const doc = await openPdf(data);
  try {
    const pages: PageText[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const runs = content.items.flatMap((item) =>
        'str' in item && item.str.trim() !== ''
          ? [
              {
                str: item.str,
                x: item.transform[4],
                y: item.transform[5],
                width: item.width,
                size: Math.hypot(item.transform[2], item.transform[3]),
              },
            ]
          : [],
      );
      pages.push({ width, height, text: runs.map((run) => run.str).join('\n'), runs });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
