import { PERSON_NAME_MAX } from '~/core/cases/record';
import { useState } from 'preact/hooks';
import type { SummaryError } from '~/ui/form/ErrorSummary';
import { LabelHeading } from '~/ui/questions/Headings';
import type { ViewProps } from '~/team/view-props';
import { NameInput, checkName } from './NameInput';

/**
 * "Who is working on this case?", asked once in each tab before a case opens: the name goes beside what
 * this person adds or changes. Team computers are shared, so the name is kept in this tab only.
 */
export function WorkingAsPrompt(props: ViewProps & { onName: (name: string) => void }) {
  const { t } = props;
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<readonly SummaryError[]>([]);
  return props.page({
    heading: t('investigator:people.whoTitle'),
    ownHeading: true,
    back: { view: 'cases' },
    errors,
    children: (
      <form
        noValidate
        data-working-as-prompt
        onSubmit={(event) => {
          event.preventDefault();
          const checked = checkName(value);
          if (!checked.ok)
            return setErrors([
              { href: '#working-as', text: t(`investigator:people.${checked.error}`, { max: PERSON_NAME_MAX }) },
            ]);
          props.onName(checked.name);
        }}
      >
        <NameInput
          id="working-as"
          t={t}
          label={({ htmlFor, children }) => (
            <LabelHeading caption={t('investigator:people.caption')} headingRef={props.headingRef} htmlFor={htmlFor}>
              {children}
            </LabelHeading>
          )}
          text={t('investigator:people.whoTitle')}
          hint={t('investigator:people.whoHint')}
          error={errors[0]?.text}
          value={value}
          onInput={setValue}
        />
        <p>{t('investigator:people.notSignature')}</p>
        <button type="submit" class="ltw-button">
          {t('ui:continue')}
        </button>
      </form>
    ),
  });
}
