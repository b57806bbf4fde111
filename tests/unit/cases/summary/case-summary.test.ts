import { describe, expect, it } from 'vitest';
import { summaryFileName } from '~/core/cases/summary/case-summary';
import type { SummaryRow, SummarySection } from '~/core/cases/summary/summary-row';
import { summaryCase, summaryCaseWithoutNames } from '../../../fixtures/cases/summary-case';
import { summaryOf, teamWords } from '../../../helpers/case-summary';

const summary = summaryOf(summaryCase);
const rowsOf = (section: SummarySection, rows = summary.rows) => rows.filter((row) => row.section === section);
/** The fields a reader checks first: what, when, who recorded it and when. */
const brief = (row: SummaryRow) => [row.event, row.date, row.time, row.by, row.recordedDate, row.recordedTime];

describe("a case's summary rows", () => {
  it('names the case: reference, organisation, owner, the day it was set up and the day the summary was made', () => {
    expect(summary).toMatchObject({
      reference: 'PSII-2026-014',
      organisation: 'Example NHS Foundation Trust',
      owner: 'Dr Amara Okafor',
      setUpOn: '2026-03-18',
      madeOn: '2026-12-06',
    });
  });

  it("lists every moment in the trust's checklists by stage, with its date or none, and keeps a date for one since taken out", () => {
    const record = { ...summaryCase, touchpoints: { ...summaryCase.touchpoints, 'retired-moment': '2026-05-01' } };
    const rows = rowsOf('touchpoints', summaryOf(record).rows);
    expect(rows).toHaveLength(17);
    expect(rows.slice(0, 3).map((row) => [row.event, row.text, row.date])).toEqual([
      ['Stage 1', 'First phone call or letter', '2026-03-20'],
      ['Stage 1', 'First meeting, in a place they chose', '2026-03-27'],
      ['Stage 1', 'Saying sorry', ''],
    ]);
    expect(rows.at(-1)).toMatchObject({ event: '', text: 'retired-moment', date: '2026-05-01', by: '' });
  });

  it('puts the contact log oldest first, a corrected entry followed by its earlier texts, times on a London clock', () => {
    expect(rowsOf('contacts').map(brief)).toEqual([
      ['Contact, corrected', '2026-03-20', '14:00', 'Sam Lewis', '2026-03-21', '09:12'],
      ['Earlier text, since corrected', '2026-03-20', '', 'Sam Lewis', '2026-03-20', '14:40'],
      ['Earlier text, since corrected', '2026-03-20', '14:00', 'Sam Lewis', '2026-03-20', '17:02'],
      ['Contact', '2026-03-27', '10:30', 'Dr Amara Okafor', '2026-03-27', '16:05'],
      ['Contact', '2026-04-10', '', 'Not recorded', '', ''],
    ]);
    expect(rowsOf('contacts')[1]).toMatchObject({
      method: 'Phone call',
      person: 'Sian',
      text: 'First call, agreed to meet.',
    });
  });

  it('says who added each family member, and that one was typed in from a paper form, and by whom', () => {
    expect(rowsOf('family').map((row) => [row.person, row.method, row.text, row.by, row.date, row.time])).toEqual([
      [
        'Siân Dŵr',
        'Answers file',
        'Their answers file was saved on 31 March 2026.',
        'Sam Lewis',
        '2026-04-01',
        '11:00',
      ],
      [
        'Owain Price',
        'Paper form',
        'Typed in from a paper form dated 2 April 2026, by Dr Amara Okafor.',
        'Dr Amara Okafor',
        '2026-04-03',
        '13:20',
      ],
    ]);
  });

  it('shows who made each agreement version, and when and how the family agreed it, or that they have not yet', () => {
    expect(rowsOf('agreements').map((row) => [...brief(row), row.method, row.person])).toEqual([
      ['Version 1 made', '2026-04-02', '12:00', 'Sam Lewis', '2026-04-02', '12:00', '', 'Siân Dŵr'],
      ['Version 1 agreed', '2026-04-04', '', 'Sam Lewis', '2026-04-04', '16:30', 'By phone', 'Siân Dŵr'],
      ['Version 1 made', '2026-04-05', '10:00', 'Dr Amara Okafor', '2026-04-05', '10:00', '', 'Owain Price'],
      [
        'Version 1 not agreed yet',
        '2026-04-05',
        '10:05',
        'Dr Amara Okafor',
        '2026-04-05',
        '10:05',
        'Not agreed yet',
        'Owain Price',
      ],
    ]);
  });

  it('lists the comments added, each reply, and the decision on every comment with the comment and the reason', () => {
    const rows = rowsOf('comments');
    expect(rows.map((row) => [row.event, row.by, row.person])).toEqual([
      ['Their comments, version 1, added', 'Sam Lewis', 'Siân Dŵr'],
      ['Reply 1 made', 'Dr Amara Okafor', 'Siân Dŵr'],
      ['Decision on comment 1', 'Dr Amara Okafor', 'Siân Dŵr'],
      ['Decision on comment 2', 'Dr Amara Okafor', 'Siân Dŵr'],
      ['Decision on comment 3', 'Dr Amara Okafor', 'Siân Dŵr'],
      ['Decision on comment 4', 'Dr Amara Okafor', 'Siân Dŵr'],
    ]);
    expect(rows[0]!.text).toBe('4 comments.');
    expect(rows[1]!.text).toBe('Reply to their comments, version 1.');
    expect(rows[3]!.text).toBe(
      'Their comment: We arrived at A&E at 7pm, not 9pm.\nDecision: Accepted, the report will change',
    );
  });

  it('keeps every handover of the case, oldest first', () => {
    expect(rowsOf('owner').map((row) => [row.text, row.by, row.date, row.time])).toEqual([
      ['To Sam Lewis', 'Sam Lewis', '2026-03-18', '09:15'],
      ['From Sam Lewis to Dr Amara Okafor', 'Sam Lewis', '2026-06-01', '09:00'],
    ]);
  });

  it('says "Not recorded" for every author an older case never kept, and for its owner', () => {
    const old = summaryOf(summaryCaseWithoutNames);
    expect(old.owner).toBe('Not recorded');
    const authored = old.rows.filter((row) => row.section !== 'touchpoints');
    expect(authored.length).toBeGreaterThan(10);
    expect(new Set(authored.map((row) => row.by))).toEqual(new Set(['Not recorded']));
    expect(rowsOf('agreements', old.rows).map((row) => row.text)).toEqual([
      'Whether the family agreed it: not recorded.',
      'Whether the family agreed it: not recorded.',
    ]);
    expect(rowsOf('owner', old.rows)).toEqual([]);
  });

  it('is in Welsh on the Welsh pages', () => {
    const welsh = summaryOf(summaryCase, 'cy');
    expect(rowsOf('contacts', welsh.rows)[3]).toMatchObject({ event: 'Cyswllt', method: 'Cyfarfod wyneb yn wyneb' });
    expect(rowsOf('agreements', welsh.rows)[1]!.method).toBe('Dros y ffôn');
    expect(rowsOf('family', welsh.rows)[0]!.text).toContain('31 Mawrth 2026');
  });
});

