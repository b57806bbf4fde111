import { isRecord } from '~/core/is-record';
import { hasVisibleText } from '~/core/text/text';
import { ERROR_WORDS, boundText, cleanText, lengthError, requiredError } from './shared';
import type { DescribedAnswer, ErrorWording, FieldError, QuestionBase, Translate } from './base';
import type { KeysUnder } from '~/core/words/translate';

/*
 * What the ledger, the questions still open and the comments on the draft share: a list of rows, each
 * with an id, one choice from a fixed set and a few texts of set lengths, and (for the first two) a
 * note about them all. One set of rules for the three, so they check, clean and cap the same way.
 */

export type Row = { id: string } & { [field: string]: string | undefined };
export interface RowSpec {
  /** The key of the list: "rows" or "comments". */
  list: string;
  /** Texts every row has, even empty (the question's words, the comment); their limits are in `texts` or 2000. */
  fixed: readonly string[];
  /** The row's one choice. */
  choice: string;
  choices: readonly string[];
  /** The texts the person writes, and their limits in characters. */
  texts: Record<string, number>;
  /** The fixed text that must be written once a row is started (the comment itself), if any. */
  needs?: string;
  maxRows: number;
  /** The longest note about all the rows, when there is one. */
  overallMax?: number;
}

type Answer = Record<string, unknown>;
/** Each type's answer (an interface, so without an index signature) read field by field. */
const fieldsOf = (value: object | undefined) => value as Answer | undefined;
const rowsOf = (spec: RowSpec, value: object | undefined) => (fieldsOf(value)?.[spec.list] ?? []) as Row[];
const startedFields = (spec: RowSpec) => [spec.choice, ...Object.keys(spec.texts), ...(spec.needs ? [spec.needs] : [])];
const started = (spec: RowSpec, row: Row) => startedFields(spec).some((f) => hasVisibleText(row[f]));

export function isRowList(spec: RowSpec, rows: unknown): rows is Row[] {
  if (!Array.isArray(rows)) return false;
  const ids = new Set<unknown>();
  return rows.every(
    (row) =>
      isRecord(row) &&
      typeof row.id === 'string' &&
      /^[a-z0-9-]{1,40}$/.test(row.id) &&
      !ids.has(row.id) &&
      ids.add(row.id) &&
      spec.fixed.every((f) => typeof row[f] === 'string') &&
      (row[spec.choice] === undefined || spec.choices.includes(row[spec.choice] as string)) &&
      Object.keys(spec.texts).every((f) => row[f] === undefined || typeof row[f] === 'string'),
  );
}

const noteOk = (spec: RowSpec, value: Answer) =>
  spec.overallMax === undefined || value.note === undefined || typeof value.note === 'string';

export const rowsShape = (spec: RowSpec, value: unknown): value is Answer =>
  isRecord(value) && isRowList(spec, value[spec.list]) && noteOk(spec, value);

export const rowsAnswered = (spec: RowSpec, value: object | undefined) =>
  rowsOf(spec, value).some((row) => started(spec, row)) || hasVisibleText(fieldsOf(value)?.note as string | undefined);

export function validateRows(spec: RowSpec, question: QuestionBase, value: object | undefined): FieldError[] {
  const rows = rowsOf(spec, value);
  const errors = requiredError(question, rowsAnswered(spec, value));
  if (rows.filter((r) => started(spec, r)).length > spec.maxRows)
    errors.push({ field: '', code: 'tooMany', params: { max: spec.maxRows } });
  rows.forEach((row, index) => {
    const number = index + 1;
    if (spec.needs && started(spec, row) && !hasVisibleText(row[spec.needs]))
      errors.push({ field: `${number}-${spec.needs}`, code: 'rowMissing', params: { number } });
    for (const [field, max] of Object.entries(spec.texts))
      for (const e of lengthError(`${number}-${field}`, row[field], max))
        errors.push({ ...e, params: { ...e.params, number } });
  });
  const note = fieldsOf(value)?.note as string | undefined;
  if (spec.overallMax) errors.push(...lengthError('note', note, spec.overallMax));
  return errors;
}

/** Trimmed, with empty texts and rows left out; undefined when nothing is left. Other keys are kept. */
export function normaliseRows<A>(spec: RowSpec, answer: A): A | undefined {
  const value = answer as Answer;
  const rows = rowsOf(spec, value)
    .filter((row) => started(spec, row))
    .map((row) => {
      const kept: Row = { id: row.id };
      for (const f of spec.fixed) kept[f] = spec.needs === f ? cleanText(row[f]) : row[f];
      if (row[spec.choice]) kept[spec.choice] = row[spec.choice];
      for (const f of Object.keys(spec.texts)) if (cleanText(row[f])) kept[f] = cleanText(row[f]);
      return kept;
    });
  const { note, ...rest } = value;
  const cleanNote = cleanText(note as string | undefined);
  const next = { ...rest, [spec.list]: rows, ...(cleanNote ? { note: cleanNote } : {}) };
  return rows.length || cleanNote || Object.keys(rest).length > 1 ? (next as A) : undefined;
}

/** Every string in the data cut to `max` characters and every list to its last `items`: for what a file brought in. */
export function capDeep(value: unknown, max: number, items: number): { value: unknown; capped: boolean } {
  let capped = false;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const b = boundText(v, max);
      capped ||= b.capped;
      return b.value;
    }
    if (Array.isArray(v)) {
      capped ||= v.length > items;
      return v.slice(-items).map(walk);
    }
    return isRecord(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)])) : v;
  };
  return { value: walk(value), capped };
}

/** The rows and the note within their limits. */
export function boundRows<A>(spec: RowSpec, answer: A): { value: A; capped: boolean } {
  const value = answer as Answer;
  const all = rowsOf(spec, value);
  let capped = all.length > spec.maxRows;
  const limits: Record<string, number> = { ...Object.fromEntries(spec.fixed.map((f) => [f, 2000])), ...spec.texts };
  const rows = all.slice(0, spec.maxRows).map((row) => {
    const kept: Row = { ...row };
    for (const [f, max] of Object.entries(limits)) {
      if (row[f] === undefined) continue;
      const b = boundText(row[f], max);
      capped ||= b.capped;
      kept[f] = b.value;
    }
    return kept;
  });
  const note = typeof value.note === 'string' && spec.overallMax ? boundText(value.note, spec.overallMax) : undefined;
  capped ||= Boolean(note?.capped);
  return { value: { ...value, [spec.list]: rows, ...(note ? { note: note.value } : {}) } as A, capped };
}

/** Errors on one row name the row ("Question 2: ..."); the rest use the shared messages. */
export const rowErrorMessage = (_question: unknown, error: FieldError): ErrorWording => ({
  key: error.code === 'tooLong' && error.params?.number ? 'ledger.tooLong' : ERROR_WORDS[error.code],
  params: error.params,
});

/** The ledger's and the open questions' answer in words: a table with a last row for the note about them all. */
export function rowsTable(
  t: Translate,
  headers: readonly KeysUnder<'ui:ledger.headers.'>[],
  rows: string[][],
  note?: string,
): DescribedAnswer {
  return {
    kind: 'table',
    headers: headers.map((h) => t(`ui:ledger.headers.${h}`)),
    rows: [...rows, ...(note ? [[t('ui:ledger.overall'), ...headers.slice(2).map(() => ''), note]] : [])],
  };
}
