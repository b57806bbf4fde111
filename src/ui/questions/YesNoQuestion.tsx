import { Options } from './Options';
import { QuestionFieldset } from './QuestionFieldset';
import type { QuestionProps } from './question-props';

export function YesNoQuestion({
  question,
  value,
  onChange,
  words,
  errorFor,
  caption,
  headingRef,
}: QuestionProps<'yesNo'>) {
  return (
    <QuestionFieldset
      id={question.id}
      caption={caption}
      headingRef={headingRef}
      label={words.label(question)}
      hint={words.hint(question)}
      error={errorFor('')}
      t={words.t}
    >
      <Options
        name={question.id}
        kind="radio"
        inline
        t={words.t}
        options={[
          { id: 'yes', label: words.yesNo(question, 'yes') },
          { id: 'no', label: words.yesNo(question, 'no') },
        ]}
        isChecked={(o) => value === o}
        toggle={(o) => onChange(o as 'yes' | 'no')}
      />
    </QuestionFieldset>
  );
}
