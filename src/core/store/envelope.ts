import { SCHEMA_VERSION, STAGES } from '~/core/journey/schema';
import { FAMILY } from '~/core/journey/family';
import { isRecord } from '~/core/is-record';
import { migrate } from './migrations';
import { readAnswers } from './read-answers';
import { APP_ID, type Envelope, type ParsedEnvelope, type SavedCase, type StageMark } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;
const POSITION_MAX = 100;
const STAGE_MARKS: readonly string[] = ['completed', 'not-completed'] satisfies StageMark[];
const STAGE_IDS = new Set(STAGES.map((s) => s.id));
// Full ISO 8601 date and time with a zone, as toISOString() writes it; a bare "2026-03-01" is not ours.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

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
  if (!isRecord(data)) return { ok: false, error: 'corrupt' };
  if (data.app !== APP_ID) return { ok: false, error: 'wrong-app' };

  const { schemaVersion, savedAt } = data;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1)
    return { ok: false, error: 'invalid' };
  const written = typeof savedAt === 'string' && ISO_DATE_TIME.test(savedAt) ? new Date(savedAt) : undefined;
  if (!written || Number.isNaN(written.getTime())) return { ok: false, error: 'invalid' };
  // A save "from the future" (a wrong clock, or edited data) counts from now, so it still expires.
  const savedDate = written.getTime() > options.now.getTime() ? options.now : written;
  if (schemaVersion > SCHEMA_VERSION) return { ok: false, error: 'too-new' };
  // Expiry comes before migrating: the promise to forget old answers holds even if they cannot be upgraded.
  if (options.now.getTime() - savedDate.getTime() > options.maxAgeDays * DAY_MS) return { ok: false, error: 'expired' };

  let envelope = data;
  if (schemaVersion < SCHEMA_VERSION) {
    const migrated = migrate(data, schemaVersion);
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
    ...(savedDate !== written ? { fromTheFuture: true } : {}),
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
