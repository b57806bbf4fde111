import type { Nation } from '~/config/trust-schema';
import type { Locale } from '~/i18n/locales';
import { routesFor as loadRoutes, supportOrganisations } from './data';
import { ROUTE_IDS, type RouteInfo } from '~/core/questions/open-questions/routes';

export type { RouteInfo };

/** The routes for a nation, in the file's order of ids: the nation's own words, or the UK-wide ones. */
export function nextRoutes(locale: Locale, nation: Nation): RouteInfo[] {
  const entries = loadRoutes(locale);
  const organisations = new Map(supportOrganisations(locale).map((o) => [o.id, o]));
  return ROUTE_IDS.flatMap((id) => {
    const forId = entries.filter((e) => e.id === id);
    const entry = forId.find((e) => e.nations.includes(nation)) ?? forId.find((e) => e.nations.includes('uk'));
    if (!entry) return [];
    return [
      {
        id,
        name: entry.name,
        what: entry.what,
        timeLimit: entry.timeLimit,
        organisations: (entry.organisations ?? []).flatMap((o) => {
          const found = organisations.get(o);
          if (!found) throw new Error(`content/routes: no organisation "${o}" in content/support`);
          return [{ name: found.name, website: found.website, ...(found.phone ? { phone: found.phone } : {}) }];
        }),
      },
    ];
  });
}
