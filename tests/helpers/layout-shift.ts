import type { Page } from 'playwright-core';

/** Each layout shift the browser saw since the page opened, with what moved (buffered: none is missed). */
export const layoutShifts = (page: Page) =>
  page.evaluate(() => {
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: 'layout-shift', buffered: true });
    type Shift = PerformanceEntry & { value: number; sources: { node?: Node }[] };
    return (observer.takeRecords() as Shift[]).map((shift) => ({
      value: shift.value,
      moved: shift.sources.map((source) => (source.node as Element | undefined)?.className ?? ''),
    }));
  });
