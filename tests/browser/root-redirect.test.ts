import { expect, inject, it } from 'vitest';
import { browserSession } from '../helpers/session';
import { RESOURCES } from '~/i18n/create-translator';

const COMMON = { cy: RESOURCES.cy.common };

const baseUrl = inject('baseUrl');
const session = browserSession();

it('sends people who open / to the English home page', async () => {
  const page = await session.page();
  await page.goto(baseUrl + '/');
  await page.waitForURL(baseUrl + '/en/');
  expect(await page.locator('h1').textContent()).toBeTruthy();
});

it('shows the not-found page, with a way home, for an address that does not exist', async () => {
  const page = await session.page();
  const response = await page.goto(baseUrl + '/en/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).resolves.toBe('/en/');
  // It says so in Welsh too, marked as Welsh, with the way to the Welsh home page.
  const welsh = page.locator('main [lang="cy-GB"]');
  expect(await welsh.locator('h2').innerText()).toBe(COMMON.cy.notFound.title);
  expect(await welsh.locator('a').getAttribute('href')).toBe('/cy/');
});
