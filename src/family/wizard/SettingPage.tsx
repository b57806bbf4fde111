import { SAVE_MODE, type SettingQuestion } from '~/core/journey/settings';
import { readSetting } from '~/core/journey/machine/read-setting';
import type { SingleChoiceAnswer } from '~/core/questions/single-choice/rules';
import { SettingForm, type SettingWording } from '~/ui/questions/SettingForm';
import type { ViewInput } from './view-types';

/*
 * The pages that ask a setting, in the family's words. Loaded when first shown (and fetched ahead when
 * idle), so the wizard's first load carries only its first question.
 */

/** The setting's form: starting from what was sent with a problem, else the choice made before, else `fallback`. */
function SettingPage({
  input,
  setting,
  wording,
  fallback,
}: {
  input: ViewInput;
  setting: SettingQuestion;
  wording: SettingWording;
  fallback?: string;
}) {
  const { context, send, t, headingRef } = input.page;
  const sent = context.errors.length ? (context.draft as SingleChoiceAnswer | undefined) : undefined;
  return (
    <SettingForm
      question={setting}
      wording={wording}
      t={t}
      heading={{ caption: input.caption, ref: headingRef }}
      initial={sent?.choice ?? readSetting(setting.id, context)?.choice ?? fallback}
      failed={context.errors.length > 0}
      onSubmit={(value) => send({ type: 'CONTINUE', value })}
    />
  );
}

/** Keep answers on this device or in this tab: only the ways this browser allows (it says when it allows none). */
export function SaveChoicePage(input: ViewInput) {
  const { t } = input.page;
  const { device, tab } = input.app.canSave;
  const wording: SettingWording = {
    label: t(device ? 'ui:saveChoice.title' : 'ui:saveChoice.titleBlocked'),
    hint: t(device ? 'ui:saveChoice.hint' : 'ui:saveChoice.deviceBlocked'),
    options: {
      device: { label: t('ui:saveChoice.device'), hint: t('ui:saveChoice.deviceHint', { days: input.app.expireDays }) },
      tab: tab
        ? { label: t(device ? 'ui:saveChoice.tab' : 'ui:saveChoice.tabOnly'), hint: t('ui:saveChoice.tabHint') }
        : { label: t('ui:saveChoice.page'), hint: t('ui:saveChoice.pageHint') },
    },
    required: t('ui:saveChoice.errorRequired'),
  };
  return (
    <SettingPage
      input={input}
      setting={device ? SAVE_MODE : { ...SAVE_MODE, options: ['tab'] }}
      wording={wording}
      // Where this browser cannot keep answers on the device, keeping them in this tab is the only choice.
      fallback={device ? undefined : 'tab'}
    />
  );
}
