import { useState } from 'preact/hooks';
import { browserBackends } from '~/browser/storage-backends';
import {
  copiesToOffer,
  deleteKeptCopies,
  keptCopiesText,
  leftOnDevice,
  markDownloaded,
  removeLeftOnDevice,
} from '~/core/store/kept-offer';
import { dateFormat } from '~/core/text/text';
import type { Translate } from '~/core/questions/types';
import type { Notice } from './Notices';

const today = () => new Date().toISOString().slice(0, 10);

/** Downloads saved text that could not be read, as it was (loads the download code when first used). */
export const downloadSavedCopy = (t: Translate, text: string) =>
  import('~/browser/download-file').then((m) =>
    m.downloadFile(`${t('ui:fileNames.savedCopy')}-${today()}.json`, text, 'application/json'),
  );

/** Marks a copy the person has downloaded from a start notice, so later visits do not offer it again. */
export const noteDownloaded = (text: string) => markDownloaded(browserBackends(), [{ keptAt: '', text }]);

const longDate = (lang: string, iso: string | Date) => dateFormat(lang, { dateStyle: 'long' }).format(new Date(iso));

/**
 * A copy of answers that could not be read, kept on an earlier visit: offered until the person downloads
 * or deletes it (`show`: on the task list). Deleting says what it deleted.
 */
export function useKeptCopyNotice(t: Translate, lang: string, show: boolean): Notice | undefined {
  const [backends] = useState(browserBackends);
  const [said, setSaid] = useState<'deleted' | 'deleteFailed' | null>(null);
  // Rerendered after a download, so read again each time: a downloaded or deleted copy is no longer offered.
  const [, rerender] = useState(0);
  const offered = show ? copiesToOffer(backends) : [];
  if (said) return { id: 'kept-copy', text: t(`ui:kept.${said}`), onDismiss: () => setSaid(null) };
  if (!show || offered.length === 0) return undefined;
  return {
    id: 'kept-copy',
    text: t('ui:kept.offer', { date: longDate(lang, offered[0]!.keptAt) }),
    actions: [
      {
        label: t('ui:kept.download'),
        onClick: () =>
          void downloadSavedCopy(t, keptCopiesText(offered)).then(() => {
            markDownloaded(backends, offered);
            rerender((n) => n + 1);
          }),
      },
      {
        label: t('ui:kept.delete'),
        onClick: () => {
          setSaid(deleteKeptCopies(backends) ? 'deleted' : 'deleteFailed');
        },
      },
    ],
  };
}

/**
 * Someone keeping answers only in this tab (a shared computer) is offered to remove what an earlier visit
 * left on the device and could not be read: the original as found (`unreadable`) and any kept copies.
 */
export function useLeftOnDeviceNotice(
  t: Translate,
  lang: string,
  unreadable: string | undefined,
  tabOnly: boolean,
): Notice | undefined {
  const [backends] = useState(browserBackends);
  const [said, setSaid] = useState<'removed' | 'failed' | null>(null);
  if (said) return { id: 'left-on-device', text: t(`ui:leftOnDevice.${said}`), onDismiss: () => setSaid(null) };
  const left = tabOnly ? leftOnDevice(backends, unreadable) : undefined;
  if (!left || (!left.original && left.copies.length === 0)) return undefined;
  const what = [
    ...(left.original
      ? [
          left.original.savedAt
            ? t('ui:leftOnDevice.original', { date: longDate(lang, left.original.savedAt) })
            : t('ui:leftOnDevice.originalUndated'),
        ]
      : []),
    ...left.copies.map((copy) => t('ui:leftOnDevice.copy', { date: longDate(lang, copy.keptAt) })),
  ].join('; ');
  return {
    id: 'left-on-device',
    text: t('ui:leftOnDevice.text', { what }),
    actions: [
      {
        label: t('ui:leftOnDevice.remove'),
        onClick: () => setSaid(removeLeftOnDevice(backends, left) ? 'removed' : 'failed'),
      },
    ],
  };
}
