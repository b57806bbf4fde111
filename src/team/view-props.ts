import type { ComponentChildren, JSX, RefObject } from 'preact';
import type { Translate } from '~/core/questions/types';
import type { StoredCase } from '~/core/cases/case-store';
import type { CaseRecord } from '~/core/cases/record';
import type { SummaryError } from '~/ui/form/ErrorSummary';
import type { Route } from './route';

/** What the page gives the team's area from the build: the trust's settings and where the other pages are. */
export interface InvestigatorConfig {
  /** The site locale (en, cy...), for links to its pages. */
  locale: string;
  lang: string;
  /** The trust's name: the organisation a new case starts with. */
  organisation: string;
  pals: { name: string; contact: string };
  supportUrl: string;
  /** Where a family link opens: /en/from-your-team/ */
  familyLinkPath: string;
  /** The printable letter: /en/investigator/letter/ */
  letterPath: string;
  /** The guidance for investigators. */
  guidanceUrl: string;
  /** The stage checklists (content/investigator/<locale>.yaml), as JSON. */
  checklists: string;
}

export interface ViewProps extends InvestigatorConfig {
  t: Translate;
  go: (route: Route, replace?: boolean) => void;
  hrefFor: (route: Route) => string;
  /** A link that moves within the area without loading the page again. */
  link: (route: Route) => { href: string; onClick: (event: MouseEvent) => void };
  /** Focused when the page changes; every view puts it on its h1. */
  page: (props: {
    heading: string;
    ownHeading?: boolean;
    caption?: string;
    errors?: SummaryError[];
    /** Where Back goes: a page of this area, or a step back in the setup machine. */
    back?: Route | { href: string; onClick: (event: MouseEvent) => void };
    children: ComponentChildren;
  }) => JSX.Element;
  setErrors: (errors: SummaryError[]) => void;
  /** The h1 of a page that draws its own (a question's legend). */
  headingRef: RefObject<HTMLHeadingElement>;
}

export interface CaseViewProps extends ViewProps {
  stored: StoredCase;
  /**
   * Saves a changed case where it is kept (merged with another tab's changes; somewhere that keeps less
   * when that storage will not, and the page says so); false when it was not kept at all.
   */
  save: (record: CaseRecord) => boolean;
  /** Deletes this case from this device. */
  remove: () => void;
}
