import type { RefObject } from 'preact';
import type { WizardT } from '../../i18n/create-wizard-translator';
import type { WizardContext, WizardEvent } from '../../wizard/machine';
import type { QuestionWords } from '../../i18n/wizard-words';

/** What every wizard page gets from the island: state in, events out, no storage and no actor. */
export interface PageProps {
  context: WizardContext;
  position: string;
  send: (event: WizardEvent) => void;
  t: WizardT;
  words: QuestionWords;
  locale: string;
  headingRef: RefObject<HTMLHeadingElement>;
  /** The URL of a position, for links that also work as links (new tab, copy address). */
  hrefFor: (position: string) => string;
}
