import { useState } from 'preact/hooks';
import type { TeamCaseStore } from '~/core/cases/case-store';
import type { SaveMode } from '~/core/store/types';
import { newCase } from '~/core/cases/record';
import { FIRST_SETUP_STEP } from '~/core/cases/setup-journey';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import type { SummaryError } from '~/ui/form/ErrorSummary';
import { RadioItems } from '~/ui/form/RadioItems';
import type { ViewProps } from '~/team/view-props';

/** Where a new case is kept: only in this tab unless the team chooses this device (shared computers are common). */
export function NewCase(
  props: ViewProps & { store: TeamCaseStore; canKeep: (mode: SaveMode) => boolean; workingAs: string },
) {
  const { t, page, store } = props;
  const [mode, setMode] = useState<SaveMode>('tab');
  const [errors, setErrors] = useState<readonly SummaryError[]>([]);
  const error = errors[0]?.text;
  return page({
    heading: t('investigator:new.title'),
    back: { view: 'cases' },
    errors,
    children: (
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const record = newCase(new Date());
          record.setup.answers = { organisation: props.organisation };
          // Whoever sets the case up owns it until they hand it over.
          record.owner = props.workingAs;
          if (!store.create(record, mode))
            return setErrors([{ href: '#keep', text: t('investigator:new.cannotKeep') }]);
          props.go({ view: 'setup', caseId: record.id, step: FIRST_SETUP_STEP });
        }}
      >
        <div class={error ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
          <fieldset class="ltw-fieldset" aria-describedby="keep-hint">
            <legend class="ltw-fieldset__legend">{t('investigator:new.question')}</legend>
            <p class="ltw-hint" id="keep-hint">
              {t('investigator:new.hint')}
            </p>
            <ErrorMessage id="keep-error" prefix={t('ui:errorPrefix')} text={error} />
            <RadioItems
              name="keep"
              options={(['tab', 'device'] as const).map((id) => ({
                id,
                label: t(`investigator:new.${id}`),
                hint: t(`investigator:new.${id}Hint`),
              }))}
              value={mode}
              onChange={(id) => setMode(id as SaveMode)}
            />
          </fieldset>
        </div>
        <button type="submit" class="ltw-button">
          {t('ui:continue')}
        </button>
      </form>
    ),
  });
}
