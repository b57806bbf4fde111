// The team's area reads answers of every type (cases, files, the family's answers): all their rules at once.
import '~/core/questions/all-rules';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { keepPlaceOnLanguageSwitch } from '~/browser/language-switch';
import { createFormatter, type Messages } from '~/i18n/messages';
import { createTeamCaseStore, type ListedCase, type TeamCaseStore } from '~/core/cases/case-store';
import type { SaveMode } from '~/core/store/types';
import { browserBackends } from '~/browser/storage-backends';
import { InvestigatorApp, type InvestigatorConfig } from './InvestigatorApp';
import { routeFromSearch, searchFor, type Route } from './route';

export interface InvestigatorIslandProps extends InvestigatorConfig {
  loadingTitle: string;
  /** This locale's wizard and investigator strings, as JSON (src/i18n/investigator-resources.ts). */
  messages: string;
}

function openCaseStore(): TeamCaseStore {
  return createTeamCaseStore(browserBackends());
}

/**
 * The investigation team's area: their cases on this device, each set up with the same question types
 * and machine as the family's wizard, and the link, letter, checklists, contact log and agreements
 * made from them. Owns the URL (one route per page) and the case store; the views only render.
 */
export default function InvestigatorIsland({ loadingTitle, messages, ...config }: InvestigatorIslandProps) {
  // The header's language links take this page's place (?view=, #...) along.
  useEffect(() => keepPlaceOnLanguageSwitch(), []);
  const t = useMemo(() => createFormatter(config.lang, JSON.parse(messages) as Messages), [messages]);
  const store = useMemo(openCaseStore, []);
  const [route, setRoute] = useState<Route | null>(null);
  const [cases, setCases] = useState<ListedCase[]>([]);
  useEffect(() => {
    setCases(store.list());
    setRoute(routeFromSearch(location.search));
    const onPop = () => {
      setCases(store.list());
      setRoute(routeFromSearch(location.search));
    };
    // Another tab saved or deleted a case: every page reads the store again, so none shows (or saves
    // over) what is no longer there.
    const onStorage = (event: StorageEvent) => {
      if (store.concerns(event.key)) setCases(store.list());
    };
    // Back or Forward brought this page out of the back-forward cache as it was: read everything again,
    // so a case deleted meanwhile is not shown (not every browser hands a restored page the storage
    // events it missed).
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) setCases(store.list());
    };
    addEventListener('popstate', onPop);
    addEventListener('storage', onStorage);
    addEventListener('pageshow', onPageShow);
    return () => {
      removeEventListener('popstate', onPop);
      removeEventListener('storage', onStorage);
      removeEventListener('pageshow', onPageShow);
    };
  }, []);
  if (!route)
    return (
      <main class="ltw-main" id="main-content" tabIndex={-1}>
        <h1>{loadingTitle}</h1>
        <p class="ltw-loading">{t('ui:loading')}</p>
      </main>
    );
  const go = (next: Route, replace = false) => {
    const url = `${location.pathname}${searchFor(next)}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    setCases(store.list());
    setRoute(next);
  };
  return (
    <InvestigatorApp
      {...config}
      t={t}
      store={store}
      cases={cases}
      refresh={() => setCases(store.list())}
      route={route}
      go={go}
      hrefFor={(r) => `${location.pathname}${searchFor(r)}`}
      canKeep={(mode: SaveMode) => store.canSave(mode)}
    />
  );
}
