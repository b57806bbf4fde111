import { dateFormat } from '~/core/text/text';
import type { Translate } from '~/core/questions/types';
import { createAnswersStore } from '~/core/store/answers-store';
import { loadQuestionRules } from '~/core/questions/rules';
import type { AnswersStore, Draft, KeptCopy, LoadResult, SaveError } from '~/core/store/types';
import { readAnswers } from '~/core/store/read-answers';
import { FAMILY } from '~/core/journey/family';
import { isRecord } from '~/core/is-record';
import { browserBackends } from '~/browser/storage-backends';
import type { WizardInput } from '~/core/journey/machine';
import { positionFromUrl } from './url-sync';
import type { CarriedSession } from '~/browser/language-carry';

/** A message about what was found in storage, with the saved text to download when some of it could not be used. */
export interface StartNotice {
  id: string;
  text: string;
  /** The saved text as it was, offered as a file. */
  download?: string;
}

export interface Session {
  generation: number;
  input: WizardInput;
  /** When each answer changed, and what it replaced (for merging with other tabs). */
  times: { changedAt: Record<string, string>; basedOn: Record<string, string> };
  savedAt?: Date;
  welcomeBack?: { savedAt: string };
  notices: StartNotice[];
  /** Reasons saving cannot happen where chosen that a start notice already explains (so they are said once). */
  explained: SaveError[];
  canSave: { device: boolean; tab: boolean };
  /** What was being typed, when it came across from another language's page (see language-switch.ts). */
  drafts: Record<string, Draft>;
  /** Questions whose saved answer could not be used (found now, or in a copy kept earlier) and not answered since. */
  couldNotRead: string[];
  /** The text on the device that could not be read, as found: someone keeping answers only in a tab may remove it. */
  unreadableOnDevice?: string;
}

/**
 * This browser's storage, ready to read what an older version saved. Every access inside is guarded, so
 * where storage is blocked the store says it cannot save.
 */
export async function openStore(expireDays: number): Promise<AnswersStore> {
  const store = createAnswersStore(browserBackends(), { maxAgeDays: expireDays });
  await store.prepare();
  // Answers saved before (or storage we cannot look into) may be of any type: their rules come first.
  if (store.hasAnything() !== false) await loadQuestionRules();
  return store;
}

/** Reads what this browser saved and decides where to start: the task list for a returning visitor. */
export function startSession(
  store: AnswersStore,
  t: Translate,
  lang: string,
  expireDays: number,
  generation: number,
  /** Answers carried from this page in another language, when they could not be saved (language-carry.ts). */
  carried?: CarriedSession,
): Session {
  const requested = positionFromUrl();
  const result = carried?.result ?? store.load();
  const canSave = { device: store.canSave('device'), tab: store.canSave('tab') };
  const { notices, explained } = startNotices(result, t, expireDays, canSave);
  const unread = couldNotRead(result, store.keptCopies());
  if (result.ok) {
    const { saved } = result;
    return {
      generation,
      input: {
        answers: saved.answers,
        skipped: saved.skipped,
        stageMarks: saved.stageMarks,
        saveMode: carried ? carried.mode : result.mode,
        position: requested ?? { page: 'task-list' },
        privateOnTeamCopy: saved.privateOnTeamCopy,
        agreementMadeAt: saved.agreementMadeAt,
      },
      times: { changedAt: { ...saved.changedAt }, basedOn: { ...saved.basedOn } },
      savedAt: result.savedAt,
      welcomeBack: requested
        ? undefined
        : { savedAt: dateFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(result.savedAt) },
      notices,
      explained,
      canSave,
      drafts: carried?.drafts ?? {},
      couldNotRead: unread,
    };
  }
  return {
    generation,
    input: { position: requested },
    times: { changedAt: {}, basedOn: {} },
    notices,
    explained,
    canSave,
    drafts: {},
    couldNotRead: unread,
    ...(result.mode === 'device' && result.raw !== undefined ? { unreadableOnDevice: result.raw } : {}),
  };
}

/** The questions whose saved answers could not be used, here or in a copy kept earlier, and that have no answer now. */
function couldNotRead(result: LoadResult, kept: KeptCopy[]): string[] {
  const ids = new Set(result.ok ? Object.keys(result.unreadable) : []);
  for (const copy of kept) for (const id of unreadableIn(copy.text)) ids.add(id);
  const now: { answers: object; skipped: string[] } = result.ok ? result.saved : { answers: {}, skipped: [] };
  return [...ids].filter((id) => FAMILY.question(id) && !Object.hasOwn(now.answers, id) && !now.skipped.includes(id));
}

function unreadableIn(text: string): string[] {
  try {
    const data: unknown = JSON.parse(text);
    return isRecord(data) ? Object.keys(readAnswers(data.answers).unreadable) : [];
  } catch {
    return [];
  }
}

/** One notice for what loading found, saying exactly what was kept and where answers will go now. */
function startNotices(
  result: LoadResult,
  t: Translate,
  days: number,
  canSave: { device: boolean; tab: boolean },
): { notices: StartNotice[]; explained: SaveError[] } {
  const download = result.kept && result.kept !== 'left-alone' ? result.raw : undefined;
  const failed = result.kept === 'failed';
  if (result.ok) {
    const notices: StartNotice[] = [];
    const count = Object.keys(result.unreadable).length;
    if (count)
      notices.push({
        id: 'unreadable',
        text: t(failed ? 'ui:storage.unreadableNotKept' : 'ui:storage.unreadableAnswers', { count }),
        download,
      });
    if (result.capped.length)
      notices.push({
        id: 'capped',
        text: t(failed ? 'ui:storage.cappedNotKept' : 'ui:storage.capped', { count: result.capped.length }),
        download: count ? undefined : download,
      });
    return { notices, explained: failed ? ['copy-failed'] : [] };
  }
  switch (result.error) {
    case 'nothing-saved':
      return { notices: [], explained: [] };
    case 'unavailable': {
      const key = canSave.tab ? 'ui:storage.unavailable' : 'ui:storage.unavailableAll';
      return { notices: [{ id: 'unavailable', text: t(key) }], explained: ['unavailable'] };
    }
    case 'expired':
      return { notices: [{ id: 'expired', text: t('ui:storage.expired', { days }) }], explained: [] };
    case 'wrong-app':
    case 'too-new':
      return { notices: [{ id: result.error, text: t(`ui:storage.${result.error}`) }], explained: ['left-alone'] };
    case 'corrupt':
    case 'invalid':
      return {
        notices: [
          {
            id: result.error,
            text: t(failed ? `ui:storage.${result.error}NotKept` : `ui:storage.${result.error}`),
            download,
          },
        ],
        explained: failed ? ['copy-failed'] : [],
      };
  }
}
