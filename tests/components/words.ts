import { createWizardTranslator } from '~/i18n/wizard-resources';
import { questionWords } from '~/core/questions/question-words';

/** The real English words, as the wizard's pages get them. */
export const t = createWizardTranslator('en');
export const words = questionWords(t, {}, 'en');
