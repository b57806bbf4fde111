import { openPdf } from './pdf-text';

interface TreeNode {
  role?: string;
  type?: string;
  id?: string;
  children?: TreeNode[];
}

/** What pdf.js finds in a PDF's structure tree, over all pages. */
export interface StructureSummary {
  roles: Set<string>;
  /** Marked-content ids the structure tree points at, such as "p10R_mc3". */
  contentIds: Set<string>;
  /** Marked-content ids found in the pages' content streams. */
  markedIds: Set<string>;
  /** Text drawn outside any marked content, which assistive technology could not place. */
  unmarkedText: string[];
  /** Text marked as content but not referenced from the structure tree. */
  orphanedText: string[];
}

/** Reads the structure tree and the marked content of every page with pdf.js. */
export async function structureOf(data: Uint8Array): Promise<StructureSummary> {
  const doc = await openPdf(data);
  const summary: StructureSummary = {
    roles: new Set(),
    contentIds: new Set(),
    markedIds: new Set(),
    unmarkedText: [],
    orphanedText: [],
  };
  const walk = (node: TreeNode) => {
    if (node.role) summary.roles.add(node.role);
    if (node.type === 'content' && node.id) summary.contentIds.add(node.id);
    node.children?.forEach(walk);
  };
  try {
    const marked: { id: string; str: string }[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      walk(await page.getStructTree());
      const content = await page.getTextContent({ includeMarkedContent: true });
      const open: (string | null)[] = [];
      for (const item of content.items) {
        // pdf.js types leave out the marked-content tag it reports.
        const mark = item as { type?: string; id?: string; tag?: string };
        if (mark.type === 'beginMarkedContentProps')
          open.push(mark.id ?? (mark.tag === 'Artifact' ? 'artifact' : null));
        else if (mark.type === 'beginMarkedContent') open.push(mark.tag === 'Artifact' ? 'artifact' : null);
        else if (mark.type === 'endMarkedContent') open.pop();
        else if ('str' in item && item.str.trim() !== '') {
          const id = open.findLast((entry) => entry !== null);
          if (!id) summary.unmarkedText.push(item.str);
          else if (id !== 'artifact') marked.push({ id, str: item.str });
        }
      }
    }
    for (const { id, str } of marked) {
      summary.markedIds.add(id);
      if (!summary.contentIds.has(id)) summary.orphanedText.push(str);
    }
    return summary;
  } finally {
    await doc.destroy();
  }
}
