import { createContext } from 'preact';
import type { RouteInfo } from '../../content/routes';

/**
 * Where questions still open can be taken, for the trust's nation (content/routes), as the JSON the page
 * was built with. Kept as text until a page shows it, so the wizard's first load does not parse it.
 */
export const RoutesContext = createContext<string>('[]');

export const parseRoutes = (json: string): RouteInfo[] => {
  try {
    const routes: unknown = JSON.parse(json);
    return Array.isArray(routes) ? (routes as RouteInfo[]) : [];
  } catch {
    return [];
  }
};
