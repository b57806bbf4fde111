import type { SingleChoiceAnswer } from '~/core/questions/single-choice/rules';
import type { SettingId } from '~/core/journey/settings';
import type { WizardContext } from './context';

const READ: Record<SettingId, (context: WizardContext) => SingleChoiceAnswer | undefined> = {
  'save-mode': (context) => (context.saveMode ? { choice: context.saveMode } : undefined),
};

/** A setting as the person last chose it, to show on its page (where settings.ts keeps it). */
export const readSetting = (id: SettingId, context: WizardContext) => READ[id](context);
