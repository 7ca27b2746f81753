import { describe, expect, it } from 'vitest';
import LruCache from '../../../lib/bundling/lru-cache.js';
import {
  EventStreamSerde,
  eventStreamSerdeProvider,
  resolveEventStreamSerdeConfig,
} from '../../../lib/bundling/no-event-streams.js';

describe('LRU cache stand-in (endpoint-discovery cache)', () => {
  it('evicts the least recently used key once over capacity', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1).set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
  });

  it('peeks without refreshing a key', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1).set('b', 2);
    expect(cache.peek('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.has('a')).toBe(false);
  });

  it('answers undefined for a missing key and forgets everything on clear', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.clear();
    expect([cache.get('a'), cache.size]).toEqual([undefined, 0]);
  });
});

describe('event-stream stand-in', () => {
  it('lets a client resolve its configuration but fails loudly if an event stream is used', () => {
    const config = resolveEventStreamSerdeConfig({ eventStreamSerdeProvider });
    expect(() => config.eventStreamMarshaller.serialize()).toThrow(/not bundled/);
    expect(() => new EventStreamSerde()).toThrow(/not bundled/);
  });
});
