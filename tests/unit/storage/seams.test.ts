import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/paths';

const STORAGE_DIR = join(REPO_ROOT, 'src/storage');
const files = readdirSync(STORAGE_DIR).filter((name) => name.endsWith('.ts'));
const source = (file: string) => readFileSync(join(STORAGE_DIR, file), 'utf8');
// Comments may name localStorage to explain why it is injected; only code counts.
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

// What src/storage may take from the wizard (see the brief in the architecture's seams table).
const ALLOWED_FROM: Record<string, RegExp> = {
  '../wizard/schema': /^(type\s+\w+|SCHEMA_VERSION|STAGES|questionById)$/,
  '../wizard/answers': /^sanitiseAnswers$/,
};

describe.each(files)('src/storage/%s', (file) => {
  it('does not reach for browser globals; storage is handed to it', () => {
    expect(
      withoutComments(source(file)).match(/\b(window|document|localStorage|sessionStorage|globalThis)\b/g),
    ).toBeNull();
  });

  it('imports only its own files and the allowed parts of the wizard', () => {
    const breaches: string[] = [];
    for (const [, typeOnly, names, from] of source(file).matchAll(
      /^(?:import|export)\s+(type\s+)?(?:\{([^}]*)\}|\*)[^'"]*from\s+'([^']+)'/gm,
    )) {
      if (from!.startsWith('./')) continue;
      const rule = ALLOWED_FROM[from!];
      if (!rule) {
        breaches.push(from!);
        continue;
      }
      const imported = (names ?? '')
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean);
      for (const name of imported) if (!typeOnly && !rule.test(name)) breaches.push(`${name} from ${from}`);
    }
    expect(breaches).toEqual([]);
  });
});
