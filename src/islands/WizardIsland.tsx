import { useEffect, useMemo, useState } from 'preact/hooks';
import { useActorRef, useSelector } from '@xstate/react';
import { createFormatter, type Messages } from '../i18n/messages';
import type { Translate } from '../question-types/types';
import { WizardApp } from '../components/wizard/WizardApp';
import { Notices, type Notice } from '../components/wizard/Notices';
import type { TrustContacts } from '../components/wizard/ConfirmationPage';
import { LAZY_PAGES } from '../components/wizard/lazy-pages';
import { createBrowserStore, createMemoryStore, type CaseStore } from '../storage';
import { createWizardMachine, type WizardInput } from '../wizard/machine';
import { FAMILY } from '../wizard/family';
import { hrefFor, positionFromUrl, useUrlSync } from './url-sync';
import { usePersistence } from './persistence';
import { downloadAgreementPdf } from './pdf-download';

interface Props {
  lang: string;
  /** This locale's wizard strings, as JSON (see src/i18n/messages.ts). */
  messages: string;
  siteBase: string;
  expireDays: number;
  deleteUrl: string;
  contacts: TrustContacts;
  /** The support organisations page, for the agreement. */
  supportUrl: string;
  blankLinks: { pdf: string; pdfLarge: string; html: string };
}

const machine = createWizardMachine(FAMILY);

interface Session {
  generation: number;
  input: WizardInput;
  welcomeBack?: { savedAt: string };
  notices: Notice[];
}

function openStore(expireDays: number): CaseStore {
  try {
    return createBrowserStore(
      { local: () => window.localStorage, session: () => window.sessionStorage },
      { maxAgeDays: expireDays },
    );
  } catch {
    return createMemoryStore({ maxAgeDays: expireDays });
  }
}

/** Reads what this browser saved and decides where to start: the task list for a returning visitor. */
function startSession(store: CaseStore, t: Translate, lang: string, expireDays: number, generation: number): Session {
  const requested = positionFromUrl();
  const result = store.load();
  if (result.ok) {
    const count = Object.keys(result.unreadable).length;
    const { saved } = result;
    return {
      generation,
      input: {
        answers: saved.answers,
        skipped: saved.skipped,
        stageMarks: saved.stageMarks,
        saveMode: result.mode,
        position: requested ?? { page: 'task-list' },
        privateOnTeamCopy: saved.privateOnTeamCopy,
        agreementMadeAt: saved.agreementMadeAt,
      },
      welcomeBack: requested
        ? undefined
        : { savedAt: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(result.savedAt) },
      notices: count ? [{ id: 'unreadable', text: t('storage.unreadableAnswers', { count }) }] : [],
    };
  }
  const notices =
    result.error === 'nothing-saved'
      ? []
      : [{ id: result.error, text: t(`storage.${result.error}`, { days: expireDays }) }];
  return { generation, input: { position: requested }, notices };
}

/** The wizard island: owns the actor, the URL, the translations and the storage; pages only render. */
export default function WizardIsland({ lang, messages, expireDays, ...rest }: Props) {
  const t = useMemo(() => createFormatter(lang, JSON.parse(messages) as Messages), [lang]);
  const store = useMemo(() => openStore(expireDays), []);
  const [session, setSession] = useState<Session>(() => startSession(store, t, lang, expireDays, 0));
  // Fetch the pages not needed yet once the browser is idle, so they work offline too.
  useEffect(() => {
    const prefetch = () => LAZY_PAGES.forEach((load) => load().catch(() => undefined));
    if ('requestIdleCallback' in window) window.requestIdleCallback(prefetch);
    else setTimeout(prefetch, 2000);
  }, []);
  // "Use the newer answers": read storage again and start a fresh session from it.
  const restart = () => setSession((s) => startSession(store, t, lang, expireDays, s.generation + 1));
  return (
    <WizardSession
      key={session.generation}
      session={session}
      store={store}
      t={t}
      lang={lang}
      expireDays={expireDays}
      restart={restart}
      {...rest}
    />
  );
}

interface SessionProps extends Omit<Props, 'messages'> {
  session: Session;
  store: CaseStore;
  t: Translate;
  restart: () => void;
}

function WizardSession({ session, store, t, lang, expireDays, restart, ...props }: SessionProps) {
  const actor = useActorRef(machine, { input: session.input });
  const context = useSelector(actor, (s) => s.context);
  useUrlSync(actor, context.position);
  const [welcomeBack, setWelcomeBack] = useState(session.welcomeBack);
  // The welcome back message is shown once: leaving the task list dismisses it.
  useEffect(() => {
    if (context.position.page !== 'task-list') setWelcomeBack(undefined);
  }, [context.position.page]);

  const persistence = usePersistence(store, context, () => actor.send({ type: 'ERASE' }));
  const notices: Notice[] = [...session.notices];
  const { problem } = persistence;
  if (problem === 'unavailable' || problem === 'full') notices.push({ id: problem, text: t(`storage.${problem}`) });
  if (problem === 'erased-elsewhere')
    notices.push({ id: problem, text: t('storage.erasedElsewhere'), onDismiss: persistence.dismiss });
  if (problem === 'conflict' || problem === 'changed-elsewhere') {
    notices.push({
      id: 'conflict',
      text: t('storage.conflict'),
      actions: [
        { label: t('storage.useNewer'), onClick: restart },
        { label: t('storage.keepMine'), onClick: persistence.keepMine },
      ],
    });
  }

  return (
    <WizardApp
      context={context}
      send={actor.send}
      t={t}
      locale={lang}
      siteBase={props.siteBase}
      hrefFor={hrefFor}
      expireDays={expireDays}
      deleteUrl={props.deleteUrl}
      savedOnDevice={context.saveMode === 'device' && problem === null}
      contacts={props.contacts}
      notices={<Notices notices={notices} t={t} />}
      taskListNotices={
        welcomeBack && (
          <div class="ltw-notification" role="region" aria-labelledby="welcome-back-title">
            <h2 class="ltw-notification__title" id="welcome-back-title">
              {t('hub.welcomeBackTitle')}
            </h2>
            <p>{t('hub.welcomeBackText', { date: welcomeBack.savedAt })}</p>
            <p>{t('hub.expiryText', { days: expireDays })}</p>
            <p>
              <a href={props.deleteUrl}>{t('hub.notYou')}</a>
            </p>
          </div>
        )
      }
      agreement={{
        details: {
          organisation: props.contacts.organisation,
          pals: props.contacts.pals,
          // Printed on paper, so the full address of the support page.
          supportUrl: new URL(props.supportUrl, window.location.href).href,
        },
        createPdf: downloadAgreementPdf,
        blankLinks: props.blankLinks,
      }}
    />
  );
}
