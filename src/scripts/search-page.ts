/**
 * The search page's script, the only script the site ships. It searches with Pagefind's
 * documented JavaScript API (pagefind.js: options, mergeIndex, preload, search, filters)
 * and renders the results itself: sources in the main list, the dossier's other pages in
 * a compact list beside them, filters with counts once the first results are on screen,
 * the date order across the per-language bundles, the search in the address, arrow keys
 * from the search box through the results, and the result count announced.
 *
 * What it computes is in src/lib/search (tested there); this file only wires it to the page.
 */
import { PRIMARY_KIND, SEARCH_FILTERS, SEARCH_META } from '../lib/publish/search-schema';
import { readSearchIndex, type SearchIndexConfig } from '../lib/publish/search-index';
import {
  bundleOfId, cardOf, countPlans, countsOf, dateCursor, effectiveSort, listFilters, RANKING, relevanceCursor,
  searchOfState, stateFromUrl,
  type PagefindData, type PagefindFilterCounts, type PagefindModule, type PagefindResult, type ResultCard, type ResultCursor,
  type SearchState, type SortOrder,
} from '../lib/search';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const root = $('search');
/** Results per screenful in the main list, and in the list of other pages before "Show more". */
const PAGE = Number(root.dataset['pageSize']) || 10;
const ALSO = 5;
const EXCERPT_WORDS = 30;
const input = $<HTMLInputElement>('search-q');
const form = input.form!;
const sortSelect = $<HTMLSelectElement>('search-sort');
const status = $('search-status');
const listsBox = $('search-lists');
const mainTitle = $('search-main-title');
const mainList = $<HTMLOListElement>('search-results');
const moreButton = $<HTMLButtonElement>('search-more');
const also = $('search-also');
const alsoList = $<HTMLUListElement>('search-also-list');
const alsoMore = $<HTMLButtonElement>('search-also-more');
const clearButton = $<HTMLButtonElement>('search-clear');
const filterBoxes = [...root.querySelectorAll<HTMLDetailsElement>('details[data-filter]')];

const keys: string[] = SEARCH_FILTERS.map((f) => f.id);
const primary = { key: 'kind', value: root.dataset['primaryKind'] || PRIMARY_KIND.value };
const primaryPlural = root.dataset['primaryPlural'] || PRIMARY_KIND.plural;
const debounceMs = Number(root.dataset['debounce'] ?? 150);

let state: SearchState = stateFromUrl(location.search, keys);
let run = 0;
const config = readSearchIndex(document.getElementById('search-index')?.textContent);
const pagefind = config ? loadPagefind(config) : null;

/**
 * pagefind.js with the dossier's options and the other languages' bundles merged in.
 * Resolves once every bundle is ready: Pagefind waits for a bundle that is not by polling
 * every 50 ms, so a search started earlier would lose up to that much per bundle.
 */
async function loadPagefind(c: SearchIndexConfig): Promise<PagefindModule> {
  const [main, ...merged] = c.bundles;
  const pf = (await import(/* @vite-ignore */ `${main!.path}pagefind.js`)) as PagefindModule;
  const common = { metaCacheTag: c.metaCacheTag, excerptLength: EXCERPT_WORDS, ranking: RANKING };
  // On the main thread: a worker would fetch its own script and load the WebAssembly
  // again, and could not use the files the page preloads.
  await pf.options({ ...common, basePath: main!.path, noWorker: true });
  const merging = merged.map((b) => pf.mergeIndex(b.path, { ...common, language: b.language })
    .catch((e) => console.error(`Search: the ${b.language} index could not be merged`, e)));
  // The main bundle's chunks for the address's query start loading as soon as it is ready.
  if (state.query) void pf.preload(state.query, { filters: listFilters(state.filters, primary).main });
  await Promise.all(merging);
  return pf;
}

// Each result's data is loaded once, whichever list or order asks for it.
const loaded = new WeakMap<PagefindResult, Promise<PagefindData>>();
const dataOf = (r: PagefindResult) => {
  let d = loaded.get(r);
  if (!d) loaded.set(r, (d = r.data()));
  return d;
};

