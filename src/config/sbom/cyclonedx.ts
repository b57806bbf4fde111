/*
 * A CycloneDX 1.6 software bill of materials from package-lock.json (lockfile version 2 or 3): every
 * package the lock installs, with its purl, licence, the lock's hash and how the site depends on it.
 * Pure: the caller reads the files and writes the result.
 */

/** One entry of the lock's "packages" (the fields this reads). */
export interface LockPackage {
  name?: string;
  version?: string;
  integrity?: string;
  license?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  link?: boolean;
  devDependencies?: Record<string, string>;
  /** npm's own marks: not read here (scopes come from following the dependencies), compared with them in the tests. */
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
}

export interface PackageLock {
  name: string;
  version: string;
  packages: Record<string, LockPackage>;
}

/**
 * How the built site depends on a package. "required": the production closure (what `npm ci --omit=dev`
 * must install to build). "optional": reached only through optional dependencies (a platform's native
 * build, an optional peer). "excluded": development and test tools only; still listed, because the build's
 * tools (the minifier among them) handle the code that ships.
 */
export type PackageScope = 'required' | 'optional' | 'excluded';

/** The package URL of an npm package (purl spec): the scope's "@" and anything outside A-Z a-z 0-9 . - _ ~ percent-encoded. */
export function npmPurl(name: string, version: string): string {
  const encode = (part: string) =>
    encodeURIComponent(part).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
  return `pkg:npm/${name.split('/').map(encode).join('/')}@${encode(version)}`;
}

const hex = (bytes: string) => [...bytes].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
const HASH_NAMES: Record<string, string> = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };

/** The lock's Subresource Integrity value ("sha512-<base64>", perhaps several) as CycloneDX hashes in hex. */
export function integrityHashes(integrity: string | undefined): { alg: string; content: string }[] {
  return (integrity ?? '')
    .split(/\s+/)
    .map((value) => /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})$/.exec(value))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, alg, base64]) => ({ alg: HASH_NAMES[alg!]!, content: hex(atob(base64!)) }));
}

/** A licence as CycloneDX writes it: an SPDX expression ("MIT", "(MIT OR CC0-1.0)") or, failing that, a name. */
function licences(license: string | undefined) {
  if (!license) return undefined;
  const spdx = /^[()A-Za-z0-9.+:-]+(\s+(AND|OR|WITH)\s+[()A-Za-z0-9.+:-]+)*$/.test(license.trim());
  return [spdx ? { expression: license.trim() } : { license: { name: license } }];
}

/** The folder Node would load `name` from, for the package in `from` ("" is the project itself). */
function resolve(packages: PackageLock['packages'], from: string, name: string): string | undefined {
  for (let at = from; ;) {
    const candidate = `${at ? `${at}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!at) return undefined;
    const parent = at.lastIndexOf('/node_modules/');
    at = parent === -1 ? '' : at.slice(0, parent);
  }
}

/** Each folder's dependencies, split into those it needs and those it can do without. */
function edges(packages: PackageLock['packages'], folder: string) {
  const entry = packages[folder]!;
  const optionalPeers = Object.keys(entry.peerDependencies ?? {}).filter(
    (n) => entry.peerDependenciesMeta?.[n]?.optional,
  );
  const needed = [...Object.keys(entry.dependencies ?? {}), ...Object.keys(entry.peerDependencies ?? {})].filter(
    (n) => !optionalPeers.includes(n),
  );
  const at = (names: string[]) =>
    names.map((n) => resolve(packages, folder, n)).filter((found): found is string => found !== undefined);
  return { needed: at(needed), optional: at([...Object.keys(entry.optionalDependencies ?? {}), ...optionalPeers]) };
}

