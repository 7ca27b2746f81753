/**
 * Stand-in for `mnemonist/lru-cache` (with `obliterator`, ~7 KiB minified), swapped in at bundle time by
 * the base function construct. Its one user is the DynamoDB client's endpoint-discovery cache, which stays
 * empty unless endpoint discovery is switched on (it is off by default and this project never enables it).
 * A Map keeps insertion order, so deleting and re-inserting on access is enough for least-recently-used
 * eviction at the cache's small sizes.
 */
export default class LruCache<K, V> {
  readonly #entries = new Map<K, V>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.#entries.size;
  }

  has(key: K): boolean {
    return this.#entries.has(key);
  }

  /** The value without marking it as recently used. */
  peek(key: K): V | undefined {
    return this.#entries.get(key);
  }

  get(key: K): V | undefined {
    if (!this.#entries.has(key)) return undefined;
    const value = this.#entries.get(key) as V;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  set(key: K, value: V): this {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    return this;
  }

  delete(key: K): boolean {
    return this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }
}
