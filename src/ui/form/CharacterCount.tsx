import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '~/core/questions/types';
import { characterCount } from '~/core/text/text';

interface Props {
  id: string;
  text: string;
  max: number;
  t: Translate;
}

/** GOV.UK shows the count only once the text nears its limit, so it does not distract before then. */
const THRESHOLD = 0.75;

/**
 * The limit is always described to screen readers; the visible count appears near the limit, and a
 * polite live copy updates only once typing pauses, so a screen reader is not interrupted on every key
 * (the GOV.UK character count's approach). Characters are counted as a person counts them.
 */
export function CharacterCount({ id, text, max, t }: Props) {
  const length = characterCount(text);
  const remaining = max - length;
  const near = length >= max * THRESHOLD;
  const message =
    remaining >= 0
      ? t('ui:characterCount.remaining', { count: remaining })
      : t('ui:characterCount.over', { count: -remaining });
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(near ? message : ''), 1000);
    return () => clearTimeout(timer);
  }, [message, near]);
  return (
    <>
      {near && (
        <div
          class={remaining < 0 ? 'ltw-character-count ltw-character-count--over' : 'ltw-character-count'}
          aria-hidden="true"
        >
          {message}
        </div>
      )}
      <div class="ltw-visually-hidden" id={id}>
        {t('ui:characterCount.limit', { max })}
      </div>
      <div class="ltw-visually-hidden" aria-live="polite">
        {announced}
      </div>
    </>
  );
}
