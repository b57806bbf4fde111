import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDF_OUTPUT, poppler } from './agreement-pdf';
import { openPdf, pdfText } from './pdf-text';

/** Saves a PDF in tests/.output/pdf to look at by hand, and returns what pdfinfo says of it. */
export function saveAndInspect(name: string, bytes: Uint8Array): { file: string; info: string } {
  mkdirSync(PDF_OUTPUT, { recursive: true });
  const file = join(PDF_OUTPUT, `${name}.pdf`);
  writeFileSync(file, bytes);
  return { file, info: poppler('pdfinfo', file) };
}

interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}

/** Every Figure in the structure tree (pdf.js), in reading order, as its alternative text. */
export async function figureAlts(bytes: Uint8Array): Promise<(string | undefined)[]> {
  const doc = await openPdf(bytes);
  const found: (string | undefined)[] = [];
  const walk = (node: StructNode | null) => {
    if (node?.role === 'Figure') found.push(node.alt);
    node?.children?.forEach(walk);
  };
  try {
    for (let n = 1; n <= doc.numPages; n++) walk((await (await doc.getPage(n)).getStructTree()) as StructNode);
  } finally {
    await doc.destroy();
  }
  return found;
}

/** The smallest size any text is drawn at, in points. */
export async function smallestText(bytes: Uint8Array): Promise<number> {
  const pages = await pdfText(bytes);
  return Math.min(...pages.flatMap((p) => p.runs.filter((r) => r.str.trim()).map((r) => r.size)));
}
