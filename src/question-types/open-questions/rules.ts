import { isRecord } from '../../lib/is-record';
import { hasVisibleText } from '../../lib/text';
import { isOpen, ledgerRows, sourceList, type LedgerAnswer, type LedgerStatus } from '../ledger/rules';
import { boundText, cleanText, errorMessageOf, lengthError, requiredError } from '../shared';
import type { AnswerWords, FieldError, QuestionBase, QuestionRules } from '../types';

/*
 * Stage 5: the family's questions the draft did not fully answer (from the stage 4 ledger, or every
 * question when the ledger was never filled in), each with where they would like to take it next.
 * Rows are matched by the questions' ids, like the ledger.
 */

/** Where a question can be taken; the words and time limits are content (content/routes). */
export const NEXT_ROUTES = [
  'ask-team',
  'complaint',
  'ombudsman',
  'inquest',
  'legal-advice',
  'advocate',
  'not-sure',
  'leave-it',
] as const;
export type NextRoute = (typeof NEXT_ROUTES)[number];

export interface OpenQuestionsQuestion extends QuestionBase<'openQuestions'> {
  /** The ledger question (stage 4) whose open rows are listed. */
  ledger: string;
  /** The list question (stage 3) the ledger is built on. */
  source: string;
}
export interface OpenQuestionRow {
  id: string;
  question: string;
  next?: NextRoute;
  note?: string;
}
export interface OpenQuestionsAnswer {
  rows: OpenQuestionRow[];
  /** Anything else still unanswered, in the family's words. */
  note?: string;
}
/** An open question as shown: the ledger's mark beside what the family chose to do about it. */
export interface OpenQuestionView extends OpenQuestionRow {
  status?: LedgerStatus;
  where?: string;
}

export const OPEN_NOTE_MAX = 2000;
export const OPEN_OVERALL_MAX = 5000;
const ROWS_MAX = 50;

const optionalString = (v: unknown) => v === undefined || typeof v === 'string';
const isRow = (row: unknown): row is OpenQuestionRow =>
  isRecord(row) &&
  typeof row.id === 'string' &&
  typeof row.question === 'string' &&
  (row.next === undefined || (NEXT_ROUTES as readonly unknown[]).includes(row.next)) &&
  optionalString(row.note);
const marked = (row: OpenQuestionRow) => row.next !== undefined || hasVisibleText(row.note);

/** The questions still open, in the family's order, with what was chosen for each. */
export function openQuestionRows(
  question: Pick<OpenQuestionsQuestion, 'ledger' | 'source'>,
  answers: AnswerWords['answers'],
  value: OpenQuestionsAnswer | undefined,
): OpenQuestionView[] {
  const ledger = answers?.[question.ledger] as LedgerAnswer | undefined;
  const source = sourceList({ answers }, question.source);
  const chosen = new Map((value?.rows ?? []).map((row) => [row.id, row]));
  if (!source) return value?.rows ?? [];
  return ledgerRows(source, isRecord(ledger) && Array.isArray(ledger.rows) ? ledger : undefined)
    .filter((row) => isOpen(row.status))
    .map((row) => ({
      ...chosen.get(row.id),
      id: row.id,
      question: row.question,
      status: row.status,
      where: row.where,
    }));
}

export const openQuestionsRules: QuestionRules<'openQuestions'> = {
  isShape: (value): value is OpenQuestionsAnswer =>
    isRecord(value) && Array.isArray(value.rows) && value.rows.every(isRow) && optionalString(value.note),
  isAnswered: (value) => (value?.rows ?? []).some(marked) || hasVisibleText(value?.note),
  validate: (question, value) => {
    const rows = value?.rows ?? [];
    const errors: FieldError[] = requiredError(question, rows.some(marked));
    rows.forEach((row, index) => {
      for (const e of lengthError(`${index + 1}-note`, row.note, OPEN_NOTE_MAX))
        errors.push({ ...e, params: { ...e.params, number: index + 1 } });
    });
    errors.push(...lengthError('note', value?.note, OPEN_OVERALL_MAX));
    return errors;
  },
  normalise: (_question, value) => {
    const rows = value.rows
      .map((row) => {
        const note = cleanText(row.note);
        return { id: row.id, question: row.question, ...(row.next ? { next: row.next } : {}), ...(note ? { note } : {}) };
      })
      .filter(marked);
    const note = cleanText(value.note);
    if (!rows.length && !note) return undefined;
    return { rows, ...(note ? { note } : {}) };
  },
  bound: (_question, value) => {
    const rows = value.rows.slice(0, ROWS_MAX).map((row) => {
      const question = boundText(row.question, 2000);
      const note = row.note === undefined ? undefined : boundText(row.note, OPEN_NOTE_MAX);
      return {
        row: { ...row, question: question.value, ...(note ? { note: note.value } : {}) },
        capped: question.capped || Boolean(note?.capped),
      };
    });
    const note = value.note === undefined ? undefined : boundText(value.note, OPEN_OVERALL_MAX);
    return {
      value: { rows: rows.map((r) => r.row), ...(note ? { note: note.value } : {}) },
      capped: rows.length < value.rows.length || rows.some((r) => r.capped) || Boolean(note?.capped),
    };
  },
  describe: (question, value, words) => {
    const t = words.t;
    const rows = openQuestionRows(question, words.answers, value);
    return {
      kind: 'table',
      headers: ['question', 'status', 'next', 'note'].map((h) => t(`ledger.headers.${h}`, { ns: 'ui' })),
      rows: [
        ...rows.map((row) => [
          row.question,
          t(`ledger.status.${row.status ?? 'unmarked'}`, { ns: 'ui' }),
          row.next ? t(`ledger.next.${row.next}`, { ns: 'ui' }) : '',
          row.note ?? '',
        ]),
        ...(value.note ? [[t('ledger.overall', { ns: 'ui' }), '', '', value.note]] : []),
      ],
    };
  },
  errorTarget: (question, field) => `${question.id}-${field || '1-next'}`,
  errorMessage: (question, error) =>
    error.params?.number ? { key: 'ledger.tooLong', params: error.params } : errorMessageOf('openQuestions', [])(question, error),
};
