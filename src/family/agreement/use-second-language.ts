import { useEffect, useState } from 'preact/hooks';
import { createFormatter, type Messages } from '~/i18n/messages';
import type { Translate } from '~/core/questions/types';

/** The other language of a bilingual document, as the page knows it before loading its words. */
export interface SecondLanguage {
  lang: string;
  /** Its name in itself, e.g. "English". */
  label: string;
  /** Where its wizard words are: /en/wizard/messages.json. */
  messagesUrl: string;
  /** True when this page's language goes second (an English page of a trust in Wales: Welsh first). */
  goesFirst: boolean;
}

export type SecondWords = { state: 'off' | 'loading' | 'failed' } | { state: 'ready'; t: Translate };

/** Loads the other language's words once, when a bilingual document is first asked for. */
export function useSecondLanguage(second: SecondLanguage | undefined, wanted: boolean): SecondWords {
  const [words, setWords] = useState<SecondWords>({ state: 'off' });
  useEffect(() => {
    if (!second || !wanted || words.state === 'ready' || words.state === 'loading') return;
    setWords({ state: 'loading' });
    fetch(second.messagesUrl)
      .then((response) =>
        response.ok ? (response.json() as Promise<Messages>) : Promise.reject(new Error(`HTTP ${response.status}`)),
      )
      .then((messages) => setWords({ state: 'ready', t: createFormatter(second.lang, messages) }))
      .catch(() => setWords({ state: 'failed' }));
  }, [second, wanted]);
  return wanted ? words : { state: 'off' };
}
