import type { Translate } from '~/core/questions/types';
import { PhoneLink } from '~/ui/PhoneText';
import type { KeysUnder, TranslateOptions } from '~/core/words/translate';

/** A team at the trust, from the site's own settings (content/trust.yaml), never from a link. */
export interface TrustTeam {
  name: string;
  phone?: string;
  email?: string;
  hours?: string;
  website?: string;
}

export interface FamilyLinkContacts {
  organisation: string;
  teams: TrustTeam[];
}

/**
 * "Your trust's own contact details": what the website itself says, beside what the link says, so a
 * link with wrong or forged details stands out and the family has a number they can trust.
 */
export function TrustContactsPanel({ t, contacts }: { t: Translate; contacts: FamilyLinkContacts }) {
  const f = (key: KeysUnder<'ui:familyLink.trust.'>, options?: TranslateOptions) =>
    t(`ui:familyLink.trust.${key}`, options);
  return (
    <aside class="ltw-trust-contacts" aria-labelledby="trust-contacts-title">
      <h2 id="trust-contacts-title">{f('heading')}</h2>
      <p>{f('intro', { organisation: contacts.organisation })}</p>
      {contacts.teams.map((team) => (
        <div class="ltw-trust-contacts__team" key={team.name}>
          <h3>{team.name}</h3>
          <ul class="ltw-link-list">
            {team.phone && (
              <li>
                {f('phone', { value: '' })}
                <PhoneLink written={team.phone} />
              </li>
            )}
            {team.email && (
              <li>
                {f('email', { value: '' })}
                <a href={`mailto:${team.email}`}>{team.email}</a>
              </li>
            )}
            {team.website && (
              <li>
                <a href={team.website}>{team.website}</a>
              </li>
            )}
            {team.hours && <li>{f('hours', { value: team.hours })}</li>}
          </ul>
        </div>
      ))}
      <p class="ltw-trust-contacts__check">
        <strong>{f('check')}</strong>
      </p>
    </aside>
  );
}
