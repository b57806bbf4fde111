import { describe, expect, it } from 'vitest';
import { WHERE_TO_FIX } from '~/config/hosting/where-to-fix';
import { ADMIN_FILES, SITE_FILES } from '~/config/hosting/write-host-files';

/* The deployment check page tells a web team which file to fix: each must be one the build writes. */

/** Every generated file a sentence names, as [folder, name]: "dist/_headers" is ['dist', '_headers']. */
const named = (text: string) =>
  [...text.matchAll(/\b(dist|hosting)\/([\w./-]+\w)/g)].map((m) => [m[1]!, m[2]!] as const);

describe('where the deployment check page says to fix a rule', () => {
  it('names, for each kind of rule, every host the build writes a configuration for', () => {
    for (const fixes of Object.values(WHERE_TO_FIX)) {
      expect(fixes.map((f) => f.host)).toEqual([
        'nginx',
        'Apache',
        'IIS',
        'Azure Static Web Apps',
        'Netlify or Cloudflare Pages',
        'S3 with CloudFront',
      ]);
    }
  });

  it('names only files the build writes: dist/ for a host’s own files, hosting/ for an administrator’s', () => {
    const files = Object.values(WHERE_TO_FIX).flatMap((fixes) => fixes.flatMap((f) => named(f.fix)));
    expect(files.length).toBeGreaterThan(15);
    const unknown = files.filter(([folder, name]) => !(name in (folder === 'dist' ? SITE_FILES : ADMIN_FILES)));
    expect(unknown).toEqual([]);
  });
});
