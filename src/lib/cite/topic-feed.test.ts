import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { rssItems } from './feed';
import { topicFeedItems } from './topic-feed';
import { topicRowId, topicView } from '../compare';
import { figure, reaction, source } from '../../../tests/helpers/builders';
import { asReaderSees, feedItemsOf } from '../../../tests/helpers/feed';

const killed = { topic: 'casualties', measure: 'killed' } as const;
const entries = [
  source('a', { published: '2025-06-05', figures: [figure('k1', { ...killed, low: 600, high: 600, qualifier: 'about', quote: 'about 600 killed', asOf: '2025-06' })] }),
  source('b', {
    published: '2025-07-10', language: 'fr',
    // Same period, ranges that do not overlap: a disagreement the later article opens.
    figures: [figure('k2', { ...killed, low: 1000, high: 1000, quote: '1 000 tués', translation: '1,000 killed', asOf: '2025-06' })],
  }),
  source('c', {
    published: '2025-11-08',
    figures: [figure('k3', { ...killed, low: 2000, high: 2000, qualifier: 'about', quote: 'about 2,000 killed', attribution: { estimatedBy: 'Ukraine’s intelligence' } })],
    corrections: [{ date: '2026-01-05', text: 'Value corrected.', reason: 'Misread.', claims: ['k3'] }],
  }),
  source('d', { published: '2025-12-01', corrections: [{ date: '2026-02-01', text: 'Unrelated.', reason: 'Other claim.', claims: ['x'] }] }),
];
const view = topicView(entries, { kind: 'figure', figureTopics: ['casualties'] });
const href = (item: { source: { id: string }; claim: { id: string } }) => `/topics/casualties/#${topicRowId(item)}`;

describe('topicFeedItems', () => {
  const items = topicFeedItems(view, (s) => `Outlet ${s.id}`, href);

  it('gives each claim, each disagreement once and each correction to a claim of the topic, newest first', () => {
    expect(items.map((i) => [i.categories[0], i.link])).toEqual([
      ['Correction', '/sources/c/#correction-2026-01-05'],
      ['Killed', '/sources/c/#k3'],
      ['Disagreement', '/topics/casualties/#b--k2'],
      ['Killed', '/sources/b/#k2'],
      ['Killed', '/sources/a/#k1'],
    ]);
  });
  it('reads an estimate as measure, value, who and when, and quotes the article with the dossier’s translation apart', () => {
    expect(items[1]!.title).toBe('Killed: about 2,000 (Ukraine’s intelligence, as of 8 November 2025 (the article’s date))');
    expect(items[3]!.description).toBe('“1 000 tués” (dossier’s translation: “1,000 killed”) Outlet b, 10 July 2025.');
  });
  it('says which two estimates disagree, from which articles, and why', () => {
    expect(items[2]!.title).toBe('Disagreement: 1,000 against about 600 (killed)');
    expect(items[2]!.description).toContain('Outlet b (10 July 2025): “1 000 tués” Outlet a (5 June 2025): “about 600 killed” They cannot both be right: they apply to the same period');
    expect(items[2]!.pubDate.toISOString()).toBe('2025-07-10T00:00:00.000Z');
  });
  it('keeps only the newest items', () => {
    expect(topicFeedItems(view, () => 'O', href, 2).map((i) => i.link)).toEqual(['/sources/c/#correction-2026-01-05', '/sources/c/#k3']);
  });
  it('lists a reaction topic’s reactions', () => {
    const r = topicView([source('e', { reactions: [reaction('r1', { stance: 'Condemned the <b>deployment</b>' })] })], { kind: 'reaction' });
    expect(topicFeedItems(r, () => 'O', href).map((i) => i.title)).toEqual(['United States, condemnation: Condemned the <b>deployment</b>']);
  });
  it('reaches a feed reader as text', async () => {
    const hostile = topicView([source('e', { reactions: [reaction('r1', { stance: '<script>alert(1)</script>', quote: '<img src=x onerror=alert(2)>' })] })], { kind: 'reaction' });
    const xml = await getRssString({ title: 'T', description: 'D', site: 'https://d.example', items: rssItems(topicFeedItems(hostile, () => 'O', href), 'https://d.example') });
    const [got] = feedItemsOf(xml);
    expect(asReaderSees(got!.title)).toEqual({ text: 'United States, condemnation: <script>alert(1)</script>', elements: [] });
    expect(asReaderSees(got!.description).elements).toEqual([]);
    expect(got!.link).toBe('https://d.example/sources/e/#r1');
  });
});
