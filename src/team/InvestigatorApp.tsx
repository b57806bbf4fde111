import { useMemo, useState } from 'preact/hooks';
import type { Translate } from '~/core/questions/types';
import type { ListedCase, TeamCaseStore } from '~/core/cases/case-store';
import type { SaveMode } from '~/core/store/types';
import type { InvestigatorChecklists } from '~/core/cases/checklists';
import type { Route } from './route';
import type { SummaryError } from '~/ui/form/ErrorSummary';
import { PageShell } from '~/ui/shell/PageShell';
import { usePageMemory } from '~/ui/shell/page-memory';
import { CaseList } from '~/team/case/CaseList';
import { NewCase } from '~/team/setup/NewCase';
import { SetupView } from '~/team/setup/SetupView';
import { CaseHome } from '~/team/case/CaseHome';
import { ContactLogView } from '~/team/case/ContactLogView';
import { DraftCommentsView } from '~/team/case/DraftCommentsView';
import { StageView } from '~/team/case/StageView';
import { FamiliesView, FamilyMemberView } from '~/team/family/FamilyView';
import { AgreementVersionsView } from '~/team/family/AgreementVersionsView';
import { forgetFile } from '~/browser/case-file-handles';
import { SaveNotice, noticeAfter, type SaveNoticeState } from './SaveNotice';
import { WorkingAsPrompt } from '~/team/people/WorkingAsPrompt';
import { WorkingAs } from '~/team/people/WorkingAs';
import { PaperEntryView } from '~/team/paper/PaperEntryView';
import { keepWorkingAs, readWorkingAs } from '~/browser/working-as';
import type { CaseViewProps, InvestigatorConfig, ViewProps } from './view-props';

export type { InvestigatorConfig };

interface Props extends InvestigatorConfig {
  t: Translate;
  store: TeamCaseStore;
  cases: ListedCase[];
  refresh: () => void;
  route: Route;
  go: (route: Route, replace?: boolean) => void;
  hrefFor: (route: Route) => string;
  canKeep: (mode: SaveMode) => boolean;
}

const NO_ERRORS: readonly SummaryError[] = [];

/** The team's area: the view for the route, each drawn in the page shell. */
export function InvestigatorApp(props: Props) {
  const { t, store, route, go, hrefFor } = props;
  const memory = usePageMemory();
  // Read once for the island: every view that shows a stage or a touchpoint uses them.
  const checklists = useMemo(() => JSON.parse(props.checklists) as InvestigatorChecklists, [props.checklists]);
  // What the last save of a case could not do (keep it where it was, or save at all), said on its pages.
  const [notice, setNotice] = useState<SaveNoticeState | null>(null);
  const shownNotice = notice && 'caseId' in route && route.caseId === notice.caseId ? notice : null;
  // Who is working in this tab: asked before a case opens (or a new one is made), kept in this tab only.
  const [workingAs, setWorkingAs] = useState(readWorkingAs);
  const changeWorkingAs = (name: string | undefined) => {
    keepWorkingAs(name);
    setWorkingAs(name);
  };
  const inCase = 'caseId' in route || route.view === 'new';
  const asking = inCase && !workingAs;
  const link = (to: Route) => ({
    href: hrefFor(to),
    onClick: (event: MouseEvent) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      go(to);
    },
  });
  const page: ViewProps['page'] = ({ heading, ownHeading, caption, errors = NO_ERRORS, back, taskList, children }) => (
    <PageShell
      memory={memory}
      pageKey={asking ? `${hrefFor(route)}#who` : hrefFor(route)}
      title={`${heading} - ${t('investigator:titleSuffix')}`}
      errorPrefix={t('ui:errorPrefix')}
      errorSummaryTitle={t('ui:errorSummaryTitle')}
      errors={errors}
      back={back && { ...('onClick' in back ? back : link(back)), text: t('ui:back'), label: t('ui:backNav') }}
      taskList={taskList}
    >
      {inCase && workingAs && <WorkingAs t={t} name={workingAs} onChange={() => changeWorkingAs(undefined)} />}
      {!ownHeading && caption && <span class="ltw-caption">{caption}</span>}
      {!ownHeading && (
        <h1 tabIndex={-1} ref={memory.headingRef}>
          {heading}
        </h1>
      )}
      <SaveNotice t={t} notice={shownNotice} />
      {children}
    </PageShell>
  );
  const view: ViewProps = {
    ...props,
    checklists,
    link,
    page,
    headingRef: memory.headingRef,
    focusHeading: memory.focusHeading,
  };

  if (route.view === 'cases') return <CaseList {...view} cases={props.cases} store={store} refresh={props.refresh} />;
  if (!workingAs) return <WorkingAsPrompt {...view} onName={changeWorkingAs} />;
  if (route.view === 'new') return <NewCase {...view} store={store} canKeep={props.canKeep} workingAs={workingAs} />;
  const stored = store.get(route.caseId);
  if (!stored)
    return page({
      heading: t('investigator:missing.title'),
      back: { view: 'cases' },
      // A browser that will not save keeps cases only on their page: never suggest this one was deleted.
      children: <p>{t(store.canSave('tab') ? 'investigator:missing.text' : 'investigator:missing.notKept')}</p>,
    });
  const caseProps: CaseViewProps = {
    ...view,
    stored,
    workingAs,
    save: (record) => {
      const result = store.save({ ...record, changedAt: new Date().toISOString() }, stored);
      setNotice((shown) => noticeAfter(result, stored.record.id, shown));
      props.refresh();
      return result.ok;
    },
    remove: () => {
      store.remove(stored.record.id);
      // Its file on the drive stays; this browser no longer saves to it.
      void forgetFile(stored.record.id);
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
      return <FamilyMemberView {...caseProps} familyId={route.familyId} />;
    case 'paper':
      return <PaperEntryView {...caseProps} />;
    case 'agreement':
      return <AgreementVersionsView {...caseProps} familyId={route.familyId} versionId={route.versionId} />;
  }
}
