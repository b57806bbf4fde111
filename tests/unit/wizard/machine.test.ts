import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { WizardEvent } from '~/core/journey/machine';
import { modeOf, questionAt } from '~/core/journey/machine';
import { FAMILY } from '~/core/journey/family';
import { applicableQuestions, applicableSteps, stageOfPosition } from '~/core/journey/journey';
import { MODES, fixedMove, type PageEvent } from '~/core/journey/pages';
import { TASK_LIST, encodePosition, everyPosition, samePosition } from '~/core/journey/position';
import {
  ALL_STEPS,
  OPENING_QUESTIONS,
  STAGES,
  type Answers,
  type Question,
  type QuestionType,
} from '~/core/journey/schema';
import { questionsIn } from '~/core/journey/conditions';
import { normaliseAnswer } from '~/core/questions/rules';
import { SAMPLES, type Samples } from '~/core/questions/samples';
import { completeFamily, completeFamilyOther } from '../../fixtures/answers/complete-family';
import { hostile } from '../../fixtures/answers/hostile';
import { minimal } from '../../fixtures/answers/minimal';
import { at, go, machine, start, type Snapshot } from '../../helpers/family';

const who = OPENING_QUESTIONS[0]!;
/** Questions whose answers switch other steps on: every option of these is tried, one sample of the rest. */
const BRANCHING = new Set(ALL_STEPS.flatMap((s) => (s.showIf ? questionsIn(s.showIf) : [])));
const samplesOf = (q: Question) => (SAMPLES[q.type] as Samples<QuestionType>).valid(q);

/** Pages a link on the task list opens (their Back leads to it): the agreement's, the record's... */
const LINKED_FROM_TASK_LIST = everyPosition({ steps: [], stages: [] }).filter((p) => {
  const back = fixedMove(p, 'back');
  return typeof back === 'object' && samePosition(back, TASK_LIST);
});

/** The events a person could send on each page, for every event its mode accepts (every option of a branching choice...). */
function eventsFor(snapshot: Snapshot): WizardEvent[] {
  const { position, answers } = snapshot.context;
  const stage = stageOfPosition(FAMILY, position);
  const candidates: Record<PageEvent, () => WizardEvent[]> = {
    CONTINUE: () => {
      const question = questionAt(FAMILY, position);
      if (!question) return [{ type: 'CONTINUE' }];
      const all = BRANCHING.has(question.id) || question.setting;
      const values = all ? samplesOf(question) : samplesOf(question).slice(0, 1);
      return [...values.map((value) => ({ type: 'CONTINUE', value }) as const), { type: 'CONTINUE' }];
    },
    SKIP: () => [{ type: 'SKIP' }],
    BACK: () => [{ type: 'BACK' }],
    CHANGE: () =>
      stage
        ? applicableQuestions(FAMILY, stage, answers)
            .filter((q) => BRANCHING.has(q.id))
            .slice(0, 1)
            .map((q) => ({ type: 'CHANGE', step: q.id }) as const)
        : [{ type: 'CHANGE', step: who.id }],
    OPEN_STAGE: () => [
      ...STAGES.map((s) => ({ type: 'OPEN_STAGE', stage: s.id }) as const),
      ...LINKED_FROM_TASK_LIST.map((to) => ({ type: 'GO_TO', position: to }) as const),
    ],
    CHOOSE_TEAM_COPY: () => [{ type: 'CHOOSE_TEAM_COPY', include: true }],
  };
  return (Object.keys(MODES[modeOf(FAMILY, position)]) as PageEvent[]).flatMap((event) => candidates[event]());
}

