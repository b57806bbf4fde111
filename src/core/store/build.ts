declare const __LTW_BUILD__: string | undefined;

/**
 * When the running code was built (ISO 8601, set by astro.config.mjs; '' outside a build). The store
 * stamps what it writes with it, so a tab still running an older version can tell that a newer one saved.
 */
export const BUILD: string = typeof __LTW_BUILD__ === 'string' ? __LTW_BUILD__ : '';

/** Whether `data` was written by a build newer than `build` (never when either is unstamped). */
export function fromNewerBuild(data: unknown, build: string): boolean {
  if (build === '' || typeof data !== 'object' || data === null) return false;
  const written = (data as { build?: unknown }).build;
  return typeof written === 'string' && written > build;
}

/** Adds the build to an envelope's JSON text (an object: `{...}`), as its first field. */
export function stampBuild(text: string, build: string): string {
  if (build === '' || !text.startsWith('{')) return text;
  return `{"build":${JSON.stringify(build)}${text === '{}' ? '' : ','}${text.slice(1)}`;
}
