import { createRef } from 'preact';
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { YesNoQuestion } from '~/ui/questions/YesNoQuestion';
import { PeopleQuestion } from '~/ui/questions/PeopleQuestion';
import { FAMILY } from '~/core/journey/family';
import { questionWords } from '~/core/questions/question-words';
import type { QuestionOf } from '~/core/questions/rules';
import { createWizardTranslator } from '~/i18n/wizard-resources';
import { words } from '../../words';

const welsh = questionWords(createWizardTranslator('cy'), {}, 'cy-GB');
const props = { errorFor: () => undefined, caption: 'Cam 4 o 5', headingRef: createRef<HTMLHeadingElement>() };

describe('a yes/no question', () => {
  it("offers the question's own answers in Welsh, echoing its verb, and Yes or No in English", () => {
    const question = FAMILY.question('need-more-time') as QuestionOf<'yesNo'>;
    const onChange = vi.fn();
    const { unmount } = render(
      <YesNoQuestion question={question} value={undefined} onChange={onChange} words={welsh} {...props} />,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Nac oes' }));
    expect(onChange).toHaveBeenCalledWith('no');
    expect(screen.getByRole('radio', { name: 'Oes' })).toBeTruthy();
    expect(screen.queryByRole('radio', { name: 'Ie' })).toBeNull();
    unmount();
    render(<YesNoQuestion question={question} value="yes" onChange={onChange} words={words} {...props} />);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Yes' }).checked).toBe(true);
  });

  it('asks each person in the list in the words of its own question ("A ddylai …?" "Dylai")', () => {
    const people = FAMILY.question('other-people') as QuestionOf<'people'>;
    render(
      <PeopleQuestion
        question={people}
        value={{ items: [{ name: 'Sam' }] }}
        onChange={vi.fn()}
        words={welsh}
        {...props}
      />,
    );
    expect(screen.getAllByRole('radio', { name: 'Dylai' })).toHaveLength(1);
    expect(screen.getAllByRole('radio', { name: 'Nac ydy' })).toHaveLength(1);
  });
});
