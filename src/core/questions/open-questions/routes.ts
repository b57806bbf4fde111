/** Where a family can take a question still open at stage 5 (content/routes/<locale>.yaml). */
export const ROUTE_IDS = ['ask-team', 'complaint', 'ombudsman', 'inquest', 'legal-advice', 'advocate'] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

/** One route as a family reads it, resolved for the trust's nation, with the organisations that help. */
export interface RouteInfo {
  id: RouteId;
  name: string;
  what: string;
  timeLimit: string;
  organisations: { name: string; website: string; phone?: string }[];
}
