import { describe, expect, it } from 'vitest';
import { buildCommentsModel, buildRecordModel } from '~/core/agreement/documents';
import type { AgreementModel } from '~/core/agreement/model';
import type { Answers } from '~/core/journey/schema';
import { completeFamily } from '../../fixtures/answers/complete-family';
import { agreementInputs } from '../../helpers/agreement-inputs';

const text = (model: AgreementModel) => JSON.stringify(model);
const section = (model: AgreementModel, id: string) => model.sections.find((s) => s.id === id);
const withReply = {
  ...completeFamily,
  'draft-comments': {
    ...completeFamily['draft-comments'],
    exchange: 'abcdef123456',
    sent: [{ number: 1, sentAt: '2026-10-01T09:00:00.000Z', comments: completeFamily['draft-comments'].comments }],
    replies: [
      {
        number: 1,
        toVersion: 1,
        repliedAt: '2026-10-08T15:30:00.000Z',
        receivedAt: '2026-10-09T08:00:00.000Z',
        responses: [{ commentId: 'c1', decision: 'accepted' as const, reason: 'Corrected on page 2.' }],
        ledger: [{ id: 'q3', where: 'Section 6' }],
        contacts: [{ date: '2026-10-03', method: 'phone' }],
      },
    ],
  },
} as Answers;

describe('the record a family keeps', () => {
  const record = buildRecordModel(withReply, { ...agreementInputs(), agreementMadeAt: '2026-06-01T10:00:00.000Z' });

  it('holds the ledger with the team\'s "where", each round with its replies, and the contacts in date order', () => {
    const ledger = section(record, 'question-ledger')!.blocks.find((b) => b.kind === 'table')!;
    expect(ledger.kind === 'table' && ledger.rows[2]).toEqual([
      '3. Was sepsis considered, and if not, why not?',
      'Not answered',
      '',
      'Section 6',
      '',
    ]);
    const comments = text({ ...record, sections: [section(record, 'comments')!] });
    expect(comments).toContain('Comments sent on 1 October 2026 (version 1)');
    expect(comments).toContain('Accepted, the report will change. Corrected on page 2.');
    expect(comments).toContain('No reply yet');
    const contacts = section(record, 'contacts')!.blocks[0]!;
    expect(contacts.kind === 'table' && contacts.rows.map((r) => r[0])).toEqual([
      '2 April 2026',
      '20 May 2026',
      '3 October 2026',
    ]);
    expect(record.title).toBe('Our involvement in the investigation');
    expect(record.fileName).toBe('our-involvement-in-the-investigation-2026-11-23.pdf');
  });

  it('leaves private answers out unless the team copy with them is chosen', () => {
    const secret = 'share details of my own health';
    expect(text(record)).not.toContain(secret);
    const withPrivate = buildRecordModel(withReply, agreementInputs({ copy: { for: 'team', includePrivate: true } }));
    expect(text(withPrivate)).toContain(secret);
  });
});

describe('"Our comments on the draft report"', () => {
  it('lists the comments being sent now with the questions, and the comment deadline', () => {
    const model = buildCommentsModel(completeFamily, agreementInputs());
    const comments = section(model, 'comments')!.blocks[0]!;
    expect(comments.kind === 'table' && comments.rows.map((r) => r[3])).toEqual([
      'Rhys was 6, not 7.',
      'We arrived at A&E at 7pm, not 9pm.',
      'The report does not say that I asked for help twice.',
      'Page 4 calls Rhys "the child". Please use his name.',
    ]);
    expect(model.intro.join(' ')).toContain('29 September 2026');
    // Before the team has replied there is no column for what the team says.
    const ledger = section(model, 'question-ledger')!.blocks[0]!;
    expect(ledger.kind === 'table' && ledger.headers).toEqual([
      'Our question',
      'Answered?',
      'Where, in our view',
      'Our note',
    ]);
  });
});
