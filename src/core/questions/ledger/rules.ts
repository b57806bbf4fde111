import { isRecord } from '~/core/is-record';
import { hasVisibleText } from '~/core/text/text';
import { listItemIds, type ListAnswer } from '~/core/questions/list/rules';
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

export interface LedgerQuestionSpec extends QuestionBase<'ledger'> {
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

const SPEC: RowSpec = {
  list: 'rows',
  fixed: ['question'],
  choice: 'status',
  choices: LEDGER_STATUSES,
  texts: { where: LEDGER_WHERE_MAX, note: LEDGER_NOTE_MAX },
  maxRows: LEDGER_ROWS_MAX,
  overallMax: LEDGER_OVERALL_MAX,
};

export const ledgerRules: TypeRules<LedgerQuestionSpec, LedgerAnswer> = {
  isShape: (value): value is LedgerAnswer => rowsShape(SPEC, value),
  isAnswered: (value) => rowsAnswered(SPEC, value),
  validate: (question, value) => validateRows(SPEC, question, value),
  normalise: (_question, value) => normaliseRows(SPEC, value),
  bound: (_question, value) => boundRows(SPEC, value),
  describe: (question, value, { t, answers }) =>
    rowsTable(
      t,
      ['question', 'status', 'where', 'note'],
      ledgerRows(sourceList({ answers }, question.source), value).map((row) => [
        row.question,
        t(`ui:ledger.status.${row.status ?? 'unmarked'}`),
        row.where ?? '',
        row.note ?? '',
      ]),
      value.note,
    ),
  errorTarget: (question, field) => `${question.id}-${field || '1-status'}`,
  errorMessage: rowErrorMessage,
};
