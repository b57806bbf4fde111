import { isRecord } from '~/core/is-record';
import type { Migration } from './migrations';

/*
 * The upgrades of the family's answers envelope. Not in the wizard's first load: the answers store
 * fetches them before reading answers an older version saved (see answers-store.ts).
 */

/**
 * Upgrades keyed by the version they upgrade FROM (to from + 1). A step sees the envelope as plain
 * JSON, so it must not assume any field is there or well shaped. migrate() sets schemaVersion after
 * each step; a step need not.
 */
/** Takes an answer out of the answers being upgraded, to put its words where they now belong. */
const takeFrom = (answers: Record<string, unknown>) => (id: string) => {
  const value = answers[id];
  delete answers[id];
  return value;
};

/** The questions version 4 folded into others; their answers live on under the questions they joined. */
export const GONE_IN_VERSION_4 = [
  'interpreter-language',
  'best-times',
  'places-to-avoid',
  'support-person-wanted',
  'support-person',
  'has-advocate',
  'advocate-details',
  'advocate-consent',
];

/** Where each choice of version 4's one "support to take part" question lives in version 5. */
export const SUPPORT_NEEDS_IN_VERSION_5: Record<string, [question: string, option: string]> = {
  interpreter: ['communication-support', 'spoken-interpreter'],
  bsl: ['communication-support', 'bsl-interpreter'],
  'hearing-loop': ['communication-support', 'hearing-loop'],
  'large-print': ['information-formats', 'large-print'],
  'easy-read': ['information-formats', 'easy-read'],
  audio: ['information-formats', 'audio'],
  welsh: ['other-needs', 'welsh'],
  'help-reading': ['other-needs', 'help-reading'],
  'someone-with-me': ['other-needs', 'someone-with-me'],
  breaks: ['other-needs', 'breaks'],
  'step-free': ['other-needs', 'step-free'],
  other: ['other-needs', 'other'],
  none: ['other-needs', 'none'],
};
const NEEDS_QUESTIONS_IN_VERSION_5 = ['information-formats', 'communication-support', 'other-needs'];

