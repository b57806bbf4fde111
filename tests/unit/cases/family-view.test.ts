import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import {
  FAMILY_VIEW_TOPICS,
  familyView,
  familyViews,
  personName,
  type FamilyView,
  type FamilyViewItem,
} from '~/core/cases/family-view';
import { FamilyAnswersView } from '~/team/family/FamilyAnswersView';
import { FamiliesSideBySide } from '~/team/family/FamiliesSideBySide';
import { createFormatter } from '~/i18n/messages';
import { investigatorMessages, INVESTIGATOR_RESOURCES } from '~/i18n/investigator-resources';
import type { SavedCase } from '~/core/store/types';
import { FAMILY_JOURNEY, QUESTION_IDS, type Answers, type Journey, type Stage } from '~/core/journey/schema';
import { completeFamily, completeFamilyOther } from '../../fixtures/answers/complete-family';
import { hostile } from '../../fixtures/answers/hostile';
import { minimal } from '../../fixtures/answers/minimal';

const t = createFormatter('en-GB', investigatorMessages('en'));
const render = (view: FamilyView) => renderToString(h(FamilyAnswersView, { view, t, lang: 'en-GB' }));

const saved = (answers: Answers, more: Partial<SavedCase> = {}): SavedCase => ({
  answers,
  skipped: [],
  stageMarks: {},
  position: 'hub',
  ...more,
});

const items = (view: FamilyView): FamilyViewItem[] => view.groups.flatMap((g) => g.items);
const item = (view: FamilyView, id: string) => items(view).find((i) => i.question.id === id);
const groupOf = (view: FamilyView, id: string) =>
  view.groups.find((g) => g.items.some((i) => i.question.id === id))?.id;
