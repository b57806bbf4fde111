import type { ComponentChildren, RefObject } from 'preact';
import { ErrorSummary, type SummaryError } from '~/ui/form/ErrorSummary';

interface Props {
  headingRef: RefObject<HTMLHeadingElement>;
  summaryRef: RefObject<HTMLDivElement>;
  heading: string;
  /** The page's own content carries the h1 (a question page's legend): `heading` only names the page. */
  ownHeading?: boolean;
  caption?: string;
  errorTitle: string;
  errors?: SummaryError[];
  back?: { href: string; text: string; label: string; onClick: (event: MouseEvent) => void };
  children: ComponentChildren;
}

/** One page of the team's area: a back link before <main>, the error summary first inside it, then the h1. */
export function InvestigatorPage(props: Props) {
  const { headingRef, summaryRef, heading, caption, errorTitle, errors = [], back, children } = props;
  return (
    <>
      {back && (
        // Before <main>, so the skip link passes it; in a small nav so it still sits in a landmark.
        <nav class="ltw-back-nav ltw-no-print" aria-label={back.label}>
          <a class="ltw-back-link" href={back.href} onClick={back.onClick}>
            {back.text}
          </a>
        </nav>
      )}
      <main class="ltw-main" id="main-content" tabIndex={-1}>
        <ErrorSummary title={errorTitle} errors={errors} summaryRef={summaryRef} />
        {!props.ownHeading && caption && <span class="ltw-caption">{caption}</span>}
        {!props.ownHeading && (
          <h1 tabIndex={-1} ref={headingRef}>
            {heading}
          </h1>
        )}
        {children}
      </main>
    </>
  );
}
