import { describe, expect, it } from 'vitest';
import { collectionFacets, namesMeta, quoteTranslationsMeta, sortDateMeta, sourceFacets } from './search';
import { event, figure, source, transfer } from '../../../tests/helpers/builders';
import type { TopicDef } from '../compare';
import type { GlossaryEntry } from '../claims';

const topics: TopicDef[] = [
  { id: 'troops', title: 't', navLabel: 'Troops', description: 'd', order: 1, select: { kind: 'figure', figureTopics: ['troops'] } },
  { id: 'transfers', title: 't', navLabel: 'Transfers', description: 'd', order: 3, select: { kind: 'transfer' } },
];
const kursk: GlossaryEntry = { id: 'kursk', label: 'Kursk', kind: 'place', forms: [{ text: 'Kursk' }, { text: 'Koursk', lang: 'fr' }] };
const korea: GlossaryEntry = { id: 'nk', label: 'North Korea', kind: 'state', forms: [{ text: 'North Korea' }, { text: 'Corée du Nord', lang: 'fr' }] };
const pyongyang: GlossaryEntry = { id: 'pyongyang', label: 'Pyongyang', kind: 'place', forms: [] };

describe('quoteTranslationsMeta', () => {
  it('holds each translated claim as id ¦ quote ¦ translation, claims apart by ¶, the marks taken out of the texts', () => {
    const s = source('a', { language: 'fr',
      figures: [figure('fig-w', { quote: 'des milliers d’autres blessés', translation: 'thousands of others wounded' }), figure('fig-u', { quote: 'sans traduction' })],
      events: [event('ev-a', { quote: 'le 6 ¦ novembre', translation: 'on 6 ¶ November' })] });
    expect(quoteTranslationsMeta(s)).toBe('fig-w ¦ des milliers d’autres blessés ¦ thousands of others wounded ¶ ev-a ¦ le 6 novembre ¦ on 6 November');
    expect(sourceFacets(s, 'X', topics, []).meta['quote-translations']).toBe(quoteTranslationsMeta(s));
  });
  it('is empty, and no metadata, for an English source or one without translations', () => {
    const en = source('b', { language: 'en', figures: [figure('fig-a', { translation: 'stray' })] });
    expect(quoteTranslationsMeta(en)).toBe('');
    expect(sourceFacets(en, 'X', topics, []).meta).not.toHaveProperty('quote-translations');
  });
});

describe('sourceFacets', () => {
  it('gives a source its kind, outlet, language, year and topics, and sorts by date', () => {
    const f = sourceFacets(source('a', { language: 'fr', published: '2025-07', datePrecision: 'month', dateInferred: true, figures: [figure('f')] }), 'Russafrik', topics, []);
    expect(f.filters).toEqual({ kind: ['Source'], outlet: ['Russafrik'], language: ['French'], year: ['2025'], topic: ['Troops'] });
    expect(f.sort).toEqual({ date: '2025-07' });
    expect(f.meta).toMatchObject({ outlet: 'Russafrik', date: 'July 2025 (approximate)', sortdate: '202507' });
  });

  it('makes the summary, translation, notes and names searchable without putting them in the text', () => {
    const f = sourceFacets(source('a', {
      language: 'fr', title: 'Renforcement', titleTranslation: 'Strengthening', summary: 'About 2,000 killed.',
      notes: [{ kind: 'error', text: 'The talks took place in Wonsan.' }],
    }), 'X', topics, [kursk, korea]);
    expect(f.meta).toMatchObject({
      title: 'Renforcement', translation: 'Strengthening', summary: 'About 2,000 killed.',
      notes: 'Factual error in the article: The talks took place in Wonsan.', names: 'Kursk / Koursk | North Korea / Corée du Nord',
    });
  });

  it('holds no metadata that would match a query by accident: no kind, no empty field', () => {
    const f = sourceFacets(source('a'), 'X', topics, []);
    expect(Object.keys(f.meta).sort()).toEqual(['date', 'outlet', 'sortdate', 'summary', 'title']);
    expect(Object.values(f.meta)).not.toContain('Source');
  });

  it('flags a title the dossier supplied, with no word a query could match', () => {
    expect(sourceFacets(source('a', { language: 'fr', titleSupplied: true }), 'X', topics, []).meta['title-supplied']).toBe('');
    expect(sourceFacets(source('a', { language: 'fr' }), 'X', topics, []).meta).not.toHaveProperty('title-supplied');
  });
});

describe('collectionFacets', () => {
  it('gives a topic page its topic, the outlets and years it draws on, sorted by its newest source', () => {
    const entries = [source('a', { published: '2024-10-01', transfers: [transfer('t')] }), source('b', { published: '2025-11-08' })];
    const f = collectionFacets('topic', 'Transfers', entries, (s) => (s.id === 'a' ? 'X' : 'Y'), { title: 'Transfers', names: [kursk] });
    expect(f.filters).toEqual({ kind: ['Topic page'], topic: ['Transfers'], outlet: ['X', 'Y'], year: ['2024', '2025'] });
    expect(f.sort.date).toBe('2025-11-08');
    // No "5 sources" or "Topic page" in metadata: those words would match every topic page.
    expect(f.meta).toEqual({ title: 'Transfers', names: 'Kursk / Koursk', sortdate: '20251108' });
  });
});

describe('metadata values', () => {
  it('lists every form of each name, entries apart', () => {
    expect(namesMeta([kursk, pyongyang])).toBe('Kursk / Koursk | Pyongyang');
  });

  it('writes a sort date as digits that keep the order of ISO dates', () => {
    const iso = ['2025-07-15', '2025-07', '2024-12-31', '2025-06-30', '2025'];
    const sorted = [...iso].sort();
    expect(iso.map(sortDateMeta).sort()).toEqual(sorted.map(sortDateMeta));
    expect(sortDateMeta('2025-11-08')).toBe('20251108');
  });
});
