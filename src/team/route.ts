import { STAGE_NUMBERS } from '~/core/journey/schema';

/*
 * Where the team is in their area, as a typed route and its one text form (the query string), so the
 * browser's Back button, a reload and a bookmark all land on the same page.
 */
export type Route =
  | { view: 'cases' }
  | { view: 'new' }
  | { view: 'setup'; caseId: string; step: string }
  | { view: 'case'; caseId: string }
  | { view: 'stage'; caseId: string; stage: number }
  | { view: 'log'; caseId: string }
  | { view: 'comments'; caseId: string }
  | { view: 'families'; caseId: string }
  | { view: 'paper'; caseId: string }
  | { view: 'family'; caseId: string; familyId: string }
  | { view: 'agreement'; caseId: string; familyId: string; versionId?: string };

const ID = /^[a-z0-9-]{4,40}$/;
const STEP = /^[a-z0-9-]{1,60}$/;

export function routeFromSearch(search: string): Route {
  const q = new URLSearchParams(search);
  const view = q.get('view');
  const caseId = q.get('case') ?? '';
  if (view === 'new') return { view: 'new' };
  if (!ID.test(caseId)) return { view: 'cases' };
  const familyId = q.get('family') ?? '';
  switch (view) {
    case 'setup': {
      const step = q.get('step') ?? '';
      return STEP.test(step) ? { view, caseId, step } : { view: 'case', caseId };
    }
    case 'case':
    case 'log':
    case 'comments':
    case 'families':
    case 'paper':
      return { view, caseId };
    case 'stage': {
      const stage = Number(q.get('stage'));
      return STAGE_NUMBERS.includes(stage) ? { view, caseId, stage } : { view: 'case', caseId };
    }
    case 'family':
      return ID.test(familyId) ? { view, caseId, familyId } : { view: 'case', caseId };
    case 'agreement': {
      const versionId = q.get('version') ?? '';
      if (!ID.test(familyId)) return { view: 'case', caseId };
      return ID.test(versionId) ? { view, caseId, familyId, versionId } : { view, caseId, familyId };
    }
    default:
      return { view: 'cases' };
  }
}

export function searchFor(route: Route): string {
  const q = new URLSearchParams();
  if (route.view !== 'cases') q.set('view', route.view);
  if ('caseId' in route) q.set('case', route.caseId);
  if (route.view === 'setup') q.set('step', route.step);
  if (route.view === 'stage') q.set('stage', String(route.stage));
  if ('familyId' in route) q.set('family', route.familyId);
  if (route.view === 'agreement' && route.versionId) q.set('version', route.versionId);
  const text = q.toString();
  return text ? `?${text}` : '';
}

export const sameRoute = (a: Route, b: Route) => searchFor(a) === searchFor(b);
