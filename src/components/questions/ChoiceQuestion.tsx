import { ErrorMessage } from '../form/ErrorMessage';
import { QuestionFieldset } from './QuestionFieldset';
import type { QuestionProps } from './types';
import type { WizardT } from '../../i18n/create-wizard-translator';

interface OptionsProps {
  name: string;
  kind: 'radio' | 'checkbox';
  options: { id: string; label: string }[];
  isChecked: (option: string) => boolean;
  toggle: (option: string, checked: boolean) => void;
  /** An option that reveals a text box when chosen. */
  other?: { option: string; label: string; value: string; onChange: (text: string) => void; error?: string };
  /** "None of these": shown after an "or" divider. */
  exclusive?: string;
  inline?: boolean;
  t: WizardT;
}

function Options({ name, kind, options, isChecked, toggle, other, exclusive, inline, t }: OptionsProps) {
  return (
    <div class={inline ? 'ltw-choices ltw-choices--inline' : 'ltw-choices'}>
      {options.map((option, index) => {
        const id = index === 0 ? name : `${name}-${option.id}`;
        return (
          <>
            {option.id === exclusive && <div class="ltw-choices__divider">{t('choice.or')}</div>}
            <div class="ltw-choices__item" key={option.id}>
              <input
                class="ltw-choices__input"
                id={id}
                name={name}
                type={kind}
                value={option.id}
                checked={isChecked(option.id)}
                onChange={(event) => toggle(option.id, event.currentTarget.checked)}
              />
              <label class="ltw-choices__label" for={id}>
                {option.label}
              </label>
            </div>
            {other && other.option === option.id && isChecked(option.id) && (
              <div class="ltw-choices__conditional">
                <label class="ltw-label" for={`${name}-other-detail`}>
                  {other.label}
                </label>
                <ErrorMessage id={`${name}-other-detail-error`} prefix={t('errorPrefix')} text={other.error} />
                <input
                  class={other.error ? 'ltw-input ltw-input--error' : 'ltw-input'}
                  id={`${name}-other-detail`}
                  type="text"
                  autocomplete="off"
                  value={other.value}
                  aria-describedby={other.error ? `${name}-other-detail-error` : undefined}
                  onInput={(event) => other.onChange(event.currentTarget.value)}
                />
              </div>
            )}
          </>
        );
      })}
    </div>
  );
}

export function SingleChoiceQuestion({
  question,
  value,
  onChange,
  words,
  t,
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
      t={t}
    >
      <Options
        name={question.id}
        kind="radio"
        t={t}
        options={question.options.map((o) => ({ id: o, label: words.option(question, o) }))}
        isChecked={(o) => value?.choice === o}
        toggle={(o) => onChange({ choice: o, other: o === other ? value?.other : undefined })}
        exclusive={['not-sure', 'prefer-not-to-say'].find((o) => question.options.includes(o))}
        other={
          other
            ? {
                option: other,
                label: t('choice.otherLabel'),
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

export function MultiChoiceQuestion({
  question,
  value,
  onChange,
  words,
  t,
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
      t={t}
    >
      <Options
        name={question.id}
        kind="checkbox"
        t={t}
        options={question.options.map((o) => ({ id: o, label: words.option(question, o) }))}
        isChecked={(o) => choices.includes(o)}
        toggle={toggle}
        exclusive={exclusive}
        other={
          other
            ? {
                option: other,
                label: t('choice.otherLabel'),
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

export function YesNoQuestion({
  question,
  value,
  onChange,
  words,
  t,
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
      t={t}
    >
      <Options
        name={question.id}
        kind="radio"
        inline
        t={t}
        options={[
          { id: 'yes', label: t('values.yes') },
          { id: 'no', label: t('values.no') },
        ]}
        isChecked={(o) => value === o}
        toggle={(o) => onChange(o as 'yes' | 'no')}
      />
    </QuestionFieldset>
  );
}
