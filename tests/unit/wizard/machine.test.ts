import { describe, expect, it } from 'vitest';
import { createActor, transition, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { wizardMachine, POSITIONS, type WizardEvent, type WizardInput } from '../../../src/wizard/machine';
import { applicableQuestions, describePosition } from '../../../src/wizard/journey';
import { STAGES, START_QUESTION, questionById, type Answers } from '../../../src/wizard/schema';
import { normaliseAnswer } from '../../../src/wizard/questions';
import { completeFamily, completeFamilyOther } from '../../fixtures/answers/complete-family';
import { hostile } from '../../fixtures/answers/hostile';
import { minimal } from '../../fixtures/answers/minimal';
import { sampleAnswers } from '../../helpers/sample-answers';

type Snapshot = SnapshotFrom<typeof wizardMachine>;
const position = (s: Snapshot) => s.value as string;
const start = (input: WizardInput = {}) => createActor(wizardMachine, { input }).start();

/** The events a person could send on each page (every option of a choice, Skip, Back...). */
function eventsFor(snapshot: Snapshot): WizardEvent[] {
  const page = describePosition(position(snapshot));
  switch (page.kind) {
    case 'question':
      return [
        ...sampleAnswers(page.question!).map((value) => ({ type: 'CONTINUE', value }) as const),
        { type: 'CONTINUE' },
        { type: 'SKIP' },
        { type: 'BACK' },
      ];
    case 'saveChoice':
      return [{ type: 'CONTINUE', value: 'device' }, { type: 'CONTINUE' }, { type: 'BACK' }];
    case 'hub':
      return [
        ...STAGES.map((s) => ({ type: 'OPEN_STAGE', stageId: s.id }) as const),
        { type: 'GO_TO', position: 'answers' },
      ];
    case 'check':
      return [
        { type: 'CONTINUE' },
        { type: 'BACK' },
        ...applicableQuestions(page.stage!, snapshot.context.answers)
          .slice(0, 1)
          .map((q) => ({ type: 'CHANGE', questionId: q.id }) as const),
      ];
    case 'complete':
      return [
        { type: 'CONTINUE', value: 'yes' },
        { type: 'CONTINUE', value: 'no' },
        { type: 'CONTINUE' },
        { type: 'BACK' },
      ];
    case 'answers':
      return [{ type: 'BACK' }, { type: 'CONTINUE' }, { type: 'CHANGE', questionId: START_QUESTION.id }];
    case 'agreement':
      return [{ type: 'BACK' }];
  }
}

// A page, the opening answer (later conditions read it) and which questions apply in the page's stage:
// enough to tell every branch apart without the state space growing with every answer.
function serialize(snapshot: Snapshot): string {
  const stage = describePosition(position(snapshot)).stage;
  const applicable = stage
    ? applicableQuestions(stage, snapshot.context.answers)
        .map((q) => q.id)
        .join(',')
    : '';
  const who = JSON.stringify(snapshot.context.answers[START_QUESTION.id] ?? null);
  return `${position(snapshot)}|${snapshot.context.returnTo}|${who}|${applicable}`;
}

const paths = getShortestPaths(wizardMachine, { input: {}, events: eventsFor, serializeState: serialize });
const reached = new Set(paths.map((p) => position(p.state)));

describe('the wizard machine, explored with xstate/graph', () => {
  it('can reach every page, including every branch of every condition', () => {
    expect(POSITIONS.filter((p) => !reached.has(p))).toEqual([]);
  });

  it("from any question, carrying on (even skipping everything) always ends at that stage's check answers page", () => {
    const stuck: string[] = [];
    for (const path of paths) {
      const page = describePosition(position(path.state));
      if (page.kind !== 'question' || !page.stage) continue;
      let snapshot = path.state;
      for (let i = 0; i < 40 && describePosition(position(snapshot)).kind === 'question'; i++) {
        [snapshot] = transition(wizardMachine, snapshot, { type: 'SKIP' });
      }
      if (position(snapshot) !== `check-${page.stage.id}` && position(snapshot) !== 'answers')
        stuck.push(`${serialize(path.state)} -> ${position(snapshot)}`);
    }
    expect(stuck).toEqual([]);
  });

  it('never lands on a question that does not apply to the answers so far', () => {
    const wrong = paths.filter((p) => {
      const page = describePosition(position(p.state));
      return (
        page.kind === 'question' &&
        page.stage &&
        !applicableQuestions(page.stage, p.state.context.answers).includes(page.question!)
      );
    });
    expect(wrong.map((p) => serialize(p.state))).toEqual([]);
  });
});

/** Walks a stage by Continue with a fixture's answers (Skip where it has none), recording each page. */
function walkStage(answers: Answers, stageIndex: number) {
  const stage = STAGES[stageIndex]!;
  const actor = start({
    answers: { [START_QUESTION.id]: answers[START_QUESTION.id]! },
    saveMode: 'device',
    position: 'hub',
  });
  actor.send({ type: 'OPEN_STAGE', stageId: stage.id });
  const visited: string[] = [];
  while (describePosition(position(actor.getSnapshot())).kind === 'question' && visited.length < 50) {
    const id = position(actor.getSnapshot());
    visited.push(id);
    actor.send(answers[id] === undefined ? { type: 'SKIP' } : { type: 'CONTINUE', value: answers[id] });
    expect(actor.getSnapshot().context.errors).toEqual([]);
  }
  return { stage, visited, actor };
}

describe.each([
  ['complete family', completeFamily],
  ['complete family, other branches', completeFamilyOther],
  ['hostile', hostile],
  ['minimal', minimal],
] as [string, Answers][])('journey and machine agree: %s', (_, fixture) => {
  it.each(STAGES.map((_, i) => i))(
    'stage %i visits exactly the questions the journey says apply, then its check page',
    (index) => {
      const { stage, visited, actor } = walkStage(fixture, index);
      const snapshot = actor.getSnapshot();
      expect(position(snapshot)).toBe(`check-${stage.id}`);
      expect(visited).toEqual(applicableQuestions(stage, snapshot.context.answers).map((q) => q.id));
      for (const id of visited) {
        const expected = fixture[id] === undefined ? undefined : normaliseAnswer(questionById(id)!, fixture[id]!);
        expect(snapshot.context.answers[id]).toEqual(expected);
      }
      // Back from check answers retraces the same pages in reverse.
      const back: string[] = [];
      for (let i = 0; i < visited.length; i++) {
        actor.send({ type: 'BACK' });
        back.push(position(actor.getSnapshot()));
      }
      expect(back).toEqual([...visited].reverse());
      actor.send({ type: 'BACK' });
      expect(position(actor.getSnapshot())).toBe('hub');
    },
  );
});

describe('moving around', () => {
  it('starts a new visitor at the opening question, and a returning one where they ask to be', () => {
    expect(position(start().getSnapshot())).toBe(START_QUESTION.id);
    expect(position(start({ answers: completeFamily, saveMode: 'device', position: 'hub' }).getSnapshot())).toBe('hub');
    expect(
      position(start({ answers: completeFamily, saveMode: 'device', position: 'what-happened' }).getSnapshot()),
    ).toBe('what-happened');
  });

  it('asks the opening question and the save choice before anything else, even from a deep link', () => {
    expect(position(start({ position: 'timeline' }).getSnapshot())).toBe(START_QUESTION.id);
    expect(
      position(start({ answers: { [START_QUESTION.id]: { choice: 'carer' } }, position: 'timeline' }).getSnapshot()),
    ).toBe('save-choice');
  });

  it('sends a link to a question that does not apply to the next page that does', () => {
    // Siân's son has died, so "can he take part?" does not apply: the next page that applies is shown.
    const actor = start({ answers: completeFamily, saveMode: 'device', position: 'patient-can-take-part' });
    expect(position(actor.getSnapshot())).toBe('when-it-happened');
    actor.send({ type: 'GO_TO', position: 'no-such-page' });
    expect(position(actor.getSnapshot())).toBe('hub');
  });

  it('keeps what was typed and shows errors when Continue finds a problem', () => {
    const actor = start({
      answers: { [START_QUESTION.id]: { choice: 'carer' } },
      saveMode: 'tab',
      position: 'your-name',
    });
    actor.send({ type: 'CONTINUE', value: '  ' });
    expect(actor.getSnapshot().context.errors).toEqual([{ field: '', code: 'required' }]);
    expect(position(actor.getSnapshot())).toBe('your-name');
    actor.send({ type: 'CONTINUE', value: 'x'.repeat(101) });
    expect(actor.getSnapshot().context.draft).toBe('x'.repeat(101));
    expect(actor.getSnapshot().context.answers['your-name']).toBeUndefined();
    actor.send({ type: 'SKIP' });
    expect(actor.getSnapshot().context.errors).toEqual([]);
    expect(actor.getSnapshot().context.skipped).toContain('your-name');
  });

  it('returns to check answers after a Change, asking a newly switched-on question first', () => {
    const actor = start({
      answers: {
        ...completeFamily,
        'support-needs': { choices: ['welsh'] },
        'interpreter-language': undefined as never,
      },
      saveMode: 'device',
      position: 'check-understanding-you',
    });
    actor.send({ type: 'CHANGE', questionId: 'support-needs' });
    expect(position(actor.getSnapshot())).toBe('support-needs');
    actor.send({ type: 'CONTINUE', value: { choices: ['welsh', 'interpreter'] } });
    expect(position(actor.getSnapshot())).toBe('interpreter-language');
    actor.send({ type: 'CONTINUE', value: 'Polish' });
    expect(position(actor.getSnapshot())).toBe('check-understanding-you');
    actor.send({ type: 'CHANGE', questionId: 'where-it-happened' });
    actor.send({ type: 'BACK' });
    expect(position(actor.getSnapshot())).toBe('check-understanding-you');
  });

  it('lets the person mark a stage complete, or not, and shows it on the task list', () => {
    const actor = start({ answers: completeFamily, saveMode: 'device', position: 'complete-next-steps' });
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().context.errors).toEqual([{ field: '', code: 'required' }]);
    actor.send({ type: 'CONTINUE', value: 'yes' });
    expect(position(actor.getSnapshot())).toBe('hub');
    expect(actor.getSnapshot().context.stageMarks['next-steps']).toBe('completed');
    actor.send({ type: 'OPEN_STAGE', stageId: 'next-steps' });
    expect(position(actor.getSnapshot())).toBe('check-next-steps');
  });

  it('forgets everything on ERASE and starts again', () => {
    const actor = start({ answers: completeFamily, saveMode: 'device', position: 'hub' });
    actor.send({ type: 'ERASE' });
    expect(actor.getSnapshot().context).toMatchObject({ answers: {}, skipped: [], stageMarks: {}, saveMode: null });
    expect(position(actor.getSnapshot())).toBe(START_QUESTION.id);
  });
});
