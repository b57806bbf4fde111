import { STORAGE_KEYS } from '~/core/store/types';

/*
 * The name of the investigator working in this tab. Kept in sessionStorage only: team computers are
 * often shared, so each new tab asks again, and closing the tab forgets it. "Delete everything" clears
 * it with the rest (it starts with the site's prefix).
 */
const KEY = STORAGE_KEYS.workingAs;

export function readWorkingAs(): string | undefined {
  try {
    return sessionStorage.getItem(KEY) || undefined;
  } catch {
    return undefined;
  }
}

/** False when this tab keeps nothing (site data blocked): the name then lasts only until the page reloads. */
export function keepWorkingAs(name: string | undefined): boolean {
  try {
    if (name) sessionStorage.setItem(KEY, name);
    else sessionStorage.removeItem(KEY);
    return true;
  } catch {
    return false;
  }
}
