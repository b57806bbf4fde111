import { dateFormat } from '../lib/text';
import { useEffect, useState } from 'preact/hooks';
import { useSelector } from '@xstate/react';
import { createActor } from 'xstate';
import { createFormatter, type Messages } from '../i18n/messages';
import type { Translate } from '../question-types/types';
import { WizardApp } from '../components/wizard/WizardApp';
import { Notices, type Notice } from '../components/wizard/Notices';
import type { TrustContacts } from '../components/wizard/ConfirmationPage';
import { LAZY_PAGES } from '../components/wizard/lazy-pages';
import { createBrowserStore, createMemoryStore, type CaseStore } from '../storage';
import { createWizardMachine, type WizardInput, type WizardMachine } from '../wizard/machine';
import { FAMILY } from '../wizard/family';
import type { Signpost } from '../wizard/signposts';
import { hrefFor, positionFromUrl, useUrlSync } from './url-sync';
import { usePersistence } from './persistence';
import { downloadAgreementPdf } from './pdf-download';
import { inSteps } from './start-in-steps';

interface Props {
  /** The page's heading while the wizard starts: the same as the fallback shown before it, so nothing moves. */
  loadingTitle: string;
  lang: string;
  /** This locale's wizard strings, as JSON (see src/i18n/messages.ts). */
  messages: string;
  siteBase: string;
  expireDays: number;
  deleteUrl: string;
  contacts: TrustContacts;
  /** The support organisations page, for the agreement. */
  supportUrl: string;
  /** Help to suggest from the answers, as JSON (content/signposts.yaml resolved for this trust). */
  signposts: string;
  blankLinks: { pdf: string; pdfLarge: string; html: string };
}

let machine: WizardMachine | undefined;
const wizardMachine = () => (machine ??= createWizardMachine(FAMILY));

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
        : { savedAt: dateFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(result.savedAt) },
      notices: count ? [{ id: 'unreadable', text: t('storage.unreadableAnswers', { count }) }] : [],
    };
  }
  const notices =
    result.error === 'nothing-saved'
      ? []
      : [{ id: result.error, text: t(`storage.${result.error}`, { days: expireDays }) }];
  return { generation, input: { position: requested }, notices };
}

type Actor = ReturnType<typeof createActor<WizardMachine>>;

interface Started {
  t: Translate;
  signposts: Signpost[];
  store: CaseStore;
  session: Session;
  actor: Actor;
}

/** Starts a session: a running actor from what this browser saved. */
function startActor(session: Session): Actor {
  return createActor(wizardMachine(), { input: session.input }).start();
}

/**
 * The wizard island: owns the actor, the URL, the translations and the storage; pages only render.
 * It starts in short steps (strings, saved answers, the machine, the actor) and until then shows the
 * same heading and loading line as the page's fallback, so the page neither freezes nor moves.
 */
export default function WizardIsland({ loadingTitle, lang, messages, expireDays, ...rest }: Props) {
  const [started, setStarted] = useState<Started | null>(null);
  useEffect(() => {
    let t: Translate;
    let signposts: Signpost[];
    let store: CaseStore;
    let session: Session;
    let actor: Actor;
    void inSteps(
      [
        () => (t = createFormatter(lang, JSON.parse(messages) as Messages)),
        () => (signposts = JSON.parse(rest.signposts) as Signpost[]),
        () => (store = openStore(expireDays)),
        () => (session = startSession(store, t, lang, expireDays, 0)),
        wizardMachine,
        () => (actor = startActor(session)),
      ],
      () => setStarted({ t, signposts, store, session, actor }),
    );
  }, []);
  // Fetch the pages not needed yet once the browser is idle, one at a time, so they work offline too.
  useEffect(() => {
    if (started) void prefetchWhenIdle();
  }, [Boolean(started)]);
  if (!started) {
    return (
      <main class="ltw-main ltw-main--wizard" id="main-content" tabIndex={-1}>
        <h1>{loadingTitle}</h1>
        <p class="ltw-loading">{JSON.parse(messages)['ui:loading']}</p>
      </main>
    );
  }
  const { t, signposts, store, session, actor } = started;
  // "Use the newer answers": read storage again and start a fresh session from it.
  const restart = () => {
    const next = startSession(store, t, lang, expireDays, session.generation + 1);
    setStarted({ t, signposts, store, session: next, actor: startActor(next) });
  };
  return (
    <WizardSession
      key={session.generation}
      session={session}
      actor={actor}
      store={store}
      t={t}
      lang={lang}
      expireDays={expireDays}
      restart={restart}
      {...rest}
      signposts={signposts}
    />
  );
}

async function prefetchWhenIdle() {
  for (const load of LAZY_PAGES) {
    await new Promise((idle) =>
      'requestIdleCallback' in window ? window.requestIdleCallback(idle) : setTimeout(idle, 200),
    );
    await load().catch(() => undefined);
  }
}

interface SessionProps extends Omit<Props, 'messages' | 'loadingTitle' | 'signposts'> {
  signposts: Signpost[];
  session: Session;
  actor: Actor;
  store: CaseStore;
  t: Translate;
  restart: () => void;
}

function WizardSession({ session, actor, store, t, lang, expireDays, restart, ...props }: SessionProps) {
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
      signposts={props.signposts}
      supportHref={props.supportUrl}
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
