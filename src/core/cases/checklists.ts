/*
 * The team's stage checklists as a trust writes them (content/investigator/<locale>.yaml): checked at
 * build time, so a checklist too long for one printed page, or a touchpoint in the wrong stage, stops
 * the build with a message naming it.
 */
import { z } from 'astro/zod';
import { STAGE_NUMBERS } from '~/core/journey/schema';
import { REQUIRED_TOUCHPOINTS, TOUCHPOINT_IDS } from './touchpoints';

/** One short line of a checklist: plain text, no Markdown, kept short so a stage fits one printed page. */
const line = z.string().trim().min(1).max(160);
const guidanceSlug = z.string().regex(/^investigators\/[a-z0-9-]+$/, 'must be a page under investigators/');

const checklistStageSchema = z
  .object({
    stage: z.number().int().min(1).max(STAGE_NUMBERS.length),
    title: z.string().trim().min(1).max(80),
    /** The investigator guidance page for the stage (a slug under /<locale>/), for the longer text. */
    guidance: guidanceSlug,
    /** The Accessible Information Standard's review step: whether the communication needs have changed. */
    reviewNeeds: z.string().trim().min(1).max(240),
    do: z.array(line).min(1).max(14),
    record: z.array(line).min(1).max(12),
    touchpoints: z
      .array(z.object({ id: z.enum(TOUCHPOINT_IDS), label: z.string().trim().min(1).max(80) }).strict())
      .min(1)
      .max(6),
  })
  .strict();

export const investigatorChecklistsSchema = z
  .object({
    stages: z.array(checklistStageSchema).length(STAGE_NUMBERS.length),
    /** What to say and ask on the first phone call, in order. */
    firstCall: z.array(line).min(1).max(14),
    /** What families are advised to ask at the first meeting: "Be ready to tell them ...". */
    questionsFamiliesMayAsk: z.array(line).min(1).max(12),
  })
  .strict()
  .superRefine((data, ctx) => {
    data.stages.forEach((stage, index) => {
      if (stage.stage !== index + 1)
        ctx.addIssue({ code: 'custom', path: ['stages', index, 'stage'], message: `must be ${index + 1}` });
    });
    const seen = new Map<string, number>();
    data.stages.forEach((stage, s) =>
      stage.touchpoints.forEach((touchpoint, i) => {
        if (seen.has(touchpoint.id))
          ctx.addIssue({
            code: 'custom',
            path: ['stages', s, 'touchpoints', i, 'id'],
            message: `"${touchpoint.id}" is already in stage ${seen.get(touchpoint.id)}`,
          });
        else seen.set(touchpoint.id, stage.stage);
      }),
    );
    for (const [id, stage] of Object.entries(REQUIRED_TOUCHPOINTS))
      if (seen.get(id) !== stage)
        ctx.addIssue({ code: 'custom', path: ['stages', stage - 1, 'touchpoints'], message: `must include "${id}"` });
  });
export type InvestigatorChecklists = z.infer<typeof investigatorChecklistsSchema>;
export type ChecklistStage = InvestigatorChecklists['stages'][number];
