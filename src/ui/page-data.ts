import type { RouteInfo } from '~/core/questions/open-questions/routes';

/**
 * Where questions still open can be taken, for the trust's nation (content/routes), as the wizard page
 * was built with it (a data attribute beside the wizard). Read only by the page that shows it, so the
 * wizard's first load carries none of it. Empty when the page does not have it.
 */
export function pageRoutes(): RouteInfo[] {
  try {
    const routes: unknown = JSON.parse(document.getElementById('ltw-routes')?.dataset.routes ?? '[]');
    return Array.isArray(routes) ? (routes as RouteInfo[]) : [];
  } catch {
    return [];
  }
}