// The page, where Change returns to, the opening answer and which steps apply in the page's stage:
// enough to tell every branch apart without the state space growing with every answer.
function serialize(snapshot: Snapshot): string {
  const { context } = snapshot;
  const stage = stageOfPosition(FAMILY, context.position);
  const applicable = stage
    ? applicableSteps(FAMILY, stage, context.answers)
        .map((s) => s.id)
        .join(',')
    : '';
  const opening = JSON.stringify((context.answers as Answers)[who.id as 'who-is-filling-in'] ?? null);
  const back = context.returnTo ? encodePosition(context.returnTo) : '';
  return `${encodePosition(context.position)}|${back}|${opening}|${context.saveMode !== null}|${applicable}`;
}

const paths = getShortestPaths(machine, { input: {}, events: eventsFor, serializeState: serialize });
const reached = new Set(paths.map((p) => at(p.state)));

/** Every page of the family journey, in its text form, from the page registry. */
const EVERY_PAGE = everyPosition({ steps: ALL_STEPS.map((s) => s.id), stages: STAGES.map((s) => s.id) }).map(
  encodePosition,
);

describe('the wizard machine, explored with xstate/graph', () => {
  it('is small: modes as states, with one move action', () => {
    const states = Object.keys(machine.root.states);
    const transitions = Object.values(machine.root.states).reduce(
      (n, node) =>
        n + [...node.transitions.values()].reduce((m, list) => m + list.length, 0) + (node.always?.length ?? 0),
      [...machine.root.transitions.values()].reduce((m, list) => m + list.length, 0),
    );
    console.log(`wizard machine: ${states.length + 1} states, ${transitions} transitions`);
    expect(states.length).toBeLessThan(15);
    expect(transitions).toBeLessThan(60);
  });

  it('can reach every page, including every branch of every condition', () => {
    expect(EVERY_PAGE.filter((p) => !reached.has(p))).toEqual([]);
  });

  it("from any step, carrying on (even skipping everything) always ends at that stage's check answers page", () => {
    const stuck: string[] = [];
    for (const path of paths) {
      const { position } = path.state.context;
      const stage = stageOfPosition(FAMILY, position);
      if (position.page !== 'step' || !stage) continue;
      let snapshot = path.state;
      for (let i = 0; i < 40 && snapshot.context.position.page === 'step'; i++) {
        const mode = modeOf(FAMILY, snapshot.context.position);
        [snapshot] = transition(machine, snapshot, mode === 'notice' ? { type: 'CONTINUE' } : { type: 'SKIP' });
      }
      const end = at(snapshot);
      const returnTo = path.state.context.returnTo ? encodePosition(path.state.context.returnTo) : `check-${stage.id}`;
      if (end !== returnTo) stuck.push(`${serialize(path.state)} -> ${end}`);
    }
    expect(stuck).toEqual([]);
  });

  it('never lands on a step that does not apply to the answers so far', () => {
    const wrong = paths.filter((p) => {
      const { position, answers } = p.state.context;
      const stage = stageOfPosition(FAMILY, position);
      return (
        position.page === 'step' &&
        stage &&
        !applicableSteps(FAMILY, stage, answers).some((s) => s.id === position.step)
      );
    });
    expect(wrong.map((p) => serialize(p.state))).toEqual([]);
  });
});

/** Walks a stage from its introduction with a fixture's answers (Skip where it has none), recording each page. */
function walkStage(answers: Answers, stageIndex: number) {
  const stage = STAGES[stageIndex]!;
  const actor = start({ answers: { [who.id]: (answers as Record<string, never>)[who.id] }, saveMode: 'device' });
  actor.send({ type: 'OPEN_STAGE', stage: stage.id });
  expect(at(actor.getSnapshot())).toBe(`intro-${stage.id}`);
  actor.send({ type: 'CONTINUE' });
  const visited: string[] = [];
  while (actor.getSnapshot().context.position.page === 'step' && visited.length < 50) {
    const id = at(actor.getSnapshot());
    visited.push(id);
    const value = (answers as Record<string, unknown>)[id];
    const isNotice = modeOf(FAMILY, actor.getSnapshot().context.position) === 'notice';
    actor.send(isNotice ? { type: 'CONTINUE' } : value === undefined ? { type: 'SKIP' } : { type: 'CONTINUE', value });
    expect(actor.getSnapshot().context.errors).toEqual([]);
  }
  return { stage, visited, actor };
}

