import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '~/core/store';
import { readAnswers } from '~/core/store/read-answers';
import {
  copiesToOffer,
  deleteKeptCopies,
  keptCopiesText,
  leftOnDevice,
  markDownloaded,
  removeLeftOnDevice,
} from '~/core/store/kept-offer';
import { keepCopy } from '~/core/store/kept-copies';
import { STORAGE_KEYS, type Backends } from '~/core/store/types';
import '~/core/questions/all-rules';

const twoStorages = () => {
  const local = new MemoryStorage();
  const session = new MemoryStorage();
  const backends: Backends = { local: () => local, session: () => session };
  return { local, session, backends };
};
const at = (iso: string) => new Date(iso);

describe('a saved value that no answer could have is not used', () => {
  it.each([
    ['a choice that is not one of the options', 'relationship', { choice: 'nope' }],
    ['several choices, one not an option', 'what-matters', { choices: ['answers', 'nope'] }],
    ['31 February', 'when-it-happened', { day: '31', month: '2', year: '2026' }],
    ['month 13', 'when-it-happened', { day: '1', month: '13', year: '2026' }],
    ['"not yet" where the question has no "not yet"', 'when-it-happened', { notYet: true }],
  ])('%s: it is read as unreadable, not as an answer', (_name, id, value) => {
    const read = readAnswers({ [id]: value, 'your-name': 'Siân' });
    expect(read.answers).toEqual({ 'your-name': 'Siân' });
    expect(read.unreadable).toEqual({ [id]: value });
  });

  it('a real date and a real choice are kept', () => {
    const answers = { 'when-it-happened': { day: '28', month: '2', year: '2026' }, relationship: { choice: 'parent' } };
    expect(readAnswers(answers).answers).toEqual(answers);
  });
});

describe('kept copies are offered until downloaded or deleted', () => {
  it('offers every copy not downloaded, from both storages, oldest first; once downloaded it is no longer offered', () => {
    const { local, session, backends } = twoStorages();
    keepCopy(local, STORAGE_KEYS.kept, 'second', at('2026-12-04T10:00:00Z'), 180);
    keepCopy(session, STORAGE_KEYS.kept, 'first', at('2026-12-03T10:00:00Z'), 180);
    const offered = copiesToOffer(backends);
    expect(offered.map((c) => c.text)).toEqual(['first', 'second']);
    expect(JSON.parse(keptCopiesText(offered)).copies.map((c: { text: string }) => c.text)).toEqual([
      'first',
      'second',
    ]);
    expect(markDownloaded(backends, offered.slice(0, 1))).toBe(true);
    expect(copiesToOffer(backends).map((c) => c.text)).toEqual(['second']);
    expect(keptCopiesText(copiesToOffer(backends))).toBe('second');
    // Downloaded is not deleted: the copy stays on the device until the person deletes it.
    expect(session.getItem(STORAGE_KEYS.kept)).toContain('first');
  });

  it('deleting removes every copy in both storages and nothing else', () => {
    const { local, session, backends } = twoStorages();
    local.setItem(STORAGE_KEYS.answers, 'the answers');
    keepCopy(local, STORAGE_KEYS.kept, 'a', at('2026-12-04T10:00:00Z'), 180);
    keepCopy(session, STORAGE_KEYS.kept, 'b', at('2026-12-04T10:00:00Z'), 180);
    expect(deleteKeptCopies(backends)).toBe(true);
    expect(copiesToOffer(backends)).toEqual([]);
    expect(local.getItem(STORAGE_KEYS.kept)).toBeNull();
    expect(session.getItem(STORAGE_KEYS.kept)).toBeNull();
    expect(local.getItem(STORAGE_KEYS.answers)).toBe('the answers');
  });
});

describe('what an earlier visit left on the device', () => {
  const original = JSON.stringify({
    app: 'learn-together-wizard',
    schemaVersion: 'x',
    savedAt: '2026-12-03T09:00:00Z',
  });

  it('names the unreadable original with its date and the kept copies, and removes exactly those', () => {
    const { local, session, backends } = twoStorages();
    local.setItem(STORAGE_KEYS.answers, original);
    keepCopy(local, STORAGE_KEYS.kept, original, at('2026-12-04T10:00:00Z'), 180);
    session.setItem(STORAGE_KEYS.answers, 'this tab’s answers');
    const left = leftOnDevice(backends, original);
    expect(left.original?.savedAt?.toISOString()).toBe('2026-12-03T09:00:00.000Z');
    expect(left.copies.map((c) => c.keptAt)).toEqual(['2026-12-04T10:00:00.000Z']);
    expect(removeLeftOnDevice(backends, left)).toBe(true);
    expect(local.getItem(STORAGE_KEYS.answers)).toBeNull();
    expect(local.getItem(STORAGE_KEYS.kept)).toBeNull();
    expect(session.getItem(STORAGE_KEYS.answers)).toBe('this tab’s answers');
  });

  it('leaves answers saved there since (another tab) alone', () => {
    const { local, backends } = twoStorages();
    local.setItem(STORAGE_KEYS.answers, original);
    const left = leftOnDevice(backends, original);
    local.setItem(STORAGE_KEYS.answers, 'newer answers from another tab');
    expect(removeLeftOnDevice(backends, left)).toBe(true);
    expect(local.getItem(STORAGE_KEYS.answers)).toBe('newer answers from another tab');
    expect(leftOnDevice(backends, original)).toEqual({ copies: [] });
  });
});
