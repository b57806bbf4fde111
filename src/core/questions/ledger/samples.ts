import type { Samples } from '~/core/questions/sample-types';
import { LEDGER_OVERALL_MAX, LEDGER_STATUSES } from './rules';

export const ledgerSamples: Samples<'ledger'> = {
  valid: () => [
    ...LEDGER_STATUSES.map((status) => ({ rows: [{ id: 'q1', question: 'A question', status }] })),
    { rows: [{ id: 'q1', question: 'A question', status: 'partly' as const, where: 'Section 4', note: 'A note' }] },
    { rows: [], note: 'Only a note' },
  ],
  // The keyboard journey listed one question at stage 3: Tab reaches a radio group's first choice ("Answered").
  enter: (question) => [
    { check: `${question.id}-1-status` },
    { fill: `${question.id}-1-where`, text: `Typed for ${question.id}` },
  ],
  invalid: (question) => {
    // The note about the questions as a whole is on the page even when no questions were listed.
    const text = 'a'.repeat(LEDGER_OVERALL_MAX + 1);
    return { answer: { rows: [], note: text }, input: [{ fill: `${question.id}-note`, text }] };
  },
};
