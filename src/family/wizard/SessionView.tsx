import type { MoveAnswersActions } from './MoveAnswers';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useSelector } from '@xstate/react';
import type { Translate } from '~/core/questions/types';
import { questionWords } from '~/core/questions/question-words';
import { WizardApp } from './WizardApp';
import { Notices, type Notice } from './Notices';
import { LazyPage } from '~/ui/shell/LazyPage';
import { loadConflictPanel } from './lazy-pages';
import type { AnswersStore } from '~/core/store/types';
import type { Signpost } from '~/core/journey/signposts';
import { encodePosition } from '~/core/journey/position';
import type { WizardEvent } from '~/core/journey/machine';
import { hrefFor, useUrlSync } from './url-sync';
import { usePersistence, type SaveProblem } from './persistence';
import { useDrafts } from './drafts';
import type { Session } from './session';
import type { Actor, WizardIslandProps } from './island-props';
import { downloadSavedCopy, noteDownloaded, useKeptCopyNotice, useLeftOnDeviceNotice } from './left-behind';

interface SessionProps extends Omit<WizardIslandProps, 'messages' | 'loadingTitle' | 'signposts'> {
  signposts: Signpost[];
  session: Session;
  actor: Actor;
  store: AnswersStore;
  t: Translate;
}

const ALL_ANSWERS = { page: 'all-answers' } as const;

/** One run of the wizard: the machine, where answers are kept, drafts, and every message about saving. */
export function SessionView({ session, actor, store, t, lang, expireDays, ...props }: SessionProps) {
  const context = useSelector(actor, (s) => s.context);
  useUrlSync(actor, context.position);
  const [welcomeBack, setWelcomeBack] = useState(session.welcomeBack);
  // The welcome back message is shown once: leaving the task list dismisses it.
  useEffect(() => {
    if (context.position.page !== 'task-list') setWelcomeBack(undefined);
  }, [context.position.page]);

  const persistence = usePersistence({
    store,
    context,
    current: () => actor.getSnapshot().context,
    send: actor.send,
    times: session.times,
    savedAt: session.savedAt,
    onErasedElsewhere: () => actor.send({ type: 'ERASE' }),
  });
  const drafts = useDrafts(store, persistence.where, context.answers, session.drafts);
  const { problem, where } = persistence;
  // Changing language keeps this step; answers that only this page holds go along with it.
  const keptOnlyHere = useRef(false);
  keptOnlyHere.current = where === 'memory';
  useEffect(() => {
    let stop: (() => void) | undefined;
    void Promise.all([import('~/browser/language-switch'), import('./carry-case')]).then(
      ([switcher, { carryCase }]) =>
        (stop = switcher.keepPlaceOnLanguageSwitch(() =>
          keptOnlyHere.current ? carryCase(actor.getSnapshot().context, session.times, drafts.all()) : undefined,
        )),
    );
    return () => stop?.();
  }, []);

  // A Continue or skip that moved on makes what was typed an answer (or a skip): its draft goes.
  const send = (event: WizardEvent) => {
    const before = actor.getSnapshot().context.position;
    actor.send(event);
    const after = actor.getSnapshot().context;
    const done = (event.type === 'CONTINUE' || event.type === 'SKIP') && after.errors.length === 0;
    if (done && before.page === 'step') drafts.clear(before.step);
  };
  const openAnswers = () => send({ type: 'GO_TO', position: ALL_ANSWERS });
  const downloadAnswers = () =>
    void loadMoveAnswers().then((m) =>
      m.downloadAnswersFile(currentCase(actor.getSnapshot().context), t('ui:fileNames.answers')),
    );
  const [moveAnswers] = useState(() =>
    lazyMoveAnswers({
      current: () => currentCase(actor.getSnapshot().context),
      lang,
      fileName: t('ui:fileNames.answers'),
      importCase: (saved) => persistence.importCase(saved),
    }),
  );

  const notices: Notice[] = session.notices.map((notice) => ({
    id: notice.id,
    text: notice.text,
    ...(notice.download
      ? {
          actions: [
            {
              label: t('ui:storage.downloadCopy'),
              // Needed only when saved text could not be read: not part of the first load.
              onClick: () => void downloadSavedCopy(t, notice.download!).then(() => noteDownloaded(notice.download!)),
            },
          ],
        }
      : {}),
  }));
  const leftOnDevice = useLeftOnDeviceNotice(t, lang, session.unreadableOnDevice, context.saveMode === 'tab');
  if (leftOnDevice) notices.push(leftOnDevice);
  // Offered on the task list on every visit, unless this visit's own notice already offers it.
  const offerKept =
    context.position.page === 'task-list' && !leftOnDevice && !session.notices.some((notice) => notice.download);
  const kept = useKeptCopyNotice(t, lang, offerKept);
  if (kept) notices.push(kept);
  const moved = movedNotice(problem, session.explained, t, { openAnswers, downloadAnswers });
  if (moved) notices.push(moved);
  if (problem?.kind === 'erased-elsewhere')
    notices.push({ id: problem.kind, text: t('ui:storage.erasedElsewhere'), onDismiss: persistence.dismiss });
  const words = questionWords(t, context.answers, lang);

  return (
    <WizardApp
      context={context}
      send={send}
      t={t}
      locale={lang}
      siteBase={props.siteBase}
      hrefFor={hrefFor}
      expireDays={expireDays}
      deleteUrl={props.deleteUrl}
      savedOnDevice={where === 'device' && problem === null}
      canSave={session.canSave}
      reloadKeepsAnswers={(where === 'device' || where === 'tab') && problem?.kind !== 'conflict'}
      contacts={props.contacts}
      signposts={props.signposts}
      supportHref={props.supportUrl}
      draftFor={drafts.draftFor}
      onInput={drafts.onInput}
      onDiscardDraft={drafts.clear}
      couldNotRead={session.couldNotRead}
      moveAnswers={moveAnswers}
      notices={
        <>
          <Notices notices={notices} t={t} />
          {problem?.kind === 'conflict' && (
            <LazyPage
              load={loadConflictPanel}
              props={{ conflicts: problem.conflicts, from: problem.from, t, words, onSettle: persistence.settle }}
              loadingText={t('ui:lazy.loading')}
              failedText={t('ui:lazy.failed')}
              retryText={t('ui:lazy.retry')}
              onShown={() => undefined}
            />
          )}
        </>
      }
      expiry={
        where === 'device' && persistence.lastSavedAt
          ? {
              savedAt: persistence.lastSavedAt,
              days: expireDays,
              now: new Date(),
              locale: lang,
              answersHref: hrefFor(ALL_ANSWERS),
              onOpenAnswers: openAnswers,
              onRenew: persistence.renew,
            }
          : undefined
      }
      welcomeBack={welcomeBack?.savedAt}
      agreement={{
        details: {
          organisation: props.contacts.organisation,
          pals: props.contacts.pals,
          // Printed on paper, so the full address of the support page.
          supportUrl: new URL(props.supportUrl, window.location.href).href,
        },
        createPdf: (model, onFetchingFonts) =>
          import('~/browser/pdf-download').then((m) => m.downloadAgreementPdf(model, onFetchingFonts)),
        blankLinks: props.blankLinks,
        ...(props.secondLanguage ? { secondLanguage: props.secondLanguage } : {}),
      }}
    />
  );
}

