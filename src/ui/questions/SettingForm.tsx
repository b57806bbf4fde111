import { useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { SingleChoiceAnswer, SingleChoiceQuestionSpec } from '~/core/questions/single-choice/rules';
import type { Translate } from '~/core/questions/types';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import { Hint, describedBy } from '~/ui/form/Hint';
import { RadioItems } from '~/ui/form/RadioItems';
import { LegendHeading } from './Headings';

/** A setting's words, already in the page's language: its own page or island says them. */
export interface SettingWording {
  label: string;
  hint?: string;
  options: Readonly<Record<string, { label: string; hint?: string }>>;
  /** The message when nothing is chosen (a setting has no "I'd rather not answer now"). */
  required: string;
}

interface Props {
  /** A one-choice question marked as a setting, with only the options this page offers. */
  question: SingleChoiceQuestionSpec;
  wording: SettingWording;
  t: Translate;
  /** The question is the page's h1 (under a caption), or one part of a longer page (an h2 of this class). */
  heading: { caption: string; ref: RefObject<HTMLHeadingElement> } | { partClass: string };
  /** The choice to start from: the one made before, or what was sent with a problem. */
  initial?: string;
  /** Nothing was chosen on the last Continue: the message shows beside the choices. */
  failed: boolean;
  /** The answer as the question's type has it, for its rules to check. */
  onSubmit: (answer: SingleChoiceAnswer | undefined) => void;
}

/**
 * The one radios flow for a setting (the save choice, "Have you completed this section?", the
 * questions on the page of the team's link): the choices, each with its hint, then Continue. Whoever
 * keeps the answer checks it with the single-choice rules; the error summary is the page shell's.
 * The first choice's id is the question's, so the summary's link lands on it.
 */
export function SettingForm({ question, wording, t, heading, initial, failed, onSubmit }: Props) {
  const [value, setValue] = useState(initial);
  const { id } = question;
  const error = failed ? wording.required : undefined;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(value === undefined ? undefined : { choice: value });
      }}
    >
      <div class={error ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
        <fieldset
          class="ltw-fieldset"
          aria-describedby={describedBy(wording.hint && `${id}-hint`, error && `${id}-error`)}
        >
          {'partClass' in heading ? (
            <legend class="ltw-fieldset__legend">
              <h2 class={heading.partClass}>{wording.label}</h2>
            </legend>
          ) : (
            <LegendHeading caption={heading.caption} headingRef={heading.ref}>
              {wording.label}
            </LegendHeading>
          )}
          <Hint id={`${id}-hint`} text={wording.hint} />
          <ErrorMessage id={`${id}-error`} prefix={t('ui:errorPrefix')} text={error} />
          <RadioItems
            name={id}
            options={question.options.map((option) => ({ id: option, ...wording.options[option]! }))}
            value={value}
            onChange={setValue}
          />
        </fieldset>
      </div>
      <button type="submit" class="ltw-button">
        {t('ui:continue')}
      </button>
    </form>
  );
}
