import { createEnvelope, type Draft } from '~/core/store';
import type { WizardContext } from '~/core/journey/machine';
import type { CarriedCase } from '~/browser/language-carry';
import { toSaved, type AnswerTimes } from './persistence';

/** The wizard's answers and drafts as text to carry to the same page in another language (read back by session.ts). */
export const carryCase = (context: WizardContext, times: AnswerTimes, drafts: Record<string, Draft>): string =>
  JSON.stringify({
    mode: context.saveMode,
    envelope: JSON.stringify(createEnvelope(toSaved(context, times), new Date())),
    drafts,
  } satisfies CarriedCase);