/** Visible text, tags removed, entities decoded enough for these checks. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('familyView', () => {
  it("marks a sensitive question's answer as private, and only that", () => {
    const view = familyView(saved(completeFamily));
    expect(item(view, 'do-not-share')).toMatchObject({
      state: 'private',
      value: completeFamily['do-not-share'],
    });
    const privateIds = items(view)
      .filter((i) => i.state === 'private')
      .map((i) => i.question.id);
    expect(privateIds).toEqual(['do-not-share']);
    expect(item(view, 'avoid-upset')?.state).toBe('answered');
  });

  it('says a question was kept back when the person chose not to answer it, and keeps no old value', () => {
    const answers: Answers = { ...completeFamily };
    delete answers['avoid-upset'];
    delete answers['do-not-share'];
    const view = familyView(saved(answers, { skipped: ['avoid-upset', 'do-not-share'] }));
    expect(item(view, 'avoid-upset')).toEqual({ question: expect.anything(), state: 'kept-back' });
    // A private question kept back is just kept back: there is nothing to hide.
    expect(item(view, 'do-not-share')?.state).toBe('kept-back');
  });

  it('says "not reached yet" for questions the person has not come to', () => {
    const view = familyView(saved(minimal));
    expect(item(view, 'draft-received')?.state).toBe('not-reached');
    expect(item(view, 'your-name')).toMatchObject({ state: 'answered', value: 'Alex' });
  });

  it('puts communication needs, needs, contact, people and questions first, then the rest stage by stage', () => {
    const view = familyView(saved(completeFamily));
    expect(view.groups.map((g) => `${g.kind}:${g.id}`)).toEqual([
      // The patient has died: only this person's own communication needs.
      'topic:communication-needs',
      'topic:needs',
      'topic:contact',
      'topic:people',
      'topic:questions',
      'stage:understanding-you',
      // Every stage 2 question is in a topic, so the stage has no group of its own.
      'stage:giving-and-getting-information',
      'stage:checking-and-finalising-the-report',
      'stage:next-steps',
    ]);
    expect(groupOf(view, 'information-formats')).toBe('communication-needs');
    expect(groupOf(view, 'avoid-upset')).toBe('needs');
    expect(groupOf(view, 'update-frequency')).toBe('contact');
    expect(groupOf(view, 'do-not-share')).toBe('people');
    expect(groupOf(view, 'family-questions')).toBe('questions');
    expect(groupOf(view, 'timeline')).toBe('giving-and-getting-information');
    // The opening question joins stage 1.
    expect(groupOf(view, 'who-is-filling-in')).toBe('understanding-you');
  });

  it("shows this person's communication needs first, then the living patient's, each question in the order asked", () => {
    const view = familyView(saved(completeFamilyOther));
    const [own, patient] = view.groups;
    expect(own?.id).toBe('communication-needs');
    expect(own?.items.map((i) => i.question.id)).toEqual([
      'information-formats',
      'communication-support',
      'other-needs',
    ]);
    expect(patient?.id).toBe('patient-communication-needs');
    expect(patient?.items.map((i) => i.question.id)).toEqual([
      'patient-information-formats',
      'patient-communication-support',
      'patient-professional-interpreter',
      'patient-interpreter-sex',
      'patient-other-needs',
    ]);
    expect(patient?.items.every((i) => i.state === 'answered')).toBe(true);
  });

  it("shows every question this person was asked exactly once, in the schema's order within each stage", () => {
    for (const answers of [completeFamily, completeFamilyOther, minimal, hostile] as Answers[]) {
      const ids = items(familyView(saved(answers))).map((i) => i.question.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => (QUESTION_IDS as readonly string[]).includes(id))).toBe(true);
    }
    // Between them the two complete fixtures are asked every question.
    const asked = new Set(
      [completeFamily, completeFamilyOther].flatMap((a) => items(familyView(saved(a))).map((i) => i.question.id)),
    );
    expect([...asked].sort()).toEqual([...QUESTION_IDS].sort());
  });

  it("leaves out questions the person's own answers hide (the patient is not asked who it happened to)", () => {
    const view = familyView(saved(minimal));
    expect(item(view, 'patient-name')).toBeUndefined();
    expect(item(view, 'relationship')).toBeUndefined();
  });

  it("comes from the schema: a question added to a stage appears in that stage's group", () => {
    const [first, second, third, ...rest] = FAMILY_JOURNEY.stages as readonly Stage[];
    const extended: Journey = {
      ...FAMILY_JOURNEY,
      stages: [
        first!,
        second!,
        { ...third!, steps: [...third!.steps, { id: 'new-question', type: 'text', maxLength: 50 }] },
        ...rest,
      ],
    };
    const answers = { ...completeFamily, 'new-question': 'A new answer' } as Answers;
    const view = familyView(saved(answers), { journey: extended });
    expect(groupOf(view, 'new-question')).toBe('giving-and-getting-information');
    expect(item(view, 'new-question')).toMatchObject({ state: 'answered', value: 'A new answer' });
    // And a topic takes whichever questions it lists.
    const moved = familyView(saved(completeFamily), {
      topics: [...FAMILY_VIEW_TOPICS, { id: 'questions', questions: ['timeline'] }],
    });
    expect(groupOf(moved, 'timeline')).toBe('questions');
  });

  it('gives the name the person gave, else "Family member <n>", or "The patient"', () => {
    expect(personName(familyView(saved(completeFamily)), t)).toBe('Siân Dŵr');
    const noName: Answers = { ...completeFamily, 'your-name': ' \u200b ' };
    expect(personName(familyView(saved(noName), { number: 2 }), t)).toBe('Family member 2');
    expect(personName(familyView(saved({ 'who-is-filling-in': { choice: 'patient' } })), t)).toBe('The patient');
  });

  it("gives two people's files two separate views, each with only its own answers", () => {
    const [sian, owain] = familyViews([saved(completeFamily), saved(completeFamilyOther)]);
    expect([sian!.number, owain!.number]).toEqual([1, 2]);
    expect(item(sian!, 'do-not-share')).toMatchObject({ value: completeFamily['do-not-share'] });
    expect(item(owain!, 'do-not-share')).toMatchObject({ value: completeFamilyOther['do-not-share'] });
    expect(item(sian!, 'main-contact-details')).toBeUndefined();
    expect(item(owain!, 'main-contact-details')?.state).toBe('answered');
  });
});

describe("the family view's words", () => {
  it('has investigator words for every question in the schema', () => {
    const labels = INVESTIGATOR_RESOURCES.en.familyView.questions as Record<string, string>;
    expect(QUESTION_IDS.filter((id) => !labels[id])).toEqual([]);
    expect(Object.keys(labels).filter((id) => !(QUESTION_IDS as readonly string[]).includes(id))).toEqual([]);
  });
});

describe('FamilyAnswersView', () => {
  it("has the person's name as a heading and one heading per group, a level below", () => {
    const html = render(familyView(saved(completeFamily)));
    expect(html).toMatch(/<h2[^>]*><bdi>Siân Dŵr<\/bdi><\/h2>/);
    const groupHeadings = [...html.matchAll(/<h3[^>]*>([^<]*)<\/h3>/g)].map((m) => m[1]);
    expect(groupHeadings).toEqual([
      'Their communication needs',
      'What they need to take part',
      'How to contact and update them',
      'People to include, and anyone not to tell',
      'Their questions for the investigation',
      'Stage 1: Understanding them and their needs',
      'Stage 3: Giving and getting information',
      'Stage 4: Checking and finalising the report',
      'Stage 5: Next steps',
    ]);
    expect(html).not.toMatch(/<h[4-6]/);
  });

  it('tags a private answer "Private: do not share", in words a screen reader reads too, and only that one', () => {
    const html = render(familyView(saved(completeFamily)));
    const rows = html.split('<div class="ltw-summary-list__row').slice(1);
    const tagged = rows.filter((row) => row.includes('Private: do not share'));
    expect(tagged).toHaveLength(1);
    expect(tagged[0]).toMatch(/^ ltw-summary-list__row--private/);
    expect(text(tagged[0]!)).toContain(
      "Who not to share with Private: do not share Please do not share details of my own health with Rhys's school.",
    );
    // Not hidden from assistive technology, and not shown by colour alone.
    expect(tagged[0]).not.toMatch(/aria-hidden/);
    expect(text(html)).toContain('are for the investigation team only');
    expect(html).toContain('Private answers are left off this printout.');
  });

  it('says kindly that an answer was kept back, with no box to fill in', () => {
    const answers: Answers = { ...completeFamily };
    delete answers['avoid-upset'];
    const html = render(familyView(saved(answers, { skipped: ['avoid-upset'] })));
    expect(text(html)).toContain('How to avoid causing upset They chose not to answer this for now.');
    expect(html).not.toMatch(/<(input|textarea|select|button)\b/);
  });

  it('gives a stage not reached one line instead of a list of gaps', () => {
    const html = render(familyView(saved(minimal)));
    expect(text(html)).toContain(
      'Stage 4: Checking and finalising the report They have not reached these questions yet.',
    );
    expect(text(html)).not.toContain('Draft report received');
  });

  it('renders what a person typed as text only', () => {
    const html = render(familyView(saved(hostile)));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
  });
});

describe('FamiliesSideBySide', () => {
  const views = familyViews([saved(completeFamily), saved(completeFamilyOther)]);
  const html = renderToString(h(FamiliesSideBySide, { views, t, lang: 'en-GB' }));
  const cards = html.split('<article').slice(1);

  it('puts each person in a card of their own, named by their own heading', () => {
    expect(cards).toHaveLength(2);
    expect(cards[0]).toMatch(/aria-labelledby="family-member-1-name"/);
    expect(cards[0]).toMatch(/<h2[^>]*id="family-member-1-name"[^>]*><bdi>Siân Dŵr<\/bdi>/);
    expect(cards[1]).toMatch(/<h2[^>]*id="family-member-2-name"[^>]*><bdi>Owain Price<\/bdi>/);
    expect(text(html)).toContain('Answers from 2 people.');
  });

  it("never merges them: each private answer is only in its own person's card", () => {
    expect(cards[0]).toContain('details of my own health');
    expect(cards[1]).not.toContain('details of my own health');
    expect(cards[1]).toContain('Nia Price');
    expect(cards[0]).not.toContain('Nia Price');
    // Ids stay unique across the cards.
    const ids = [...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
