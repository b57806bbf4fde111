import { MIGRATIONS } from './answers-migrations';
import { readEnvelopeWith } from './answers-envelope';
import type { ParsedEnvelope } from './types';

export { createEnvelope } from './answers-envelope';

/** Reads saved text back into a case, or an error code; never throws. */
export function parseEnvelope(text: string | null, options: { now: Date; maxAgeDays: number }): ParsedEnvelope {
  if (text === null || text === '') return { ok: false, error: 'nothing-saved' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'corrupt' };
  }
  return readEnvelope(data, options);
}

/** parseEnvelope after JSON.parse: for an envelope that arrives inside other JSON (an answers file). */
export function readEnvelope(data: unknown, options: { now: Date; maxAgeDays: number }): ParsedEnvelope {
  // With every upgrade to hand, an older envelope is always read now, never 'not-yet'.
  return readEnvelopeWith(data, { ...options, migrations: MIGRATIONS }) as ParsedEnvelope;
}