export const MIGRATIONS: Record<number, Migration> = {
  /**
   * Version 2: "I'd rather not say" left "Is the patient alive?" (the skip button already says it),
   * so that answer becomes a skip; nothing the person wrote is lost.
   */
  1: (envelope) => {
    const answers = isRecord(envelope.answers) ? { ...envelope.answers } : envelope.answers;
    const skipped: unknown[] = Array.isArray(envelope.skipped) ? [...(envelope.skipped as unknown[])] : [];
    if (
      isRecord(answers) &&
      isRecord(answers['patient-alive']) &&
      answers['patient-alive'].choice === 'prefer-not-to-say'
    ) {
      delete answers['patient-alive'];
      skipped.push('patient-alive');
    }
    return { ...envelope, answers, skipped };
  },
  /**
   * Version 3: stage 4's three free-text boxes about the draft (corrections, missing or seen differently,
   * upsetting words) become one list of comments, each of its kind; "did the draft answer your
   * questions?" and stage 5's "still unanswered" become notes on the question ledger. Every word kept.
   */
  2: (envelope) => {
    if (!isRecord(envelope.answers)) return envelope;
    const answers: Record<string, unknown> = { ...envelope.answers };
    const take = takeFrom(answers);
    const words = (value: unknown) => (typeof value === 'string' && value.trim() ? [value] : []);
    const corrections = take('factual-corrections');
    const comments = [
      ...(isRecord(corrections) && Array.isArray(corrections.items) ? corrections.items.flatMap(words) : []).map(
        (text) => ['wrong-fact', text],
      ),
      ...words(take('missing-or-different')).map((text) => ['missing', text]),
      ...words(take('upsetting-words')).map((text) => ['hurtful-words', text]),
    ].map(([kind, text], i) => ({ id: `m${i + 1}`, kind, text }));
    if (comments.length) answers['draft-comments'] = { comments };
    for (const [from, to] of [
      ['questions-answered', 'question-ledger'],
      ['still-unanswered', 'open-questions'],
    ] as const)
      for (const note of words(take(from))) answers[to] = { rows: [], note };
    const renamed: Record<string, string> = {
      'factual-corrections': 'draft-comments',
      'missing-or-different': 'draft-comments',
      'upsetting-words': 'draft-comments',
      'questions-answered': 'question-ledger',
      'still-unanswered': 'open-questions',
    };
    const rename = (id: unknown) => (typeof id === 'string' ? (renamed[id] ?? id) : id);
    const skipped = Array.isArray(envelope.skipped)
      ? [...new Set(envelope.skipped.map(rename))].filter((id) => answers[id as string] === undefined)
      : envelope.skipped;
    return { ...envelope, answers, skipped, position: rename(envelope.position) };
  },
  /**
   * Version 4: stage 2 asks about the people who support the person once. The person at meetings, the
   * advocate and the other people become one list, each saying whether they come to meetings and whether the
   * team may talk to them; the interpreter's language, the best times to call and the places to avoid become
   * notes on the questions they belong to. Every word kept.
   */
  3: (envelope) => {
    if (!isRecord(envelope.answers)) return envelope;
    const answers: Record<string, unknown> = { ...envelope.answers };
    const take = takeFrom(answers);
    const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);
    const yesNo = (value: unknown) => (value === 'yes' || value === 'no' ? value : undefined);
    const addNote = (id: string, note: string | undefined) => {
      if (!note) return;
      const answer = isRecord(answers[id]) ? answers[id] : { choices: [] };
      const before = text(answer.note);
      answers[id] = { ...answer, note: before ? `${before}\n${note}` : note };
    };
    const language = text(take('interpreter-language'));
    if (language) {
      const needs = isRecord(answers['support-needs']) ? answers['support-needs'] : { choices: [] };
      const choices: unknown[] = Array.isArray(needs.choices) ? needs.choices : [];
      answers['support-needs'] = {
        ...needs,
        choices: choices.includes('interpreter') ? choices : ['interpreter', ...choices],
      };
      addNote('support-needs', language);
    }
    addNote('contact-methods', text(take('best-times')));
    addNote('meeting-places', text(take('places-to-avoid')));

    const people = isRecord(answers['other-people']) ? answers['other-people'] : undefined;
    const items: Record<string, unknown>[] = Array.isArray(people?.items) ? people.items.filter(isRecord) : [];
    const nameOf = (person: Record<string, unknown>) => text(person.name)?.trim().toLowerCase();
    // Someone already on the list (named the same) is one person: their details are joined, nothing replaced.
    const add = (person: Record<string, unknown>) => {
      const same = items.findIndex((p) => nameOf(p) !== undefined && nameOf(p) === nameOf(person));
      if (same === -1) return void items.push(person);
      const known = items[same]!;
      const joined: Record<string, unknown> = { ...person, ...known };
      for (const field of ['relationship', 'phone', 'email']) {
        const theirs = text(person[field]);
        const ours = text(known[field]);
        if (theirs && ours && theirs !== ours) joined[field] = `${ours}; ${theirs}`;
      }
      items[same] = joined;
    };
    const wanted = yesNo(take('support-person-wanted'));
    const supporter = take('support-person');
    if (isRecord(supporter) && Object.values(supporter).some(text))
      add({ ...supporter, meetings: wanted === 'no' ? 'no' : 'yes' });
    take('has-advocate');
    const advocate = take('advocate-details');
    const consent = yesNo(take('advocate-consent'));
    if (isRecord(advocate) && Object.values(advocate).some(text)) {
      const { organisation, ...rest } = advocate;
      const role = ['Advocate', text(organisation)].filter(Boolean).join(', ');
      add({
        ...rest,
        relationship: [text(rest.relationship), role].filter(Boolean).join('; '),
        ...(consent ? { talk: consent } : {}),
      });
    }
    if (items.length) answers['other-people'] = { items };

    const gone = new Set(GONE_IN_VERSION_4);
    const moved: Record<string, string> = {
      'interpreter-language': 'support-needs',
      'best-times': 'contact-methods',
      'places-to-avoid': 'meeting-places',
      'support-person': 'other-people',
      'support-person-wanted': 'other-people',
      'has-advocate': 'other-people',
      'advocate-details': 'other-people',
      'advocate-consent': 'other-people',
    };
    const skipped = Array.isArray(envelope.skipped)
      ? envelope.skipped.filter((id) => !(typeof id === 'string' && (gone.has(id) || answers[id] !== undefined)))
      : envelope.skipped;
    // "Have you completed this section?" is now the check page's own button: a place saved there is that page.
    const at = typeof envelope.position === 'string' ? envelope.position.replace(/^complete-/, 'check-') : undefined;
    const position = at === undefined ? envelope.position : (moved[at] ?? at);
    return { ...envelope, answers, skipped, position };
  },
  /**
   * Version 5: communication needs in the Accessible Information Standard's terms. The one "support to take
   * part" question becomes three: the formats for information, the support to talk (the interpreter's language
   * goes with it) and anything else. "None of these" is kept only for anything else: the person was never
   * asked about braille, a lipspeaker or an advocate, so "none" is not assumed for those.
   */
  4: (envelope) => {
    if (!isRecord(envelope.answers)) return envelope;
    const answers: Record<string, unknown> = { ...envelope.answers };
    const old = takeFrom(answers)('support-needs');
    if (isRecord(old)) {
      const choices: unknown[] = Array.isArray(old.choices) ? old.choices : [];
      const moved: Record<string, { choices: string[]; other?: string; note?: string }> = {};
      for (const choice of choices) {
        const to = typeof choice === 'string' ? SUPPORT_NEEDS_IN_VERSION_5[choice] : undefined;
        if (!to) continue;
        const [question, option] = to;
        (moved[question] ??= { choices: [] }).choices.push(option);
      }
      const other = typeof old.other === 'string' && old.other.trim() ? old.other : undefined;
      if (other && moved['other-needs']?.choices.includes('other')) moved['other-needs'].other = other;
      const note = typeof old.note === 'string' && old.note.trim() ? old.note : undefined;
      if (note) {
        const support = (moved['communication-support'] ??= { choices: [] });
        if (!support.choices.includes('spoken-interpreter')) support.choices.unshift('spoken-interpreter');
        support.note = note;
      }
      Object.assign(answers, moved);
    }
    const before: unknown[] | undefined = Array.isArray(envelope.skipped) ? envelope.skipped : undefined;
    const wasSkipped = before?.includes('support-needs') ?? false;
    const skipped = before
      ? [
          ...before.filter((id) => id !== 'support-needs'),
          ...(wasSkipped ? NEEDS_QUESTIONS_IN_VERSION_5.filter((id) => answers[id] === undefined) : []),
        ]
      : envelope.skipped;
    const position = envelope.position === 'support-needs' ? 'information-formats' : envelope.position;
    return { ...envelope, answers, skipped, position };
  },
};
