import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent, JSX } from 'preact';

interface Props<P, L = FunctionComponent<P>> {
  /** Loads the page's module (a dynamic import, so it is not part of the first load). */
  load: () => Promise<L>;
  props: P;
  loadingText: string;
  failedText: string;
  retryText: string;
  /**
   * Browsers remember a failed import of a module and do not fetch it again, so when a retry fails too,
   * and the answers are saved, "Try again" reloads the page instead.
   */
  reloadKeepsAnswers?: boolean;
  /** The page's heading, shown if it cannot load, so the page still has its h1. Not for parts of a page. */
  heading?: string;
  /** Called once the page is on screen, to move focus to its heading when the person moved here. */
  onShown: () => void;
  /** How to show what was loaded, when it is not a page taking `props` itself (then it may be more than a component). */
  render?: (Loaded: L) => JSX.Element;
}

/** How a page loaded on demand says it is loading or could not load, given by the island that shows it. */
export type LazyPageSettings = Required<
  Pick<Props<object>, 'loadingText' | 'failedText' | 'retryText' | 'onShown' | 'reloadKeepsAnswers'>
>;

/**
 * A page that loads when it is first shown. While it loads, a status message says so; if it cannot
 * load (the connection dropped), the person is told and can try again, and nothing is lost.
 */
export function LazyPage<P extends object, L = FunctionComponent<P>>({
  load,
  props,
  loadingText,
  failedText,
  retryText,
  onShown,
  render,
  reloadKeepsAnswers = false,
  heading,
}: Props<P, L>) {
  const [Page, setPage] = useState<L | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (component) => live && setPage(() => component),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  useEffect(() => {
    if (Page) onShown();
  }, [Page]);
  if (Page) {
    if (render) return render(Page);
    const Loaded = Page as FunctionComponent<P>;
    return <Loaded {...props} />;
  }
  // Loading takes a moment; a page that could not load stays, so it keeps its heading.
  if (!failed) return <p role="status">{loadingText}</p>;
  const title = heading && <h1 tabIndex={-1}>{heading}</h1>;
  return (
    <>
      {title}
      <div role="alert" class="ltw-notification ltw-notification--warning">
        <p>{failedText}</p>
        <button
          type="button"
          class="ltw-button ltw-button--secondary"
          onClick={() => {
            if (attempt > 0 && reloadKeepsAnswers) return window.location.reload();
            setFailed(false);
            setAttempt((n) => n + 1);
          }}
        >
          {retryText}
        </button>
      </div>
    </>
  );
}
