import {
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFString,
  type PDFDocument,
  type PDFObject,
  type PDFRef,
} from 'pdf-lib';
import { hasContent, isNode, type StructNode } from './structure';

/**
 * Writes the structure tree, its ParentTree and the catalog and page entries that make a tagged PDF
 * (ISO 32000-1 14.7 and 14.8). pdf-lib has no API for this, so it is built from plain objects.
 */
export function writeStructureTree(doc: PDFDocument, root: StructNode): void {
  const { context, catalog } = doc;
  const pages = doc.getPages();
  const pageRefs = pages.map((page) => page.ref);
  const owners: PDFRef[][] = pages.map(() => []);

  const write = (node: StructNode, parentRef: PDFRef): PDFRef => {
    const ref = context.nextRef();
    const kids: PDFObject[] = [];
    let firstPage: number | undefined;
    for (const kid of node.kids) {
      if (isNode(kid)) {
        if (hasContent(kid)) kids.push(write(kid, ref));
        continue;
      }
      const pageRef = pageRefs[kid.page];
      if (!pageRef) continue;
      kids.push(context.obj({ Type: 'MCR', Pg: pageRef, MCID: kid.mcid }));
      owners[kid.page]![kid.mcid] = ref;
      firstPage ??= kid.page;
    }
    const dict = context.obj({ Type: 'StructElem', S: node.role, P: parentRef, K: kids });
    if (firstPage !== undefined) dict.set(PDFName.of('Pg'), pageRefs[firstPage]!);
    if (node.lang) dict.set(PDFName.of('Lang'), PDFString.of(node.lang));
    if (node.alt) dict.set(PDFName.of('Alt'), PDFHexString.fromText(node.alt));
    if (node.attributes)
      dict.set(PDFName.of('A'), context.obj({ O: node.attributes.owner, ...node.attributes.values }));
    context.assign(ref, dict);
    return ref;
  };

  const rootRef = context.nextRef();
  const documentRef = write(root, rootRef);
  const nums: PDFObject[] = owners.flatMap((refs, page) => [
    PDFNumber.of(page),
    context.obj(Array.from(refs, (ref) => ref ?? PDFNull)),
  ]);
  const parentTreeRef = context.register(context.obj({ Nums: nums }));
  context.assign(
    rootRef,
    context.obj({
      Type: 'StructTreeRoot',
      K: [documentRef],
      ParentTree: parentTreeRef,
      ParentTreeNextKey: pages.length,
    }),
  );

  pages.forEach((page, index) => {
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(index));
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
  });
  catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  catalog.set(PDFName.of('StructTreeRoot'), rootRef);
}
