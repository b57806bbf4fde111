import type { SingleChoiceAnswer } from '~/core/questions/single-choice/rules';
import type { SettingId } from '~/core/journey/settings';
import type { Position } from '~/core/journey/pages';
import type { SaveMode, WizardContext } from './context';

/*
 * Where each setting is kept: the save mode in its own field, "completed?" as the stage's mark; never
 * among the answers. Reading them back is read-setting.ts: only the settings' own pages need it.
 */

export const stageOf = (at: Position) => ('stage' in at ? at.stage : '');

const KEEP: Record<SettingId, (context: WizardContext, answer: SingleChoiceAnswer) => Partial<WizardContext>> = {
  'save-mode': (_context, answer) => ({ saveMode: answer.choice as SaveMode }),
};

/** What choosing a setting on its page changes. */
export const keepSetting = (id: SettingId, context: WizardContext, answer: SingleChoiceAnswer) =>
  KEEP[id](context, answer);
