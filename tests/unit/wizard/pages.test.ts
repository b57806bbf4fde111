import { describe, expect, it } from 'vitest';
import { FAMILY } from '~/core/journey/family';
import { MODES, PAGES, type Page, type PageSpec } from '~/core/journey/pages';
import { modeOf } from '~/core/journey/machine';
import { reservedAddresses, encodePosition, everyPosition } from '~/core/journey/position';
import { ALL_QUESTIONS, ALL_STEPS, STAGES } from '~/core/journey/schema';
import { readSetting } from '~/core/journey/machine/read-setting';
import { at, go, start } from '../../helpers/family';

const SPECS = Object.entries(PAGES) as [Page, PageSpec][];
const positions = everyPosition({ steps: ALL_STEPS.map((s) => s.id), stages: STAGES.map((s) => s.id) });

describe('the page registry', () => {
  it('gives every page an address of its own', () => {
    expect(new Set(reservedAddresses()).size).toBe(reservedAddresses().length);
    const texts = positions.map(encodePosition);
    expect(new Set(texts).size).toBe(texts.length);
    for (const position of positions) expect(FAMILY.decode(encodePosition(position))).toEqual(position);
  });

  it('shows every position in a mode of the machine, and every mode shows some page', () => {
    const shown = new Set(positions.map((position) => modeOf(FAMILY, position)));
    expect([...shown].sort()).toEqual(Object.keys(MODES).sort());
  });

  it('asks a setting only with a checked Continue and no "not now"', () => {
    const asking = SPECS.filter(([, spec]) => spec.asks);
    expect(asking.map(([page]) => page).sort()).toEqual(['save-choice']);
    for (const [page, spec] of asking) {
      const accepts: Record<string, string> = MODES[spec.mode as keyof typeof MODES];
      expect(accepts.CONTINUE, page).toBe('answer');
      expect(accepts.SKIP, page).toBeUndefined();
      expect(spec.asks!.setting && spec.asks!.required, page).toBe(true);
    }
  });

  it('keeps settings out of the journey, so they are never answers, rows on check answers or in the agreement', () => {
    const settings: string[] = SPECS.flatMap(([, spec]) => (spec.asks ? [spec.asks.id] : []));
    expect(ALL_QUESTIONS.filter((q) => q.setting || settings.includes(q.id))).toEqual([]);
  });
});

describe('a page that asks a setting', () => {
  it('checks the choice by the question rules, and keeps it where settings are kept', () => {
    const actor = start({ answers: { 'who-is-filling-in': { choice: 'carer' } } });
    expect(at(actor.getSnapshot())).toBe('save-choice');
    for (const [value, code] of [
      [undefined, 'required'],
      ['device', 'unreadable'],
      [{ choice: 'printer' }, 'unknownOption'],
    ] as const) {
      actor.send({ type: 'CONTINUE', value });
      expect(actor.getSnapshot().context.errors.map((e) => e.code)).toEqual([code]);
      expect(at(actor.getSnapshot())).toBe('save-choice');
    }
    actor.send({ type: 'SKIP' });
    expect(at(actor.getSnapshot())).toBe('save-choice');
    actor.send({ type: 'CONTINUE', value: { choice: 'tab' } });
    const { context } = actor.getSnapshot();
    expect(at(actor.getSnapshot())).toBe('hub');
    expect(context.saveMode).toBe('tab');
    expect(context.answers).not.toHaveProperty('save-mode');
  });

  it('reads back the save mode chosen before', () => {
    const actor = start({ answers: { 'who-is-filling-in': { choice: 'carer' } }, saveMode: 'device' });
    actor.send({ type: 'GO_TO', position: go('save-choice') });
    expect(readSetting('save-mode', actor.getSnapshot().context)).toEqual({ choice: 'device' });
  });
});
