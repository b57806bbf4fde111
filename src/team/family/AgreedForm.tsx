import { useState } from 'preact/hooks';
import { AGREED_HOW, type AgreedHow, type AgreementVersion } from '~/core/cases/record';
import type { DateAnswer } from '~/core/questions/date/rules';
import type { Translate } from '~/core/questions/types';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import type { SummaryError } from '~/ui/form/ErrorSummary';
import { RadioItems } from '~/ui/form/RadioItems';
import { ExactDayField, dayParts, exactDayFrom } from '~/team/people/ExactDayField';

interface Props {
  t: Translate;
  version: AgreementVersion;
  onErrors: (errors: readonly SummaryError[]) => void;
  /** How and when the family agreed; false when it could not be kept. */
  onSave: (agreed: { how: AgreedHow; on?: string }) => boolean;
}

/**
 * "How did the family agree this version?": at a meeting, by phone, by letter, or not yet, and the day.
 * Apart from when staff made the version, which is only when the document was produced.
 */
export function AgreedForm({ t, version, onErrors, onSave }: Props) {
  const [how, setHow] = useState<AgreedHow | undefined>(version.agreed?.how);
  const [on, setOn] = useState<DateAnswer>(dayParts(version.agreed?.on));
  const [errors, setErrors] = useState<{ href: string; text: string; field?: string }[]>([]);
  const [saved, setSaved] = useState(false);
  const submit = () => {
    const found: typeof errors = [];
    const day =
      how && how !== 'not-yet'
        ? exactDayFrom(on, t, new Date(), {
            missing: t('investigator:people.agreedOnMissing'),
            future: t('investigator:people.agreedOnFuture'),
          })
        : undefined;
    if (!how) found.push({ href: '#agreed-how', text: t('investigator:people.agreedHowMissing') });
    if (day && !day.ok) found.push({ href: `#agreed-on-${day.field || 'day'}`, text: day.message, field: day.field });
    setErrors(found);
    onErrors(found);
    setSaved(false);
    if (found.length || !how) return;
    if (onSave({ how, ...(day?.ok ? { on: day.iso } : {}) })) setSaved(true);
  };
  const howError = errors.find((e) => e.href === '#agreed-how');
  const dayError = errors.find((e) => e.href.startsWith('#agreed-on'));
  return (
    <form
      noValidate
      class="ltw-no-print"
      data-agreed-form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div class={howError ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
        <fieldset class="ltw-fieldset" aria-describedby={howError ? 'agreed-how-error' : undefined}>
          <legend class="ltw-fieldset__legend ltw-fieldset__legend--s">
            {t('investigator:people.agreedQuestion', { number: version.number })}
          </legend>
          <ErrorMessage id="agreed-how-error" prefix={t('ui:errorPrefix')} text={howError?.text} />
          <RadioItems
            name="agreed-how"
            small
            options={AGREED_HOW.map((id) => ({ id, label: t(`investigator:people.how.${id}`) }))}
            value={how}
            onChange={(id) => setHow(id as AgreedHow)}
          />
        </fieldset>
      </div>
      {how && how !== 'not-yet' && (
        <ExactDayField
          id="agreed-on"
          t={t}
          legend={t('investigator:people.agreedOn')}
          hint={t('investigator:people.agreedOnHint')}
          error={dayError && { field: dayError.field ?? '', message: dayError.text }}
          value={on}
          onChange={setOn}
        />
      )}
      <button type="submit" class="ltw-button ltw-button--secondary">
        {t('investigator:people.agreedSave')}
      </button>
      <p role="status">{saved ? t('investigator:people.agreedSaved') : ''}</p>
    </form>
  );
}
