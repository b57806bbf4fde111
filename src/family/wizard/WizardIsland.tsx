import { useEffect, useState } from 'preact/hooks';
import { createActor } from 'xstate';
import { createFormatter, type Messages } from '~/i18n/messages';
import type { Translate } from '~/core/questions/types';
import { LAZY_PAGES } from './lazy-pages';
import type { AnswersStore } from '~/core/store/types';
import { createWizardMachine, type WizardMachine } from '~/core/journey/machine';
import type { Actor, WizardIslandProps } from './island-props';
import { FAMILY } from '~/core/journey/family';
import type { Signpost } from '~/core/journey/signposts';
import { openStore, startSession, type Session } from './session';
import { SessionView } from './SessionView';
import { inSteps } from './start-in-steps';
import { CARRY_PREFIX } from '~/browser/carry-prefix';
import { loadQuestionRules } from '~/core/questions/rules';
import type { CarriedSession } from '~/browser/language-carry';

let machine: WizardMachine | undefined;
const wizardMachine = () => (machine ??= createWizardMachine(FAMILY));

interface Started {
  t: Translate;
  signposts: Signpost[];
  store: AnswersStore;
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
export default function WizardIsland({ loadingTitle, lang, messages, expireDays, ...rest }: WizardIslandProps) {
  const [started, setStarted] = useState<Started | null>(null);
  useEffect(() => {
    let t: Translate;
    let signposts: Signpost[];
    let store: AnswersStore;
    let session: Session;
    let carried: CarriedSession | undefined;
    let actor: Actor;
    void inSteps(
      [
        () => (t = createFormatter(lang, JSON.parse(messages) as Messages)),
        () => (signposts = JSON.parse(rest.signposts) as Signpost[]),
        async () => (store = await openStore(expireDays)),
        // Answers carried from this page in another language: their reader loads only when there are some.
        async () =>
          (carried = window.name.startsWith(CARRY_PREFIX)
            ? (await Promise.all([import('~/browser/language-carry'), loadQuestionRules()]))[0].takeCarriedSession(
                expireDays,
              )
            : undefined),
        () => (session = startSession(store, t, lang, expireDays, 0, carried)),
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
        <p class="ltw-loading">{(JSON.parse(messages) as Messages)['ui:loading']}</p>
      </main>
    );
  }
  const { t, signposts, store, session, actor } = started;
  return (
    <SessionView
      key={session.generation}
      session={session}
      actor={actor}
      store={store}
      t={t}
      lang={lang}
      expireDays={expireDays}
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
