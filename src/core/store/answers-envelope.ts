import { SCHEMA_VERSION, STAGES } from '~/core/journey/schema';
import { FAMILY } from '~/core/journey/family';
import { isRecord } from '~/core/is-record';
import { migrate, type Migration } from './migrations';
import { readAnswers } from './read-answers';
import { ISO_DATE_TIME, readHeader } from './header';
import { APP_ID, type Envelope, type ParsedEnvelope, type SavedCase, type StageMark } from './types';

const POSITION_MAX = 100;
const STAGE_MARKS: readonly string[] = ['completed', 'not-completed'] satisfies StageMark[];
const STAGE_IDS = new Set(STAGES.map((s) => s.id));

/*
 * The family's answers envelope: what the wizard saves, and what an answers file carries. Without the
 * upgrades of older versions (answers-migrations.ts), which the wizard's first load does not carry;
 * envelope.ts reads with them.
 */

/** Wraps a case with what is needed to read it back later: which app, which schema, when. */
export function createEnvelope(saved: SavedCase, now: Date): Envelope {
  return {
    app: APP_ID,
    schemaVersion: SCHEMA_VERSION,
    savedAt: now.toISOString(),
    answers: saved.answers,
    skipped: saved.skipped,
    stageMarks: saved.stageMarks,
    position: saved.position,
    ...(saved.privateOnTeamCopy ? { privateOnTeamCopy: true } : {}),
    ...(saved.agreementMadeAt ? { agreementMadeAt: saved.agreementMadeAt } : {}),
    ...(saved.changedAt && Object.keys(saved.changedAt).length ? { changedAt: saved.changedAt } : {}),
    ...(saved.basedOn && Object.keys(saved.basedOn).length ? { basedOn: saved.basedOn } : {}),
  };
}

/** An envelope from an older version, read without its upgrades to hand: ask again once they are loaded. */
export type NotYet = { ok: false; error: 'not-yet' };

/**
 * Reads an envelope after JSON.parse, upgrading one from an older version with `migrations`; without
 * them, such an envelope is 'not-yet' (left as it is until they are loaded). Never throws.
 */
export function readEnvelopeWith(
  data: unknown,
  options: { now: Date; maxAgeDays: number; migrations?: Record<number, Migration> },
): ParsedEnvelope | NotYet {
  const header = readHeader(data, { versionField: 'schemaVersion', version: SCHEMA_VERSION, ...options }, options.now);
  if (!header.ok) return header;
  const { version: schemaVersion, savedAt: savedDate } = header;

  let envelope = data as Record<string, unknown>;
  if (schemaVersion < SCHEMA_VERSION) {
    if (!options.migrations) return { ok: false, error: 'not-yet' };
    const migrated = migrate(envelope, schemaVersion, options.migrations, SCHEMA_VERSION);
    if (!migrated.ok) return { ok: false, error: 'invalid' };
    envelope = migrated.envelope;
  }

  // A missing answers field means nothing was answered yet; anything else odd goes to `unreadable`.
  const { answers, unreadable, capped } = readAnswers(envelope.answers === undefined ? {} : envelope.answers);
  const madeAt =
    typeof envelope.agreementMadeAt === 'string' && ISO_DATE_TIME.test(envelope.agreementMadeAt)
      ? envelope.agreementMadeAt
      : undefined;
  const saved: SavedCase = {
    answers,
    skipped: readSkipped(envelope.skipped),
    stageMarks: readStageMarks(envelope.stageMarks),
    position: readPosition(envelope.position),
    ...(envelope.privateOnTeamCopy === true ? { privateOnTeamCopy: true } : {}),
    ...(madeAt ? { agreementMadeAt: madeAt } : {}),
    changedAt: readChangedAt(envelope.changedAt, answers, options.now),
    ...(isRecord(envelope.basedOn) ? { basedOn: readBasedOn(envelope.basedOn, options.now) } : {}),
  };
  return {
    ok: true,
    saved,
    savedAt: savedDate,
    unreadable,
    capped,
    ...(header.fromTheFuture ? { fromTheFuture: true } : {}),
    ...(schemaVersion < SCHEMA_VERSION ? { migratedFrom: schemaVersion } : {}),
  };
}

// Skips, marks and position are the person's place, not their words: dropping a bad one loses nothing they wrote.
function readSkipped(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const ids = value.filter((id): id is string => typeof id === 'string' && FAMILY.question(id) !== undefined);
  return [...new Set(ids)];
}

function readStageMarks(value: unknown): Record<string, StageMark> {
  const marks: Record<string, StageMark> = {};
  if (!isRecord(value)) return marks;
  for (const [stageId, mark] of Object.entries(value)) {
    if (STAGE_IDS.has(stageId) && typeof mark === 'string' && STAGE_MARKS.includes(mark))
      marks[stageId] = mark as StageMark;
  }
  return marks;
}

/** When each kept answer changed; a missing or odd time is left out, one in the future counts as now. */
function readChangedAt(value: unknown, answers: object, now: Date): Record<string, string> {
  const times: Record<string, string> = {};
  if (!isRecord(value)) return times;
  for (const [id, time] of Object.entries(value)) {
    if (!Object.hasOwn(answers, id) && FAMILY.question(id) === undefined) continue;
    if (typeof time !== 'string' || !ISO_DATE_TIME.test(time) || Number.isNaN(Date.parse(time))) continue;
    times[id] = Date.parse(time) > now.getTime() ? now.toISOString() : time;
  }
  return times;
}

function readBasedOn(value: Record<string, unknown>, now: Date): Record<string, string> {
  const times: Record<string, string> = {};
  for (const [id, time] of Object.entries(value)) {
    if (FAMILY.question(id) === undefined || typeof time !== 'string') continue;
    if (time === '') times[id] = '';
    else if (ISO_DATE_TIME.test(time) && !Number.isNaN(Date.parse(time)))
      times[id] = Date.parse(time) > now.getTime() ? now.toISOString() : time;
  }
  return times;
}

function readPosition(value: unknown): string {
  return typeof value === 'string' && value.length <= POSITION_MAX && FAMILY.decode(value) ? value : 'hub';
}
