import { PERSON_NAME_MAX } from '~/core/cases/record';
import { useState } from 'preact/hooks';
import { handOver } from '~/core/cases/authorship';
import { dateFormat } from '~/core/text/text';
import type { CaseViewProps } from '~/team/view-props';
import { NameInput, checkName } from './NameInput';

/**
 * "Case owner: Sam Patel. Change owner", and the case's history: each handover, who made it and when.
 * A case made before owners were recorded says "Not recorded" until someone takes it on.
 */
export function CaseOwner(props: CaseViewProps) {
  const { t, stored, lang, workingAs } = props;
  const { record } = stored;
  const [changing, setChanging] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const [changed, setChanged] = useState(false);
  const when = (iso: string) => dateFormat(lang, { dateStyle: 'long' }).format(new Date(iso));
  const submit = () => {
    const checked = checkName(value);
    if (!checked.ok) return setError(t(`investigator:people.${checked.error}`, { max: PERSON_NAME_MAX }));
    if (checked.name === record.owner) return setError(t('investigator:people.ownerSame'));
    if (!props.save(handOver(record, checked.name, workingAs, new Date()))) return;
    setError(undefined);
    setChanging(false);
    setValue('');
    setChanged(true);
  };
  const history = [...(record.history ?? [])].reverse();
  return (
    <section aria-labelledby="owner-title" class="ltw-section" data-case-owner>
      <h2 id="owner-title">{t('investigator:people.ownerTitle')}</h2>
      <p>
        {t('investigator:people.owner')}{' '}
        <strong data-owner>{record.owner ? <bdi>{record.owner}</bdi> : t('investigator:people.notRecorded')}</strong>
      </p>
      {changing ? (
        <form
          noValidate
          class="ltw-no-print"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <NameInput
            id="new-owner"
            t={t}
            label={({ htmlFor, children }) => (
              <label class="ltw-label" for={htmlFor}>
                {children}
              </label>
            )}
            text={t('investigator:people.newOwner')}
            hint={t('investigator:people.newOwnerHint')}
            error={error}
            value={value}
            onInput={setValue}
          />
          <div class="ltw-button-group">
            <button type="submit" class="ltw-button">
              {t('investigator:people.ownerSave')}
            </button>
            <button
              type="button"
              class="ltw-button ltw-button--secondary"
              onClick={() => {
                setChanging(false);
                setError(undefined);
              }}
            >
              {t('investigator:people.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          class="ltw-button ltw-button--secondary ltw-no-print"
          onClick={() => {
            setChanging(true);
            setChanged(false);
            requestAnimationFrame(() => document.getElementById('new-owner')?.focus());
          }}
        >
          {t('investigator:people.changeOwner')}
        </button>
      )}
      <p role="status">{changed ? t('investigator:people.ownerChanged') : ''}</p>
      <h3>{t('investigator:people.historyTitle')}</h3>
      {history.length === 0 ? (
        <p>{t('investigator:people.historyNone')}</p>
      ) : (
        <ul class="ltw-case-history" data-case-history>
          {history.map((e) => (
            <li key={e.id}>
              {t(e.from ? 'investigator:people.handedFrom' : 'investigator:people.handedTo', {
                date: when(e.at),
                by: e.by,
                from: e.from ?? '',
                to: e.to,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
