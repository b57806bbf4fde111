import type * as HarfBuzzModule from 'harfbuzzjs';
import type { ScriptFont } from './script-fonts';

/** The harfbuzzjs module once its WebAssembly is instantiated: what `await import('harfbuzzjs')` gives. */
export type HarfBuzz = typeof HarfBuzzModule;

/** What the builders take besides Open Sans when text needs it; undefined keeps today's Latin path. */
export interface ComplexScripts {
  harfbuzz: HarfBuzz;
  /** TrueType bytes of each script font the text needs (see scriptNeeds); bold falls back to regular. */
  fonts: Partial<Record<ScriptFont, { regular: Uint8Array; bold?: Uint8Array }>>;
}
