import { describe, expect, it } from 'vitest';
import { FAMILY } from '~/core/journey/family';
import { SAMPLES } from '~/core/questions/samples';
import type { Question } from '~/core/journey/schema';
import { at, start } from '../../helpers/family';

/**
 * The most allowed from "Who is filling this in?" to the stage 2 check page: 37 before "the family's path", 27
 * after it; communication needs in the Accessible Information Standard's terms (issue 24) replaced one page
 * with formats, support and anything else, and, only for someone who needs an interpreter, whether a
 * professional one and whether a woman or a man: 29 without an interpreter, 31 with one.
 */
const MOST_SCREENS = 31;

/** An answer for each question: the sample that switches on follow-ups where there is a choice to make. */
const OPENS_FOLLOW_UPS: Record<string, unknown> = {
  'communication-support': { choices: ['spoken-interpreter', 'hearing-loop'], note: 'Polish' },
  'main-contact-who': { choice: 'me' },
  'other-people': { items: [{ name: 'Eleri', relationship: 'Mother', meetings: 'yes', talk: 'yes' }] },
};
const answerFor = (question: Question) =>
  OPENS_FOLLOW_UPS[question.id] ??
  (question.id === 'who-is-filling-in'
    ? { choice: 'patient' }
    : (SAMPLES[question.type].valid as (q: Question) => unknown[])(question)[0]);

/**
 * Walks the wizard's machine as a person answering about themselves, answering everything, and lists every
 * screen with something to answer or choose (questions, the save choice, the task list); introductions,
 * notices and check pages are read, not answered, and are not counted.
 */
function walkToAgreement(): string[] {
  const actor = start();
  const screens: string[] = [];
  for (let moves = 0; moves < 200; moves++) {
    const { position } = actor.getSnapshot().context;
    if (position.page === 'all-answers') return screens;
    if (position.page === 'step') {
      const question = FAMILY.question(position.step);
      if (question) screens.push(question.id);
      actor.send({ type: 'CONTINUE', value: question ? answerFor(question) : undefined });
    } else if (position.page === 'save-choice') {
      screens.push('save-choice');
      actor.send({ type: 'CONTINUE', value: { choice: 'device' } });
    } else if (position.page === 'task-list') {
      screens.push('task-list');
      actor.send({ type: 'OPEN_STAGE', stage: FAMILY.journey.stages[0]!.id });
    } else actor.send({ type: 'CONTINUE' });
  }
  throw new Error(`the walk never reached the agreement: stuck at ${at(actor.getSnapshot())}`);
}

describe('the family path to a first agreement', () => {
  it(`takes at most ${MOST_SCREENS} screens for a person answering every question about themselves`, () => {
    const screens = walkToAgreement();
    expect(screens.length, screens.join(', ')).toBeLessThanOrEqual(MOST_SCREENS);
    // Each screen once: nothing is asked twice, and the task list is not a stop between stages.
    expect(new Set(screens).size).toBe(screens.length);
  });

  it('asks nothing about supporters twice: one list, with meetings and talking asked of each person', () => {
    const ids = walkToAgreement();
    expect(ids.filter((id) => /support-person|advocate|other-people/.test(id))).toEqual(['other-people']);
  });
});