describe("the summary's file names", () => {
  const t = teamWords();
  it('start with the reference and end with the day it was made', () => {
    expect(summaryFileName(summary, t, 'pdf')).toBe('PSII-2026-014 case summary 2026-12-06.pdf');
    expect(summaryFileName(summary, t, 'csv')).toBe('PSII-2026-014 case summary 2026-12-06.csv');
    expect(summaryFileName(summary, teamWords('cy'), 'pdf')).toBe('PSII-2026-014 crynodeb achos 2026-12-06.pdf');
  });

  it('keep only characters every file system and upload form takes', () => {
    const named = (reference: string) => summaryFileName({ ...summary, reference }, t, 'csv');
    expect(named('PSII/2026:014 <Ward 3>?')).toBe('PSII-2026-014 Ward 3 case summary 2026-12-06.csv');
    expect(named('Ysbyty Glan y Môr\u202E #7')).toBe('Ysbyty Glan y Mor 7 case summary 2026-12-06.csv');
    expect(named('..\\..\\secret')).toBe('secret case summary 2026-12-06.csv');
    expect(named('x'.repeat(500))).toBe(`${'x'.repeat(60)} case summary 2026-12-06.csv`);
    expect(named('')).toBe('Case summary 2026-12-06.csv');
    expect(named('***')).toBe('Case summary 2026-12-06.csv');
  });
});
