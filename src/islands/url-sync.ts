import { useEffect, useRef } from 'preact/hooks';
import type { AnyActorRef } from 'xstate';

export const stepFromUrl = (): string | null => new URLSearchParams(window.location.search).get('step');

/**
 * Mirrors the machine's position in the URL (?step=...) so the browser's Back button, reload and
 * bookmarks agree with the on-page Back link. A popstate becomes GO_TO; if the requested page does
 * not apply, the URL is corrected in place (replaceState) so Back does not bounce.
 */
export function useUrlSync(actor: AnyActorRef, position: string, hrefFor: (position: string) => string) {
  const first = useRef(true);
  useEffect(() => {
    if (stepFromUrl() === position) return;
    const href = hrefFor(position);
    if (first.current) window.history.replaceState(null, '', href);
    else window.history.pushState(null, '', href);
  }, [position]);
  useEffect(() => {
    first.current = false;
  }, []);
  useEffect(() => {
    const onPopState = () => {
      actor.send({ type: 'GO_TO', position: stepFromUrl() ?? 'hub' });
      const now = actor.getSnapshot().value as string;
      if (stepFromUrl() !== now) window.history.replaceState(null, '', hrefFor(now));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [actor]);
}
