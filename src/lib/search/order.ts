/**
 * The order results are shown in, a screenful at a time. By relevance, Pagefind's merged
 * order is kept. By date, it is not enough: Pagefind sorts each merged bundle on its own
 * and zips the bundles together ("first sort each index, and then zip them together",
 * Pagefind's sorting docs), so the French and English sources would alternate whatever
 * their dates. Each bundle's list is in date order, though, so merging the lists by the
 * date in each result's metadata gives the true order while loading, for n results, only
 * about n per bundle.
 */

/** Results taken a screenful at a time. */
export interface ResultCursor<T> {
  /** How many results there are in all. */
  readonly total: number;
  /** How many have been taken so far. */
  readonly taken: number;
  /** The next `n` results (fewer at the end). */
  next(n: number): Promise<T[]>;
}

/**
 * The results in the order given.
 *
 * @example
 * await relevanceCursor(['a', 'b', 'c']).next(2) // ['a', 'b']
 */
export function relevanceCursor<T>(results: readonly T[]): ResultCursor<T> {
  let taken = 0;
  return {
    total: results.length,
    get taken() { return taken; },
    async next(n) {
      const out = results.slice(taken, taken + n);
      taken += out.length;
      return out;
    },
  };
}

/**
 * The bundle a result comes from: the language prefix of its id ("fr_91c771c" → "fr"),
 * which Pagefind documents as the language of the page's bundle.
 *
 * @example
 * bundleOfId('fr_91c771c') // 'fr'
 */
export function bundleOfId(id: string): string {
  const i = id.indexOf('_');
  return i < 0 ? '' : id.slice(0, i);
}

/**
 * Results in date order across bundles, from results that are in date order within each
 * bundle (as Pagefind's sort leaves them). `dateOf` reads a result's date (digits, so that
 * dates compare as text); a result whose date cannot be read sorts as the oldest. Equal
 * dates keep the bundles' order.
 *
 * @example
 * await dateCursor(results, (r) => bundleOfId(r.id), 'desc', async (r) => (await r.data()).meta.sortdate).next(10)
 */
export function dateCursor<T>(results: readonly T[], bundleOf: (r: T) => string, order: 'asc' | 'desc', dateOf: (r: T) => Promise<string>): ResultCursor<T> {
  const lists = new Map<string, T[]>();
  for (const r of results) {
    const b = bundleOf(r);
    const list = lists.get(b);
    if (list) list.push(r);
    else lists.set(b, [r]);
  }
  const queues = [...lists.values()];
  const heads = queues.map(() => 0);
  const dates = new Map<T, string>();
  const read = async (r: T) => {
    if (dates.has(r)) return;
    let date = '';
    try { date = (await dateOf(r)) ?? ''; } catch { /* unreadable: the oldest */ }
    dates.set(r, date);
  };
  // desc: a later date first; a missing date ('') is the oldest either way.
  const before = (a: string, b: string) => (order === 'desc' ? a > b : (a !== '' && (b === '' || a < b)));
  let taken = 0;
  return {
    total: results.length,
    get taken() { return taken; },
    async next(n) {
      // The next n of the merged order are among the next n of each bundle's list.
      await Promise.all(queues.flatMap((q, i) => q.slice(heads[i], heads[i]! + n).map(read)));
      const out: T[] = [];
      const head = (i: number) => queues[i]![heads[i]!];
      while (out.length < n) {
        let best = -1;
        for (let i = 0; i < queues.length; i++) {
          const r = head(i);
          if (r === undefined) continue;
          if (best < 0 || before(dates.get(r) ?? '', dates.get(head(best)!) ?? '')) best = i;
        }
        if (best < 0) break;
        out.push(head(best)!);
        heads[best]!++;
      }
      taken += out.length;
      return out;
    },
  };
}
