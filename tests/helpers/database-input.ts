/**
 * A small dossier for the database's tests: two sources (one French, with a translated
 * figure), two entities, the topics with casualties, and `input`, the export input they
 * make, with anything replaced.
 */
import { exportFiles } from '../../src/lib/publish/datasets';
import { buildEntityIndex } from '../../src/lib/compare';
import type { Figure } from '../../src/lib/claims';
import { event, figure, reaction, source, transfer } from './builders';
import { OUTLET_OF, TOPICS } from './releases';

export const KURSK = { id: 'kursk', label: 'Kursk', kind: 'place' as const, description: 'd', forms: [{ text: 'Kursk' }, { text: 'Koursk', lang: 'fr' as const }] };
export const NIS = { id: 'nis', label: 'NIS', kind: 'agency' as const, description: 'd', forms: [{ text: 'NIS' }] };
export const ENTITIES = [KURSK, NIS];
const translated = (f: Figure, translation: string) => ({ ...f, translation }) as Figure;

export const sources = [
  source('b-2025-06-01', {
    language: 'fr', published: '2025-06-01', summary: 'About 600 killed and thousands wounded near Kursk.',
    figures: [
      translated(figure('fig-killed', { topic: 'casualties', measure: 'killed', low: 600, high: 600, qualifier: 'about', quote: 'environ 600 soldats tués et des milliers de blessés à Koursk', attribution: { estimatedBy: 'NIS' } }), 'about 600 soldiers killed and thousands wounded in Kursk'),
      figure('fig-sent', { low: 11000, high: 11000, quote: '11 000 soldats envoyés' }),
    ],
    events: [event('ev-a', { date: '2025-05-01', quote: 'le 1er mai' })],
  }),
  source('a-2025-05-01', {
    figures: [
      figure('fig-sent', { low: 12000, high: 12000, asOf: '2025-05', quote: '12,000 troops sent', attribution: { estimatedBy: 'NIS' } }),
      figure('fig-killed', { topic: 'casualties', measure: 'killed', low: 200, high: 200, asOf: '2025-06-01', quote: '200 killed in Kursk' }),
    ],
    transfers: [transfer('tr-a')],
    reactions: [reaction('re-a')],
    events: [event('ev-b', { date: '2025-04-28' })],
  }),
];
export const FIGURE_TOPICS = [
  ...TOPICS,
  { id: 'casualties', title: 'Casualties', navLabel: 'Casualties', order: 3, description: 'd', select: { kind: 'figure' as const, figureTopics: ['casualties' as const] } },
];
export const input = (over: Partial<Parameters<typeof exportFiles>[0]> = {}) => ({
  sources, topics: FIGURE_TOPICS, entities: ENTITIES, entityIndex: buildEntityIndex(sources, () => '', ENTITIES, ENTITIES), outletName: () => 'Outlet',
  glossary: ENTITIES, outletOf: OUTLET_OF, articleText: (s: { id: string }) => (s.id.startsWith('b') ? 'Des milliers de soldats blessés.' : 'Troops were sent.'), ...over,
});
