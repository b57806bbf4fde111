import { describe, expect, it } from 'vitest';
import type { AgreementBlock } from '~/core/agreement/model';
import { summaryDocument } from '~/core/cases/summary/summary-document';
import { summaryCase, summaryCaseWithoutNames } from '../../../fixtures/cases/summary-case';
import { summaryOf, teamWords } from '../../../helpers/case-summary';

const documentOf = (record = summaryCase) => summaryDocument(summaryOf(record), teamWords(), 'en-GB');
const tableOf = (id: string, record = summaryCase) => {
  const block = documentOf(record).sections.find((section) => section.id === id)!.blocks[0]!;
  return block as Extract<AgreementBlock, { kind: 'table' }>;
};

describe('the summary as a document for the PDF', () => {
  it('has the reference in its heading, on every page and in its file name, and the date it was made', () => {
    expect(documentOf()).toMatchObject({
      lang: 'en-GB',
      title: 'Case summary: PSII-2026-014',
      reference: 'Reference: PSII-2026-014',
      dateText: 'Made on 6 December 2026',
      pageOf: 'Page {{page}} of {{total}}',
      fileName: 'PSII-2026-014 case summary 2026-12-06.pdf',
      intro: [
        'Case owner: Dr Amara Okafor',
        'Case set up on 18 March 2026',
        "This summary does not include the family members' answers or what their agreements say. Those stay in the case.",
      ],
    });
    const untitled = summaryDocument(
      summaryOf({ ...summaryCase, setup: { answers: {}, skipped: [] } }),
      teamWords(),
      'en-GB',
    );
    expect(untitled).toMatchObject({ title: 'Case summary', reference: 'Reference: not given' });
  });

  it('shows the contact log as a table: dates in words, a correction labelled, the author with when they wrote it', () => {
    const table = tableOf('contacts');
    expect(table.headers).toEqual(['Date', 'How', 'Who was involved', 'Details', 'Recorded by']);
    expect(table.rows.slice(0, 2)).toEqual([
      [
        '20 March 2026, 14:00',
        'Phone call',
        'Siân Dŵr',
        'Contact, corrected:\nFirst call. Siân would like calls after 4pm. Agreed to meet on 27 March.',
        'Sam Lewis\n21 March 2026, 09:12',
      ],
      [
        '20 March 2026',
        'Phone call',
        'Sian',
        'Earlier text, since corrected:\nFirst call, agreed to meet.',
        'Sam Lewis\n20 March 2026, 14:40',
      ],
    ]);
    expect(table.rows.at(-1)!.at(-1)).toBe('Not recorded');
  });

  it("names a recorder without repeating the time when it is the row's own", () => {
    expect(tableOf('agreements').rows[0]).toEqual([
      '2 April 2026, 12:00',
      'Version 1 made',
      'Siân Dŵr',
      '',
      'Sam Lewis',
    ]);
    expect(tableOf('owner').rows).toEqual([
      ['18 March 2026, 09:15', 'To Sam Lewis', 'Sam Lewis'],
      ['1 June 2026, 09:00', 'From Sam Lewis to Dr Amara Okafor', 'Sam Lewis'],
    ]);
  });

  it('says so when a part of the case has nothing in it yet', () => {
    const owner = documentOf(summaryCaseWithoutNames).sections.find((section) => section.id === 'owner')!;
    expect(owner.blocks).toEqual([{ kind: 'paragraph', text: 'Nothing recorded yet.' }]);
  });
});
