import { describe, expect, it } from 'vitest';
import { readCaseFile, readFamilyFile } from '~/team/case-files';
import { newCase, type CaseRecord } from '~/core/cases/record';
import { createAnswersFile } from '~/core/formats';
import { createEnvelope } from '~/core/store/envelope';
import { completeFamily } from '../../fixtures/answers/complete-family';

const now = new Date('2026-12-02T10:00:00Z');
const saved = { answers: completeFamily, skipped: [], stageMarks: {}, position: 'hub' };
const member = (id: string) => ({
  id,
  importedAt: now.toISOString(),
  fileCreatedAt: now.toISOString(),
  envelope: createEnvelope(saved, now),
});
const logEntry = (id: string, date: string) => ({ id, date, method: 'phone' as const, who: '', summary: id });

function caseWith(change: Partial<CaseRecord>): CaseRecord {
  return { ...newCase(now), id: 'case0001', ...change };
}

describe("the team's case file", () => {
  it('round trips a whole case, protected with a passphrase', async () => {
    const record = caseWith({
      families: [member('member01')],
      log: [logEntry('entry001', '2026-03-20')],
      touchpoints: { 'first-contact': '2026-03-20' },
    });
    const text = await createAnswersFile(
      { saved: { answers: {}, skipped: [], stageMarks: {}, position: 'hub' }, role: 'investigator', record, now },
      'blue kettle morning',
    );
    expect(text).not.toContain('Siân');
    expect(await readCaseFile(text, 'wrong')).toEqual({ ok: false, error: 'wrong-passphrase' });
    const read = await readCaseFile(text, 'blue kettle morning');
    expect(read.ok && read.record).toEqual(record);
  });

  it('refuses a family file as a case file, and a case file as a family file, each with its own code', async () => {
    const family = await createAnswersFile({ saved, role: 'family', now });
    expect(await readCaseFile(family, '')).toEqual({ ok: false, error: 'wrong-role-family' });
    const team = await createAnswersFile({ saved, role: 'investigator', record: caseWith({}), now });
    // Named for what it is, so the page can say where it belongs.
    expect(await readFamilyFile(team, '')).toEqual({ ok: false, error: 'is-case-file' });
    const broken = await createAnswersFile({ saved, role: 'investigator', record: { id: 'x' }, now });
    expect(await readCaseFile(broken, '')).toEqual({ ok: false, error: 'invalid' });
  });

  it('a family file becomes one person, with a new id each time it is added', async () => {
    const family = await createAnswersFile({ saved, role: 'family', now });
    const [a, b] = await Promise.all([readFamilyFile(family, ''), readFamilyFile(family, '')]);
    expect(a.ok && b.ok && a.member.id !== b.member.id).toBe(true);
    expect(a.ok && a.answers).toBe(Object.keys(completeFamily).length);
  });
});
