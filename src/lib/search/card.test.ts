import { describe, expect, it } from 'vitest';
import { cardOf, nameEntries, namesExcerpt, translatedQuotes, withEllipses } from './card';
import type { PagefindData } from './pagefind';

const text = 'Le NIS estime qu’environ 2 000 d’entre eux ont été tués dans la région de Koursk. Échanges technologiques et conséquences régionales. En contrepartie, Moscou fournirait à Pyongyang des technologies militaires.';
const names = 'Kursk / Koursk | Moscow / Moscou | North Korea / DPRK / Corée du Nord / nord-coréen | troops / soldiers / troupes / soldats';

describe('nameEntries', () => {
  it('reads the forms of each name', () => {
    expect(nameEntries(names)[0]).toEqual(['Kursk', 'Koursk']);
    expect(nameEntries(names)[2]).toEqual(['North Korea', 'DPRK', 'Corée du Nord', 'nord-coréen']);
    expect(nameEntries(undefined)).toEqual([]);
  });
});

describe('namesExcerpt', () => {
  it('quotes the text around the form it uses, for a query in the other language', () => {
    // Eight words, two of them before the name.
    expect(namesExcerpt(text, names, 'Kursk', 8)).toBe('région de <mark>Koursk</mark>. Échanges technologiques et conséquences régionales.');
    expect(namesExcerpt(text, names, 'soldiers', 30)).toBeNull();
    // At the end of the text, the window ends there.
    expect(namesExcerpt(`${text} Des soldats.`, names, 'soldiers', 4)).toBe('technologies militaires. Des <mark>soldats</mark>.');
  });

  it('marks every form in the window, and a query of several words', () => {
    const t = 'La Corée du Nord et Moscou. La CORÉE DU NORD encore.';
    expect(namesExcerpt(t, names, 'north korea', 30)).toBe('La <mark>Corée du Nord</mark> et Moscou. La <mark>CORÉE DU NORD</mark> encore.');
    expect(namesExcerpt(t, names, 'Moskow moscow', 30)).toBe('La Corée du Nord et <mark>Moscou</mark>. La CORÉE DU NORD encore.');
  });

  it('leaves the excerpt to Pagefind when the text uses the query’s own form', () => {
    expect(namesExcerpt(text, names, 'Koursk')).toBeNull();
    expect(namesExcerpt('La Corée du Nord et la Russie.', names, 'Corée du Nord')).toBeNull();
  });

  it('quotes another form where Pagefind would mark a chance prefix ("du" in "during")', () => {
    const english = 'He spoke during the celebrations. North Korea confirmed it.';
    expect(namesExcerpt(english, names, 'Corée du Nord', 30)).toBe('He spoke during the celebrations. <mark>North Korea</mark> confirmed it.');
  });

  it('finds nothing for a query that names nothing the text contains', () => {
    expect(namesExcerpt(text, names, 'Shoigu')).toBeNull();
    expect(namesExcerpt('No such name here.', names, 'Kursk')).toBeNull();
    expect(namesExcerpt(text, undefined, 'Kursk')).toBeNull();
  });

  it('escapes the text: only <mark> is markup', () => {
    expect(namesExcerpt('<b>Koursk</b> & "co"', names, 'Kursk')).toBe('&lt;b&gt;<mark>Koursk</mark>&lt;/b&gt; &amp; &quot;co&quot;');
  });
});

const data = (over: Partial<PagefindData> = {}): PagefindData => ({
  url: '/sources/nov/', content: text, excerpt: 'Le NIS estime', meta: { title: 'Renforcement des liens', date: '8 November 2025', names },
  filters: { kind: ['Source'], outlet: ['Unidentified'] },
  sub_results: [
    { title: 'Renforcement des liens', url: '/sources/nov/', excerpt: 'x' },
    { title: 'Envoi de troupes', url: '/sources/nov/#envoi', excerpt: 'des <mark>troupes</mark>' },
  ],
  ...over,
});

describe('withEllipses', () => {
  it('marks where an excerpt cuts the text', () => {
    const content = 'Troops in the Kursk region, a report says.';
    expect(withEllipses('the <mark>Kursk</mark> region,', content)).toBe('… the <mark>Kursk</mark> region, …');
    expect(withEllipses('Troops in the <mark>Kursk</mark>', content)).toBe('Troops in the <mark>Kursk</mark> …');
    expect(withEllipses('a report &amp; says.', 'It is a report & says.')).toBe('… a report &amp; says.');
    expect(withEllipses(content, content)).toBe(content);
  });
});

