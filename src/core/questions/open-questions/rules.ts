import { isRecord } from '~/core/is-record';
import { isOpen, ledgerRows, sourceList, type LedgerAnswer, type LedgerStatus } from '~/core/questions/ledger/rules';
import {
  boundRows,
  normaliseRows,
  rowErrorMessage,
  rowsAnswered,
  rowsShape,
  rowsTable,
  validateRows,
  type RowSpec,
} from '~/core/questions/rows';
import type { AnswerWords, QuestionBase, TypeRules } from '~/core/questions/base';

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

export interface OpenQuestionsQuestionSpec extends QuestionBase<'openQuestions'> {
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

/** The questions still open, in the family's order, with what was chosen for each. */
export function openQuestionRows(
  question: Pick<OpenQuestionsQuestionSpec, 'ledger' | 'source'>,
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

const SPEC: RowSpec = {
  list: 'rows',
  fixed: ['question'],
  choice: 'next',
  choices: NEXT_ROUTES,
  texts: { note: OPEN_NOTE_MAX },
  maxRows: ROWS_MAX,
  overallMax: OPEN_OVERALL_MAX,
};

export const openQuestionsRules: TypeRules<OpenQuestionsQuestionSpec, OpenQuestionsAnswer> = {
  isShape: (value): value is OpenQuestionsAnswer => rowsShape(SPEC, value),
  isAnswered: (value) => rowsAnswered(SPEC, value),
  validate: (question, value) => validateRows(SPEC, question, value),
  normalise: (_question, value) => normaliseRows(SPEC, value),
  bound: (_question, value) => boundRows(SPEC, value),
  describe: (question, value, { t, answers }) =>
    rowsTable(
      t,
      ['question', 'status', 'next', 'note'],
      openQuestionRows(question, answers, value).map((row) => [
        row.question,
        t(`ui:ledger.status.${row.status ?? 'unmarked'}`),
        row.next ? t(`ui:ledger.next.${row.next}`) : '',
        row.note ?? '',
      ]),
      value.note,
    ),
  errorTarget: (question, field) => `${question.id}-${field || '1-next'}`,
  errorMessage: rowErrorMessage,
};
