import type { AgreementModel } from '~/core/agreement/model';
import type { Translate } from '~/core/questions/types';
import { MakeFileButton } from './MakeFileButton';

/**
 * "Download as a Word document": the same model the page shows (its copy, large print and languages), made
 * on this device by `download`, which loads the Word code only when pressed.
 */
export function WordDownload(props: {
  model: AgreementModel;
  t: Translate;
  download: (model: AgreementModel) => Promise<void>;
}) {
  const { model, t, download } = props;
  return (
    <MakeFileButton
      id="download-word"
      statusClass="ltw-other-formats__status"
      words={{
        label: t('agreement:page.downloadWord'),
        creating: t('agreement:page.creatingWord'),
        ready: t('agreement:page.wordReady'),
        failed: t('agreement:page.wordFailed'),
      }}
      make={() => download(model)}
    />
  );
}