describe('translatedQuotes', () => {
  const meta = 'fig-k ¦ près de 600 soldats nord-coréens tués et des milliers d’autres blessés ¦ nearly 600 North Korean soldiers killed and thousands of others wounded'
    + ' ¶ fig-w ¦ des milliers d’autres blessés ¦ thousands of others wounded'
    + ' ¶ re-x ¦ « relations <illégales> » ¦ “illegal & relations”';
  it('gives the claims whose translation has the query’s words, with the original and the words marked', () => {
    expect(translatedQuotes(meta, 'wounded', '/sources/x/')).toEqual([
      { url: '/sources/x/#fig-k', quote: 'près de 600 soldats nord-coréens tués et des milliers d’autres blessés', translationHtml: 'nearly 600 North Korean soldiers killed and thousands of others <mark>wounded</mark>' },
      { url: '/sources/x/#fig-w', quote: 'des milliers d’autres blessés', translationHtml: 'thousands of others <mark>wounded</mark>' },
    ]);
  });
  it('puts the claim matching most of the query first, matches word prefixes, and keeps at most max', () => {
    expect(translatedQuotes(meta, 'soldiers killed', '/s/').map((q) => q.url)).toEqual(['/s/#fig-k']);
    expect(translatedQuotes(meta, 'wound', '/s/', 1).map((q) => q.url)).toEqual(['/s/#fig-k']);
    expect(translatedQuotes(meta, 'blessés', '/s/')).toEqual([]);
    expect(translatedQuotes(undefined, 'wounded', '/s/')).toEqual([]);
    expect(translatedQuotes(meta, '', '/s/')).toEqual([]);
  });
  it('escapes the translation; the quote stays text', () => {
    const [q] = translatedQuotes(meta, 'illegal', '/s/');
    expect(q).toEqual({ url: '/s/#re-x', quote: '« relations <illégales> »', translationHtml: '“<mark>illegal</mark> &amp; relations”' });
  });
});

describe('cardOf', () => {
  it('shows the title, kind, outlet and date of a source, in the languages they are written in', () => {
    const card = cardOf('fr_91c771c', data(), 'troupes');
    expect(card).toMatchObject({ url: '/sources/nov/', title: 'Renforcement des liens', titleLang: 'fr', lang: 'fr', kind: 'Source', outlet: 'Unidentified', date: '8 November 2025' });
    expect(cardOf('fr_1', data({ meta: { title: 'North Korea acknowledges…', 'title-supplied': '' } }), '').titleLang).toBe('en');
    // A title in another language comes with its English; a supplied (English) title needs none.
    expect(cardOf('fr_1', data({ meta: { title: 'Renforcement des liens', translation: 'Strengthening of ties' } }), '').titleGloss).toBe('Strengthening of ties');
    expect(cardOf('fr_1', data({ meta: { title: 'North Korea acknowledges…', 'title-supplied': '', translation: 'x' } }), '').titleGloss).toBeUndefined();
    expect(cardOf('fr_1', data({ meta: { title: 'Renforcement des liens' } }), '').titleGloss).toBeUndefined();
  });

  it('lists the page’s own sections, never the page itself, and no excerpt twice', () => {
    expect(cardOf('fr_1', data(), 'troupes').subResults).toEqual([{ title: 'Envoi de troupes', url: '/sources/nov/#envoi', excerptHtml: 'des <mark>troupes</mark>' }]);
    expect(cardOf('fr_1', data({ excerpt: 'des <mark>troupes</mark>' }), 'troupes').subResults[0]!.excerptHtml).toBe('');
  });

  it('quotes the form of the name the text uses when Pagefind found the page through its names', () => {
    expect(cardOf('fr_1', data(), 'Kursk').excerptHtml).toContain('<mark>Koursk</mark>');
    expect(cardOf('fr_1', data({ excerpt: 'tués dans la région de <mark>Koursk.</mark>' }), 'Koursk').excerptHtml).toBe('… tués dans la région de <mark>Koursk.</mark> …');
    expect(cardOf('fr_1', data(), 'Shoigu').excerptHtml).toBe('Le NIS estime …');
  });

  it('shows the claims found through their translation, linking to their sentences', () => {
    const card = cardOf('fr_1', data({ meta: { title: 'T', 'quote-translations': 'fig-w ¦ des milliers d’autres blessés ¦ thousands of others wounded' } }), 'wounded');
    expect(card.quotes).toEqual([{ url: '/sources/nov/#fig-w', quote: 'des milliers d’autres blessés', translationHtml: 'thousands of others <mark>wounded</mark>' }]);
    expect(cardOf('fr_1', data(), 'wounded').quotes).toEqual([]);
  });

  it('gives a page of several outlets none, and a page without a title its address', () => {
    const card = cardOf('en_1', data({ url: '/topics/troops/', meta: {}, filters: { kind: ['Topic page'], outlet: ['A', 'B'] } }), '');
    expect([card.outlet, card.title, card.titleLang, card.kind]).toEqual([undefined, '/topics/troops/', 'en', 'Topic page']);
  });
});
