import { expect, it } from 'vitest';
import { runAxe } from '../helpers/axe';
import { browserSession } from '../helpers/session';

// The page checks only mean something if axe really reports problems; prove it on a page built to fail.
const session = browserSession();

it('axe reports missing labels, low contrast, a missing lang and tiny targets (WCAG 2.2 target-size)', async () => {
  const page = await session.page();
  await page.setContent(`<!doctype html><html><head><title>Broken</title></head><body><main>
    <h1>Broken</h1>
    <input type="text">
    <p style="color:#bbb;background:#fff">Pale text</p>
    <button style="width:10px;height:10px;padding:0;border:0" aria-label="A"></button>
    <button style="width:10px;height:10px;padding:0;border:0" aria-label="B"></button>
  </main></body></html>`);
  const ids = (await runAxe(page)).violations.map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(['label', 'color-contrast', 'html-has-lang', 'target-size']));
});
