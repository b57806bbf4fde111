import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { parse } from 'yaml';
import { investigatorChecklistsSchema, type InvestigatorChecklists } from '~/content/data-schemas';
import { investigatorChecklists } from '~/content/data';
import { REQUIRED_TOUCHPOINTS, TOUCHPOINT_IDS } from '~/core/cases/touchpoints';
import { StageChecklist } from '~/team/case/StageChecklist';
import { createFormatter } from '~/i18n/messages';
import { investigatorMessages } from '~/i18n/investigator-resources';
import { REPO_ROOT } from '../../helpers/paths';

const folder = join(REPO_ROOT, 'content', 'investigator');
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ file: `content/investigator/${f}`, data: parse(readFileSync(join(folder, f), 'utf8')) as unknown }));
const english = () => structuredClone(parse(readFileSync(join(folder, 'en.yaml'), 'utf8'))) as InvestigatorChecklists;
const problems = (data: unknown) => {
  const result = investigatorChecklistsSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

// How each language starts a line about what families may ask ("Be ready to tell them ..."). null: no fixed
// opening yet (Urdu puts the verb last; the Polish phrase is the translator's): set it once reviewed.
const BE_READY: Record<string, RegExp | null> = {
  'en.yaml': /^Be ready to tell them[ ,]/,
  'cy.yaml': /^Byddwch yn barod i ddweud wrthyn nhw[ ,]/,
  'pl.yaml': /^Przygotuj się, by powiedzieć rodzinie[ ,]/,
  'ur.yaml': /^یہ بتانے کے لیے تیار رہیں[ ،]/,
};

describe.each(files)('$file', ({ file, data }) => {
  const content = investigatorChecklistsSchema.parse(data);

  it('has stages 1 to 5 in order, each with things to do, things to record and touchpoints', () => {
    expect(content.stages.map((s) => s.stage)).toEqual([1, 2, 3, 4, 5]);
    for (const stage of content.stages) {
      expect(stage.do.length, `stage ${stage.stage}`).toBeGreaterThan(0);
      expect(stage.record.length, `stage ${stage.stage}`).toBeGreaterThan(0);
      expect(stage.touchpoints.length, `stage ${stage.stage}`).toBeGreaterThan(0);
    }
  });

  it('keeps the required touchpoints in their stages, each touchpoint once', () => {
    for (const [id, stage] of Object.entries(REQUIRED_TOUCHPOINTS))
      expect(content.stages[stage - 1]!.touchpoints.map((t) => t.id)).toContain(id);
    const ids = content.stages.flatMap((s) => s.touchpoints.map((t) => t.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('links each stage to its investigator guidance page', () => {
    const pages = readdirSync(join(REPO_ROOT, 'content', 'guidance', 'en', 'investigators')).map(
      (f) => `investigators/${f.replace(/\.mdx?$/, '')}`,
    );
    for (const stage of content.stages) expect(pages).toContain(stage.guidance);
  });

  it('has a first-call guide, and the questions families may ask phrased "Be ready to tell them ..."', () => {
    expect(content.firstCall.length).toBeGreaterThan(3);
    const start = BE_READY[file.split('/').pop()!];
    expect(start, `add how ${file} starts "Be ready to tell them"`).toBeDefined();
    if (start) for (const line of content.questionsFamiliesMayAsk) expect(line).toMatch(start);
    else expect(content.questionsFamiliesMayAsk.length).toBeGreaterThan(0);
  });
});

describe('the checklist schema', () => {
  it('is what the loader uses', () => {
    expect(investigatorChecklists('en')).toEqual(investigatorChecklistsSchema.parse(english()));
  });

  it('names what is wrong: a missing required touchpoint, a duplicate, an unknown id, a stage out of order', () => {
    const missing = english();
    missing.stages[3]!.touchpoints = missing.stages[3]!.touchpoints.filter((t) => t.id !== 'draft-warning-call');
    expect(problems(missing)).toEqual(['stages.3.touchpoints: must include "draft-warning-call"']);

    const duplicate = english();
    duplicate.stages[1]!.touchpoints.push({ id: 'first-contact', label: 'Again' });
    expect(problems(duplicate)).toEqual(['stages.1.touchpoints.3.id: "first-contact" is already in stage 1']);

    const unknown = english() as unknown as { stages: { touchpoints: { id: string }[] }[] };
    unknown.stages[0]!.touchpoints[0]!.id = 'first-contcat';
    expect(problems(unknown).join('\n')).toMatch(/stages\.0\.touchpoints\.0\.id: Invalid enum value/);

    const swapped = english();
    swapped.stages = [swapped.stages[1]!, swapped.stages[0]!, ...swapped.stages.slice(2)];
    expect(problems(swapped)).toContain('stages.0.stage: must be 1');

    const extra = { ...english(), notes: 'x' };
    expect(problems(extra).join('\n')).toMatch(/Unrecognized key/);
  });

  it('knows every touchpoint id it is given', () => {
    expect(TOUCHPOINT_IDS).toEqual(expect.arrayContaining(Object.keys(REQUIRED_TOUCHPOINTS)));
  });
});

describe('StageChecklist', () => {
  const t = createFormatter('en-GB', investigatorMessages('en'));
  const checklists = investigatorChecklists('en');
  const render = (stage: number, dates = {}) =>
    renderToString(h(StageChecklist, { checklists, stage, t, locale: 'en', lang: 'en-GB', dates, onDates: () => {} }));

  it('shows the stage name, what to do, what to record and the touchpoints', () => {
    const html = render(2);
    expect(html).toMatch(/<h2[^>]*>Stage 2: Agreeing how you work together<\/h2>/);
    const parts = [...html.matchAll(/<h3[^>]*>([^<]*)<\/h3>/g)].map((m) => m[1]);
    expect(parts).toEqual([
      'Communication needs: review them at every stage',
      'What to do',
      'What to record',
      'Moments that matter to the family',
    ]);
    expect(html).toContain('href="/en/investigators/2-agreeing-how-you-work-together/"');
    for (const line of checklists.stages[1]!.do) expect(html).toContain(line.replace(/"/g, '&quot;'));
  });

  it.each([1, 2, 3, 4, 5])(
    'asks on stage %i, before anything else to do, whether the communication needs have changed (review)',
    (stage) => {
      const html = render(stage);
      const line = checklists.stages[stage - 1]!.reviewNeeds;
      expect(line).toMatch(stage === 1 ? /how they want information/ : /have your communication needs changed\?/);
      expect(html).toContain(line.replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
      expect(html.indexOf('review them at every stage')).toBeLessThan(html.indexOf('What to do'));
    },
  );

  it('stops the build when a stage leaves out the review of communication needs', () => {
    const { reviewNeeds: _, ...withoutReview } = checklists.stages[2]!;
    const stages = checklists.stages.map((s, i) => (i === 2 ? withoutReview : s));
    expect(investigatorChecklistsSchema.safeParse({ ...checklists, stages }).success).toBe(false);
  });

  it('adds the first-call guide and what families may ask on stage 1 only', () => {
    const parts = [...render(1).matchAll(/<h3[^>]*>([^<]*)<\/h3>/g)].map((m) => m[1]);
    expect(parts).toContain('Your first phone call, step by step');
    expect(parts).toContain('What families may ask you');
    expect(render(3)).not.toContain('Your first phone call');
  });

  it('gives each touchpoint a GOV.UK date input named for it, and on paper the date or a line to write on', () => {
    const html = render(4, { 'draft-warning-call': '2026-09-03' });
    expect(html).toMatch(
      /<legend class="ltw-checklist__date-label">Date<span class="ltw-visually-hidden">: Call before the draft arrives<\/span><\/legend>/,
    );
    for (const [part, value] of [
      ['day', '3'],
      ['month', '9'],
      ['year', '2026'],
    ])
      expect(html).toMatch(new RegExp(`<input[^>]*id="touchpoint-draft-warning-call-${part}"[^>]*value="${value}"`));
    expect(html).not.toContain('type="date"');
    expect(html).toMatch(/ltw-checklist__date-paper">3 September 2026</);
    expect(html).toMatch(/ltw-checklist__box--done" aria-hidden="true">✓/);
    // A touchpoint with no date gets a line to write on, and an empty box.
    expect(html).toMatch(/id="touchpoint-draft-shared-year"[^>]*value(="")?\/>[\s\S]*?ltw-checklist__write-line/);
    expect(html.match(/ltw-checklist__box--done/g)).toHaveLength(1);
  });
});
