import { dateFormat } from '~/core/text/text';
import { PhoneText } from '~/ui/PhoneText';
import { matchSignposts } from '~/core/journey/signposts';
import { Signposts } from './Signposts';
import { pageLink, type PageProps } from '~/ui/page-props';
import type { KeysUnder, TranslateOptions } from '~/core/words/translate';

export interface TrustContacts {
  organisation: string;
  patientSafetyTeam: { name: string; contact: string };
  pals: { name: string; contact: string };
}

interface Props extends PageProps {
  contacts: TrustContacts;
}

/** After the agreement is made (GOV.UK confirmation page): what to do with it, how to change it, who to call. */
export function ConfirmationPage({ contacts, ...props }: Props) {
  const { t, headingRef, context, locale } = props;
  const c = (key: KeysUnder<'ui:confirmation.'>, options?: TranslateOptions) => t(`ui:confirmation.${key}`, options);
  const madeOn = context.agreementMadeAt
    ? dateFormat(locale, { dateStyle: 'long' }).format(new Date(context.agreementMadeAt))
    : '';
  return (
    <>
      <h1 tabIndex={-1} ref={headingRef}>
        {c('title')}
      </h1>
      {madeOn && <p>{c('madeOn', { date: madeOn })}</p>}
      <p>
        <a class="ltw-button" {...pageLink(props, { page: 'agreement' })}>
          {c('view')}
        </a>
      </p>
      <p>{c('nothingSent')}</p>
      <h2>{c('nextHeading')}</h2>
      <ul class="ltw-list ltw-list--bullet">
        <li>{c('next.meeting')}</li>
        <li>{c('next.send')}</li>
        <li>{c('next.keep')}</li>
      </ul>
      <h2>{c('changeHeading')}</h2>
      <p>{c('change')}</p>
      <p>
        <a {...pageLink(props, { page: 'all-answers' })}>{c('changeLink')}</a>
      </p>
      <Signposts signposting={matchSignposts(props.signposts, context.answers)} t={t} supportHref={props.supportHref} />
      <h2>{c('callHeading')}</h2>
      <p>{c('call', { team: contacts.patientSafetyTeam.name, organisation: contacts.organisation })}</p>
      <p>
        <strong>{contacts.patientSafetyTeam.name}</strong>: <PhoneText text={contacts.patientSafetyTeam.contact} />
      </p>
      <p>
        <strong>{contacts.pals.name}</strong>: <PhoneText text={contacts.pals.contact} />
      </p>
      <p>
        <a {...pageLink(props, { page: 'task-list' })}>{c('taskList')}</a>
      </p>
    </>
  );
}
