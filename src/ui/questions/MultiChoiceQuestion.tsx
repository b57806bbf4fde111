import { CharacterCount } from '~/ui/form/CharacterCount';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import { describedBy } from '~/ui/form/Hint';
import { Options } from './Options';
import { QuestionFieldset } from './QuestionFieldset';
import type { QuestionProps } from './question-props';
import type { Translate } from '~/core/questions/types';

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
    onChange({ ...value, choices: question.options.filter((o) => next.includes(o)) });
  };
  const other = question.otherOption;
  const note = question.note;
  const noteProps = {
    label: words.note(question),
    value: value?.note ?? '',
    error: errorFor('note'),
    onChange: (text: string) => onChange({ choices, ...value, note: text }),
  };
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
                field: 'other-detail',
                label: words.t('ui:choice.otherLabel'),
                value: value?.other ?? '',
                error: errorFor('other-detail'),
                onChange: (text) => onChange({ ...value, choices, other: text }),
              }
            : undefined
        }
        note={note?.revealedBy ? { option: note.revealedBy, field: 'note', ...noteProps } : undefined}
      />
      {note && !note.revealedBy && (
        <NoteBox id={`${question.id}-note`} max={note.maxLength} t={words.t} {...noteProps} />
      )}
    </QuestionFieldset>
  );
}

/** A box below the options for the person's own words about them ("Is there anywhere you would rather not go?"). */
function NoteBox(props: {
  id: string;
  label: string;
  value: string;
  error?: string;
  max: number;
  onChange: (text: string) => void;
  t: Translate;
}) {
  const { id, error } = props;
  return (
    <div class={error ? 'ltw-form-group ltw-form-group--error ltw-note' : 'ltw-form-group ltw-note'}>
      <label class="ltw-label" for={id}>
        {props.label}
      </label>
      <ErrorMessage id={`${id}-error`} prefix={props.t('ui:errorPrefix')} text={error} />
      <textarea
        class={error ? 'ltw-textarea ltw-input--error' : 'ltw-textarea'}
        id={id}
        rows={3}
        dir="auto"
        value={props.value}
        aria-describedby={describedBy(`${id}-info`, error && `${id}-error`)}
        onInput={(event) => props.onChange(event.currentTarget.value)}
      />
      <CharacterCount id={`${id}-info`} text={props.value} max={props.max} t={props.t} />
    </div>
  );
}
