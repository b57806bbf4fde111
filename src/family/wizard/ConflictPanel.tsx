import { useState } from 'preact/hooks';
import { describeAnswer } from '~/core/questions/rules';
import type { DescribedAnswer, Translate } from '~/core/questions/types';
import type { QuestionWords } from '~/core/questions/question-words';
import { FAMILY } from '~/core/journey/family';
import type { AnswerValue } from '~/core/journey/schema';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import type { Key } from '~/core/words/translate';

type Keep = 'mine' | 'theirs';

const LABELS = {
  tab: { mine: 'ui:conflict.keepMine', theirs: 'ui:conflict.keepTheirs' },
  file: { mine: 'ui:conflict.keepHere', theirs: 'ui:conflict.keepFile' },
} as const satisfies Record<string, Record<string, Key>>;

/** One question changed differently in this tab and another (the same shape as storage's Conflict). */
export interface PanelConflict {
  id: string;
  mine: { answer?: unknown; skipped: boolean };
  theirs: { answer?: unknown; skipped: boolean };
}

interface Props {
  conflicts: PanelConflict[];
  /** Where the other answers came from: another tab, or an answers file being opened. */
  from: 'tab' | 'file';
  t: Translate;
  words: QuestionWords;
  onSettle: (choices: { conflict: PanelConflict; keep: Keep }[]) => void;
}

const oneLine = (text: DescribedAnswer) =>
  text.kind === 'text'
    ? text.text
    : text.kind === 'list'
      ? text.items.join('; ')
      : text.rows.map((r) => r.filter(Boolean).join(', ')).join('; ');

/**
 * Both this tab and another changed the same answers. Saving waits until the person has chosen, for each,
 * which answer to keep; each choice says exactly what it keeps.
 */
export function ConflictPanel({ conflicts, from, t, words, onSettle }: Props) {
  const [choices, setChoices] = useState<Record<string, Keep>>({});
  const [showErrors, setShowErrors] = useState(false);
  const describe = (id: string, entry: PanelConflict['mine']) => {
    const question = FAMILY.question(id);
    if (!question || !('answer' in entry)) return t(entry.skipped ? 'ui:conflict.skipped' : 'ui:conflict.noAnswer');
    return oneLine(describeAnswer(question, entry.answer as AnswerValue, words));
  };
  return (
    <section
      class="ltw-notification ltw-notification--warning ltw-conflict"
      aria-labelledby="conflict-title"
      data-notice="conflict"
    >
      <div role="alert">
        <h2 class="ltw-notification__title" id="conflict-title">
          {t('ui:conflict.title')}
        </h2>
        <p>{t(from === 'file' ? 'ui:conflict.fileText' : 'ui:conflict.text', { count: conflicts.length })}</p>
      </div>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const settled = conflicts.map((conflict) => ({ conflict, keep: choices[conflict.id] }));
          if (settled.some((c) => !c.keep)) return setShowErrors(true);
          onSettle(settled as { conflict: PanelConflict; keep: Keep }[]);
        }}
      >
        {conflicts.map((conflict) => {
          const question = FAMILY.question(conflict.id);
          const name = `conflict-${conflict.id}`;
          const missing = showErrors && !choices[conflict.id];
          return (
            <div class={missing ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'} key={conflict.id}>
              <fieldset class="ltw-fieldset" aria-describedby={missing ? `${name}-error` : undefined}>
                <legend class="ltw-fieldset__legend">{question ? words.label(question) : conflict.id}</legend>
                <ErrorMessage
                  id={`${name}-error`}
                  prefix={t('ui:errorPrefix')}
                  text={missing ? t('ui:conflict.choose') : undefined}
                />
                <div class="ltw-choices">
                  {(['mine', 'theirs'] as const).map((keep) => (
                    <div class="ltw-choices__item" key={keep}>
                      <input
                        class="ltw-choices__input"
                        type="radio"
                        id={`${name}-${keep}`}
                        name={name}
                        checked={choices[conflict.id] === keep}
                        onChange={() => setChoices((all) => ({ ...all, [conflict.id]: keep }))}
                      />
                      <label class="ltw-choices__label" for={`${name}-${keep}`}>
                        {t(LABELS[from][keep])}{' '}
                        <bdi class="ltw-conflict__answer">{describe(conflict.id, conflict[keep])}</bdi>
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
          );
        })}
        <button type="submit" class="ltw-button">
          {t('ui:conflict.save', { count: conflicts.length })}
        </button>
      </form>
    </section>
  );
}
