import { useRef } from 'preact/hooks';
import { dateFormat } from '~/core/text/text';
import type { TeamCaseStore } from '~/core/cases/case-store';
import type { CaseRecord } from '~/core/cases/record';
import { mergeCaseRecords, readCaseFile } from '~/team/case-files';
import type { ViewProps } from '~/team/view-props';
import { FileOpenForm } from './FileOpenForm';

/** Open a case file made on another device: a new case here, or merged with the same case without losing anything. */
export function OpenCaseFile(props: ViewProps & { store: TeamCaseStore; refresh: () => void }) {
  const { t, lang, store } = props;
  const checked = useRef<CaseRecord>();
  return (
    <FileOpenForm
      t={t}
      id="case-file"
      title={t('investigator:files.openCase')}
      intro={t('investigator:files.openCaseIntro')}
      useLabel={t('investigator:files.useCase')}
      usedText={t('investigator:files.usedCase')}
      check={async (text, passphrase) => {
        const result = await readCaseFile(text, passphrase);
        if (!result.ok) return result;
        checked.current = result.record;
        const here = store.get(result.record.id);
        return {
          ok: true,
          preview: [
            t('investigator:files.casePreview', {
              families: result.record.families.length,
              count: result.record.log.length,
              date: dateFormat(lang, { dateStyle: 'long' }).format(result.createdAt),
            }),
            t(here ? 'investigator:files.caseMerge' : 'investigator:files.caseNew'),
          ],
        };
      }}
      use={() => {
        if (!checked.current) return;
        const here = store.get(checked.current.id);
        const record = here ? mergeCaseRecords(here.record, checked.current) : checked.current;
        // Opened on purpose: a case deleted here earlier comes back (only in this tab, as the preview says).
        const kept = here ? store.save(record, here).ok : store.create(record, 'tab');
        props.refresh();
        if (!kept) return false;
        props.go({ view: 'case', caseId: record.id });
      }}
    />
  );
}
