import type { Signposting } from '~/core/journey/signposts';
import { PhoneLink } from '~/ui/PhoneText';
import type { Translate } from '~/core/questions/types';

interface Props {
  signposting: Signposting;
  t: Translate;
  /** The support page, where the organisations of every part of the UK are listed. */
  supportHref: string;
  headingLevel?: 2 | 3;
}

/** Help that matches what the person said: organisations (with phone numbers and websites) and guidance pages. */
export function Signposts({ signposting, t, supportHref, headingLevel = 2 }: Props) {
  const { organisations, guidance } = signposting;
  if (organisations.length === 0 && guidance.length === 0) return null;
  const Heading = `h${headingLevel}` as 'h2';
  return (
    <section class="ltw-signposts" aria-labelledby="signposts-heading">
      <Heading id="signposts-heading">{t('ui:signposts.heading')}</Heading>
      <p>{t('ui:signposts.intro')}</p>
      {guidance.length > 0 && (
        <ul class="ltw-list ltw-list--bullet">
          {guidance.map((page) => (
            <li key={page.href}>
              <a href={page.href} lang={page.lang}>
                {page.title}
              </a>
            </li>
          ))}
        </ul>
      )}
      {organisations.length > 0 && (
        // One line each: a long list of descriptions is too much to take in now; the support page has them.
        <ul class="ltw-list ltw-signposts__organisations">
          {organisations.map((org) => (
            <li key={org.id}>
              <a href={org.website}>{org.name}</a>
              {org.phone && (
                <>
                  {', '}
                  {t('ui:signposts.phone')} <PhoneLink written={org.phone} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={supportHref}>{t('ui:signposts.more')}</a>
      </p>
    </section>
  );
}
