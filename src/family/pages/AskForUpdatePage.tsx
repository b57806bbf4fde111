import { useState } from 'preact/hooks';
import { PhoneLines, PhoneText } from '~/ui/PhoneText';
import { copyText } from '~/browser/copy-text';
import { cleanText, isolate } from '~/core/text/text';
import { familyNextUpdate } from '~/core/schedule/next-update';
import { wordingVariant } from '~/core/journey/family';
import type { Answers } from '~/core/journey/schema';
import type { CaseContact } from '~/core/formats/case-details';
import { contactLines } from '~/family/link/CaseDetailsList';
import { useSavedTeam } from '~/family/link/use-saved-team';
import { longDay } from '~/ui/schedule/AgreedDatesList';
import type { TrustContacts } from './ConfirmationPage';
import { rhythmWords } from './NextUpdatePanel';
import { pageLink, type PageProps } from '~/ui/page-props';
import type { KeysUnder, TranslateOptions } from '~/core/words/translate';

interface Props extends PageProps {
  contacts: TrustContacts;
}

/** Whom to ask first: the named contact the team gave, then the lead investigator, then out of hours. */
const CONTACT_ORDER = ['engagementLead', 'leadInvestigator', 'outOfHours'] as const;

/**
 * The gentle page when an agreed update has not come: updates were agreed and it is fine to ask, who
 * to contact, and words to read out or copy, filled in with what the person already told us.
 */
export function AskForUpdatePage({ contacts, ...props }: Props) {
  const { t, headingRef, context, locale } = props;
  const a = (key: KeysUnder<'ui:nextUpdate.ask.'>, options?: TranslateOptions) =>
    t(`ui:nextUpdate.ask.${key}`, options);
  const answers = context.answers as Answers;
  const next = familyNextUpdate(answers, [], new Date());
  const rhythm = rhythmWords(t, answers);
  const due =
    next.kind === 'due'
      ? { date: longDay(locale, next.date), since: next.since && longDay(locale, next.since) }
      : undefined;
  const team = useSavedTeam();
  const named = CONTACT_ORDER.map((role) => ({ role, contact: team?.details[role] })).find(
    (c): c is { role: (typeof CONTACT_ORDER)[number]; contact: CaseContact } =>
      c.contact !== undefined && contactLines(t, c.contact).length > 0,
  );
  const [copied, setCopied] = useState<'copied' | 'copyFailed' | null>(null);
  const script = (mark: (text: string) => string) => scriptLines(t, answers, { rhythm, ...due }, mark);
  const trustTeams = [contacts.patientSafetyTeam, contacts.pals];

  return (
    <>
      <h1 tabIndex={-1} ref={headingRef}>
        {a('title')}
      </h1>
      <p>
        {rhythm ? a('agreed', { rhythm }) : a('agreedAny')}
        {due?.since && <> {a('wasDue', { since: due.since, date: due.date })}</>}
      </p>
      <p>{a('fine')}</p>
      <p>{a('notComplaint')}</p>

      <h2>{a('contactHeading')}</h2>
      {named ? (
        <>
          <p>{a('contactFromTeam')}</p>
          <div class="ltw-inset" data-contact={named.role}>
            <p>
              <strong>{a(`role.${named.role}`)}</strong>
            </p>
            <p class="ltw-answer-text">
              <PhoneLines lines={contactLines(t, named.contact)} />
            </p>
          </div>
        </>
      ) : (
        <>
          <p>{a('contactFromTrust', { organisation: contacts.organisation })}</p>
          <TrustTeams teams={trustTeams} />
        </>
      )}

      <h2 id="script-title">{a('scriptHeading')}</h2>
      <p>{a('scriptIntro')}</p>
      <div class="ltw-inset ltw-script" id="update-script" aria-labelledby="script-title" role="group">
        {script(isolate).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <button
        type="button"
        class="ltw-button ltw-button--secondary"
        onClick={async () => {
          setCopied(null);
          setCopied((await copyText(script((s) => s).join(' '))) ? 'copied' : 'copyFailed');
        }}
      >
        {a('copy')}
      </button>
      <p role="status" class="ltw-copy-status">
        {copied ? a(copied) : ''}
      </p>

      {named && (
        <>
          <h2>{a('otherHelpHeading')}</h2>
          <p>{a('otherHelp')}</p>
          <TrustTeams teams={trustTeams} />
        </>
      )}
      <p>
        <a {...pageLink(props, { page: 'task-list' })}>{a('taskList')}</a>
      </p>
    </>
  );
}

function TrustTeams({ teams }: { teams: { name: string; contact: string }[] }) {
  return (
    <ul>
      {teams.map((team) => (
        <li key={team.name}>
          <strong>{team.name}</strong>: <PhoneText text={team.contact} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The words to say, a sentence each, with only what is known: their name, whose care, the rhythm and
 * the dates. `mark` isolates typed names on screen (a right-to-left name cannot reorder the sentence);
 * the copied text leaves them plain.
 */
function scriptLines(
  t: PageProps['t'],
  answers: Answers,
  known: { rhythm: string; date?: string; since?: string },
  mark: (text: string) => string,
): string[] {
  const s = (key: KeysUnder<'ui:nextUpdate.ask.script.'>, options?: TranslateOptions) =>
    t(`ui:nextUpdate.ask.script.${key}`, options);
  const name = cleanText(answers['your-name']);
  const patient = cleanText(answers['patient-name']);
  const self = wordingVariant(answers) === 'self';
  return [
    name ? s('helloNamed', { name: mark(name) }) : s('hello'),
    self ? s('aboutSelf') : patient ? s('aboutPatient', { patient: mark(patient) }) : s('about'),
    ...(known.rhythm
      ? [
          known.date
            ? s('agreedDue', { rhythm: known.rhythm, date: known.date })
            : s('agreed', { rhythm: known.rhythm }),
        ]
      : []),
    ...(known.since ? [s('last', { since: known.since })] : []),
    s('ask'),
    s('thanks'),
  ];
}
