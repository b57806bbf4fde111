import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REPO_ROOT } from '../../helpers/paths';
import { loadComplexScripts } from '~/browser/complex-scripts';
import { ScriptFilesUnavailable } from '~/browser/script-files-unavailable';

/* What the PDF fetches for writing its own font cannot draw: only what the text needs, only when asked. */

const requested: string[] = [];
/** Serves the addresses Vite gives `?url` imports from the files they name, counting each request. */
function serveFiles(fail?: RegExp) {
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    if (fail?.test(url)) throw new TypeError('Failed to fetch');
    const path = url.startsWith('/@fs/') ? url.slice('/@fs'.length) : join(REPO_ROOT, url);
    return new Response(readFileSync(path.split('?')[0]!));
  });
}
const named = (pattern: RegExp) => requested.filter((url) => pattern.test(url));
afterEach(() => {
  requested.length = 0;
  vi.unstubAllGlobals();
});

describe('loadComplexScripts', () => {
  it('fetches nothing, and says nothing, for text the PDF’s own font draws', async () => {
    serveFiles();
    const fetching = vi.fn();
    expect(await loadComplexScripts({ fonts: [], shaping: false }, fetching)).toBeUndefined();
    expect(requested).toEqual([]);
    expect(fetching).not.toHaveBeenCalled();
  });

  it('fetches HarfBuzz and the Arabic font in both weights, and nothing else, for an Arabic name', async () => {
    serveFiles();
    const fetching = vi.fn();
    const scripts = await loadComplexScripts({ fonts: ['arabic'], shaping: true }, fetching);
    expect(fetching).toHaveBeenCalledOnce();
    expect(requested.map((url) => url.replace(/^.*\//, '')).sort()).toEqual([
      'NotoNaskhArabic_400Regular.ttf',
      'NotoNaskhArabic_700Bold.ttf',
      'harfbuzz.wasm',
    ]);
    expect(Object.keys(scripts!.fonts)).toEqual(['arabic']);
    // The fonts are the TrueType files themselves, and HarfBuzz shapes with them: "محمد" joins into 4 glyphs.
    const { regular, bold } = scripts!.fonts.arabic!;
    expect([...regular.slice(0, 4)]).toEqual([0, 1, 0, 0]);
    expect(bold!.length).toBeGreaterThan(1000);
    const { harfbuzz } = scripts!;
    const font = new harfbuzz.Font(new harfbuzz.Face(new harfbuzz.Blob(regular)));
    const buffer = new harfbuzz.Buffer();
    buffer.addText('محمد');
    buffer.guessSegmentProperties();
    harfbuzz.shape(font, buffer);
    expect(
      buffer
        .getGlyphInfos()
        .map((glyph) => glyph.codepoint)
        .every((id) => id > 0),
    ).toBe(true);
  });

  it('fetches one weight of the Chinese and emoji fonts (the Chinese one is 10 MB)', async () => {
    serveFiles();
    const scripts = await loadComplexScripts({ fonts: ['cjk', 'emoji'], shaping: true });
    expect(
      named(/\.ttf$/)
        .map((url) => url.replace(/^.*\//, ''))
        .sort(),
    ).toEqual(['NotoEmoji_400Regular.ttf', 'NotoSansSC_400Regular.ttf']);
    expect(scripts!.fonts.cjk!.bold).toBeUndefined();
  });

  it.each([/harfbuzz\.wasm/, /NotoNastaliqUrdu_700Bold/])(
    'turns a failed fetch (%s: no signal) into ScriptFilesUnavailable',
    async (failing) => {
      serveFiles(failing);
      const loading = loadComplexScripts({ fonts: ['urdu'], shaping: true });
      await expect(loading).rejects.toBeInstanceOf(ScriptFilesUnavailable);
    },
  );
});
