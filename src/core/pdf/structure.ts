/** A piece of marked content: MCID `mcid` in the content stream of page `page` (0-based). */
export interface MarkedContent {
  page: number;
  mcid: number;
}

/** Extra attributes written as the element's /A dictionary, e.g. a table header's scope. */
export interface StructAttributes {
  owner: 'Table' | 'List' | 'Layout';
  values: Record<string, string>;
}

/** One element of the logical structure (H1, P, LI, TD, ...), built in reading order while laying out. */
export interface StructNode {
  role: string;
  parent: StructNode | null;
  kids: (StructNode | MarkedContent)[];
  attributes?: StructAttributes;
  /** Its language, when not the document's (/Lang). */
  lang?: string;
  /** A Figure's alternative text (/Alt). */
  alt?: string;
}

/** Starts a structure tree: the Document element everything else hangs from. */
export function createDocumentNode(): StructNode {
  return { role: 'Document', parent: null, kids: [] };
}

/** Adds a child element to `parent` and returns it. */
export function addNode(parent: StructNode, role: string, attributes?: StructAttributes): StructNode {
  const node: StructNode = { role, parent, kids: [], ...(attributes ? { attributes } : {}) };
  parent.kids.push(node);
  return node;
}

/** True for an element, false for a marked-content reference. */
export function isNode(kid: StructNode | MarkedContent): kid is StructNode {
  return 'role' in kid;
}

/** Cells stay even when empty so every row keeps its columns. */
const KEPT_WHEN_EMPTY = new Set(['TD', 'TH']);

/** Whether an element has anything to announce; empty paragraphs and the like are left out of the tree. */
export function hasContent(node: StructNode): boolean {
  return KEPT_WHEN_EMPTY.has(node.role) || node.kids.some((kid) => !isNode(kid) || hasContent(kid));
}