function cursorOf(results: PagefindResult[], sort: SortOrder): ResultCursor<PagefindResult> {
  return sort ? dateCursor(results, (r) => bundleOfId(r.id), sort, async (r) => (await dataOf(r)).meta[SEARCH_META.sortDate] ?? '') : relevanceCursor(results);
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
const stale = (id: number) => id !== run;

// ── Rendering ────────────────────────────────────────────────────────────────────────

/** An element with properties (className, href, lang, innerHTML for Pagefind's escaped excerpts…) and children. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | boolean> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

/** The English beside a title in another language, as the site's lists show it. */
const gloss = (card: ResultCard): Node[] => (card.titleGloss ? [el('span', { className: 'title-gloss', lang: 'en' }, ` (English: ${card.titleGloss})`)] : []);

/** A result in the main list: title, kind · outlet · date, excerpt, claims found through their translation, matching sections. */
function resultItem(card: ResultCard): HTMLLIElement {
  const link = el('a', { href: card.url, lang: card.titleLang, className: 'search-result-link' }, card.title);
  const title = el('h3', { className: 'search-result-title' }, link, ...gloss(card));
  const facts = [card.kind, card.outlet, card.date].filter(Boolean).join(' · ');
  const li = el('li', { className: 'search-result' }, title, el('p', { className: 'search-result-meta' }, facts));
  if (card.excerptHtml) li.append(el('p', { className: 'search-result-excerpt', lang: card.lang, innerHTML: card.excerptHtml }));
  // Claims found through the dossier's translation: the article's words, then the translation, marked as the dossier's.
  if (card.quotes.length) {
    li.append(el('ul', { className: 'search-result-quotes' }, ...card.quotes.map((q) => el('li', {},
      el('a', { href: q.url, className: 'quote-link' }, el('q', { lang: card.lang, className: 'quote' }, q.quote)),
      el('span', { className: 'quote-translation', lang: 'en' }, el('span', { className: 'quote-translation-label' }, 'Dossier’s translation:'), ' ', el('span', { innerHTML: q.translationHtml }))))));
  }
  if (card.subResults.length) {
    li.append(el('ul', { className: 'search-result-sections' }, ...card.subResults.map((s) => el('li', {},
      el('a', { href: s.url, lang: card.lang }, s.title), ' ', el('span', { className: 'search-section-excerpt', lang: card.lang, innerHTML: s.excerptHtml })))));
  }
  return li;
}

/** A page in the compact list of the dossier's other pages: title, kind, a line of excerpt. */
function alsoItem(card: ResultCard): HTMLLIElement {
  return el('li', {},
    el('a', { href: card.url, lang: card.titleLang, className: 'search-result-link' }, card.title), ...gloss(card), ' ',
    el('span', { className: 'search-also-kind' }, card.kind),
    ...(card.excerptHtml ? [el('p', { className: 'search-also-excerpt', lang: card.lang, innerHTML: card.excerptHtml })] : []));
}

/**
 * Renders the next screenful of a list as each result's data arrives, in order. With
 * `replace`, the list's earlier results stay until the first new one is ready, so that a
 * new query never blanks the page. Resolves `first` when the first result is in the page.
 */
function renderNext(list: HTMLElement, cursor: ResultCursor<PagefindResult>, n: number, item: (c: ResultCard) => HTMLLIElement, id: number, query: string, replace: boolean) {
  let firstDone!: () => void;
  const first = new Promise<void>((resolve) => { firstDone = resolve; });
  const all = (async () => {
    try {
      const batch = await cursor.next(n);
      // The first result's data alone, then the others': each result's fragment is
      // fetched, decompressed and excerpted on this thread, and the first should not
      // wait behind nine more.
      let datas = batch.slice(0, 1).map(dataOf);
      let placed = 0;
      for (let i = 0; i < batch.length; i++) {
        if (i === 1) datas = [datas[0]!, ...batch.slice(1).map(dataOf)];
        let data: PagefindData;
        try { data = await datas[i]!; } catch (e) { console.error('Search: a result could not be loaded', e); continue; }
        if (stale(id)) return;
        const li = item(cardOf(batch[i]!.id, data, query));
        if (replace && placed === 0) list.replaceChildren(li);
        else list.append(li);
        placed++;
        if (placed === 1) { list.dataset['query'] = query; firstDone(); }
      }
      if (replace && placed === 0 && !stale(id)) { list.replaceChildren(); list.dataset['query'] = query; }
    } finally {
      firstDone();
    }
  })();
  return { first, all };
}

function showMore(button: HTMLButtonElement, cursor: ResultCursor<PagefindResult>, label: (left: number) => string) {
  const left = cursor.total - cursor.taken;
  button.hidden = left <= 0;
  button.textContent = left > 0 ? label(left) : '';
}

// ── Searching ────────────────────────────────────────────────────────────────────────

let mainCursor: ResultCursor<PagefindResult> | null = null;
let alsoCursor: ResultCursor<PagefindResult> | null = null;

/** Resolves when the current run's first result is in the page (or it has none). */
let firstShown: Promise<void> = Promise.resolve();

/**
 * Runs the current search and renders it; a newer run makes this one stop where it is.
 * The main list comes first, then the dossier's other pages and the announcement of the
 * result count, then, if the reader has asked for them, the filter counts.
 */
async function search(): Promise<void> {
  if (!pagefind) return;
  const id = ++run;
  const s = state;
  const query = s.query.trim();
  const term = query || null;
  const sort = effectiveSort(s);
  const options = sort ? { sort: { date: sort } } : {};
  const lists = listFilters(s.filters, primary);
  let shown!: () => void;
  firstShown = new Promise((resolve) => { shown = resolve; });
  // Busy while the lists change; the status line (outside them) announces the outcome.
  listsBox.setAttribute('aria-busy', 'true');
  try {
    const pf = await pagefind;
    const main = await pf.search(term, { filters: lists.main, ...options });
    if (stale(id)) return;
    mainTitle.textContent = lists.others ? primaryPlural : 'Results';
    mainCursor = cursorOf(main.results, sort);
    const page = renderNext(mainList, mainCursor, PAGE, resultItem, id, query, true);
    await page.first;
    shown();
    if (stale(id)) return;
    const others = lists.others ? await pf.search(term, { filters: lists.others, ...options }) : null;
    if (stale(id)) return;
    alsoCursor = others ? cursorOf(others.results, sort) : null;
    const alsoPage = alsoCursor && alsoCursor.total ? renderNext(alsoList, alsoCursor, ALSO, alsoItem, id, query, true) : null;
    if (!alsoPage) alsoList.replaceChildren();
    also.hidden = !alsoPage;
    await Promise.all([page.all, alsoPage?.all]);
    if (stale(id)) return;
    if (!main.results.length) mainList.replaceChildren(el('li', { className: 'search-empty' }, lists.others ? `No ${primaryPlural.toLowerCase()} match.` : 'Nothing matches.'));
    showMore(moreButton, mainCursor, (left) => `Show ${Math.min(left, PAGE)} more (${plural(left, 'result', 'results')} left)`);
    if (alsoCursor) showMore(alsoMore, alsoCursor, (left) => `Show ${plural(left, 'more page', 'more pages')}`);
    announce(s, main.results.length, others?.results.length ?? null);
  } catch (e) {
    console.error('Search failed', e);
    if (!stale(id)) status.textContent = 'Search failed to load. Reload the page to try again.';
  } finally {
    shown();
    if (!stale(id)) listsBox.removeAttribute('aria-busy');
  }
  if (countsWanted) await updateCounts(id, s);
}

function announce(s: SearchState, mainCount: number, otherCount: number | null) {
  const query = s.query.trim();
  const total = mainCount + (otherCount ?? 0);
  const split = otherCount === null ? '' : `: ${plural(mainCount, primary.value.toLowerCase(), primaryPlural.toLowerCase())} and ${plural(otherCount, 'other page', 'other pages')}`;
  const filtered = Object.values(s.filters).some((v) => v.length) ? ' with the filters chosen' : '';
  if (!query) status.textContent = `Browsing ${plural(total, 'page', 'pages')}${filtered}${split}, ${effectiveSort(s) === 'asc' ? 'oldest' : 'newest'} first.`;
  else if (!total) status.textContent = `No results for “${query}”${filtered}. Names work in English or French: try another form of a name, or fewer words.`;
  else status.textContent = `${plural(total, 'result', 'results')} for “${query}”${filtered}${split}.`;
}

/**
 * The filters' counts are loaded when the reader first reaches for a filter (opens one,
 * or points or tabs to them): Pagefind's filter index is one more file per filter and
 * bundle (some 40 kB at 5,000 sources) that a reader who never filters does not need.
 */
let countsWanted = false;
/** Every filter value's count over the whole index, once Pagefind has loaded the filters. */
let allCounts: PagefindFilterCounts | null = null;

function wantCounts() {
  if (countsWanted) return;
  countsWanted = true;
  void updateCounts(run, state);
}

/**
 * Fills the filter lists with the counts for search `s`, after its first result: without
 * filters chosen, the whole index's (browsing) or the query's over all pages (any search
 * gives those as `totalFilters`, once the filters are loaded; the small search of the
 * other pages serves); with filters chosen, countPlans' faceted counts.
 */
async function updateCounts(id: number, s: SearchState) {
  if (!pagefind) return;
  try {
    const pf = await pagefind;
    await firstShown;
    allCounts ??= await pf.filters();
    if (stale(id)) return;
    const term = s.query.trim() || null;
    const chosen = Object.values(s.filters).some((v) => v.length);
    let counts: PagefindFilterCounts;
    if (!chosen && !term) counts = allCounts;
    else if (!chosen) counts = (await pf.search(term, { filters: listFilters({}, primary).others! })).totalFilters;
    else {
      const plans = countPlans(s.filters, keys);
      const responses = [];
      for (const plan of plans) responses.push((await pf.search(term, { filters: plan.filters })).filters);
      counts = countsOf(plans, responses);
    }
    if (stale(id)) return;
    for (const box of filterBoxes) renderFilter(box, counts, s);
  } catch (e) {
    console.error('Search: the filters could not be counted', e);
  }
}

/** Value order in a filter list: the main kind first, years newest first, else alphabetical. */
function orderValues(key: string, values: string[]): string[] {
  if (key === 'year') return values.sort((a, b) => b.localeCompare(a));
  return values.sort((a, b) => (key === primary.key ? Number(b === primary.value) - Number(a === primary.value) : 0) || a.localeCompare(b));
}

/** A filter's checkboxes with counts, updated in place so that focus stays where it is. */
function renderFilter(box: HTMLDetailsElement, counts: PagefindFilterCounts, s: SearchState) {
  const key = box.dataset['filter']!;
  const panel = box.querySelector('fieldset')!;
  const chosen = s.filters[key] ?? [];
  const values = orderValues(key, [...new Set([...Object.keys(counts[key] ?? {}), ...chosen])]);
  panel.querySelector('.search-filter-wait')?.remove();
  const existing = new Map([...panel.querySelectorAll<HTMLInputElement>('input')].map((i) => [i.value, i]));
  for (const value of values) {
    let checkbox = existing.get(value);
    if (!checkbox) {
      checkbox = el('input', { type: 'checkbox', name: key, value });
      panel.append(el('label', { className: 'search-filter-option' }, checkbox, ` ${value} `, el('span', { className: 'search-count' })));
    }
    const n = counts[key]?.[value] ?? 0;
    checkbox.checked = chosen.includes(value);
    checkbox.disabled = n === 0 && !checkbox.checked;
    checkbox.closest('label')!.querySelector('.search-count')!.textContent = `(${n.toLocaleString('en-GB')})`;
  }
  for (const [value, checkbox] of existing) if (!values.includes(value)) checkbox.closest('label')!.remove();
  // Keep the options in order as values come and go, moving nothing that is in place
  // (a moved checkbox would lose the keyboard's focus).
  const labels = values.map((v) => panel.querySelector<HTMLInputElement>(`input[value="${CSS.escape(v)}"]`)!.closest('label')!);
  const current = [...panel.querySelectorAll('label')];
  if (labels.some((l, i) => current[i] !== l)) panel.append(...labels);
  box.querySelector('.search-filter-chosen')!.textContent = chosen.length ? ` (${chosen.length})` : '';
  box.classList.toggle('is-chosen', chosen.length > 0);
}

// ── The search's state ───────────────────────────────────────────────────────────────

/** Puts the state in the address (replacing the entry, as typing would fill history) and searches. */
function commit(next: SearchState) {
  state = next;
  const url = `${location.pathname}${searchOfState(state, keys)}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
  clearButton.hidden = !Object.values(state.filters).some((v) => v.length);
  void search();
}

function syncControls() {
  if (document.activeElement !== input || !input.value) input.value = state.query;
  sortSelect.value = state.sort;
  for (const box of filterBoxes) {
    const chosen = state.filters[box.dataset['filter']!] ?? [];
    for (const c of box.querySelectorAll<HTMLInputElement>('input')) c.checked = chosen.includes(c.value);
    box.querySelector('.search-filter-chosen')!.textContent = chosen.length ? ` (${chosen.length})` : '';
    box.classList.toggle('is-chosen', chosen.length > 0);
  }
  clearButton.hidden = !Object.values(state.filters).some((v) => v.length);
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  const query = input.value;
  // Index chunks for the words typed so far start loading at once; the search waits for a pause.
  if (query.trim()) void pagefind?.then((pf) => pf.preload(query.trim(), { filters: listFilters(state.filters, primary).main }));
  clearTimeout(timer);
  timer = setTimeout(() => commit({ ...state, query }), debounceMs);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  commit({ ...state, query: input.value });
});
sortSelect.addEventListener('change', () => commit({ ...state, sort: sortSelect.value as SortOrder }));
root.addEventListener('change', (event) => {
  const box = (event.target as HTMLElement).closest<HTMLDetailsElement>('details[data-filter]');
  if (!box) return;
  const key = box.dataset['filter']!;
  const chosen = [...box.querySelectorAll<HTMLInputElement>('input:checked')].map((c) => c.value);
  commit({ ...state, filters: { ...state.filters, [key]: chosen } });
});
clearButton.addEventListener('click', () => {
  commit({ ...state, filters: {} });
  syncControls();
  input.focus();
});
moreButton.addEventListener('click', () => void more(mainList, mainCursor, PAGE, resultItem, moreButton, (left) => `Show ${Math.min(left, PAGE)} more (${plural(left, 'result', 'results')} left)`));
alsoMore.addEventListener('click', () => void more(alsoList, alsoCursor, PAGE, alsoItem, alsoMore, (left) => `Show ${plural(left, 'more page', 'more pages')}`));

/** Appends the next screenful and moves focus to its first result, for keyboard readers. */
async function more(list: HTMLElement, cursor: ResultCursor<PagefindResult> | null, n: number, item: (c: ResultCard) => HTMLLIElement, button: HTMLButtonElement, label: (left: number) => string) {
  if (!cursor) return;
  const before = list.children.length;
  await renderNext(list, cursor, n, item, run, state.query.trim(), false).all;
  list.children[before]?.querySelector<HTMLAnchorElement>('a')?.focus();
  showMore(button, cursor, label);
}

window.addEventListener('popstate', () => {
  state = stateFromUrl(location.search, keys);
  syncControls();
  void search();
});

// Filter lists open one at a time, and close on Escape or a click elsewhere. Their counts
// load when the reader first reaches for them.
for (const box of filterBoxes) {
  box.addEventListener('toggle', () => {
    if (box.open) for (const other of filterBoxes) if (other !== box) other.open = false;
    if (box.open) wantCounts();
  });
}
const controls = root.querySelector('.search-controls')!;
controls.addEventListener('pointerenter', wantCounts, { once: true });
controls.addEventListener('focusin', wantCounts, { once: true });
document.addEventListener('click', (event) => {
  for (const box of filterBoxes) if (box.open && !box.contains(event.target as Node)) box.open = false;
});
root.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const open = target.closest<HTMLDetailsElement>('details[open]');
  if (event.key === 'Escape' && open) {
    open.open = false;
    open.querySelector('summary')!.focus();
    return;
  }
  // Arrow keys move from the search box through the results' titles and back.
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a.search-result-link')];
  const at = target === input ? -1 : links.indexOf(target as HTMLAnchorElement);
  if (target !== input && at < 0) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
});

// ── Start ────────────────────────────────────────────────────────────────────────────

syncControls();
if (!pagefind) {
  status.textContent = 'Search is not available: the search index has not been built. Build the site with npm run build and serve dist/.';
} else {
  void search();
}
