// The search page's own glue, loaded only on /search/: merges the per-language indexes so
// one search spans English and French, keeps the query in the URL (?q=…) so a search can
// be linked, and applies the sort chosen in the select.
(() => {
  const components = window.PagefindComponents;
  if (!components) return;
  const instance = components.getInstanceManager().getInstance('default');
  const params = new URLSearchParams(location.search);
  const initial = params.get('q') ?? '';

  // The other languages' bundles, as scripts/index-search.ts wrote them, are merged in
  // before the first search so that one search spans every language.
  const ready = fetch('/pagefind/merge.json')
    .then((r) => (r.ok ? r.json() : []))
    .catch(() => [])
    .then((merge) => components.configureInstance('default', { bundlePath: '/pagefind/', mergeIndex: merge }))
    .then(() => instance.__load__())
    .then(sortAcrossBundles);

  // Pagefind sorts each merged bundle on its own, then interleaves them by score; with a
  // date sort, put the merged list in date order (dates.json: page id → sort date).
  function sortAcrossBundles() {
    const pagefind = instance.__pagefind__;
    if (!pagefind || typeof pagefind.search !== 'function') return;
    const search = pagefind.search.bind(pagefind);
    let dates;
    pagefind.search = async (term, options) => {
      const response = await search(term, options);
      const order = options?.sort?.date;
      if (order && response?.results) {
        dates ??= await fetch('/pagefind/dates.json').then((r) => (r.ok ? r.json() : {}));
        const sign = order === 'asc' ? 1 : -1;
        response.results.sort((a, b) => sign * String(dates[a.id] ?? '').localeCompare(String(dates[b.id] ?? '')) || b.score - a.score);
      }
      return response;
    };
  }

  const setInput = (value) => {
    const input = document.querySelector('pagefind-input input');
    if (input) input.value = value;
  };
  Promise.all([ready, customElements.whenDefined('pagefind-input')]).then(() => {
    // What the reader typed while the index loaded wins over the URL's query.
    const term = document.querySelector('pagefind-input input')?.value || initial;
    setInput(term);
    // An empty search browses everything (faceted mode), so filters work without a query.
    instance.triggerSearch(term);
  });
  instance.on('search', (term) => {
    const url = new URL(location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
  // Pagefind's filter triggers are comboboxes whose visible label is not their accessible
  // name (a combobox does not take its name from its content): name them after it.
  const nameTriggers = () => {
    for (const dropdown of document.querySelectorAll('pagefind-filter-dropdown')) {
      const trigger = dropdown.querySelector('.pf-dropdown-trigger');
      const label = dropdown.getAttribute('label');
      if (trigger && label && trigger.getAttribute('aria-label') !== `Filter by ${label.toLowerCase()}`) trigger.setAttribute('aria-label', `Filter by ${label.toLowerCase()}`);
    }
  };
  nameTriggers();
  new MutationObserver(nameTriggers).observe(document.querySelector('.search-page') ?? document.body, { childList: true, subtree: true });

  document.getElementById('search-sort')?.addEventListener('change', (event) => {
    const order = event.target.value;
    instance.searchSort = order ? { date: order } : undefined;
    instance.triggerSearch(instance.searchTerm ?? '');
  });
})();
