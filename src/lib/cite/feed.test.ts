import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { FEED_LIMIT, feedItems, rssItems } from './feed';
import { source } from '../../../tests/helpers/builders';
import { asReaderSees, feedItemsOf } from '../../../tests/helpers/feed';

describe('feedItems', () => {
  it('lists sources newest first, month-precision dates on the first of the month', () => {
    const items = feedItems([source('a', { published: '2025-05', datePrecision: 'month', dateInferred: true }), source('b', { published: '2025-11-08' })], () => 'O');
    expect(items.map((i) => i.link)).toEqual(['/sources/b/', '/sources/a/']);
    expect(items[1]!.pubDate.toISOString()).toBe('2025-05-01T00:00:00.000Z');
    expect(items[1]!.description).toBe('O, May 2025 (approximate). s');
  });
  it('carries corrections and data releases as items, all newest first', () => {
    const items = feedItems([
      source('a', { published: '2025-05-01', corrections: [{ date: '2026-01-05', text: 'Value corrected.', reason: 'Misread.', claims: [] }] }),
      source('b', { published: '2025-11-08' }),
    ], () => 'O', [{ version: '2026-01-05', date: '2026-01-05', notes: 'First release.', cutoff: '2026-01-05' }, { version: '2026-02-01', date: '2026-02-01', notes: 'Second.', cutoff: '2025-11' }]);
    expect(items.map((i) => i.link)).toEqual(['/data/releases/2026-02-01/', '/data/releases/2026-01-05/', '/sources/a/#correction-2026-01-05', '/sources/b/', '/sources/a/']);
    expect(items[2]).toMatchObject({ title: 'Correction: Title of a', categories: ['Correction'], description: 'O, 1 May 2025. Corrected 5 January 2026: Value corrected. Why: Misread.' });
    expect(items[0]).toMatchObject({ title: 'Data release 2026-02-01', categories: ['Data release'], description: 'Second. Data up to November 2025.' });
  });
});

describe('the feed’s size', () => {
  it('carries the newest hundred items, whatever the size of the dossier', () => {
    const days = Array.from({ length: 150 }, (_, i) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10));
    const items = feedItems(days.map((d, i) => source(`s${i}`, { published: d })), () => 'O');
    expect(items).toHaveLength(FEED_LIMIT);
    expect(items[0]!.link).toBe('/sources/s149/');
    expect(items.at(-1)!.link).toBe('/sources/s50/');
  });
});

const HOSTILE = [
  '<script>alert(1)</script>', '<img src=x onerror="alert(2)">', '&lt;b&gt;bold&lt;/b&gt;', ']]><script>alert(3)</script>',
  '<![CDATA[<b>x</b>]]>', 'Kim & Putin <3', "' onmouseover='alert(4)", '&amp; &#x3C;i&#x3E;',
].join(' ');

describe('rssItems, through @astrojs/rss', () => {
  const entries = [source('a', {
    title: `Title ${HOSTILE}`, summary: `Summary ${HOSTILE}`, published: '2025-05-01',
    corrections: [{ date: '2026-01-05', text: `Text ${HOSTILE}`, reason: `Reason ${HOSTILE}`, claims: [] }],
  })];
  const items = feedItems(entries, () => `Outlet ${HOSTILE}`, [{ version: '2026-01-06', date: '2026-01-06', notes: `Notes ${HOSTILE}`, cutoff: '2026-01-05' }]);

  it('sends every title and description as text: a reader parsing them as HTML gets the text back and no element', async () => {
    const xml = await getRssString({ title: 'T', description: 'D', site: 'https://d.example', items: rssItems(items, 'https://d.example') });
    const got = feedItemsOf(xml);
    expect(got).toHaveLength(3);
    got.forEach((g, i) => {
      for (const field of ['title', 'description'] as const) {
        const seen = asReaderSees(g[field]);
        expect(seen.elements, `${g.link} ${field}`).toEqual([]);
        expect(seen.text, `${g.link} ${field}`).toBe(items[i]![field]);
      }
    });
    // Each hostile text is there, whole: summary, outlet, correction, release notes, title.
    const shown = got.map((g) => `${asReaderSees(g.title).text}\n${asReaderSees(g.description).text}`).join('\n');
    for (const what of ['Title', 'Summary', 'Outlet', 'Text', 'Reason', 'Notes']) expect(shown).toContain(`${what} ${HOSTILE}`);
  });

  it('makes links absolute, keeping a correction\'s anchor without a slash after it', () => {
    expect(rssItems(items, 'https://d.example').map((i) => i.link)).toEqual([
      'https://d.example/data/releases/2026-01-06/', 'https://d.example/sources/a/#correction-2026-01-05', 'https://d.example/sources/a/',
    ]);
  });

  it('changes nothing of a text without HTML\'s special characters', () => {
    const plain = feedItems([source('b', { summary: 'About 12,000 troops — “sent” in 2024.' })], () => 'Outlet');
    expect(rssItems(plain, 'https://d.example')[0]).toMatchObject({ title: 'Title of b', description: 'Outlet, 1 May 2025. About 12,000 troops — “sent” in 2024.' });
  });
});
