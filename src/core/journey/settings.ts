import type { SingleChoiceQuestionSpec } from '~/core/questions/single-choice/rules';

/*
 * The wizard's settings: questions of the question system (one choice, checked by its rules) that
 * ask how the tool works for the person rather than about what happened. Their words belong to the
 * page that asks them; where each is kept is the machine's (machine/settings.ts).
 */
export type SettingId = 'save-mode';
export type SettingQuestion = SingleChoiceQuestionSpec & { id: SettingId; setting: true; required: true };

/** Keep answers on this device, or only while this tab is open. */
export const SAVE_MODE = {
  id: 'save-mode',
  type: 'singleChoice',
  required: true,
  setting: true,
  options: ['device', 'tab'],
} as const satisfies SettingQuestion;