describe.each([
  ['complete family', completeFamily],
  ['complete family, other branches', completeFamilyOther],
  ['hostile', { ...completeFamily, ...hostile }],
  ['minimal', minimal],
] as [string, Answers][])('journey and machine agree: %s', (_, fixture) => {
  it.each(STAGES.map((_, i) => i))(
    'stage %i visits exactly the steps the journey says apply, then its check page',
    (index) => {
      const { stage, visited, actor } = walkStage(fixture, index);
      const { context } = actor.getSnapshot();
      expect(at(actor.getSnapshot())).toBe(`check-${stage.id}`);
      expect(visited).toEqual(applicableSteps(FAMILY, stage, context.answers).map((s) => s.id));
      for (const q of applicableQuestions(FAMILY, stage, context.answers)) {
        const given = (fixture as Record<string, never>)[q.id];
        expect((context.answers as Record<string, unknown>)[q.id]).toEqual(
          given === undefined ? undefined : normaliseAnswer(q, given),
        );
      }
      // Back from check answers retraces the same pages in reverse, then the stage's introduction.
      const back: string[] = [];
      for (let i = 0; i <= visited.length; i++) {
        actor.send({ type: 'BACK' });
        back.push(at(actor.getSnapshot()));
      }
      expect(back).toEqual([...[...visited].reverse(), `intro-${stage.id}`]);
      actor.send({ type: 'BACK' });
      expect(at(actor.getSnapshot())).toBe('hub');
    },
  );
});

