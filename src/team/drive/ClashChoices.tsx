import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaseClash } from '~/core/cases/case-merge';
import { clashSides } from '~/core/cases/case-copies';
import type { CaseRecord } from '~/core/cases/record';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import { RadioItems } from '~/ui/form/RadioItems';
import type { ViewProps } from '~/team/view-props';
import { clashName, clashValue } from './clash-words';

interface Props extends Pick<ViewProps, 't' | 'lang' | 'checklists'> {
  clashes: readonly CaseClash[];
  /** This browser's copy and the file's. */
  mine: CaseRecord;
  theirs: CaseRecord;
  /** Called with the entries for which the file's value was chosen. */
  onChoose: (theirsFor: CaseClash[]) => void;
}

/**
 * The entries both copies of a case changed, each with both values in plain words: the team chooses
 * one of each. Everything else has been kept from both already. Focus comes here when it appears.
 */
export function ClashChoices({ t, lang, checklists, clashes, mine, theirs, onChoose }: Props) {
  const [chosen, setChosen] = useState<Record<number, 'mine' | 'theirs'>>({});
  const [missing, setMissing] = useState<number[]>([]);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  const labels = new Map(checklists.stages.flatMap((s) => s.touchpoints.map((tp) => [tp.id as string, tp.label])));
  return (
    <div class="ltw-inset" tabIndex={-1} ref={box} data-clash-choices>
      <h3>{t('investigator:clashes.title')}</h3>
      <p>{t('investigator:clashes.intro', { count: clashes.length })}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const unanswered = clashes.map((_, i) => i).filter((i) => !chosen[i]);
          setMissing(unanswered);
          if (unanswered.length > 0) {
            document.getElementById(`clash-${unanswered[0]}`)?.focus();
            return;
          }
          onChoose(clashes.filter((_, i) => chosen[i] === 'theirs'));
        }}
      >
        {clashes.map((clash, i) => {
          const [here, there] = clashSides(clash, mine, theirs);
          const error = missing.includes(i) ? t('investigator:clashes.error') : undefined;
          return (
            <div
              class={error ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}
              key={`${clash.part}-${clash.id}`}
            >
              <fieldset class="ltw-fieldset" aria-describedby={error ? `clash-${i}-error` : undefined}>
                <legend class="ltw-fieldset__legend ltw-fieldset__legend--s">
                  {clashName(clash, t, (id) => labels.get(id))}
                </legend>
                <ErrorMessage id={`clash-${i}-error`} prefix={t('ui:errorPrefix')} text={error} />
                <RadioItems
                  name={`clash-${i}`}
                  small
                  options={[
                    { id: 'mine', label: t('investigator:clashes.here', { value: clashValue(clash, here, t, lang) }) },
                    {
                      id: 'theirs',
                      label: t('investigator:clashes.there', { value: clashValue(clash, there, t, lang) }),
                    },
                  ]}
                  value={chosen[i]}
                  onChange={(id) => setChosen({ ...chosen, [i]: id as 'mine' | 'theirs' })}
                />
              </fieldset>
            </div>
          );
        })}
        <button type="submit" class="ltw-button">
          {t('investigator:clashes.use')}
        </button>
      </form>
    </div>
  );
}
