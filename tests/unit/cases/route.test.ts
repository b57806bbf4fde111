import { describe, expect, it } from 'vitest';
import { routeFromSearch, searchFor, type Route } from '~/team/route';

describe("the team area's routes", () => {
  it.each<Route>([
    { view: 'cases' },
    { view: 'new' },
    { view: 'setup', caseId: 'abcd1234', step: 'check-case-setup' },
    { view: 'case', caseId: 'abcd1234' },
    { view: 'stage', caseId: 'abcd1234', stage: 3 },
    { view: 'log', caseId: 'abcd1234' },
    { view: 'families', caseId: 'abcd1234' },
    { view: 'paper', caseId: 'abcd1234' },
    { view: 'family', caseId: 'abcd1234', familyId: 'member01' },
    { view: 'agreement', caseId: 'abcd1234', familyId: 'member01', versionId: 'version1' },
  ])('%o survives the address bar', (route) => {
    expect(routeFromSearch(searchFor(route))).toEqual(route);
  });

  it.each([
    ['?view=case&case=<script>', { view: 'cases' }],
    ['?view=stage&case=abcd1234&stage=9', { view: 'case', caseId: 'abcd1234' }],
    ['?view=family&case=abcd1234&family=../../x', { view: 'case', caseId: 'abcd1234' }],
    ['?view=nonsense&case=abcd1234', { view: 'cases' }],
  ])('a mangled address %s lands somewhere safe', (search, route) => {
    expect(routeFromSearch(search)).toEqual(route);
  });
});
