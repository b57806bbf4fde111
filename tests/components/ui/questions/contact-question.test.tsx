import { createRef } from 'preact';
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ContactQuestion } from '~/ui/questions/ContactQuestion';
import { CASE_SETUP } from '~/core/cases/setup-journey';
import { caseSetupWords } from '~/core/cases/setup-words';
import { describeAnswer, type QuestionOf } from '~/core/questions/rules';
import { createFormatter } from '~/i18n/messages';
import { investigatorMessages } from '~/i18n/investigator-resources';
import type { ContactAnswer } from '~/core/questions/contact/rules';

const team = (locale: 'en' | 'cy') => caseSetupWords(createFormatter(locale, investigatorMessages(locale)), locale);
const setupQuestion = (id: string) => CASE_SETUP.question(id) as QuestionOf<'contact'>;
const outOfHours = setupQuestion('out-of-hours');
const labels = () => [...document.querySelectorAll('label')].map((label) => label.textContent);

function contactQuestion(question: QuestionOf<'contact'>, words: ReturnType<typeof team>, value: ContactAnswer = {}) {
  render(
    <ContactQuestion
      question={question}
      value={value}
      onChange={() => {}}
      words={words}
      errorFor={() => undefined}
      caption="Case details"
      headingRef={createRef()}
    />,
  );
}

describe("the team's out-of-hours contact asks for a service, not a person", () => {
  it('labels its boxes for a service, keeping the ids saved cases and links use', () => {
    contactQuestion(outOfHours, team('en'));
    expect(screen.getByText('Which service can the family contact out of hours?')).toBeTruthy();
    expect(labels()).toEqual(['Name of the service', 'Phone number', 'When it is open']);
    expect(screen.getByLabelText('Name of the service').id).toBe('out-of-hours-name');
    expect(screen.getByLabelText('When it is open').id).toBe('out-of-hours-hours');
  });

  it('has the same in Welsh', () => {
    contactQuestion(outOfHours, team('cy'));
    expect(labels()).toEqual(["Enw'r gwasanaeth", 'Rhif ffôn', 'Pryd mae ar agor']);
  });

  it('says the same on the check page', () => {
    const answer = { name: 'Hospital switchboard', hours: 'Evenings and weekends' };
    expect(describeAnswer(outOfHours, answer, team('en'))).toMatchObject({
      items: ['Name of the service: Hospital switchboard', 'When it is open: Evenings and weekends'],
    });
  });

  it("still asks a person's full name and working hours for a person", () => {
    contactQuestion(setupQuestion('deputy'), team('en'));
    expect(labels()).toEqual(['Full name', 'Role', 'Phone number', 'Email address', 'Working hours']);
  });
});
