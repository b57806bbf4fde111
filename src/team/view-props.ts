import type { ComponentChildren, JSX, RefObject } from 'preact';
import type { Translate } from '~/core/questions/types';
import type { StoredCase } from '~/core/cases/case-store';
import type { InvestigatorChecklists } from '~/core/cases/checklists';
import type { CaseRecord } from '~/core/cases/record';
import type { SummaryError } from '~/ui/form/ErrorSummary';
import type { ShellLink } from '~/ui/shell/PageShell';
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

export interface ViewProps extends Omit<InvestigatorConfig, 'checklists'> {
  t: Translate;
  /** The stage checklists, read once for the island. */
  checklists: InvestigatorChecklists;
  go: (route: Route, replace?: boolean) => void;
  hrefFor: (route: Route) => string;
  /** A link that moves within the area without loading the page again. */
  link: (route: Route) => { href: string; onClick: (event: MouseEvent) => void };
  /** Draws the view in the page shell: its title, back link, error summary and h1. */
  page: (props: {
    heading: string;
    /** The view draws its own h1 (a question's legend, a checklist): `heading` only names the page. */
    ownHeading?: boolean;
    caption?: string;
    /** The same list until a submit finds problems (kept in state, not made while rendering). */
    errors?: readonly SummaryError[];
    /** Where Back goes: a page of this area, or a step back in the setup machine. */
    back?: Route | ShellLink;
    /** "Back to the case" under a setup question. */
    taskList?: ShellLink & { text: string; saved?: string };
    children: ComponentChildren;
  }) => JSX.Element;
  /** The h1 of a page that draws its own (a question's legend). */
  headingRef: RefObject<HTMLHeadingElement>;
  /** For an h1 that arrives later (a question loaded on demand): focused if the person moved here. */
  focusHeading: () => void;
}

export interface CaseViewProps extends ViewProps {
  stored: StoredCase;
  /** Who is working in this tab: the name recorded beside what they add or change (not a signature). */
  workingAs: string;
  /**
   * Saves a changed case where it is kept (merged with another tab's changes; somewhere that keeps less
   * when that storage will not, and the page says so); false when it was not kept at all.
   */
  save: (record: CaseRecord) => boolean;
  /** Deletes this case from this device. */
  remove: () => void;
}
