// An esbuild plugin for the code the bench bundles: it expands Vite's eager `import.meta.glob(...)`
// (src/i18n/resources.ts, src/content/*.ts) into static imports, as Vite does when it builds the site.
// Only the eager form is supported (the only one src/ uses); anything else stops the build with the
// file's name rather than bundling a call that would crash at run time.
import { readFile, readdir } from 'node:fs/promises';
import { dirname, extname, join, relative, sep } from 'node:path';

const LOADERS = { '.ts': 'ts', '.tsx': 'tsx', '.mjs': 'js', '.js': 'js' };
const GLOB_CALL = /import\.meta\.glob(?:<[^>()]*>)?\(\s*(['"])([^'"]+)\1\s*(?:,\s*(\{[^}]*\}))?\s*,?\s*\)/g;

/** The options object as written ({ eager: true, import: 'default', query: '?raw' }), read without evaluating it. */
function readOptions(text = '') {
  const option = (name) => text.match(new RegExp(`\\b${name}\\s*:\\s*(?:(['"])([^'"]*)\\1|(true|false))`));
  const eager = option('eager')?.[3] === 'true';
  const named = option('import')?.[2];
  const query = option('query')?.[2];
  const rest = text.replace(/[{}\s,]/g, '').replace(/(eager|import|query):(true|false|'[^']*'|"[^"]*")/g, '');
  return { eager, named, query, unknown: rest !== '' };
}

/** Files matching a glob whose only wildcard is `*` within one path segment ("./resources/*\/*.json"). */
async function expand(base, pattern) {
  let paths = [base];
  for (const segment of pattern.split('/').filter((s) => s !== '.' && s !== '')) {
    if (segment === '**') throw new Error(`"**" is not supported: ${pattern}`);
    const matcher = new RegExp(`^${segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    const next = [];
    for (const dir of paths) {
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) if (matcher.test(entry.name)) next.push(join(dir, entry.name));
    }
    paths = next;
  }
  return paths.sort();
}

/** @param {{ root: string }} options the project root, where glob patterns starting with "/" begin */
export function eagerGlobPlugin({ root }) {
  return {
    name: 'ltw-eager-glob',
    setup(build) {
      build.onLoad({ filter: /\.(ts|tsx|mjs|js)$/ }, async (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.glob')) return undefined;
        const imports = [];
        let count = 0;
        let failure;
        const calls = [...source.matchAll(GLOB_CALL)];
        let code = source;
        for (const [call, , pattern, optionsText] of calls) {
          const { eager, named, query, unknown } = readOptions(optionsText);
          if (!eager || unknown || (named && named !== 'default') || (query && query !== '?raw')) {
            failure = `only eager import.meta.glob with import: 'default' and query: '?raw' is supported: ${call}`;
            break;
          }
          const absolute = pattern.startsWith('/');
          const base = absolute ? root : dirname(args.path);
          const files = await expand(base, absolute ? pattern.slice(1) : pattern);
          const entries = files.map((file) => {
            const name = `__glob_${count++}`;
            const spec = JSON.stringify(file + (query ?? ''));
            imports.push(named || query ? `import ${name} from ${spec};` : `import * as ${name} from ${spec};`);
            // The keys Vite gives: as written in the pattern, relative ("./x") or from the root ("/x").
            const key = absolute ? '/' + relative(root, file).split(sep).join('/') : relativeKey(args.path, file);
            return `${JSON.stringify(key)}: ${name}`;
          });
          code = code.replace(call, `{ ${entries.join(', ')} }`);
        }
        if (failure || code.includes('import.meta.glob'))
          return { errors: [{ text: failure ?? 'an import.meta.glob call this plugin cannot read' }] };
        return { contents: `${imports.join('\n')}\n${code}`, loader: LOADERS[extname(args.path)] };
      });
      // "?raw" imports are the file's text, as in Vite.
      build.onResolve({ filter: /\?raw$/ }, (args) => ({ path: args.path.slice(0, -4), namespace: 'raw-text' }));
      build.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({
        contents: await readFile(args.path, 'utf8'),
        loader: 'text',
      }));
    },
  };
}

function relativeKey(from, file) {
  const path = relative(dirname(from), file).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}
