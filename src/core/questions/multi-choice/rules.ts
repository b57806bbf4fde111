import { isRecord } from '~/core/is-record';
import { hasVisibleText, isolate } from '~/core/text/text';
import {
  OTHER_DETAIL_MAX,
  boundText,
  cleanText,
  errorMessageOf,
  lengthError,
  requiredError,
} from '~/core/questions/shared';
import type { FieldError, QuestionBase, TypeRules } from '~/core/questions/base';

export interface MultiChoiceQuestionSpec extends QuestionBase<'multiChoice'> {
  options: readonly string[];
  otherOption?: string;
  /** An option such as "none of these" that cannot be chosen with the others (after an "or" divider). */
  exclusiveOption?: string;
  /**
   * A box for the person's own words on the same page (words: questions.<id>.note): below the options,
   * or revealed under one of them. It saves asking a follow-up question on a page of its own.
   */
  note?: { maxLength: number; revealedBy?: string };
}
export interface MultiChoiceAnswer {
  choices: string[];
  other?: string;
  note?: string;
}

/** The note counts only where it can be seen: always, or while the option that reveals it is ticked. */
const noteShown = (question: MultiChoiceQuestionSpec, choices: readonly string[]) =>
  question.note !== undefined && (!question.note.revealedBy || choices.includes(question.note.revealedBy));
const hasNote = (question: MultiChoiceQuestionSpec, value: MultiChoiceAnswer | undefined) =>
  noteShown(question, value?.choices ?? []) && hasVisibleText(value?.note);

export const multiChoiceRules: TypeRules<MultiChoiceQuestionSpec, MultiChoiceAnswer> = {
  isShape: (value): value is MultiChoiceAnswer =>
    isRecord(value) &&
    Array.isArray(value.choices) &&
    value.choices.every((c) => typeof c === 'string') &&
    (value.other === undefined || typeof value.other === 'string') &&
    (value.note === undefined || typeof value.note === 'string'),
  isAnswered: (value) => (value?.choices.length ?? 0) > 0 || hasVisibleText(value?.note),
  validate: (question, value) => {
    const choices = value?.choices ?? [];
    const errors: FieldError[] = requiredError(question, choices.length > 0 || hasNote(question, value));
    if (choices.some((c) => !question.options.includes(c))) errors.push({ field: '', code: 'unknownOption' });
    if (question.exclusiveOption && choices.includes(question.exclusiveOption) && choices.length > 1) {
      errors.push({ field: '', code: 'exclusive' });
    }
    if (question.otherOption && choices.includes(question.otherOption))
      errors.push(...lengthError('other-detail', value?.other, OTHER_DETAIL_MAX));
    if (question.note && noteShown(question, choices))
      errors.push(...lengthError('note', value?.note, question.note.maxLength));
    return errors;
  },
  normalise: (question, value) => {
    // In the order the options are listed, once each.
    const choices = question.options.filter((o) => value.choices.includes(o));
    const unknown = value.choices.filter((c) => !question.options.includes(c));
    const all = [...choices, ...new Set(unknown)];
    const other = question.otherOption && all.includes(question.otherOption) ? cleanText(value.other) : '';
    const note = noteShown(question, all) ? cleanText(value.note) : '';
    if (all.length === 0 && !note) return undefined;
    return { choices: all, ...(other ? { other } : {}), ...(note ? { note } : {}) };
  },
  bound: (question, value) => {
    const choices = value.choices.slice(0, question.options.length);
    const other = value.other === undefined ? undefined : boundText(value.other, OTHER_DETAIL_MAX);
    const note = value.note === undefined ? undefined : boundText(value.note, question.note?.maxLength ?? 0);
    return {
      value: { choices, ...(other ? { other: other.value } : {}), ...(note ? { note: note.value } : {}) },
      capped:
        choices.length < value.choices.length ||
        Boolean(other?.capped) ||
        Boolean(note?.capped && question.note) ||
        (note !== undefined && !question.note),
    };
  },
  describe: (question, value, words) => ({
    kind: 'list',
    ordered: false,
    items: [
      ...value.choices.map((c) => {
        const option = words.option(question, c);
        return c === question.otherOption && hasVisibleText(value.other) ? `${option}: ${value.other}` : option;
      }),
      // The note last, after what it speaks of ("Best times: evenings"): label, then the person's words as typed,
      // isolated (an Urdu language name on an English page, a Latin one on an Urdu page), never inside a sentence.
      ...(hasNote(question, value) ? [`${words.noteShort(question)}: ${isolate(value.note ?? '')}`] : []),
    ],
  }),
  errorTarget: (question, field) => (field ? `${question.id}-${field}` : question.id),
  errorMessage: (question, error, words) =>
    error.code === 'exclusive'
      ? { key: 'multiChoice.exclusive', params: { none: words.option(question, question.exclusiveOption ?? '') } }
      : errorMessageOf()(question, error),
};
