/**
 * What Husbanken's views work out from the whole database (a year's overview, its totals, the
 * exports), kept until the database changes. The stamp is read on every request (one cheap query:
 * the newest submission, the number of tokens, the latest revocation), so a reply is never older than
 * the data; several server instances on one PostgreSQL each keep their own and agree.
 */
export class StampedCache<V> {
  private readonly entries = new Map<string, { readonly stamp: string; readonly value: Promise<V> }>();

  constructor(private readonly maxEntries = 64) {}

  /** The value for `key` at this stamp, worked out once however many requests ask at the same time. */
  get(key: string, stamp: string, compute: () => Promise<V>): Promise<V> {
    const known = this.entries.get(key);
    if (known?.stamp === stamp) return known.value;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { stamp, value });
    // A failure is not kept: the next request tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value ?? '');
    return value;
  }
}
