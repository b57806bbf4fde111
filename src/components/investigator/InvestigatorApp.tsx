import { useState } from 'preact/hooks';
import type { Translate } from '../../question-types/types';
import type { CaseMode, CaseStore, ListedCase, StoredCase } from '../../cases/case-store';
import type { CaseRecord } from '../../cases/record';
import type { Route } from '../../islands/investigator-route';
import type { SummaryError } from '../form/ErrorSummary';
import { usePageFocus } from '../hooks/use-page-focus';
import { CaseList } from './CaseList';
import { NewCase } from './NewCase';
import { SetupView } from './SetupView';
import { CaseHome } from './CaseHome';
import { ContactLogView } from './ContactLogView';
import { DraftCommentsView } from './DraftCommentsView';
import { StageView } from './StageView';
import { FamiliesView, FamilyView } from './FamilyView';
import { AgreementVersionsView } from './AgreementVersionsView';
import { InvestigatorPage } from './InvestigatorPage';

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
    children: preact.ComponentChildren;
  }) => preact.JSX.Element;
  setErrors: (errors: SummaryError[]) => void;
  /** The h1 of a page that draws its own (a question's legend). */
  headingRef: preact.RefObject<HTMLHeadingElement>;
}

export interface CaseViewProps extends ViewProps {
  stored: StoredCase;
  /** Saves a changed case where it is kept; false when the browser would not keep it. */
  save: (record: CaseRecord, mode?: CaseMode) => boolean;
  /** Deletes this case from this device. */
  remove: () => void;
}

interface Props extends InvestigatorConfig {
  t: Translate;
  store: CaseStore;
  cases: ListedCase[];
  refresh: () => void;
  route: Route;
  go: (route: Route, replace?: boolean) => void;
  hrefFor: (route: Route) => string;
  canKeep: (mode: CaseMode) => boolean;
}

export function InvestigatorApp(props: Props) {
  const { t, store, route, go, hrefFor } = props;
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [title, setTitle] = useState(t('investigator:title'));
  const key = hrefFor(route);
  const { headingRef, summaryRef } = usePageFocus(key, errors as never, title, t('errorPrefix'));
  const link = (to: Route) => ({
    href: hrefFor(to),
    onClick: (event: MouseEvent) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      setErrors([]);
      go(to);
    },
  });
  const page: ViewProps['page'] = ({ heading, ownHeading, caption, errors: shown = errors, back, children }) => {
    const full = `${heading} - ${t('investigator:titleSuffix')}`;
    if (full !== title) queueMicrotask(() => setTitle(full));
    // A view's own errors become the page's: "Error:" in the title, and focus on the summary.
    if (JSON.stringify(shown) !== JSON.stringify(errors)) queueMicrotask(() => setErrors(shown));
    return (
      <InvestigatorPage
        headingRef={headingRef}
        summaryRef={summaryRef}
        heading={heading}
        ownHeading={ownHeading}
        caption={caption}
        errorTitle={t('errorSummaryTitle')}
        errors={shown}
        back={back ? { ...('onClick' in back ? back : link(back)), text: t('back'), label: t('backNav') } : undefined}
      >
        {children}
      </InvestigatorPage>
    );
  };
  const view: ViewProps = {
    ...props,
    link,
    page,
    setErrors,
    headingRef,
    go: (r, replace) => (setErrors([]), go(r, replace)),
  };

  if (route.view === 'cases') return <CaseList {...view} cases={props.cases} store={store} refresh={props.refresh} />;
  if (route.view === 'new') return <NewCase {...view} store={store} canKeep={props.canKeep} />;
  const stored = store.get(route.caseId);
  if (!stored)
    return page({
      heading: t('investigator:missing.title'),
      back: { view: 'cases' },
      children: <p>{t('investigator:missing.text')}</p>,
    });
  const caseProps: CaseViewProps = {
    ...view,
    stored,
    save: (record, mode = stored.mode) => {
      const ok = store.save({ ...record, changedAt: new Date().toISOString() }, mode, new Date());
      props.refresh();
      return ok;
    },
    remove: () => {
      store.remove(stored.record.id);
      props.refresh();
    },
  };
  switch (route.view) {
    case 'setup':
      return <SetupView {...caseProps} step={route.step} />;
    case 'case':
      return <CaseHome {...caseProps} />;
    case 'stage':
      return <StageView {...caseProps} stage={route.stage} />;
    case 'log':
      return <ContactLogView {...caseProps} />;
    case 'comments':
      return <DraftCommentsView {...caseProps} />;
    case 'families':
      return <FamiliesView {...caseProps} />;
    case 'family':
      return <FamilyView {...caseProps} familyId={route.familyId} />;
    case 'agreement':
      return <AgreementVersionsView {...caseProps} familyId={route.familyId} versionId={route.versionId} />;
  }
}
