import { createRef } from 'preact';
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PeopleQuestion } from '~/ui/questions/PeopleQuestion';
import { MultiChoiceQuestion } from '~/ui/questions/MultiChoiceQuestion';
import { FAMILY } from '~/core/journey/family';
import { questionWords } from '~/core/questions/question-words';
import type { QuestionOf } from '~/core/questions/rules';
import type { PeopleAnswer } from '~/core/questions/people/rules';
import { words } from '../../words';

const people = FAMILY.question('other-people') as QuestionOf<'people'>;
const methods = FAMILY.question('contact-methods') as QuestionOf<'multiChoice'>;
const support = FAMILY.question('communication-support') as QuestionOf<'multiChoice'>;
const withMainContact = questionWords(
  words.t,
  {
    'main-contact-who': { choice: 'someone-else' },
    'main-contact-details': { name: 'Eleri Dŵr', relationship: 'My mother', phone: '01970 000111' },
  },
  'en-GB',
);

function peopleQuestion(value: PeopleAnswer | undefined, questionWordsFor = words) {
  const onChange = vi.fn();
  render(
    <PeopleQuestion
      question={people}
      value={value}
      onChange={onChange}
      words={questionWordsFor}
      errorFor={() => undefined}
      caption="Stage 2 of 5"
      headingRef={createRef()}
    />,
  );
  return onChange;
}

describe('the people who support you: one list, asked once', () => {
  it('asks of each person whether they come to meetings and whether the team may talk to them', () => {
    const onChange = peopleQuestion({ items: [{ name: 'Tomasz' }] });
    expect(screen.getByRole('group', { name: 'Should Tomasz come to meetings with you?' })).toBeTruthy();
    fireEvent.click(screen.getAllByRole('radio', { name: 'Yes' })[1]!);
    expect(onChange).toHaveBeenLastCalledWith({ items: [{ name: 'Tomasz', talk: 'yes' }] });
  });

  it('offers the main contact named earlier, so their details are never typed twice', () => {
    const onChange = peopleQuestion({ items: [{}] }, withMainContact);
    fireEvent.click(screen.getByRole('button', { name: 'Add Eleri Dŵr, your main contact' }));
    expect(onChange).toHaveBeenLastCalledWith({
      items: [{ name: 'Eleri Dŵr', relationship: 'My mother', phone: '01970 000111' }],
    });
  });

  it('does not offer someone already on the list', () => {
    peopleQuestion({ items: [{ name: 'eleri dŵr' }] }, withMainContact);
    expect(screen.queryByRole('button', { name: /your main contact/ })).toBeNull();
  });

  it('says what to do at the limit instead of taking "Add another person" away without a word', () => {
    peopleQuestion({ items: Array.from({ length: people.maxPeople }, (_, i) => ({ name: `Person ${i}` })) });
    expect(screen.queryByRole('button', { name: 'Add another person' })).toBeNull();
    expect(screen.getByText(/You can add up to 10 people here/)).toBeTruthy();
  });
});

describe("a choice question's note, asked on the same page", () => {
  it('is a box under the options for the best times to call', () => {
    const onChange = vi.fn();
    render(
      <MultiChoiceQuestion
        question={methods}
        value={{ choices: ['phone'] }}
        onChange={onChange}
        words={words}
        errorFor={() => undefined}
        caption=""
        headingRef={createRef()}
      />,
    );
    fireEvent.input(screen.getByLabelText(/When is it best to contact you/), { target: { value: 'Mornings' } });
    expect(onChange).toHaveBeenLastCalledWith({ choices: ['phone'], note: 'Mornings' });
  });

  it("asks the interpreter's language and dialect only under the spoken-language option, while it is ticked", () => {
    const shown = (value: { choices: string[] }) => {
      const { unmount } = render(
        <MultiChoiceQuestion
          question={support}
          value={value}
          onChange={vi.fn()}
          words={words}
          errorFor={() => undefined}
          caption=""
          headingRef={createRef()}
        />,
      );
      const found =
        screen.queryByLabelText('Which language, and which dialect? For example, Sylheti or Mirpuri') !== null;
      unmount();
      return found;
    };
    expect(shown({ choices: ['bsl-interpreter'] })).toBe(false);
    expect(shown({ choices: ['spoken-interpreter'] })).toBe(true);
  });
});
