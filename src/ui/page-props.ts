import type { RefObject } from 'preact';
import type { QuestionWords } from '~/core/questions/question-words';
import type { Translate } from '~/core/questions/types';
import type { WizardContext, WizardEvent } from '~/core/journey/machine';
import type { FamilyPosition } from '~/core/journey/family';
import type { Position } from '~/core/journey/position';
import type { Signpost } from '~/core/journey/signposts';

/** What every wizard page gets from the island: state in, events out, no storage and no actor. */
export interface PageProps {
  context: WizardContext;
  send: (event: WizardEvent) => void;
  t: Translate;
  words: QuestionWords;
  locale: string;
  headingRef: RefObject<HTMLHeadingElement>;
  /** The URL of a position, for links that also work as links (new tab, copy address). */
  hrefFor: (position: Position) => string;
  /** Where the site's pages are: /en/ */
  siteBase: string;
  /** The answers are being kept on this device right now (saving is chosen and working). */
  savedOnDevice: boolean;
  /** Help to suggest from what the person said (content/signposts.yaml, for the trust's nation). */
  signposts: readonly Signpost[];
  /** The support organisations page. */
  supportHref: string;
  /** Questions whose saved answer could not be used: each says so, and asks again, until answered. */
  couldNotRead?: readonly string[];
}

/** A link to another wizard page that moves the machine instead of loading the page again. */
export function pageLink(props: Pick<PageProps, 'send' | 'hrefFor'>, position: FamilyPosition | Position) {
  return {
    href: props.hrefFor(position),
    onClick: (event: MouseEvent) => {
      // Let people open it in a new tab or window as with any link.
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      props.send({ type: 'GO_TO', position });
    },
  };
}
