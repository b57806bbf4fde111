import type { AgreementVersion } from '~/core/cases/record';
import type { Translate } from '~/core/questions/types';
import { dateFormat } from '~/core/text/text';

/**
 * Who made a version and when, and apart from that, when and how the family agreed it: "Made by Sam
 * Patel on 2 December 2026", "Agreed with the family: at a meeting on 3 December 2026 (recorded by ...)".
 */
export function VersionAuthors({ t, lang, version }: { t: Translate; lang: string; version: AgreementVersion }) {
  const made = dateFormat(lang, { dateStyle: 'long' }).format(new Date(version.madeAt));
  const day = (iso: string) =>
    dateFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const agreed = version.agreed;
  return (
    <>
      <p data-made-by>
        {version.madeBy
          ? t('investigator:people.madeBy', { by: version.madeBy, date: made })
          : t('investigator:people.madeOn', { date: made })}
      </p>
      <p data-agreed>
        {!agreed
          ? t('investigator:people.notAgreed')
          : agreed.how === 'not-yet'
            ? t('investigator:people.notAgreedRecorded', { by: agreed.by })
            : t('investigator:people.agreedLine', {
                how: t(`investigator:people.agreedHow.${agreed.how}`),
                date: agreed.on ? day(agreed.on) : '',
                by: agreed.by,
              })}
      </p>
    </>
  );
}
