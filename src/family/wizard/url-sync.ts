import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { AnyActorRef } from 'xstate';
import { FAMILY } from '~/core/journey/family';
import { encodePosition, type Position } from '~/core/journey/position';
import type { WizardContext } from '~/core/journey/machine';

/** The position the address bar asks for (?step=...), if it names a page of the journey. */
export const positionFromUrl = (): Position | undefined =>
  FAMILY.decode(new URLSearchParams(window.location.search).get('step'));

export const hrefFor = (position: Position) =>
  `${window.location.pathname}?step=${encodeURIComponent(encodePosition(position))}`;

/**
 * Mirrors the machine's position in the URL (?step=...) so the browser's Back button, reload and
 * bookmarks agree with the on-page Back link. A popstate becomes GO_TO; if the requested page does
 * not apply, the URL is corrected in place (replaceState) so Back does not bounce.
 * The address changes in the same commit as the page (a layout effect, not a later effect), so a
 * Back pressed the moment a new question shows returns to the question before it.
 */
export function useUrlSync(actor: AnyActorRef, position: Position) {
  const first = useRef(true);
  const step = encodePosition(position);
  useLayoutEffect(() => {
    if (new URLSearchParams(window.location.search).get('step') === step) return;
    if (first.current) window.history.replaceState(null, '', hrefFor(position));
    else window.history.pushState(null, '', hrefFor(position));
  }, [step]);
  useEffect(() => {
    first.current = false;
  }, []);
  useEffect(() => {
    const onPopState = () => {
      actor.send({ type: 'GO_TO', position: positionFromUrl() ?? { page: 'task-list' } });
      const now = (actor.getSnapshot() as { context: WizardContext }).context.position;
      if (new URLSearchParams(window.location.search).get('step') !== encodePosition(now)) {
        window.history.replaceState(null, '', hrefFor(now));
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [actor]);
}
