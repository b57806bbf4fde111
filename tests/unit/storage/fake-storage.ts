import { MemoryStorage } from '~/core/store';

/** Memory storage that can be made to fail the ways browsers fail. */
export class FakeStorage extends MemoryStorage {
  blocked = false;
  quotaError: Error | null = null;
  /** Characters this storage holds in all (keys and values), like a browser's quota; null for no limit. */
  capacity: number | null = null;

  #check() {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  #used() {
    let used = 0;
    for (let i = 0; i < super.length; i++) used += (super.getItem(super.key(i)!) ?? '').length;
    return used;
  }
  override get length() {
    this.#check();
    return super.length;
  }
  override getItem(key: string) {
    this.#check();
    return super.getItem(key);
  }
  override setItem(key: string, value: string) {
    this.#check();
    if (this.quotaError) throw this.quotaError;
    if (this.capacity !== null && this.#used() - (super.getItem(key)?.length ?? 0) + value.length > this.capacity)
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    super.setItem(key, value);
  }
  override removeItem(key: string) {
    this.#check();
    super.removeItem(key);
  }
  override key(index: number) {
    this.#check();
    return super.key(index);
  }
}
