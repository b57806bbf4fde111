import { AGREEMENT_SECTIONS } from '~/core/agreement/sections';
import { paperQuestionIds } from '~/core/agreement/paper-questions';
import { questionById } from '~/core/journey/family';
import type { AnswerValue, Answers, FieldError, Question, QuestionId } from '~/core/journey/schema';
import { isAnswered, isAnswerShape, normaliseAnswer, validateAnswer } from '~/core/questions/rules';
import { createEnvelope } from '~/core/store/envelope';
import type { SavedCase } from '~/core/store/types';
import { newId, type FamilyMember } from './record';

/*
 * A family member's answers typed in by the team from the blank paper form. The questions, their order
 * and their sections are the paper form's own (the agreement's sections, private questions left out and
 * the questions that decide what is skipped put in, as src/core/agreement/paper-questions.ts lists them),
 * so what the team types follows the sheet in their hand. The answers become the same envelope an answers file carries, so every team page reads them.
 */

export interface PaperSection {
  /** The agreement section it prints under (agreement:sections.<id>), or 'person' for who filled it in. */
  id: string;
  questions: readonly Question[];
}

/** Who filled the form in comes first: the paper form asks it at its signatures, the team needs it to name them. */
const PERSON: readonly QuestionId[] = ['your-name'];

export const PAPER_SECTIONS: readonly PaperSection[] = [
  { id: 'person', questions: PERSON.map(questionById) },
  ...AGREEMENT_SECTIONS.map((plan) => ({
    id: plan.id,
    questions: paperQuestionIds(plan).map(questionById),
  })).filter((section) => section.questions.length > 0),
];

export type PaperProblem = { question: Question; error: FieldError };

/** The answers as the wizard would keep them (checked and tidied the same way), or the problems with them. */
export function answersFromPaper(
  typed: Readonly<Record<string, AnswerValue | undefined>>,
  now: Date,
): { ok: true; answers: Answers; count: number } | { ok: false; problems: PaperProblem[] } {
  const problems: PaperProblem[] = [];
  const answers: Record<string, AnswerValue> = {};
  for (const question of PAPER_SECTIONS.flatMap((s) => s.questions)) {
    const value = typed[question.id];
    // A box left empty on paper is not answered: never an error, and nothing is kept for it.
    if (value === undefined || !isAnswerShape(question, value) || !isAnswered(question, value)) continue;
    const errors = validateAnswer(question, value, now);
    if (errors.length) problems.push(...errors.map((error) => ({ question, error })));
    else {
      const kept = normaliseAnswer(question, value);
      if (kept !== undefined) answers[question.id] = kept;
    }
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, answers: answers, count: Object.keys(answers).length };
}

/** The family member the paper form becomes: marked as typed in from paper, by whom, and the form's date. */
export function memberFromPaper(answers: Answers, by: string, on: string, now: Date): FamilyMember {
  const saved: SavedCase = { answers, skipped: [], stageMarks: {}, position: 'hub' };
  return {
    id: newId(),
    importedAt: now.toISOString(),
    fileCreatedAt: now.toISOString(),
    envelope: createEnvelope(saved, now),
    addedBy: by,
    fromPaper: { by, on },
  };
}
