import { describe, expect, it } from 'vitest';
import type { SourceData } from '../claims';
import { claimUrl, formatPublished, newestFirst, published, sourceSections, sourceUrl, titleGloss, titleLanguage } from './sources';
import { source } from '../../../tests/helpers/builders';

const entry = (id: string, published: string) => ({ id, data: { published } as SourceData });

describe('urls', () => {
  it('always ends with a slash before the anchor', () => {
    expect(sourceUrl('a-b')).toBe('/sources/a-b/');
    expect(claimUrl('a-b', 'fig-x')).toBe('/sources/a-b/#fig-x');
  });
});

describe('newestFirst', () => {
  it('orders by date, then id, without mutating', () => {
    const input = [entry('b', '2025-05'), entry('a', '2025-11-08'), entry('c', '2025-05'), entry('d', '2025-05-09')];
    expect(newestFirst(input).map((e) => e.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(input.map((e) => e.id)).toEqual(['b', 'a', 'c', 'd']);
  });
});

describe('formatPublished', () => {
  it('says when a date is approximate', () => {
    expect(formatPublished({ published: '2025-05', datePrecision: 'month', dateInferred: true })).toBe('May 2025 (approximate)');
    expect(formatPublished({ published: '2025-11-08', datePrecision: 'day', dateInferred: false })).toBe('8 November 2025');
  });
});

describe('sourceSections', () => {
  it('lists only the sections a source has', () => {
    const none = { figures: [], transfers: [], reactions: [], events: [] };
    expect(sourceSections(none).map((x) => x.id)).toEqual(['summary-title', 'text-title', 'cite-title']);
    expect(sourceSections({ ...none, figures: [{} as never] }).map((x) => x.label)).toEqual(['Summary', 'Key figures', 'Article text', 'Cite']);
    expect(sourceSections({ ...none, corrections: [{ date: '2026-01-05', text: 't', reason: 'r' }] }).map((x) => x.id)).toEqual(['summary-title', 'corrections-title', 'text-title', 'cite-title']);
  });
});

describe('published', () => {
  it('leaves drafts out of a build, and keeps them in the live preview', () => {
    const entries = [source('a'), source('b', { draft: true })];
    expect(published(entries, false).map((e) => e.id)).toEqual(['a']);
    expect(published(entries, true).map((e) => e.id)).toEqual(['a', 'b']);
  });
});

describe('titleLanguage and titleGloss', () => {
  it('gives a supplied title as English, and glosses only a title in another language', () => {
    expect(titleLanguage({ language: 'fr', titleSupplied: true })).toBe('en');
    expect(titleLanguage({ language: 'fr' })).toBe('fr');
    expect(titleGloss({ language: 'fr', titleTranslation: 'Strengthening of military ties' })).toBe('Strengthening of military ties');
    expect(titleGloss({ language: 'fr', titleSupplied: true, titleTranslation: 'x' })).toBeUndefined();
    expect(titleGloss({ language: 'en', titleTranslation: 'x' })).toBeUndefined();
    expect(titleGloss({ language: 'fr' })).toBeUndefined();
  });
});
