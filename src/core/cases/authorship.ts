import { newId, type Agreed, type AgreementVersion, type CaseRecord, type ContactLogEntry } from './record';

/*
 * Who did what in a case. Names are the ones investigators gave when they opened the case in their tab:
 * a record of who did something, not a signature. Nothing recorded is overwritten: a corrected log
 * entry keeps every text it had, and a handover of the case is added to its history.
 */

/** What a log entry says, without its id or its earlier texts. */
export type LogText = Omit<ContactLogEntry, 'id' | 'earlier'>;

const textOf = ({ id: _id, earlier: _earlier, ...text }: ContactLogEntry): LogText => text;

/** The entry as corrected now, with the text it had until now kept last among its earlier ones. */
export function correctLogEntry(entry: ContactLogEntry, corrected: LogText): ContactLogEntry {
  return { ...corrected, id: entry.id, earlier: [...(entry.earlier ?? []), textOf(entry)] };
}

const key = (text: LogText) => JSON.stringify(Object.entries(text).sort(([a], [b]) => a.localeCompare(b)));

/**
 * One entry corrected in two places (two tabs, two devices): every text either side had is kept, in the
 * order they were recorded, and the latest is the one shown. Nothing either person typed is lost.
 */
export function mergeCorrections(mine: ContactLogEntry, theirs: ContactLogEntry): ContactLogEntry {
  const texts = new Map<string, LogText>();
  // Without times to go by (entries from before names were kept), this side's text stays the one shown.
  for (const text of [...(mine.earlier ?? []), ...(theirs.earlier ?? []), textOf(theirs), textOf(mine)])
    if (!texts.has(key(text))) texts.set(key(text), text);
  // Texts from before names were recorded have no time: they came first. The sort keeps ties in order.
  const ordered = [...texts.values()].sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
  const latest = ordered.pop()!;
  return { ...latest, id: mine.id, ...(ordered.length ? { earlier: ordered } : {}) };
}

/** The case handed to someone else: the new owner, and the handover in the case's history. */
export function handOver(record: CaseRecord, to: string, by: string, now: Date): CaseRecord {
  const event = {
    id: newId(),
    at: now.toISOString(),
    by,
    event: 'owner-changed' as const,
    ...(record.owner ? { from: record.owner } : {}),
    to,
  };
  return { ...record, owner: to, history: [...(record.history ?? []), event] };
}

/** When and how the family agreed a version, recorded by `by` now; recording it again replaces it. */
export function recordAgreed(
  record: CaseRecord,
  versionId: string,
  agreed: Pick<Agreed, 'how' | 'on'>,
  by: string,
  now: Date,
): CaseRecord {
  const entry: Agreed = {
    how: agreed.how,
    ...(agreed.how !== 'not-yet' && agreed.on ? { on: agreed.on } : {}),
    by,
    at: now.toISOString(),
  };
  return {
    ...record,
    versions: record.versions.map((v): AgreementVersion => (v.id === versionId ? { ...v, agreed: entry } : v)),
  };
}
