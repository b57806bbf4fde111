import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import ts from 'typescript';

/*
 * The import graph of a source tree, read with the TypeScript parser: every static import and export,
 * every import() (also `typeof import()` in a type), type-only ones marked. In an .astro file, the
 * frontmatter runs at build time and each <script> runs in the browser, so each import says which.
 */

export interface Import {
  /** As written: '~/core/store', './x', '/content/signposts.yaml?raw', 'preact/hooks'. */
  specifier: string;
  /** The file it lands on, relative to the root ('src/core/store/index.ts'), or the package name. */
  target: string;
  /** A file of the tree (not a package). */
  local: boolean;
  typeOnly: boolean;
  dynamic: boolean;
  /** Inside an .astro file's <script>: runs in the browser, not at build time. */
  inScript: boolean;
}

export type ModuleGraph = Map<string, Import[]>;

const CODE = /\.(ts|tsx|mjs|astro)$/;
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '.astro', '/index.ts', '/index.tsx'];

function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(root, posix.join(dir, entry.name))
      : CODE.test(entry.name)
        ? [posix.join(dir, entry.name)]
        : [],
  );
}

/** The parts of a file that are code: all of a .ts file; an .astro file's frontmatter and <script>s. */
function codeParts(file: string, text: string): { code: string; inScript: boolean }[] {
  if (!file.endsWith('.astro')) return [{ code: text, inScript: false }];
  const parts: { code: string; inScript: boolean }[] = [];
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (frontmatter) parts.push({ code: frontmatter[1]!, inScript: false });
  for (const script of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g))
    parts.push({ code: script[1]!, inScript: true });
  return parts;
}

function importsIn(code: string, tsx: boolean) {
  const source = ts.createSourceFile('x.' + (tsx ? 'tsx' : 'ts'), code, ts.ScriptTarget.Latest, true);
  const found: { specifier: string; typeOnly: boolean; dynamic: boolean }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings : undefined;
      const allNamedAreTypes =
        named !== undefined && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      const typeOnly = Boolean(clause?.isTypeOnly || (clause && !clause.name && allNamedAreTypes));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly, dynamic: false });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause : undefined;
      const typeOnly = node.isTypeOnly || (named !== undefined && named.elements.every((e) => e.isTypeOnly));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly, dynamic: false });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false, dynamic: true });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true, dynamic: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Where a specifier lands: a file of the tree, or a package (its name and path, query dropped). */
function resolveSpecifier(root: string, from: string, specifier: string): { target: string; local: boolean } {
  const [path] = specifier.split('?') as [string];
  // '/content/x.yaml' is Vite's way to name a file from the project's root (outside src/, which ~/ names).
  const base = path.startsWith('~/')
    ? join(root, 'src', path.slice(2))
    : path.startsWith('.')
      ? resolve(root, dirname(from), path)
      : path.startsWith('/')
        ? join(root, path)
        : undefined;
  if (base === undefined) return { target: specifier, local: false };
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile())
      return { target: relative(root, candidate).split('\\').join('/'), local: true };
  }
  return { target: relative(root, base).split('\\').join('/'), local: true };
}

/** Reads every code file under `dir` (relative to `root`) and what each imports. */
export function readModuleGraph(root: string, dir = 'src'): ModuleGraph {
  const graph: ModuleGraph = new Map();
  for (const file of sourceFiles(root, dir)) {
    const text = readFileSync(join(root, file), 'utf8');
    const imports = codeParts(file, text).flatMap(({ code, inScript }) =>
      importsIn(code, /\.(tsx|astro)$/.test(file)).map((found) => ({
        ...found,
        ...resolveSpecifier(root, file, found.specifier),
        inScript,
      })),
    );
    graph.set(file, imports);
  }
  return graph;
}

/** Every import cycle (type-only and dynamic imports included), each as the files in it, sorted. */
export function findCycles(graph: ModuleGraph): string[][] {
  const edges = new Map(
    [...graph].map(([file, imports]) => [
      file,
      [...new Set(imports.filter((i) => i.local && graph.has(i.target)).map((i) => i.target))],
    ]),
  );
  // Tarjan's strongly connected components: each component of more than one file is a cycle.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (file: string) => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of edges.get(file)!) {
      if (!index.has(next)) {
        connect(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || edges.get(file)!.includes(file)) cycles.push(component.sort());
  };
  for (const file of edges.keys()) if (!index.has(file)) connect(file);
  return cycles;
}

/** The top folder a file of src/ belongs to: 'core', 'family', 'pages'...; a root file is its own name. */
export const folderOf = (file: string): string => {
  const [, first, second] = file.split('/');
  return second === undefined ? first!.replace(/\.\w+$/, '') : first!;
};

export interface FolderRule {
  /** Folders of src/ this folder may import from (its own included). */
  folders: readonly string[];
  /** Packages it may import, by name. */
  packages: readonly RegExp[];
  /** Folders an .astro file may import from in its browser <script>s only. */
  scriptFolders?: readonly string[];
}

/** Every import that the rules do not allow, as "file imports target (why)". */
export function breaches(graph: ModuleGraph, rules: Readonly<Record<string, FolderRule>>): string[] {
  const found: string[] = [];
  for (const [file, imports] of graph) {
    const folder = folderOf(file);
    const rule = rules[folder];
    if (!rule) {
      found.push(`${file}: no rule for the folder "${folder}"`);
      continue;
    }
    for (const i of imports) {
      if (!i.local) {
        if (!rule.packages.some((p) => p.test(i.specifier)))
          found.push(`${file} imports the package ${i.specifier} (not allowed in ${folder}/)`);
        continue;
      }
      if (!i.target.startsWith('src/')) continue;
      const to = folderOf(i.target);
      const allowed = rule.folders.includes(to) || (i.inScript && rule.scriptFolders?.includes(to));
      if (!allowed) found.push(`${file} imports ${i.target} (${folder}/ may not import ${to}/)`);
    }
  }
  return found;
}
