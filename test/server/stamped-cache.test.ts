import { StampedCache } from '../../src/server/stamped-cache';

describe('StampedCache', () => {
  it('works a value out once per stamp, also for requests that come at the same time', async () => {
    const cache = new StampedCache<number>();
    let computed = 0;
    const compute = async () => ++computed;
    const same = await Promise.all([cache.get('a', 's1', compute), cache.get('a', 's1', compute), cache.get('a', 's1', compute)]);
    expect(same).toEqual([1, 1, 1]);
    expect(await cache.get('a', 's2', compute)).toBe(2);
    expect(await cache.get('b', 's2', compute)).toBe(3);
    expect(await cache.get('a', 's2', compute)).toBe(2);
  });

  it('keeps no failure: the next request tries again', async () => {
    const cache = new StampedCache<string>();
    await expect(cache.get('a', 's', () => Promise.reject(new Error('nede')))).rejects.toThrow('nede');
    expect(await cache.get('a', 's', async () => 'oppe')).toBe('oppe');
  });

  it('forgets the oldest entry beyond its size', async () => {
    const cache = new StampedCache<string>(2);
    let computed = 0;
    for (const key of ['a', 'b', 'c']) await cache.get(key, 's', async () => `${key}${++computed}`);
    expect(await cache.get('a', 's', async () => `a${++computed}`)).toBe('a4');
    expect(await cache.get('c', 's', async () => 'ny')).toBe('c3');
  });
});
