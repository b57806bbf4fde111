import { useEffect, useRef, useState } from 'preact/hooks';
import { boundAnswer, isAnswerShape } from '~/core/questions/rules';
import { typedDiffers } from '~/core/questions/typed-part';
import type { AnswersStore, Draft } from '~/core/store/types';
import type { AnswerValue } from '~/core/journey/schema';
import { FAMILY } from '~/core/journey/family';
import type { Where } from './persistence';

const TYPING_PAUSE_MS = 400;

export interface ShownDraft {
  value: AnswerValue;
  /** When it was typed. */
  at: Date;
  /** It differs from the saved answer in words typed, not only in a choice: only then is it said to be unsaved. */
  typed: boolean;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What is typed on a question page, kept as it is typed (after a short pause, and at once when the page
 * is hidden or closed) where the answers are kept. Never an answer: only Continue makes it one.
 */
export function useDrafts(
  store: AnswersStore,
  where: Where | null,
  saved: Record<string, unknown>,
  carried: Record<string, Draft> = {},
) {
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() => ({
    ...(where && where !== 'memory' ? store.drafts.load(where) : {}),
    ...carried,
  }));
  const pending = useRef<{ id: string; draft: Draft } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const whereNow = useRef(where);
  whereNow.current = where;
  const latest = useRef(drafts);
  latest.current = drafts;

  const flush = () => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    const at = whereNow.current;
    if (next && at && at !== 'memory') store.drafts.save(at, next.id, next.draft.value, new Date(next.draft.at));
  };

  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, []);

  return {
    /** Everything typed and not yet an answer. */
    all: () => latest.current,
    /** The draft to show in place of the saved answer, when there is one that differs from it. */
    draftFor(id: string): ShownDraft | undefined {
      const draft = drafts[id];
      const question = FAMILY.question(id);
      if (!draft || !question || !isAnswerShape(question, draft.value)) return undefined;
      const value = boundAnswer(question, draft.value).value;
      if (sameValue(value, saved[id])) return undefined;
      return { value, at: new Date(draft.at), typed: typedDiffers(question.type, value, saved[id] as AnswerValue) };
    },
    onInput(id: string, value: AnswerValue | undefined) {
      const draft = { value, at: new Date().toISOString() };
      pending.current = { id, draft };
      setDrafts((all) => ({ ...all, [id]: draft }));
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, TYPING_PAUSE_MS);
    },
    /** After Continue or skip, or "use your saved answer": the draft is gone everywhere. */
    clear(id: string) {
      if (pending.current?.id === id) {
        clearTimeout(timer.current);
        pending.current = null;
      }
      setDrafts(({ [id]: _gone, ...rest }) => rest);
      const at = whereNow.current;
      if (at && at !== 'memory') store.drafts.clear(at, id);
    },
  };
}
