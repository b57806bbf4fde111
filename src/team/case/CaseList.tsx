import { dateFormat } from '~/core/text/text';
import type { ListedCase, TeamCaseStore } from '~/core/cases/case-store';
import { caseTitle } from '~/core/cases/case-title';
import { downloadFile } from '~/browser/download-file';
import type { ViewProps } from '~/team/view-props';
import { OpenCaseFile } from './OpenCaseFile';
import { pageUrl } from '~/i18n/urls';
import type { Locale } from '~/i18n/locales';

interface Props extends ViewProps {
  cases: ListedCase[];
  store: TeamCaseStore;
  refresh: () => void;
}

/** The team's cases on this device, each kept apart; a new case; a case file from another device. */
export function CaseList(props: Props) {
  const { t, cases, page, link, lang, locale } = props;
  const when = (iso: string) => dateFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return page({
    heading: t('investigator:cases.title'),
    children: (
      <>
        <p>{t('investigator:cases.intro')}</p>
        <p>
          <a href={pageUrl(locale as Locale, 'agreement/blank')} data-paper-forms>
            {t('investigator:cases.paperForms')}
          </a>
        </p>
        <p>
          <a class="ltw-button" {...link({ view: 'new' })}>
            {t('investigator:cases.new')}
          </a>
        </p>
        {cases.length === 0 ? (
          <p data-cases-empty>{t('investigator:cases.none')}</p>
        ) : (
          <ul class="ltw-case-list">
            {cases.map((entry) =>
              entry.ok ? (
                <li key={entry.record.id} class="ltw-case-list__item" data-case={entry.record.id}>
                  <a class="ltw-link ltw-case-list__link" {...link({ view: 'case', caseId: entry.record.id })}>
                    {caseTitle(entry.record, t)}
                  </a>
                  <p class="ltw-hint">
                    {t(`investigator:cases.kept_${entry.mode}`)} ·{' '}
                    {t('investigator:cases.changed', { date: when(entry.record.changedAt) })}
                  </p>
                </li>
              ) : (
                <li key={`${entry.key} ${entry.copy?.keptAt ?? ''}`} class="ltw-case-list__item" data-case-unreadable>
                  <p>{t(`investigator:cases.unreadable_${entry.why}`)}</p>
                  <div class="ltw-button-group">
                    <button
                      type="button"
                      class="ltw-button ltw-button--secondary"
                      onClick={() =>
                        downloadFile(`${t('investigator:fileNames.unreadableCase')}.txt`, entry.raw, 'text/plain')
                      }
                    >
                      {t('investigator:cases.downloadUnreadable')}
                    </button>
                    <button
                      type="button"
                      class="ltw-button ltw-button--warning"
                      onClick={() => {
                        props.store.removeUnreadable(entry);
                        props.refresh();
                      }}
                    >
                      {t('investigator:cases.removeUnreadable')}
                    </button>
                  </div>
                </li>
              ),
            )}
          </ul>
        )}
        <OpenCaseFile {...props} />
      </>
    ),
  });
}
