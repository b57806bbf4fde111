import { createAnswersStore } from './answers-store';
import type { Migration } from './migrations';
import type { AnswersStore, StorageLike } from './types';

/** Storage kept in a Map: for tests, and for what is kept only while a page is open. */
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

/** An AnswersStore that forgets everything when the page closes; pass `storages` to share them between stores (two tabs). */
export function createMemoryAnswersStore(
  options: { maxAgeDays: number; upgrades?: Record<number, Migration> },
  storages: { local: StorageLike; session: StorageLike } = { local: new MemoryStorage(), session: new MemoryStorage() },
): AnswersStore {
  return createAnswersStore({ local: () => storages.local, session: () => storages.session }, options);
}
