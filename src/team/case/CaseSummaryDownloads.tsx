import { useState } from 'preact/hooks';
import type { CaseViewProps } from '~/team/view-props';
import { ScriptFilesUnavailable } from '~/browser/script-files-unavailable';

type Made =
  | { state: 'making' | 'fetchingFonts' | 'ready' | 'failed' | 'fontsUnavailable' }
  | { state: 'undrawable'; words: string[] };

/** The case summary for the trust's records, as a PDF or a CSV file to attach to the incident. */
export function CaseSummaryDownloads(props: CaseViewProps) {
  const { t } = props;
  const [made, setMade] = useState<Made | null>(null);
  const make = async (format: 'pdf' | 'csv') => {
    setMade({ state: 'making' });
    try {
      const { downloadCaseSummary } = await import('./summary-files');
      const outcome = await downloadCaseSummary(format, props.stored.record, props, () =>
        setMade({ state: 'fetchingFonts' }),
      );
      setMade(outcome.ok ? { state: 'ready' } : { state: 'undrawable', words: outcome.undrawable });
    } catch (error) {
      setMade({ state: error instanceof ScriptFilesUnavailable ? 'fontsUnavailable' : 'failed' });
    }
  };
  return (
    <section aria-labelledby="summary-title" class="ltw-section ltw-no-print">
      <h2 id="summary-title">{t('investigator:summary.title')}</h2>
      <p>{t('investigator:summary.intro')}</p>
      <p class="ltw-hint">{t('investigator:summary.csvHint')}</p>
      <div class="ltw-button-group">
        <button type="button" id="summary-pdf" class="ltw-button ltw-button--secondary" onClick={() => make('pdf')}>
          {t('investigator:summary.downloadPdf')}
        </button>
        <button type="button" id="summary-csv" class="ltw-button ltw-button--secondary" onClick={() => make('csv')}>
          {t('investigator:summary.downloadCsv')}
        </button>
      </div>
      <p role="status" id="summary-status">
        {made?.state === 'undrawable'
          ? t('investigator:summary.undrawable', {
              words: new Intl.ListFormat(props.lang, { type: 'unit' }).format(made.words),
            })
          : made
            ? t(`investigator:summary.${made.state}`)
            : ''}
      </p>
    </section>
  );
}
