import type { AgreementModel } from '~/core/agreement/model';
import { hasBrailleCode } from '~/core/braille/tables';
import type { Translate } from '~/core/questions/types';
import { MakeFileButton } from '~/ui/agreement/MakeFileButton';

/**
 * "Download a braille-ready file (.brf)": made on this device from the agreement as shown (the family's or
 * the team's copy, one language or two). liblouis and its tables load only when pressed. English and Welsh only.
 */
export function BrailleDownload(props: { model: AgreementModel; t: Translate }) {
  const { model, t } = props;
  // No braille table for this language here: say so plainly rather than make wrong braille.
  if (!hasBrailleCode(model.lang))
    return (
      <div class="ltw-braille-download">
        <p>{t('agreement:braille.notInThisLanguage')}</p>
      </div>
    );
  return (
    <div class="ltw-braille-download">
      <p>{t('agreement:braille.note')}</p>
      <MakeFileButton
        id="download-braille"
        statusClass="ltw-braille-download__status"
        words={{
          label: t('agreement:braille.download'),
          creating: t('agreement:braille.creating'),
          ready: t('agreement:braille.ready'),
          failed: t('agreement:braille.failed'),
        }}
        make={() => import('~/browser/braille-download').then((m) => m.downloadAgreementBrf(model))}
      />
    </div>
  );
}
