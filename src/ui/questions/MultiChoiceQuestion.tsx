import { Options } from './Options';
import { QuestionFieldset } from './QuestionFieldset';
import type { QuestionProps } from './question-props';

export function MultiChoiceQuestion({
  question,
  value,
  onChange,
  words,
  errorFor,
  caption,
  headingRef,
}: QuestionProps<'multiChoice'>) {
  const choices = value?.choices ?? [];
  const exclusive = question.exclusiveOption;
  // Choosing "none" clears the others and choosing another clears "none" (GOV.UK "none" checkbox).
  const toggle = (option: string, checked: boolean) => {
    let next = checked ? [...choices, option] : choices.filter((c) => c !== option);
    if (checked && option === exclusive) next = [option];
    else if (checked) next = next.filter((c) => c !== exclusive);
    onChange({ choices: question.options.filter((o) => next.includes(o)), other: value?.other });
  };
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
        kind="checkbox"
        t={words.t}
        options={question.options.map((o) => ({ id: o, label: words.option(question, o) }))}
        isChecked={(o) => choices.includes(o)}
        toggle={toggle}
        exclusive={exclusive}
        other={
          other
            ? {
                option: other,
                label: words.t('ui:choice.otherLabel'),
                value: value?.other ?? '',
                error: errorFor('other-detail'),
                onChange: (text) => onChange({ choices, other: text }),
              }
            : undefined
        }
      />
    </QuestionFieldset>
  );
}
