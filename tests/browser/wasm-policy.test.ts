import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { browserSession } from '../helpers/session';
import { cspViolations } from '../helpers/csp';

/*
 * HarfBuzz, which shapes writing such as Arabic, Urdu and Bengali for the PDF, is WebAssembly. Each page's
 * own policy decides whether it may run: the pages that make PDFs allow it ('wasm-unsafe-eval'), the others
 * refuse it. Proven in Chromium with the real file, on the built pages as served.
 */

const baseUrl = inject('baseUrl');
const session = browserSession();
const require = createRequire(import.meta.url);
const harfbuzzWasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz.wasm')).toString('base64');

/**
 * Compiles and instantiates HarfBuzz's WebAssembly in the page (its imports stubbed): what happened, in words,
 * and the policy violations the page reported.
 */
async function instantiateHarfBuzz(path: string): Promise<{ outcome: string; violations: string[] }> {
  const page = await session.page();
  await page.goto(baseUrl + path, { waitUntil: 'load' });
  const outcome = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    try {
      const module = await WebAssembly.compile(bytes);
      const imports: Record<string, Record<string, () => number>> = {};
      for (const { module: from, name } of WebAssembly.Module.imports(module)) (imports[from] ??= {})[name] = () => 0;
      const instance = await WebAssembly.instantiate(module, imports);
      return 'hb_shape' in instance.exports ? 'instantiated' : 'instantiated without hb_shape';
    } catch (error) {
      return `refused: ${String(error)}`;
    }
  }, harfbuzzWasm);
  return { outcome, violations: await cspViolations(page) };
}

describe("HarfBuzz's WebAssembly under each page's Content Security Policy", () => {
  it.each(['/en/wizard/', '/cy/wizard/', '/en/investigator/'])('runs on %s, which makes PDFs', async (path) => {
    expect(await instantiateHarfBuzz(path)).toEqual({ outcome: 'instantiated', violations: [] });
  });

  it.each(['/en/', '/en/from-your-team/', '/en/investigator/letter/', '/en/privacy/'])(
    'is refused on %s, which makes no PDF',
    async (path) => {
      const { outcome, violations } = await instantiateHarfBuzz(path);
      expect(outcome).toMatch(/^refused: CompileError: .*violates the following Content Security policy directive/);
      expect(violations).toEqual([expect.stringMatching(/^script-src/)]);
    },
  );
});
