import { isDropped } from './safe-text';

/** A character the PDF cannot draw correctly, and the run of such writing it was found in (for the message). */
export interface Undrawable {
  character: string;
  word: string;
}

/**
 * pdf-lib lays glyphs out one after another, left to right, with no bidi and no shaping. Only these scripts
 * look right that way; right-to-left scripts (Hebrew, Arabic...) and scripts that join or reorder letters
 * (Devanagari, Thai...) would print in the wrong order or as broken letters, even where the font has glyphs.
 * Script_Extensions keeps out shared marks used only by such scripts, such as the Arabic comma.
 */
const LEFT_TO_RIGHT_UNSHAPED = /^[\p{scx=Latin}\p{scx=Greek}\p{scx=Cyrillic}\p{scx=Common}\p{scx=Inherited}]$/u;
const SPACE = /^\p{White_Space}$/u;
const MARK = /^\p{M}$/u;
const DIRECTION_OR_CONTROL = /^[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]$/u;
const LONGEST_SAMPLE = 12;

/** Whether a character will print correctly, once safe-text has dropped invisible ones and evened out spaces. */
function drawable(char: string, covers: (codePoint: number) => boolean, next: string, shaped?: Shaped): boolean {
  return (covers(char.codePointAt(0)!) && LEFT_TO_RIGHT_UNSHAPED.test(char)) || shaped?.(char, next) === true;
}

/** Whether a script font that HarfBuzz shapes will draw the character (`next` tells a text heart from an emoji one). */
export type Shaped = (char: string, next: string) => boolean;

const ignored = (char: string) => SPACE.test(char) || isDropped(char);

/**
 * The characters of `texts` that cannot be drawn correctly, each once, in order of first appearance, with the
 * stretch of undrawable writing around each one. Stops before a sample would go past `limit` samples.
 */
export function findUndrawable(
  texts: Iterable<string>,
  covers: (codePoint: number) => boolean,
  limit = 8,
  shaped?: Shaped,
): Undrawable[] {
  const found: Undrawable[] = [];
  const seen = new Set<string>();
  const samples = new Set<string>();
  for (const text of texts) {
    for (const run of undrawableRuns(text, covers, shaped)) {
      const word = sample(run);
      for (const [index, character] of run.entries()) {
        if (seen.has(character) || ignored(character) || drawable(character, covers, run[index + 1] ?? '', shaped))
          continue;
        if (!samples.has(word) && samples.size === limit) return found;
        seen.add(character);
        samples.add(word);
        found.push({ character, word });
      }
    }
  }
  return found;
}

/** Stretches of undrawable characters, keeping the marks and joiners inside them (an emoji family stays whole). */
function undrawableRuns(text: string, covers: (codePoint: number) => boolean, shaped?: Shaped): string[][] {
  const runs: string[][] = [];
  let run: string[] | undefined;
  const chars = Array.from(text);
  for (const [index, char] of chars.entries()) {
    const bad = !ignored(char) && !drawable(char, covers, chars[index + 1] ?? '', shaped);
    const joins = run !== undefined && !SPACE.test(char) && (isDropped(char) || MARK.test(char));
    if (bad || joins) (run ??= []).push(char);
    else if (run) {
      runs.push(run);
      run = undefined;
    }
  }
  if (run) runs.push(run);
  return runs;
}

/** The run as it can be shown on the page: no direction controls, and no longer than a short word or two. */
function sample(run: string[]): string {
  const shown = run.filter((char) => !DIRECTION_OR_CONTROL.test(char));
  return shown.length > LONGEST_SAMPLE ? shown.slice(0, LONGEST_SAMPLE).join('') + '\u2026' : shown.join('');
}