/** Every folder in the lock and its scope: the production closure from the project's own dependencies. */
export function packageScopes(lock: PackageLock): Map<string, PackageScope> {
  const { packages } = lock;
  const reach = (start: string[], follow: (folder: string) => string[]) => {
    const seen = new Set<string>();
    const visit = (folder: string) => {
      if (seen.has(folder)) return;
      seen.add(folder);
      follow(folder).forEach(visit);
    };
    start.forEach(visit);
    return seen;
  };
  const rootEdges = edges(packages, '');
  const required = reach(rootEdges.needed, (f) => edges(packages, f).needed);
  const reachable = reach([...rootEdges.needed, ...rootEdges.optional], (f) => {
    const { needed, optional } = edges(packages, f);
    return [...needed, ...optional];
  });
  return new Map(
    Object.keys(packages)
      .filter((folder) => folder !== '' && !packages[folder]!.link)
      .map((folder) => [folder, required.has(folder) ? 'required' : reachable.has(folder) ? 'optional' : 'excluded']),
  );
}

const nameOf = (folder: string, entry: LockPackage) =>
  entry.name ?? folder.slice(folder.lastIndexOf('node_modules/') + 13);
const RANK: Record<PackageScope, number> = { required: 0, optional: 1, excluded: 2 };

export interface BomOptions {
  /** When the bill was made (the build's time). */
  timestamp: Date;
  /** A fresh "urn:uuid:…" for each bill. */
  serialNumber: string;
  /** A licence the lock lacks, from the package's own package.json (undefined when it has none). */
  licenceOf?: (folder: string) => string | undefined;
}

/** The CycloneDX 1.6 JSON document for the lock's project. */
export function cycloneDxBom(lock: PackageLock, { timestamp, serialNumber, licenceOf }: BomOptions) {
  const scopes = packageScopes(lock);
  const project = npmPurl(lock.name, lock.version);
  // One component per purl: npm may install the same name and version in more than one folder.
  const components = new Map<string, { component: Record<string, unknown>; dependsOn: Set<string> }>();
  const purlOf = (folder: string) =>
    npmPurl(nameOf(folder, lock.packages[folder]!), lock.packages[folder]!.version ?? '');
  for (const [folder, scope] of scopes) {
    const entry = lock.packages[folder]!;
    const purl = purlOf(folder);
    const known = components.get(purl);
    if (known) {
      if (RANK[scope] < RANK[known.component.scope as PackageScope]) known.component.scope = scope;
    } else {
      const name = nameOf(folder, entry);
      const slash = name.startsWith('@') ? name.indexOf('/') : -1;
      const hashes = integrityHashes(entry.integrity);
      const license = licences(entry.license ?? licenceOf?.(folder));
      components.set(purl, {
        component: {
          type: 'library',
          'bom-ref': purl,
          ...(slash > 0 ? { group: name.slice(0, slash), name: name.slice(slash + 1) } : { name }),
          version: entry.version ?? '',
          scope,
          ...(hashes.length ? { hashes } : {}),
          ...(license ? { licenses: license } : {}),
          purl,
        },
        dependsOn: new Set(),
      });
    }
    const { needed, optional } = edges(lock.packages, folder);
    for (const dependency of [...needed, ...optional]) components.get(purl)!.dependsOn.add(purlOf(dependency));
  }
  const rootEdges = edges(lock.packages, '');
  const projectLicence = licences(lock.packages['']?.license);
  const byRef = (a: { ref: string }, b: { ref: string }) => a.ref.localeCompare(b.ref);
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber,
    version: 1,
    metadata: {
      timestamp: timestamp.toISOString(),
      tools: { components: [{ type: 'application', name: `${lock.name} SBOM writer`, version: lock.version }] },
      component: {
        type: 'application',
        'bom-ref': project,
        name: lock.name,
        version: lock.version,
        ...(projectLicence ? { licenses: projectLicence } : {}),
        purl: project,
      },
    },
    components: [...components.values()]
      .map(({ component }) => component)
      .sort((a, b) => String(a.purl).localeCompare(String(b.purl))),
    dependencies: [
      { ref: project, dependsOn: [...new Set([...rootEdges.needed, ...rootEdges.optional].map(purlOf))].sort() },
      ...[...components].map(([ref, { dependsOn }]) => ({ ref, dependsOn: [...dependsOn].sort() })),
    ].sort(byRef),
  };
}
