import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache';

describe('BoundedCache', () => {
  it('computes once per key when used as get, then set on a miss', () => {
    const cache = new BoundedCache<string, number>(10);
    let calls = 0;
    const compute = (k: string) => {
      calls++;
      return k.length;
    };
    expect(cache.get('abc') ?? cache.set('abc', compute('abc'))).toBe(3);
    expect(cache.get('abc') ?? cache.set('abc', compute('abc'))).toBe(3);
    expect(cache.get('hello') ?? cache.set('hello', compute('hello'))).toBe(5);
    expect(calls).toBe(2);
  });

  it('set returns the value it stores, including null', () => {
    const cache = new BoundedCache<string, string | null>(10);
    expect(cache.set('a', null)).toBeNull();
    expect(cache.get('a')).toBeNull();
    expect(cache.get('b')).toBeUndefined();
  });

  it('empties itself once it holds more than its limit', () => {
    const cache = new BoundedCache<number, number>(3);
    for (let i = 0; i < 4; i++) cache.set(i, i);
    // At its limit plus one it keeps everything; the next new key starts over.
    expect(cache.size).toBe(4);
    cache.set(4, 4);
    expect(cache.size).toBe(1);
    expect(cache.get(0)).toBeUndefined();
    expect(cache.get(4)).toBe(4);
  });

  it('clear drops every entry', () => {
    const cache = new BoundedCache<string, number>(3);
    cache.set('a', 1);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.get('a')).toBeUndefined();
  });
});
