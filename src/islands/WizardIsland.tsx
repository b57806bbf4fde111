import { useMemo, useState } from 'preact/hooks';
import { useActorRef, useSelector } from '@xstate/react';
import { transition } from 'xstate';
import { createWizardTranslator, type WizardResources, type WizardT } from '../i18n/create-wizard-translator';
import { WizardApp } from '../components/wizard/WizardApp';
import { Notices, type Notice } from '../components/wizard/Notices';
import { createBrowserStore, createMemoryStore, type CaseStore } from '../storage';
import { wizardMachine, type WizardInput } from '../wizard/machine';
import { HUB } from '../wizard/journey';
import { START_QUESTION } from '../wizard/schema';
import { stepFromUrl, useUrlSync } from './url-sync';
import { usePersistence } from './persistence';
import { downloadAgreementPdf } from './pdf-download';

interface Props {
  locale: string;
  lang: string;
  resources: WizardResources;
  expireDays: number;
  deleteUrl: string;
  /** Trust details the agreement names. */
  organisation: string;
  pals: { name: string; contact: string };
  supportUrl: string;
  blankLinks: { pdf: string; pdfLarge: string; html: string };
}

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
function startSession(store: CaseStore, t: WizardT, lang: string, expireDays: number, generation: number): Session {
  const step = stepFromUrl();
  const result = store.load();
  if (result.ok) {
    const count = Object.keys(result.unreadable).length;
    return {
      generation,
      input: { ...result.saved, saveMode: result.mode, position: step ?? HUB },
      welcomeBack: step
        ? undefined
        : { savedAt: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(result.savedAt) },
      notices: count ? [{ id: 'unreadable', text: t('storage.unreadableAnswers', { count }) }] : [],
    };
  }
  const notices =
    result.error === 'nothing-saved'
      ? []
      : [{ id: result.error, text: t(`storage.${result.error}`, { days: expireDays }) }];
  return { generation, input: { position: step ?? START_QUESTION.id }, notices };
}

/** The wizard island: owns the actor, the URL, the translations and the storage; pages only render. */
export default function WizardIsland({ locale, lang, resources, expireDays, deleteUrl, ...agreementDetails }: Props) {
  const t = useMemo(() => createWizardTranslator(locale, resources), [locale]);
  const store = useMemo(() => openStore(expireDays), []);
  const [session, setSession] = useState<Session>(() => startSession(store, t, lang, expireDays, 0));
  // "Use the newer answers": read storage again and start a fresh session from it.
  const restart = () => setSession((s) => startSession(store, t, lang, expireDays, s.generation + 1));
  return (
    <WizardSession
      key={session.generation}
      session={session}
      store={store}
      t={t}
      locale={lang}
      expireDays={expireDays}
      deleteUrl={deleteUrl}
      restart={restart}
      agreementDetails={agreementDetails}
    />
  );
}

interface SessionProps {
  session: Session;
  store: CaseStore;
  t: WizardT;
  locale: string;
  expireDays: number;
  deleteUrl: string;
  restart: () => void;
  agreementDetails: Pick<Props, 'organisation' | 'pals' | 'supportUrl' | 'blankLinks'>;
}

function WizardSession({ session, store, t, locale, expireDays, deleteUrl, restart, agreementDetails }: SessionProps) {
  const actor = useActorRef(wizardMachine, { input: session.input });
  const snapshot = useSelector(actor, (s) => s);
  const position = snapshot.value as string;
  const hrefFor = (p: string) => `${window.location.pathname}?step=${encodeURIComponent(p)}`;
  useUrlSync(actor, position, hrefFor);
  const [startPosition] = useState(position);

  const persistence = usePersistence(store, snapshot.context, position, () => actor.send({ type: 'ERASE' }));
  // Where Back leads, worked out without sending anything, so the back link is a real link too.
  const backTarget = snapshot.can({ type: 'BACK' })
    ? (transition(wizardMachine, snapshot, { type: 'BACK' })[0].value as string)
    : null;

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
      context={snapshot.context}
      position={position}
      send={actor.send}
      backTo={backTarget}
      t={t}
      locale={locale}
      hrefFor={hrefFor}
      expireDays={expireDays}
      deleteUrl={deleteUrl}
      welcomeBack={position === startPosition ? session.welcomeBack : undefined}
      notices={<Notices notices={notices} t={t} />}
      agreement={{
        details: {
          ...agreementDetails,
          // Printed on paper, so the full address of the support page.
          supportUrl: new URL(agreementDetails.supportUrl, window.location.href).href,
        },
        createPdf: downloadAgreementPdf,
        blankLinks: agreementDetails.blankLinks,
      }}
    />
  );
}
