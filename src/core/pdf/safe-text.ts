import type { Typeface } from './fonts';

/** Tried in order; the first one the font has stands in for each character it lacks. */
const REPLACEMENTS = ['\u25A1', '\uFFFD', '?'];

// Invisible characters (joiners, bidi marks, variation selectors, emoji skin tones) are dropped rather than
// replaced, so a family emoji shows as three boxes instead of five.
// eslint-disable-next-line no-misleading-character-class -- the skin-tone range is listed on purpose, as code points to drop.
const INVISIBLE = /[\p{Cf}\uFE00-\uFE0F\u{E0100}-\u{E01EF}\u{1F3FB}-\u{1F3FF}]/gu;
const CONTROL_EXCEPT_NEWLINE = /[^\P{Cc}\n]/gu;
const SPACE = /\p{White_Space}/u;
// Zero-width non-joiner and joiner, and the emoji variation selector (a red heart rather than a black one).
const JOINERS = /^(\u200C|\u200D|\uFE0F)$/;

/** Whether safeText leaves this character out altogether (newlines and tabs are kept, as a newline and a space). */
export function isDropped(char: string): boolean {
  return char !== '\t' && char.replace(INVISIBLE, '').replace(CONTROL_EXCEPT_NEWLINE, '') === '';
}

/**
 * Text the typeface can draw: newlines kept, tabs and spaces the font lacks as plain spaces, controls gone,
 * other missing glyphs shown as a box.
 */
export function safeText(text: unknown, face: Typeface): string {
  const cleaned = dropInvisible(
    String(text ?? '')
      .replace(/\r\n?|[\u2028\u2029]/g, '\n')
      .replace(/\t/g, ' '),
    face,
  ).replace(CONTROL_EXCEPT_NEWLINE, '');
  const replacement = REPLACEMENTS.find((candidate) => face.covers(candidate.codePointAt(0)!)) ?? '?';
  let out = '';
  for (const char of cleaned) {
    if (char === '\n' || face.covers(char.codePointAt(0)!) || JOINERS.test(char)) out += char;
    else out += SPACE.test(char) ? ' ' : replacement;
  }
  return out;
}

/** Drops invisible characters, but keeps the few that shaping needs (how letters join or combine, which emoji). */
function dropInvisible(text: string, face: Typeface): string {
  if (!face.shaper) return text.replace(INVISIBLE, '');
  return text.replace(INVISIBLE, (char) => (JOINERS.test(char) ? char : ''));
}

/** Like safeText, but on one line: for the running header and footer. */
export function safeLine(text: unknown, face: Typeface): string {
  return safeText(text, face)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}
