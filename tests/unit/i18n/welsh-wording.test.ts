import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_QUESTIONS } from '~/core/journey/schema';
import { WIZARD_RESOURCES } from '~/i18n/wizard-resources';
import { REPO_ROOT } from '../../helpers/paths';

/*
 * Welsh that reads as Welsh, not as translated English: a yes/no question is answered with its own verb
 * ("Oes…?" "Oes" / "Nac oes"), never a generic "Ie" / "Na"; no English glosses in brackets ("Dolen sain
 * (hearing loop)") except proper names and acronyms; the terms a Welsh speaker expects.
 */

type Tree = { [key: string]: string | string[] | Tree };

/** Every string of a JSON tree, with its path. */
const stringsOf = (tree: Tree, path = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'string') return [[at, value] as [string, string]];
    if (Array.isArray(value)) return value.map((v, i) => [`${at}.${i}`, v] as [string, string]);
    return stringsOf(value, at);
  });

const filesUnder = (dir: string): string[] =>
  readdirSync(join(REPO_ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(REPO_ROOT, join(e.parentPath, e.name)));

const JSON_FILES = filesUnder('src/i18n/resources/cy');
const CONTENT_FILES = [
  ...filesUnder('content/guidance/cy'),
  ...filesUnder('content/rights/cy'),
  ...['glossary', 'letter', 'routes', 'support', 'investigator', 'urgent-help'].map(
    (kind) => `content/${kind}/cy.yaml`,
  ),
];
const read = (file: string) => readFileSync(join(REPO_ROOT, file), 'utf8');

/** Every Welsh line a reader may see, as "file:where" and its text (YAML comments are for trusts, in English). */
const WELSH_TEXT: [string, string][] = [
  ...JSON_FILES.flatMap((file) =>
    stringsOf(JSON.parse(read(file)) as Tree).map(([key, text]) => [`${file}:${key}`, text] as [string, string]),
  ),
  ...CONTENT_FILES.flatMap((file) =>
    read(file)
      .split('\n')
      .map((line, i) => [`${file}:${i + 1}`, line] as [string, string])
      .filter(([, line]) => !(file.endsWith('.yaml') && /^\s*#/.test(line))),
  ),
];

// Words that are English and not Welsh, and endings Welsh words do not have: enough to catch a gloss.
const ENGLISH_WORDS = new Set(
  (
    'the of and for with to or is are by from lead leads officer officers contact investigator loop person report ' +
    'review plan space board request harm read advocate inquest coroner redress ombudsman attorney guardian huddle ' +
    'candour draft final easy safe relevant medical examiner subject patient incident investigation learning response ' +
    'integrated care power mental serious adverse family liaison engagement named terms reference action compounded ' +
    'hearing notifiable safety partner welfare trust clinical claim negligence storage worker culture'
  ).split(' '),
);
const ENGLISH_ENDING = /(tion|sion|ment|ness|ing|ity|ance|ence|ous|ful|ship)$/;
const isEnglish = (part: string) =>
  part
    .replace(/\{\{[^}]*\}\}/g, '')
    .split(/[\s,/]+/)
    .map((word) => word.replace(/[^\p{L}'-]/gu, '').toLowerCase())
    .some((word) => ENGLISH_WORDS.has(word) || ENGLISH_ENDING.test(word));
/** A proper name ("Putting Things Right", "General Medical Council, GMC") or an acronym, which stay as they are. */
const isProperName = (part: string) =>
  part.split(',').every((piece) => {
    const words = piece.trim().split(/\s+/);
    return words.every((w) => /^\p{Lu}/u.test(w) || /^(and|of|the|for|against|to|on|in|etc\.)$/.test(w));
  });

/** The English glosses in brackets in one line of Welsh: not links, not proper names. */
function englishInBrackets(text: string): string[] {
  return [...text.matchAll(/\(([^()]*)\)/g)]
    .map((m) => m[1]!)
    .filter((inner) => !/^\/|https?:/.test(inner) && isEnglish(inner) && !isProperName(inner));
}

/** A Welsh answer that is the generic yes or no, which Welsh does not use to answer a verb's question. */
const GENERIC_ANSWER = /^(Ie|Na)(,|$)/;

describe('Welsh yes/no answers', () => {
  const { wizard, ui } = WIZARD_RESOURCES.cy;
  const questions = wizard.questions as unknown as Record<string, { answers?: Record<string, string> }>;

  it('has its own answer words, echoing the verb, for every yes/no question', () => {
    const yesNo = ALL_QUESTIONS.filter((q) => q.type === 'yesNo');
    expect(yesNo.length).toBeGreaterThan(4);
    for (const question of yesNo) {
      const answers = questions[question.id]?.answers;
      expect(answers?.yes, question.id).toBeTruthy();
      expect(answers?.no, question.id).toBeTruthy();
      expect([answers?.yes, answers?.no], question.id).not.toContain(ui.values.yes);
      expect(answers?.no, question.id).not.toBe(ui.values.no);
    }
  });

  it('never answers with a bare "Ie" or "Na" (only the generic words themselves say it)', () => {
    const generic = WELSH_TEXT.filter(([, text]) => GENERIC_ANSWER.test(text.trim().replace(/^"|"$/g, '')));
    expect(generic.map(([where]) => where)).toEqual([
      'src/i18n/resources/cy/ui.json:values.yes',
      'src/i18n/resources/cy/ui.json:values.no',
    ]);
  });
});

describe('Welsh words', () => {
  it('puts no English in brackets, except proper names and acronyms', () => {
    const found = WELSH_TEXT.flatMap(([where, text]) => englishInBrackets(text).map((gloss) => `${where} (${gloss})`));
    expect(found).toEqual([]);
  });

  it('uses the terms a Welsh speaker expects', () => {
    const wrong = [
      /yfrinymadrodd/i, // a coined word few know (and its mutations, "gyfrinymadrodd"): "cyfrinair"
      /yfieithydd (BSL|Iaith Arwyddion)/i, // a sign language interpreter (mutated too) is a "dehonglydd"
      /Bob 2 wythnos/i, // "Bob pythefnos"
      /Learn Together Wizard/, // the product has a Welsh name (a trust setting): the words say {{product}}
    ];
    const found = WELSH_TEXT.filter(([, text]) => wrong.some((word) => word.test(text))).map(([where]) => where);
    expect(found).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('find an English gloss, and leave proper names, acronyms, links and Welsh alone', () => {
    expect(englishInBrackets('Dolen sain (hearing loop)')).toEqual(['hearing loop']);
    expect(englishInBrackets('swyddog cyswllt teulu (family liaison officer, FLO)')).toEqual([
      'family liaison officer, FLO',
    ]);
    expect(englishInBrackets('Gweithio i Wella (Putting Things Right)')).toEqual([]);
    expect(englishInBrackets('y General Medical Council (GMC)')).toEqual([]);
    expect(englishInBrackets('[cwest](/cy/glossary/#inquest)')).toEqual([]);
    expect(englishInBrackets('Enw (dewisol)')).toEqual([]);
  });
});
