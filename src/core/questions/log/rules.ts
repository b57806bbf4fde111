import { isRecord } from '~/core/is-record';
import { hasVisibleText } from '~/core/text/text';
import { dateErrors, formatDate, isDateShape, normaliseDate, type DateAnswer } from '~/core/questions/date/rules';
import { boundText, cleanText, errorMessageOf, lengthError, requiredError } from '~/core/questions/shared';
import type { FieldError, QuestionBase, TypeRules } from '~/core/questions/base';

/** A dated record (things noticed, updates received), in the order the person adds them. */
export interface LogQuestionSpec extends QuestionBase<'log'> {
  maxEntries: number;
}
export interface LogEntry {
  date: DateAnswer;
  note: string;
}
export interface LogAnswer {
  entries: LogEntry[];
}

export const LOG_NOTE_MAX = 5000;
const hasDate = (date: DateAnswer) => ['day', 'month', 'year'].some((p) => hasVisibleText(date[p as 'day']));
const entryGiven = (e: LogEntry) => hasVisibleText(e.note) || hasDate(e.date);

export const logRules: TypeRules<LogQuestionSpec, LogAnswer> = {
  isShape: (value): value is LogAnswer =>
    isRecord(value) &&
    Array.isArray(value.entries) &&
    value.entries.every((e) => isRecord(e) && typeof e.note === 'string' && isDateShape(e.date)),
  isAnswered: (value) => (value?.entries ?? []).some(entryGiven),
  validate: (question, value, now) => {
    const entries = value?.entries ?? [];
    const errors: FieldError[] = requiredError(question, entries.some(entryGiven));
    if (entries.filter(entryGiven).length > question.maxEntries)
      errors.push({ field: '', code: 'tooMany', params: { max: question.maxEntries } });
    entries.forEach((entry, index) => {
      const number = index + 1;
      if (!entryGiven(entry)) return;
      if (!hasVisibleText(entry.note))
        errors.push({ field: `entry-${number}-note`, code: 'noteMissing', params: { number } });
      for (const e of lengthError(`entry-${number}-note`, entry.note, LOG_NOTE_MAX))
        errors.push({ ...e, params: { ...e.params, number } });
      // A log records what has already happened.
      if (hasDate(entry.date)) {
        for (const e of dateErrors(entry.date, false, now))
          errors.push({ field: `entry-${number}-${e.field}`, code: e.code, params: { number } });
      }
    });
    return errors;
  },
  normalise: (_question, value) => {
    const entries = value.entries
      .filter(entryGiven)
      .map((e) => ({ date: normaliseDate(e.date) ?? {}, note: cleanText(e.note) }));
    return entries.length ? { entries } : undefined;
  },
  bound: (question, value) => {
    const kept = value.entries
      .slice(0, question.maxEntries)
      .map((e) => ({ date: e.date, note: boundText(e.note, LOG_NOTE_MAX) }));
    return {
      value: { entries: kept.map((e) => ({ date: e.date, note: e.note.value })) },
      capped: kept.length < value.entries.length || kept.some((e) => e.note.capped),
    };
  },
  describe: (_question, value, words) => ({
    kind: 'list',
    ordered: false,
    items: value.entries
      .filter(entryGiven)
      .map((e) => [formatDate(e.date, words.t, words.locale), e.note].filter(Boolean).join(': ')),
  }),
  errorTarget: (question, field) => `${question.id}-${field || 'entry-1-day'}`,
  // Each date problem has its own sentence naming the entry, so translators can word it whole.
  errorMessage: errorMessageOf({
    missingYear: 'log.date.missingYear',
    yearFormat: 'log.date.yearFormat',
    missingMonth: 'log.date.missingMonth',
    monthRange: 'log.date.monthRange',
    dayRange: 'log.date.dayRange',
    tooEarly: 'log.date.tooEarly',
    inFuture: 'log.date.inFuture',
  }),
};
