import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnswersFile } from '~/core/formats';
import { markSent, writeCommentsFile, writeReplyFile } from '~/core/formats/draft-exchange';
import type { DraftCommentsAnswer } from '~/core/questions/draft-comments/rules';
import { completeFamily } from '../fixtures/answers/complete-family';

/*
 * The app's own files, made as the app makes them, for the browser tests that choose them in a form:
 * a family member's answers, the team's case file, comments on the draft and the team's reply.
 */

export const MADE = new Date('2026-11-20T10:00:00.000Z');
export const EXCHANGE = 'exchange1234';

/** Writes text to a new file and returns its path. */
export function fileOf(text: string, extension = 'json'): string {
  const file = join(tmpdir(), `ltw-file-${Math.random().toString(36).slice(2)}.${extension}`);
  writeFileSync(file, text);
  return file;
}

const saved = (answers: Record<string, unknown>) => ({ answers, skipped: [], stageMarks: {}, position: 'hub' });

/** A family member's answers file; `reference` as the family's copy of the link gave it. */
export async function answersFile(answers: Record<string, unknown> = completeFamily, reference?: string) {
  const details = reference ? { details: { organisation: 'Example NHS Foundation Trust', reference } } : {};
  return fileOf(await createAnswersFile({ saved: saved(answers), role: 'family', ...details, now: MADE }));
}

export const caseFile = async () =>
  fileOf(await createAnswersFile({ saved: saved({}), role: 'investigator', record: {}, now: MADE }));

/** The family's comments, as their first version sent on `EXCHANGE`. */
export const sentComments: DraftCommentsAnswer = markSent(
  { ...(completeFamily['draft-comments'] as DraftCommentsAnswer), exchange: EXCHANGE },
  MADE,
  undefined,
);

export async function commentsFile(over: { from?: string; reference?: string; longComment?: number } = {}) {
  const round = sentComments.sent![0]!;
  const comments = round.comments.map((c, i) => (i + 1 === over.longComment ? { ...c, text: 'x'.repeat(2001) } : c));
  return fileOf(
    await writeCommentsFile({
      createdAt: round.sentAt,
      exchange: EXCHANGE,
      number: 1,
      ...(over.from ? { from: over.from } : {}),
      ...(over.reference ? { reference: over.reference } : {}),
      comments,
      questions: [],
    }),
  );
}

export async function replyFile(over: { exchange?: string; longReason?: boolean } = {}) {
  return fileOf(
    await writeReplyFile({
      createdAt: new Date('2026-11-27T10:00:00.000Z').toISOString(),
      exchange: over.exchange ?? EXCHANGE,
      number: 1,
      from: 'Example NHS Foundation Trust',
      reference: 'PSII-2026-0142',
      toVersion: 1,
      responses: [
        { commentId: 'c1', decision: 'accepted', reason: 'Corrected on page 2.' },
        {
          commentId: 'c2',
          decision: 'not-accepted',
          reason: over.longReason ? 'y'.repeat(2100) : 'The record says 9pm.',
        },
      ],
      ledger: [],
      contacts: [],
    }),
  );
}
