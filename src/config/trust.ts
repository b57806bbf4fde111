import { loadTrustSettings } from './load-trust';

/** The publishing trust's settings, validated once per build. */
export const trust = loadTrustSettings();
