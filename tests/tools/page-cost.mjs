// What a built page costs a person on a phone: its HTML, CSS and the JavaScript fetched before it can
// be used (the island, its renderer and everything they import statically; dynamic imports, which
// load on demand or when idle, are not counted). Measures files; never times anything.
// Shared by `npm run bench` and the size tests; the budgets are in tests/tools/page-budgets.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const sizeOf = (file) => {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
export const ZERO = { raw: 0, gzip: 0 };

const attr = (html, tag, name, filter = () => true) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))]
    .map((m) => m[0])
    .filter(filter)
    .map((t) => t.match(new RegExp(`\\s${name}="([^"]+)"`))?.[1])
    .filter(Boolean);

/** A JS file and every file it imports statically (what the browser must fetch before it runs). */
export function jsClosure(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    jsClosure(resolve(dirname(file), spec), seen);
  }
  return seen;
}

/** { html, css, js, jsFiles } for one built HTML file of `dist`. */
export function pageCost(dist, file) {
  const html = readFileSync(file, 'utf8');
  const local = (href) => join(dist, href.split('?')[0]);
  const css = attr(html, 'link', 'href', (t) => /rel="stylesheet"/.test(t))
    .map(local)
    .reduce((s, f) => add(s, sizeOf(f)), ZERO);
  const entries = [
    ...attr(html, 'script', 'src'),
    ...attr(html, 'link', 'href', (t) => /rel="modulepreload"/.test(t)),
    ...attr(html, 'astro-island', 'component-url'),
    ...attr(html, 'astro-island', 'renderer-url'),
  ].map(local);
  const jsFiles = [...new Set(entries.flatMap((f) => [...jsClosure(f)]))];
  const inlineJs = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]).join('');
  const js = jsFiles.reduce(
    (s, f) => add(s, sizeOf(f)),
    inlineJs ? { raw: Buffer.byteLength(inlineJs), gzip: gzipSync(inlineJs, { level: 9 }).length } : ZERO,
  );
  return { html: sizeOf(file), css, js, jsFiles };
}
