import { describe, expect, it } from 'vitest';
import { touchpointBoxes, touchpointDay } from '~/core/cases/touchpoint-day';

const NOW = new Date(2026, 10, 23, 12); // 23 November 2026, noon on this machine's calendar

describe("a touchpoint's date in day, month and year boxes", () => {
  it('keeps a whole day as the case stores it, from numbers or a month name, and clears on empty boxes', () => {
    expect(touchpointDay({ day: '20', month: '3', year: '2026' }, NOW)).toEqual({ ok: true, day: '2026-03-20' });
    expect(touchpointDay({ day: ' 03 ', month: 'Mar', year: '2026' }, NOW)).toEqual({ ok: true, day: '2026-03-03' });
    expect(touchpointDay({ day: '23', month: '11', year: '2026' }, NOW)).toEqual({ ok: true, day: '2026-11-23' });
    expect(touchpointDay({ day: ' ', month: '', year: '' }, NOW)).toEqual({ ok: true, day: undefined });
  });

  it.each([
    [{ day: '20', month: '3' }, 'year', 'missingYear'],
    [{ day: '20', month: '3', year: '26' }, 'year', 'yearFormat'],
    [{ day: '20', year: '2026' }, 'month', 'missingMonth'],
    [{ day: '20', month: '13', year: '2026' }, 'month', 'monthRange'],
    [{ day: '31', month: '4', year: '2026' }, 'day', 'dayRange'],
    [{ day: '1', month: '1', year: '1899' }, 'year', 'tooEarly'],
    [{ day: '24', month: '11', year: '2026' }, 'day', 'inFuture'],
    [{ month: '3', year: '2026' }, 'day', 'missingDay'],
    [{ year: '2026' }, 'day', 'missingDayAndMonth'],
  ])('names the one problem with %j: %s, %s', (boxes, field, code) => {
    expect(touchpointDay(boxes, NOW)).toEqual({ ok: false, error: { field, code } });
  });

  it('shows a kept day back in the boxes without leading zeros, and nothing for anything else', () => {
    expect(touchpointBoxes('2026-03-05')).toEqual({ day: '5', month: '3', year: '2026' });
    expect(touchpointBoxes(undefined)).toEqual({});
    expect(touchpointBoxes('yesterday')).toEqual({});
  });
});
