/*
 * What loads after the first page, fetched ahead when the browser is idle so it works offline too:
 * every page's own (from the page views), the parts pages load later, and the question components.
 */
import { COMPONENT_LOADERS } from '~/ui/questions/components';
import { loadMoveAnswers, loadNextUpdate } from '~/family/pages/task-list-parts';
import { loadReadAloudPlayer } from '~/family/read-aloud/ReadAloudSlot';
import { PAGE_VIEWS } from './page-views';
import type { PageView } from './view-types';

/** Only when two tabs changed the same answer. */
export const loadConflictPanel = () => import('./ConflictPanel').then((m) => m.ConflictPanel);

export const LAZY_PAGES = [
  ...Object.values(PAGE_VIEWS).flatMap((view: PageView) => view.loads ?? []),
  loadConflictPanel,
  loadMoveAnswers,
  loadNextUpdate,
  loadReadAloudPlayer,
  ...COMPONENT_LOADERS,
];
