/**
 * The reader's filter choices in Pagefind's filter syntax, the two lists a search shows,
 * and the searches that count each filter value.
 */
import { SEARCH_META } from '../publish/search-schema';
import type { PagefindFilterCounts, PagefindFilters } from './pagefind';

/**
 * Pagefind filters for the values chosen: a result must match every key, and any of the
 * values chosen for a key. `except` leaves one key out (to count its values).
 *
 * @example
 * pagefindFilters({ outlet: ['CSactu', 'Russafrik'], year: ['2025'] }) // { outlet: { any: ['CSactu', 'Russafrik'] }, year: '2025' }
 */
export function pagefindFilters(chosen: Record<string, readonly string[]>, except?: string): PagefindFilters {
  const out: PagefindFilters = {};
  for (const [key, values] of Object.entries(chosen)) {
    if (key === except || !values.length) continue;
    out[key] = values.length === 1 ? values[0] : { any: [...values] };
  }
  return out;
}

/** A filter key and the value of it whose pages make the main list (kind: Source). */
export interface PrimaryKind {
  key: string;
  value: string;
}

/** The filters of the two lists; `others` is null when there is only one list. */
export interface ListFilters {
  main: PagefindFilters;
  others: PagefindFilters | null;
}

/**
 * The two lists of a search: pages of the primary kind, and pages of every other kind,
 * shown apart so that they never push a source off the first screen. Which other kinds
 * exist is the index's business: a new kind of page joins the second list by itself.
 * When the reader has chosen kinds, one list shows what they chose.
 *
 * @example
 * listFilters({ year: ['2025'] }, { key: 'kind', value: 'Source' })
 * // { main: { year: '2025', kind: 'Source' }, others: { year: '2025', not: { kind: 'Source' } } }
 */
export function listFilters(chosen: Record<string, readonly string[]>, primary: PrimaryKind): ListFilters {
  const base = pagefindFilters(chosen);
  if (chosen[primary.key]?.length) return { main: base, others: null };
  return { main: { ...base, [primary.key]: primary.value }, others: { ...base, not: { [primary.key]: primary.value } } };
}

/** One search whose counts serve some filter keys. */
export interface CountPlan {
  keys: string[];
  filters: PagefindFilters;
}

/**
 * The searches that count every value of every filter key, as a faceted search counts:
 * a key's values are counted with every other key's choices applied but not its own, so
 * that a value counts the results choosing it would add. Keys without a choice share one
 * search with every choice applied.
 *
 * @example
 * countPlans({ language: ['French'] }, ['kind', 'language'])
 * // [{ keys: ['kind'], filters: { language: 'French' } }, { keys: ['language'], filters: {} }]
 */
export function countPlans(chosen: Record<string, readonly string[]>, keys: readonly string[]): CountPlan[] {
  const unchosen = keys.filter((k) => !chosen[k]?.length);
  const plans: CountPlan[] = unchosen.length ? [{ keys: unchosen, filters: pagefindFilters(chosen) }] : [];
  for (const key of keys) if (chosen[key]?.length) plans.push({ keys: [key], filters: pagefindFilters(chosen, key) });
  return plans;
}

/**
 * Each key's counts, from the responses to countPlans' searches (in the same order).
 *
 * @example
 * countsOf(plans, [{ kind: { Source: 3 } }, { language: { French: 4, English: 1 } }]) // { kind: { Source: 3 }, language: { French: 4, English: 1 } }
 */
export function countsOf(plans: readonly CountPlan[], responses: readonly PagefindFilterCounts[]): PagefindFilterCounts {
  const out: PagefindFilterCounts = {};
  plans.forEach((plan, i) => {
    for (const key of plan.keys) out[key] = { ...(responses[i]?.[key] ?? {}) };
  });
  return out;
}

/**
 * Pagefind's ranking for the dossier's metadata (see SEARCH_META): a title or its English
 * translation counts as much as Pagefind's default for a title; a summary, a name's other
 * forms, an outlet or an author as one mention; notes less; the shown date and the sort
 * date never raise a page.
 */
export const RANKING: { metaWeights: Record<string, number> } = {
  metaWeights: {
    [SEARCH_META.title]: 5, [SEARCH_META.translation]: 5,
    [SEARCH_META.summary]: 1, [SEARCH_META.names]: 1, [SEARCH_META.outlet]: 1, [SEARCH_META.author]: 1,
    [SEARCH_META.notes]: 0.5, [SEARCH_META.date]: 0, [SEARCH_META.sortDate]: 0,
  },
};
