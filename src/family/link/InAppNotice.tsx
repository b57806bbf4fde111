import { useState } from 'preact/hooks';
import type { Translate } from '~/core/questions/types';
import type { KeysUnder, TranslateOptions } from '~/core/words/translate';

interface Props {
  t: Translate;
  /** The app's name when we know it. */
  app?: string;
  /** The whole link, to copy into the phone's usual browser. */
  link: string;
  copy: (text: string) => Promise<boolean>;
  /** Answers are saved in this app's browser: offer to move them as a file. */
  hasAnswers: boolean;
  moveAnswersUrl: string;
}

/**
 * Shown when the link opened inside an email or social app's own browser, whose storage is kept apart
 * from the phone's browser: explains, and offers the ways out. The family can still carry on here.
 */
export function InAppNotice({ t, app, link, copy, hasAnswers, moveAnswersUrl }: Props) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const f = (key: KeysUnder<'ui:familyLink.inApp.'>, options?: TranslateOptions) =>
    t(`ui:familyLink.inApp.${key}`, options);
  return (
    <div class="ltw-notification ltw-notification--warning ltw-in-app" data-in-app-notice>
      <h2 class="ltw-notification__title">{app ? f('title', { app }) : f('titleUnknown')}</h2>
      <p>{f('text')}</p>
      <p>{f('copyIntro')}</p>
      <button
        type="button"
        class="ltw-button ltw-button--secondary"
        onClick={async () => setCopied((await copy(link)) ? 'copied' : 'failed')}
      >
        {f('copy')}
      </button>
      <p role="status" class="ltw-in-app__status">
        {copied === 'copied' && f('copied')}
        {copied === 'failed' && f('copyFailed')}
      </p>
      {copied === 'failed' && (
        <div class="ltw-form-group">
          <label class="ltw-label" for="link-to-copy">
            {f('linkLabel')}
          </label>
          <input
            class="ltw-input ltw-in-app__link"
            id="link-to-copy"
            type="text"
            readOnly
            value={link}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
      {hasAnswers && (
        <p>
          {f('answersHere')} <a href={moveAnswersUrl}>{f('answersLink')}</a>
        </p>
      )}
      <p>{f('stayHere')}</p>
    </div>
  );
}
