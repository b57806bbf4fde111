import { useEffect } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { ErrorSummary, type SummaryError } from '~/ui/form/ErrorSummary';
import type { PageMemory } from './page-memory';

/** A link that moves within the island (it still works as a link: new tab, copy address). */
export interface ShellLink {
  href: string;
  onClick: (event: MouseEvent) => void;
}

export interface PageShellProps {
  memory: PageMemory;
  /** Names the page; a new key is a new page, whose h1 takes focus. Null while the island still loads. */
  pageKey: string | null;
  /** The document title without "Error: "; none leaves the page's own title as it is. */
  title?: string;
  errorPrefix: string;
  errorSummaryTitle: string;
  /**
   * The page's problems, for the error summary. A new list means a submit found problems, and the
   * summary takes focus: pass the same list (state, not one made while rendering) until then.
   */
  errors: readonly SummaryError[];
  back?: ShellLink & { text: string; label: string };
  /** "Return to your task list" under the page, and whether answers are being kept as the person goes. */
  taskList?: ShellLink & { text: string; saved?: string };
  /** Inside the layout's own <main> (a page with no back link): the shell then draws no <main>. */
  inLayoutMain?: boolean;
  /** Attributes of the page's <main> (data-position...). */
  mainData?: Record<`data-${string}`, string>;
  /** Messages about the whole island (saving problems), after the error summary. */
  notices?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * One page's anatomy on every island: the back link before <main> (so the skip link passes it), the
 * error summary first inside <main>, then the page (whose h1 carries `memory.headingRef`). Names the page in the document title, with
 * "Error: " first when there is a problem (WCAG 2.4.2, 3.3.1); after a page change moves focus to
 * its h1 (never on first load, which would skip the page's top for screen reader users), and after a
 * failed submit to the error summary.
 */
export function PageShell(props: PageShellProps) {
  const { memory, pageKey, title, errors, errorPrefix } = props;
  const failed = errors.length > 0;
  useEffect(() => {
    if (title !== undefined) document.title = failed ? `${errorPrefix} ${title}` : title;
  }, [title, failed, errorPrefix]);
  useEffect(() => {
    if (failed) memory.summaryRef.current?.focus();
  }, [errors]);
  useEffect(() => {
    if (pageKey === null || pageKey === memory.shown) return;
    const first = memory.shown === null;
    memory.shown = pageKey;
    if (first) return;
    memory.moved = true;
    if (!failed) memory.headingRef.current?.focus();
  }, [pageKey]);

  const { back, taskList } = props;
  const content = (
    <>
      <ErrorSummary title={props.errorSummaryTitle} errors={errors} summaryRef={memory.summaryRef} />
      {props.notices}
      {props.children}
      {taskList && (
        <div class="ltw-stop-links ltw-no-print">
          {taskList.saved && <p class="ltw-stop-links__saved">{taskList.saved}</p>}
          <p>
            <a href={taskList.href} onClick={taskList.onClick}>
              {taskList.text}
            </a>
          </p>
        </div>
      )}
    </>
  );
  if (props.inLayoutMain) return content;
  return (
    <>
      {back && (
        <nav class="ltw-back-nav ltw-no-print" aria-label={back.label}>
          <a class="ltw-back-link" href={back.href} onClick={back.onClick}>
            {back.text}
          </a>
        </nav>
      )}
      <main class="ltw-main" id="main-content" tabIndex={-1} {...props.mainData}>
        {content}
      </main>
    </>
  );
}
