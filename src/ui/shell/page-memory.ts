import { useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/**
 * What an island's page shell remembers from one page to the next: the page shown last, whether
 * the person has moved since the island started, and the h1 and error summary of the page on screen.
 * Kept by the island (usePageMemory), so it lasts while its pages come and go.
 */
export interface PageMemory {
  headingRef: RefObject<HTMLHeadingElement>;
  summaryRef: RefObject<HTMLDivElement>;
  /** The key of the page shown last; null before the first. */
  shown: string | null;
  /** True once the person has moved to another page (the first page is never focused). */
  moved: boolean;
  /** For content that arrives later (a page loaded on demand): focus its h1, unless nobody has moved yet. */
  focusHeading(): void;
}

export function usePageMemory(): PageMemory {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [memory] = useState(() => {
    const kept: PageMemory = {
      headingRef,
      summaryRef,
      shown: null,
      moved: false,
      focusHeading: () => {
        if (kept.moved) headingRef.current?.focus();
      },
    };
    return kept;
  });
  return memory;
}