const currentCase = (context: ReturnType<Actor['getSnapshot']>['context']) => ({
  answers: context.answers,
  skipped: [...context.skipped],
  stageMarks: { ...context.stageMarks },
  position: encodePosition(context.position),
});

/** Saving moved somewhere that loses more: say exactly what would lose the answers, and offer print and download. */
function movedNotice(
  problem: SaveProblem | null,
  explained: readonly string[],
  t: Translate,
  actions: { openAnswers: () => void; downloadAnswers: () => void },
): Notice | undefined {
  if (problem?.kind !== 'moved' || explained.includes(problem.because)) return undefined;
  const key =
    problem.where === 'memory' ? 'ui:storage.movedToPage' : (`ui:storage.movedToTab.${problem.because}` as const);
  return {
    id: 'moved',
    text: t(key),
    actions: [
      { label: t('ui:storage.printAnswers'), onClick: actions.openAnswers },
      { label: t('ui:storage.downloadAnswers'), onClick: actions.downloadAnswers },
    ],
  };
}

// Moving answers to and from a file, and making PDFs, load when first asked for: not in the first load.
const loadMoveAnswers = () => import('./move-answers');

function lazyMoveAnswers(
  options: Parameters<typeof import('./move-answers').moveAnswersActions>[0],
): MoveAnswersActions {
  let actions: Promise<MoveAnswersActions> | undefined;
  const get = () => (actions ??= loadMoveAnswers().then((m) => m.moveAnswersActions(options)));
  return {
    download: (passphrase) => get().then((a) => a.download(passphrase)),
    check: (text, passphrase) => get().then((a) => a.check(text, passphrase)),
    use: () => void get().then((a) => a.use()),
  };
}
