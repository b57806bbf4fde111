import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';

export interface Rule {
  y: number;
  length: number;
  artifact: boolean;
}

/** Each page's drawing operators, one a line, from its decoded content streams (pdf-lib writes one operator a line). */
export async function pageOperators(bytes: Uint8Array): Promise<string[][]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    return refs
      .map((ref) => doc.context.lookup(ref))
      .filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream)
      .flatMap((stream) => new TextDecoder().decode(decodePDFRawStream(stream).decode()).split('\n'));
  });
}

/** Horizontal lines drawn on each page, read from its operators. */
export async function ruledLines(bytes: Uint8Array): Promise<Rule[][]> {
  return (await pageOperators(bytes)).map((operators) => {
    const open: string[] = [];
    let start: number[] = [];
    const rules: Rule[] = [];
    for (const operator of operators) {
      const parts = operator.trim().split(/\s+/);
      const name = parts[parts.length - 1];
      if (name === 'BDC' || name === 'BMC') open.push(parts[0]!);
      else if (name === 'EMC') open.pop();
      else if (name === 'm') start = parts.slice(0, 2).map(Number);
      else if (name === 'l' && Math.abs(Number(parts[1]) - start[1]!) < 0.01) {
        rules.push({ y: start[1]!, length: Number(parts[0]) - start[0]!, artifact: open.includes('/Artifact') });
      }
    }
    return rules;
  });
}
