import { useEffect, useState } from 'preact/hooks';

/**
 * After an item is added, moved or removed, keep keyboard focus on something meaningful
 * (the same button on the moved item, the new item's first field) instead of losing it to <body>.
 */
export function useFocusAfterRender() {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}
