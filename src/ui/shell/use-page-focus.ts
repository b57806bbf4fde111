import { useEffect, useRef } from 'preact/hooks';
import type { FieldError } from '~/core/questions/types';

/**
 * After every page change, move focus to the new h1 (never on first load, which would skip the page's
 * top for screen reader users); after a failed Continue, move it to the error summary. Also names the
 * page in the document title, with "Error: " first when there is a problem (WCAG 2.4.2, 3.3.1).
 */
export function usePageFocus(position: string, errors: FieldError[], title: string, errorPrefix: string) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const lastPosition = useRef<string | null>(null);
  const hasMoved = useRef(false);

  useEffect(() => {
    document.title = errors.length ? `${errorPrefix} ${title}` : title;
  }, [title, errors, errorPrefix]);

  useEffect(() => {
    if (errors.length) summaryRef.current?.focus();
  }, [errors]);

  useEffect(() => {
    const first = lastPosition.current === null;
    const changed = lastPosition.current !== position;
    lastPosition.current = position;
    if (!first && changed) hasMoved.current = true;
    if (!first && changed && !errors.length) headingRef.current?.focus();
  }, [position]);

  /** For content that arrives later (a lazily loaded page): focus its heading, unless nobody has moved yet. */
  const focusHeading = () => {
    if (hasMoved.current) headingRef.current?.focus();
  };
  return { headingRef, summaryRef, focusHeading };
}
