import { useRef, useState } from 'preact/hooks';
import { dateFormat } from '~/core/text/text';
import type { TeamCaseStore } from '~/core/cases/case-store';
import type { CaseClash } from '~/core/cases/case-merge';
import { mergeCaseCopies, takeTheirs } from '~/core/cases/case-copies';
import type { CaseRecord } from '~/core/cases/record';
import { readCaseFile } from '~/team/case-files';
import { canUseDrive, chooseCaseFileOnDrive, linkOpenedFile } from '~/team/drive/case-drive';
import { ClashChoices } from '~/team/drive/ClashChoices';
import type { ViewProps } from '~/team/view-props';
import { FileOpenForm } from './FileOpenForm';

interface Opened {
  record: CaseRecord;
  text: string;
  passphrase: string;
}
type Asking = { clashes: CaseClash[]; mine: CaseRecord; merged: CaseRecord; theirs: CaseRecord };

/**
 * Open a case file, from the trust's drive (then the case saves back to it) or made on another device:
 * a new case here, or merged with the same case entry by entry (every comments round kept), asking
 * only about an entry both copies hold differently.
 */
export function OpenCaseFile(props: ViewProps & { store: TeamCaseStore; refresh: () => void }) {
  const { t, lang, store } = props;
  const checked = useRef<Opened>();
  const handle = useRef<FileSystemFileHandle>();
  const [asking, setAsking] = useState<Asking>();
  const [notKept, setNotKept] = useState<'full' | 'blocked'>();
  const drive = canUseDrive();

  const keep = (record: CaseRecord) => {
    const here = store.get(record.id);
    // Opened on purpose: a case deleted here earlier comes back (only in this tab, as the preview says).
    const kept = here ? store.save(record, here) : store.createOrSayWhy(record, 'tab');
    props.refresh();
    if (!kept.ok) {
      setNotKept(kept.error === 'full' ? 'full' : 'blocked');
      return false;
    }
    const opened = checked.current!;
    if (handle.current) void linkOpenedFile(handle.current, opened.text, opened.record, opened.passphrase);
    props.go({ view: 'case', caseId: record.id });
    return true;
  };

  return (
    <>
      <FileOpenForm
        t={t}
        id="case-file"
        title={t('investigator:files.openCase')}
        intro={t(drive ? 'investigator:drive.openIntro' : 'investigator:files.openCaseIntro')}
        useLabel={t('investigator:files.useCase')}
        usedText={t('investigator:files.usedCase')}
        {...(drive
          ? {
              choose: {
                label: t('investigator:drive.choose'),
                chosen: (name: string) => t('investigator:drive.chosen', { name }),
                pick: async () => {
                  const picked = await chooseCaseFileOnDrive();
                  handle.current = picked?.handle;
                  return picked?.file;
                },
              },
            }
          : {})}
        check={async (text, passphrase) => {
          setAsking(undefined);
          setNotKept(undefined);
          const result = await readCaseFile(text, passphrase);
          if (!result.ok) return result;
          checked.current = { record: result.record, text, passphrase };
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
          setNotKept(undefined);
          const theirs = checked.current.record;
          const here = store.get(theirs.id);
          if (!here) return keep(theirs);
          const { merged, conflicts } = mergeCaseCopies(here.record, theirs);
          if (conflicts.length === 0) return keep(merged);
          setAsking({ clashes: conflicts, mine: here.record, merged, theirs });
          return false;
        }}
      />
      {asking && (
        <ClashChoices
          {...props}
          clashes={asking.clashes}
          mine={asking.mine}
          theirs={asking.theirs}
          onChoose={(theirsFor) => {
            if (keep(takeTheirs(asking.merged, asking.theirs, theirsFor))) setAsking(undefined);
          }}
        />
      )}
      <div role="alert">
        {notKept && (
          <p class="ltw-error-message" data-not-kept={notKept}>
            {t(`investigator:files.notKept.${notKept}`)}
          </p>
        )}
      </div>
    </>
  );
}
