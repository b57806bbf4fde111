import { readFileSync, readdirSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import ts from 'typescript';

/*
 * Every name a module of a source tree exports, and where each is declared, read with the TypeScript
 * compiler: a re-export (`export { X } from`, `export *`, an import exported again) counts as the
 * declaration it points to, so a barrel that re-exports a name is not a second name. An .astro file's
 * frontmatter exports are read with the parser alone (the compiler does not open .astro files).
 */

const CODE = /\.(ts|tsx)$/;

function files(root: string, dir: string, pattern: RegExp): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(root, posix.join(dir, entry.name), pattern)
      : pattern.test(entry.name) && !entry.name.endsWith('.d.ts')
        ? [posix.join(dir, entry.name)]
        : [],
  );
}

const where = (root: string, declaration: ts.Declaration): string =>
  `${relative(root, declaration.getSourceFile().fileName).split('\\').join('/')}#${declaration.getStart()}`;

/** A name passed on from a package (which the program does not read): the package and the name there. */
function fromPackage(checker: ts.TypeChecker, exported: ts.Symbol): string | undefined {
  for (let symbol: ts.Symbol | undefined = exported; symbol; symbol = checker.getImmediateAliasedSymbol(symbol)) {
    const specifier = symbol.declarations?.[0];
    if (!specifier || !(ts.isExportSpecifier(specifier) || ts.isImportSpecifier(specifier))) return undefined;
    const statement = ts.isExportSpecifier(specifier) ? specifier.parent.parent : specifier.parent.parent.parent;
    const from = statement.moduleSpecifier;
    if (!from) continue; // `export { name }` of an import: follow it to the import.
    if (!ts.isStringLiteral(from) || /^[.~]/.test(from.text)) return undefined;
    return `${from.text}#${(specifier.propertyName ?? specifier.name).text}`;
  }
  return undefined;
}

/** An .astro file's frontmatter exports, each declared in that file. */
function astroExports(root: string, file: string): string[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(root, file), 'utf8'));
  if (!frontmatter) return [];
  const source = ts.createSourceFile('x.ts', frontmatter[1]!, ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const e of statement.exportClause.elements) names.push(e.name.text);
      continue;
    }
    const exported =
      ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    )
      names.push(statement.name.text);
  }
  return names;
}

/**
 * Every name each module under `root/dir` exports, with the declaration it stands for ("file#offset", or
 * "package#name" for one passed on from a package). The `~/` alias maps to `dir` as in tsconfig.json.
 */
export function readExportedNames(root: string, dir = 'src'): { name: string; module: string; declaredAt: string }[] {
  const modules = files(root, dir, CODE);
  const program = ts.createProgram(
    modules.map((m) => join(root, m)),
    {
      baseUrl: root,
      paths: { '~/*': [`${dir}/*`] },
      jsx: ts.JsxEmit.ReactJSX,
      jsxImportSource: 'preact',
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      allowArbitraryExtensions: true,
      noEmit: true,
      // Only the tree's own files: names are all this needs, and packages and the DOM's types take seconds to read.
      noLib: true,
      noResolve: true,
      types: [],
    },
  );
  const checker = program.getTypeChecker();
  const found: { name: string; module: string; declaredAt: string }[] = [];
  for (const module of modules) {
    const source = program.getSourceFile(join(root, module))!;
    const symbol = checker.getSymbolAtLocation(source);
    if (!symbol) continue;
    for (const exported of checker.getExportsOfModule(symbol)) {
      const name = exported.getName();
      if (name === 'default') continue;
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = target.declarations?.[0];
      const declaredAt = declaration
        ? where(root, declaration)
        : (fromPackage(checker, exported) ?? `${module}#${name}`);
      found.push({ name, module, declaredAt });
    }
  }
  for (const module of files(root, dir, /\.astro$/))
    for (const name of astroExports(root, module)) found.push({ name, module, declaredAt: `${module}#${name}` });
  return found;
}

/** Astro's own conventions: each page or endpoint exports these, and Astro finds them by name. */
const ASTRO_NAMES = new Set(['GET', 'getStaticPaths', 'Props', 'prerender']);
const isAstroConvention = (name: string, module: string) =>
  ASTRO_NAMES.has(name) && (module.endsWith('.astro') || /(^|\/)pages\//.test(module));

/** Every name exported with two or more different declarations, as "Name: module, module". */
export function nameClashes(exports: ReturnType<typeof readExportedNames>): string[] {
  const byName = new Map<string, Map<string, Set<string>>>();
  for (const { name, module, declaredAt } of exports) {
    if (isAstroConvention(name, module)) continue;
    const declarations = byName.get(name) ?? new Map<string, Set<string>>();
    declarations.set(declaredAt, (declarations.get(declaredAt) ?? new Set()).add(module));
    byName.set(name, declarations);
  }
  return [...byName]
    .filter(([, declarations]) => declarations.size > 1)
    .map(
      ([name, declarations]) =>
        `${name}: ${[...declarations.keys()]
          .map((at) => at.split('#')[0]!)
          .sort()
          .join(', ')}`,
    )
    .sort();
}
