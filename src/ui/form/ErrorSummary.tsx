import type { RefObject } from 'preact';

export interface SummaryError {
  href: string;
  text: string;
}

interface Props {
  title: string;
  errors: readonly SummaryError[];
  summaryRef: RefObject<HTMLDivElement>;
}

/** GOV.UK error summary: focused when shown; each link moves focus to its field and shows its label. */
export function ErrorSummary({ title, errors, summaryRef }: Props) {
  if (errors.length === 0) return null;
  const goTo = (event: MouseEvent, href: string) => {
    const input = document.getElementById(href.slice(1));
    if (!input) return;
    event.preventDefault();
    const legend = input.closest('fieldset')?.querySelector('legend');
    const label = document.querySelector(`label[for="${input.id}"]`);
    (legend ?? label ?? input).scrollIntoView();
    input.focus({ preventScroll: true });
  };
  return (
    <div class="ltw-error-summary" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-title">
      {/* role=alert on an inner element so JAWS reads the summary when it appears */}
      <div role="alert">
        <h2 class="ltw-error-summary__title" id="error-summary-title">
          {title}
        </h2>
        <ul class="ltw-error-summary__list">
          {errors.map((error) => (
            <li key={error.href}>
              <a href={error.href} onClick={(event) => goTo(event, error.href)}>
                {error.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
