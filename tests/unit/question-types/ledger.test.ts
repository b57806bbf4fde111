import { describe, expect, it } from 'vitest';
import { ledgerRows, ledgerRules, type LedgerAnswer } from '~/core/questions/ledger/rules';
import { openQuestionRows } from '~/core/questions/open-questions/rules';
import { listRules, listItemIds, type ListAnswer } from '~/core/questions/list/rules';
import { FAMILY } from '~/core/journey/family';

const list = FAMILY.question('family-questions')! as Parameters<typeof listRules.normalise>[0];
const ledgerQuestion = FAMILY.question('question-ledger')! as Parameters<typeof ledgerRules.normalise>[0];
const openQuestion = { ledger: 'question-ledger', source: 'family-questions' };

const listed = (...items: string[]): ListAnswer => listRules.normalise(list, { items })!;
/** What the ledger page saves after the family marks one row. */
const mark = (source: ListAnswer, saved: LedgerAnswer | undefined, index: number, part: object): LedgerAnswer =>
  ledgerRules.normalise(ledgerQuestion, {
    ...saved,
    rows: ledgerRows(source, saved).map((row, i) => (i === index ? { ...row, ...part } : row)),
  })!;
const open = (source: ListAnswer, ledger: LedgerAnswer | undefined) =>
  openQuestionRows(openQuestion, { 'family-questions': source, 'question-ledger': ledger }, undefined).map(
    (r) => r.question,
  );

describe('the question ledger', () => {
  const three = listed('Why was he moved?', 'Who checked his blood pressure?', 'Was sepsis considered?');

  it('gives every question from stage 3 a row at stage 4, and every one not answered a row at stage 5', () => {
    expect(ledgerRows(three, undefined).map((r) => r.question)).toEqual(three.items);
    let ledger = mark(three, undefined, 0, { status: 'answered', where: 'Section 2' });
    ledger = mark(three, ledger, 1, { status: 'partly' });
    expect(open(three, ledger)).toEqual(['Who checked his blood pressure?', 'Was sepsis considered?']);
  });

  it('keeps each mark with its question when questions are edited, reordered and deleted', () => {
    let ledger = mark(three, undefined, 0, { status: 'answered' });
    ledger = mark(three, ledger, 2, { status: 'not-answered', note: 'Not mentioned' });
    const [a, b, c] = listItemIds(three);
    // Edited: the third question reworded, the first question moved to the end, the second deleted.
    const edited = listRules.normalise(list, {
      items: ['Was sepsis considered at all?', 'Why was he moved?'],
      ids: [c!, a!],
    })!;
    const rows = ledgerRows(edited, ledger);
    expect(rows).toEqual([
      { id: c, question: 'Was sepsis considered at all?', status: 'not-answered', note: 'Not mentioned' },
      { id: a, question: 'Why was he moved?', status: 'answered' },
    ]);
    expect(rows.some((r) => r.id === b)).toBe(false);
    expect(open(edited, ledger)).toEqual(['Was sepsis considered at all?']);
  });

  it('never gives a new question the mark of a deleted one', () => {
    const ledger = mark(three, undefined, 2, { status: 'answered' });
    const ids = listItemIds(three);
    const added = listRules.normalise(list, { items: [three.items[0]!, 'A new question'], ids: [ids[0]!, 'inew1'] })!;
    expect(ledgerRows(added, ledger).map((r) => r.status)).toEqual([undefined, undefined]);
  });

  it('reads questions saved before ids were kept by their place in the list', () => {
    const old: ListAnswer = { items: ['First', 'Second'] };
    expect(listItemIds(old)).toEqual(['q1', 'q2']);
    const ledger = mark(old, undefined, 1, { status: 'not-sure' });
    expect(ledgerRows(listRules.normalise(list, old), ledger)[1]).toMatchObject({
      question: 'Second',
      status: 'not-sure',
    });
  });

  it('rejects a list whose ids do not match its items', () => {
    expect(listRules.isShape({ items: ['a', 'b'], ids: ['x'] })).toBe(false);
    expect(listRules.isShape({ items: ['a', 'b'], ids: ['x', 'x'] })).toBe(false);
    expect(listRules.isShape({ items: ['a'], ids: ['<script>'] })).toBe(false);
  });

  it('lists every question at stage 5 when stage 4 was never filled in', () => {
    expect(open(three, undefined)).toEqual(three.items);
  });
});
