import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/paths';

const STYLES = join(REPO_ROOT, 'src/styles');
// Physical directions break right-to-left languages; logical properties flip by themselves.
const PHYSICAL =
  /(^|[\s;{])(margin|padding|border)-(left|right|top|bottom)\b|(^|[\s;{])(left|right|top|bottom)\s*:|text-align:\s*(left|right)|float:\s*(left|right)|(^|[\s;{])(width|height|min-width|max-width|min-height|max-height)\s*:/gm;

// Style sheets a component loads with itself live beside it in src/ui.
const COMPONENT_STYLES = readdirSync(join(REPO_ROOT, 'src/ui'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.css'))
  .map((f) => join('..', 'ui', f));

describe.each([...readdirSync(STYLES).filter((f) => f.endsWith('.css')), ...COMPONENT_STYLES])(
  'src/styles/%s',
  (file) => {
    it('uses logical properties only', () => {
      const css = readFileSync(join(STYLES, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      const withoutMedia = css.replace(/@media[^{]*\{/g, '{');
      expect(withoutMedia.match(PHYSICAL) ?? []).toEqual([]);
    });
  },
);
