/** What is read, each on its own: headings, paragraphs, hints, labels, list items, table cells. */
const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,dt,dd,caption,th,td,summary,label,.ltw-hint,.ltw-choices__divider';
/**
 * Never read: controls, what is hidden or there only for screen readers, and what a printed copy
 * leaves out (the page's own actions and links), which is not the page's words.
 */
const SKIP = [
  'button,input,select,textarea,script,style,template,[hidden],[aria-hidden="true"]',
  '.ltw-visually-hidden,.ltw-no-print,.ltw-read-aloud,.ltw-agreement-actions,.ltw-agreement-links',
].join(',');
/** Elements whose edges part words, so "Reference 12<br>Date" is not read as one word. */
const APART = /^(BR|DIV|P|LI|UL|OL|DT|DD|TR|TD|TH|TABLE)$/;
const CURRENT = 'ltw-read-aloud-current';
const WORD = 'ltw-read-aloud-word';

/** One block of the page as it is spoken, and where each of its letters is on the page. */
export interface SpokenBlock {
  element: Element;
  text: string;
  /** The language it is written in (a bilingual agreement has both). */
  lang: string;
  /** The page's text that letters `start` to `end` of `text` come from. */
  range(start: number, end: number): Range;
}

const skipped = (element: Element) =>
  Boolean(element.closest(SKIP)) || Boolean(element.closest('details:not([open])') && !element.closest('summary'));

/**
 * The page's blocks in reading order, from its h1 (what comes before it, such as the error summary or
 * a note, is not the question): heading, question, hint, each option's label, then on.
 */
export function spokenBlocks(root: Element, pageLang: string): SpokenBlock[] {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((element) => {
    const outer = element.parentElement?.closest(BLOCKS);
    return !skipped(element) && !(outer && root.contains(outer));
  });
  const start = blocks.findIndex((element) => element.tagName === 'H1');
  return blocks
    .slice(Math.max(start, 0))
    .map((element) => ({
      element,
      lang: element.closest('[lang]')?.getAttribute('lang') || pageLang,
      ...read(element),
    }))
    .filter((block) => block.text !== '');
}

/** A block's words with white space as it is shown (runs of it as one space), and each letter's place. */
function read(block: Element) {
  let text = '';
  const places: [Text, number][] = [];
  const space = () => {
    if (text !== '' && !text.endsWith(' ')) {
      text += ' ';
      places.push(places[places.length - 1]!);
    }
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      for (let i = 0; i < data.length; i++) {
        if (/\s/.test(data[i]!)) space();
        else {
          text += data[i];
          places.push([node as Text, i]);
        }
      }
    } else if (node.nodeType === Node.ELEMENT_NODE && !(node as Element).matches(SKIP)) {
      const apart = APART.test((node as Element).tagName);
      if (apart) space();
      node.childNodes.forEach(walk);
      if (apart) space();
    }
  };
  block.childNodes.forEach(walk);
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    places.pop();
  }
  const range = (start: number, end: number) => {
    const made = document.createRange();
    const [first, from] = places[start]!;
    const [last, to] = places[Math.max(start, end - 1)]!;
    made.setStart(first, from);
    made.setEnd(last, to + 1);
    return made;
  };
  return { text, range };
}

/** Where the word that starts at `start` ends: the speech engine's length when it gives one. */
export function wordEnd(text: string, start: number, length?: number) {
  if (length) return Math.min(text.length, start + length);
  const rest = /\S*/.exec(text.slice(start))![0];
  return start + rest.length;
}

/**
 * Marks what is being read: the block with an outline (a class) and, where the browser can highlight
 * text (the CSS Custom Highlight API), the word, which changes no layout. Nothing given clears both.
 */
export function showSpoken(block?: SpokenBlock, start?: number, end?: number) {
  document.querySelectorAll(`.${CURRENT}`).forEach((element) => {
    if (element !== block?.element) element.classList.remove(CURRENT);
  });
  const highlights = typeof Highlight === 'function' ? CSS.highlights : undefined;
  highlights?.delete(WORD);
  if (!block) return;
  if (!block.element.classList.contains(CURRENT)) {
    block.element.classList.add(CURRENT);
    // Brought into view at once, never scrolled smoothly (no motion), and only when off screen.
    block.element.scrollIntoView?.({ block: 'nearest' });
  }
  if (highlights && start !== undefined && end !== undefined && end > start) {
    highlights.set(WORD, new Highlight(block.range(start, end)));
  }
}
