import { isRecord } from '../../lib/is-record';
import { hasVisibleText } from '../../lib/text';
import { listItemIds, type ListAnswer } from '../list/rules';
import { boundText, cleanText, errorMessageOf, lengthError, requiredError } from '../shared';
import type { AnswerWords, FieldError, QuestionBase, QuestionRules } from '../types';

/*
 * The question ledger: each question the family listed (a list question that keeps ids) becomes a row,
 * marked answered, partly answered, not answered or not sure, with where in the draft and a note.
 * Rows are matched to the questions by id, so editing, moving or removing a question never moves a
 * mark onto another one. The question's words are copied into the row when it is marked, so the
 * answer still reads on its own (in a file, or if the list is later cleared).
 */

export const LEDGER_STATUSES = ['answered', 'partly', 'not-answered', 'not-sure'] as const;
export type LedgerStatus = (typeof LEDGER_STATUSES)[number];
/** Still open at stage 5: anything not fully answered, including questions never checked. */
export const isOpen = (status: LedgerStatus | undefined) => status !== 'answered';

export interface LedgerQuestion extends QuestionBase<'ledger'> {
  /** The list question whose items are the rows. */
  source: string;
}
export interface LedgerRow {
  id: string;
  /** The question's words when it was last marked. */
  question: string;
  status?: LedgerStatus;
  /** Where in the draft: a section or a page. */
  where?: string;
  note?: string;
}
export interface LedgerAnswer {
  rows: LedgerRow[];
  /** Anything else about the questions as a whole. */
  note?: string;
}

export const LEDGER_WHERE_MAX = 200;
export const LEDGER_NOTE_MAX = 2000;
export const LEDGER_OVERALL_MAX = 5000;
export const LEDGER_ROWS_MAX = 50;

const optionalString = (v: unknown) => v === undefined || typeof v === 'string';
const isRow = (row: unknown): row is LedgerRow =>
  isRecord(row) &&
  typeof row.id === 'string' &&
  typeof row.question === 'string' &&
  (row.status === undefined || (LEDGER_STATUSES as readonly unknown[]).includes(row.status)) &&
  optionalString(row.where) &&
  optionalString(row.note);

const marked = (row: LedgerRow) => row.status !== undefined || hasVisibleText(row.where) || hasVisibleText(row.note);

/** The family's questions (from the source list) with what was recorded about each, in the list's order. */
export function ledgerRows(source: ListAnswer | undefined, answer: LedgerAnswer | undefined): LedgerRow[] {
  const saved = new Map((answer?.rows ?? []).map((row) => [row.id, row]));
  if (!source) return answer?.rows ?? [];
  const ids = listItemIds(source);
  return source.items.flatMap((text, i) => {
    if (!hasVisibleText(text)) return [];
    const id = ids[i]!;
    return [{ ...saved.get(id), id, question: text }];
  });
}

/** The source list among the answers, when it is there and well shaped. */
export function sourceList(words: Pick<AnswerWords, 'answers'>, source: string): ListAnswer | undefined {
  const value = words.answers?.[source];
  return isRecord(value) && Array.isArray(value.items) ? (value as unknown as ListAnswer) : undefined;
}

const cleanRow = (row: LedgerRow): LedgerRow => {
  const where = cleanText(row.where);
  const note = cleanText(row.note);
  return {
    id: row.id,
    question: row.question,
    ...(row.status ? { status: row.status } : {}),
    ...(where ? { where } : {}),
    ...(note ? { note } : {}),
  };
};

export const ledgerRules: QuestionRules<'ledger'> = {
  isShape: (value): value is LedgerAnswer =>
    isRecord(value) && Array.isArray(value.rows) && value.rows.every(isRow) && optionalString(value.note),
  isAnswered: (value) => (value?.rows ?? []).some(marked) || hasVisibleText(value?.note),
  validate: (question, value) => {
    const rows = value?.rows ?? [];
    const errors: FieldError[] = requiredError(question, rows.some(marked));
    rows.forEach((row, index) => {
      const number = index + 1;
      for (const e of lengthError(`${number}-where`, row.where, LEDGER_WHERE_MAX))
        errors.push({ ...e, params: { ...e.params, number } });
      for (const e of lengthError(`${number}-note`, row.note, LEDGER_NOTE_MAX))
        errors.push({ ...e, params: { ...e.params, number } });
    });
    errors.push(...lengthError('note', value?.note, LEDGER_OVERALL_MAX));
    return errors;
  },
  normalise: (_question, value) => {
    const rows = value.rows.map(cleanRow).filter(marked);
    const note = cleanText(value.note);
    if (!rows.length && !note) return undefined;
    return { rows, ...(note ? { note } : {}) };
  },
  bound: (_question, value) => {
    const rows = value.rows.slice(0, LEDGER_ROWS_MAX).map((row) => {
      const question = boundText(row.question, 2000);
      const where = row.where === undefined ? undefined : boundText(row.where, LEDGER_WHERE_MAX);
      const note = row.note === undefined ? undefined : boundText(row.note, LEDGER_NOTE_MAX);
      return {
        row: {
          ...row,
          question: question.value,
          ...(where ? { where: where.value } : {}),
          ...(note ? { note: note.value } : {}),
        },
        capped: question.capped || Boolean(where?.capped) || Boolean(note?.capped),
      };
    });
    const note = value.note === undefined ? undefined : boundText(value.note, LEDGER_OVERALL_MAX);
    return {
      value: { rows: rows.map((r) => r.row), ...(note ? { note: note.value } : {}) },
      capped: rows.length < value.rows.length || rows.some((r) => r.capped) || Boolean(note?.capped),
    };
  },
  describe: (question, value, words) => {
    const rows = ledgerRows(sourceList(words, question.source), value);
    const t = words.t;
    return {
      kind: 'table',
      headers: ['question', 'status', 'where', 'note'].map((h) => t(`ledger.headers.${h}`, { ns: 'ui' })),
      rows: [
        ...rows.map((row) => [
          row.question,
          t(`ledger.status.${row.status ?? 'unmarked'}`, { ns: 'ui' }),
          row.where ?? '',
          row.note ?? '',
        ]),
        ...(value.note ? [[t('ledger.overall', { ns: 'ui' }), '', '', value.note]] : []),
      ],
    };
  },
  errorTarget: (question, field) => `${question.id}-${field || '1-status'}`,
  errorMessage: (question, error) =>
    error.params?.number ? { key: 'ledger.tooLong', params: error.params } : errorMessageOf('ledger', [])(question, error),
};
