import { Options } from './Options';
import { QuestionFieldset } from './QuestionFieldset';
import type { QuestionProps } from './question-props';

export function SingleChoiceQuestion({
  question,
  value,
  onChange,
  words,
  errorFor,
  caption,
  headingRef,
}: QuestionProps<'singleChoice'>) {
  const other = question.otherOption;
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
        t={words.t}
        options={question.options.map((o) => ({ id: o, label: words.option(question, o) }))}
        isChecked={(o) => value?.choice === o}
        toggle={(o) => onChange({ choice: o, other: o === other ? value?.other : undefined })}
        other={
          other
            ? {
                option: other,
                field: 'other-detail',
                label: words.t('ui:choice.otherLabel'),
                value: value?.other ?? '',
                error: errorFor('other-detail'),
                onChange: (text) => onChange({ choice: other, other: text }),
              }
            : undefined
        }
      />
    </QuestionFieldset>
  );
}
