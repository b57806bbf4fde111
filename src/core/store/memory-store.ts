import { createBrowserStore } from './browser-store';
import type { CaseStore, StorageLike } from './types';

/** Storage kept in a Map: for tests, and for when the browser blocks real storage. */
export class MemoryStorage implements StorageLike {
  readonly #items = new Map<string, string>();

  get length(): number {
    return this.#items.size;
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  clear(): void {
    this.#items.clear();
  }
}

/** A CaseStore that forgets everything when the page closes; pass `storages` to share them between stores (two tabs). */
export function createMemoryStore(
  options: { maxAgeDays: number },
  storages: { local: StorageLike; session: StorageLike } = { local: new MemoryStorage(), session: new MemoryStorage() },
): CaseStore {
  return createBrowserStore({ local: () => storages.local, session: () => storages.session }, options);
}
