import { useEffect, useState } from 'preact/hooks';
import type { WizardT } from '../../i18n/create-wizard-translator';

interface Props {
  id: string;
  length: number;
  max: number;
  t: WizardT;
}

/**
 * Visible count for sighted people, and a polite live copy that only updates once typing pauses,
 * so a screen reader is not interrupted on every key (the GOV.UK character count's approach).
 */
export function CharacterCount({ id, length, max, t }: Props) {
  const remaining = max - length;
  const text =
    remaining >= 0
      ? t('characterCount.remaining', { count: remaining })
      : t('characterCount.over', { count: -remaining });
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(text), 1000);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <>
      <div
        class={remaining < 0 ? 'ltw-character-count ltw-character-count--over' : 'ltw-character-count'}
        aria-hidden="true"
      >
        {text}
      </div>
      <div class="ltw-visually-hidden" id={id}>
        {t('characterCount.limit', { max })}
      </div>
      <div class="ltw-visually-hidden" aria-live="polite">
        {announced}
      </div>
    </>
  );
}