describe('moving around', () => {
  const returning = { answers: completeFamily, saveMode: 'device' } as const;

  it('starts a new visitor at the opening question, and a returning one where they ask to be', () => {
    expect(at(start().getSnapshot())).toBe(who.id);
    expect(at(start({ ...returning, position: go('hub') }).getSnapshot())).toBe('hub');
    expect(at(start({ ...returning, position: go('what-happened') }).getSnapshot())).toBe('what-happened');
  });

  it('asks the opening question and the save choice before anything else, even from a deep link', () => {
    expect(at(start({ position: go('timeline') }).getSnapshot())).toBe(who.id);
    expect(at(start({ answers: { [who.id]: { choice: 'carer' } }, position: go('timeline') }).getSnapshot())).toBe(
      'save-choice',
    );
  });

  it('sends a link to a step that does not apply to the next page that does', () => {
    // Siân's son has died, so "can he take part?" does not apply: the next page that applies is shown.
    const actor = start({ ...returning, position: go('patient-can-take-part') });
    expect(at(actor.getSnapshot())).toBe('when-it-happened');
  });

  it('opens a stage not started at its introduction, one in progress where the person left off', () => {
    const actor = start({ answers: { ...minimal }, saveMode: 'device' });
    actor.send({ type: 'OPEN_STAGE', stage: 'agreeing-how-you-work-together' });
    expect(at(actor.getSnapshot())).toBe('intro-agreeing-how-you-work-together');
    actor.send({ type: 'GO_TO', position: { page: 'task-list' } });
    actor.send({ type: 'OPEN_STAGE', stage: 'understanding-you' });
    // minimal answered the name only, so the next question not done comes first (the patient fills it in).
    expect(at(actor.getSnapshot())).toBe('when-it-happened');
  });

  it('keeps what was typed and shows errors when Continue finds a problem', () => {
    const actor = start({
      answers: { [who.id]: { choice: 'carer' } },
      saveMode: 'tab',
      position: go('when-it-happened'),
    });
    actor.send({ type: 'CONTINUE', value: { month: '13', year: '2026' } });
    const { context } = actor.getSnapshot();
    expect(at(actor.getSnapshot())).toBe('when-it-happened');
    expect(context.errors).toEqual([{ field: 'month', code: 'monthRange' }]);
    expect(context.draft).toEqual({ month: '13', year: '2026' });
    actor.send({ type: 'CONTINUE', value: { month: '3', year: '2026' } });
    expect(actor.getSnapshot().context.errors).toEqual([]);
    expect((actor.getSnapshot().context.answers as Answers)['when-it-happened']).toEqual({
      month: '3',
      year: '2026',
      approximate: true,
    });
  });

  it('comes back to check answers after Change, asking a follow-up question it switched on first', () => {
    const actor = start({
      ...returning,
      answers: { ...completeFamilyOther },
      position: go('check-agreeing-how-you-work-together'),
    });
    actor.send({ type: 'CHANGE', step: 'main-contact-who' });
    expect(at(actor.getSnapshot())).toBe('main-contact-who');
    actor.send({ type: 'CONTINUE', value: { choice: 'me' } });
    expect(at(actor.getSnapshot())).toBe('your-contact-details');
    actor.send({ type: 'SKIP' });
    expect(at(actor.getSnapshot())).toBe('check-agreeing-how-you-work-together');
  });

  it('shows the acknowledgement once when a Change says the patient has died, then returns', () => {
    const actor = start({ ...returning, answers: { ...completeFamilyOther }, position: go('check-understanding-you') });
    actor.send({ type: 'CHANGE', step: 'patient-alive' });
    actor.send({ type: 'CONTINUE', value: { choice: 'no' } });
    expect(at(actor.getSnapshot())).toBe('acknowledge-death');
    actor.send({ type: 'CONTINUE' });
    expect(at(actor.getSnapshot())).toBe('check-understanding-you');
    // Saying "no" again changes nothing, so the page is not shown a second time.
    actor.send({ type: 'CHANGE', step: 'patient-alive' });
    actor.send({ type: 'CONTINUE', value: { choice: 'no' } });
    expect(at(actor.getSnapshot())).toBe('check-understanding-you');
  });

  it('marks a stage, makes the agreement, then shows the confirmation and the agreement', () => {
    const actor = start({ ...returning, position: go('check-next-steps') });
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().context.stageMarks['next-steps']).toBe('completed');
    expect(at(actor.getSnapshot())).toBe('hub');
    actor.send({ type: 'GO_TO', position: { page: 'all-answers' } });
    actor.send({ type: 'CHOOSE_TEAM_COPY', include: true });
    actor.send({ type: 'CONTINUE' });
    expect(at(actor.getSnapshot())).toBe('confirmation');
    expect(actor.getSnapshot().context.agreementMadeAt).toBe('2026-11-23T12:00:00.000Z');
    expect(actor.getSnapshot().context.privateOnTeamCopy).toBe(true);
    actor.send({ type: 'CONTINUE' });
    expect(at(actor.getSnapshot())).toBe('agreement');
    actor.send({ type: 'BACK' });
    expect(at(actor.getSnapshot())).toBe('confirmation');
  });

  it('forgets everything on ERASE and starts again at the opening question', () => {
    const actor = start({ ...returning, position: go('hub') });
    actor.send({ type: 'ERASE' });
    expect(actor.getSnapshot().context.answers).toEqual({});
    expect(at(actor.getSnapshot())).toBe(who.id);
  });

  it('ignores events a page does not offer', () => {
    const actor = start({ ...returning, position: go('hub') });
    const before = actor.getSnapshot();
    actor.send({ type: 'SKIP' });
    actor.send({ type: 'CHANGE', step: 'your-name' });
    expect(actor.getSnapshot().context).toEqual(before.context);
  });
});

describe('the position codec', () => {
  it('reads back every page it writes, and nothing else', () => {
    for (const text of EVERY_PAGE) expect(encodePosition(go(text))).toBe(text);
    for (const text of [
      '',
      'routing',
      'check-',
      'check-nowhere',
      'intro-your-name',
      'HUB',
      '__proto__',
      'constructor',
    ]) {
      expect(FAMILY.decode(text), text).toBeUndefined();
    }
  });
});
