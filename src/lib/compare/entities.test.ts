import { describe, expect, it } from 'vitest';
import { event, figure, reaction, source, transfer } from '../../../tests/helpers/builders';
import { nameMatcher, type GlossaryEntry } from '../claims';
import { articleBlocks, buildEntityIndex, claimNames, entitySourceCount, mentionsIn, sentenceParts, summariseMentions } from './entities';
import type { Entity } from './glossary';

const entity = (id: string, label: string, kind: Entity['kind'], forms: string[], fr: string[] = []): Entity =>
  ({ id, label, kind, description: `About ${label}.`, forms: [...forms.map((text) => ({ text })), ...fr.map((text) => ({ text, lang: 'fr' as const }))] });
const ENTITIES: Entity[] = [
  entity('north-korea', 'North Korea', 'state', ['North Korea', 'North Korean'], ['Corée du Nord', 'nord-coréens']),
  entity('russia', 'Russia', 'state', ['Russia'], ['Russie']),
  entity('south-korea', 'South Korea', 'state', ['South Korea', 'South Korean'], ['sud-coréens']),
  entity('kursk', 'Kursk region', 'place', ['Kursk'], ['Koursk']),
  entity('nis', 'National Intelligence Service (South Korea)', 'agency', ['National Intelligence Service', 'NIS', 'South Korean intelligence service'], ['services de renseignement sud-coréens']),
  entity('sergei-shoigu', 'Sergei Shoigu', 'person', ['Sergei Shoigu', 'Shoigu'], ['Choïgou']),
  entity('united-nations', 'United Nations', 'organisation', ['United Nations', 'UN'], ['ONU']),
  entity('radio-svoboda', 'Radio Svoboda', 'media', ['Radio Svoboda']),
  entity('kcna', 'KCNA', 'media', ['KCNA']),
];
const GLOSSARY: GlossaryEntry[] = [...ENTITIES, { id: 'troops', label: 'troops', kind: 'term', forms: [{ text: 'troops' }] }];

describe('articleBlocks', () => {
  it('reads each block’s text, its highlighted claims and its anchor, decoding references', () => {
    const html = '<h3 id="sub">Sous-titre</h3><p>Kim &#x26; <mark class="claim" data-claims="fig-a fig-b" id="fig-a">Koursk</mark>.<br>Fin.</p>'
      + '<figure class="photo-caption"><figcaption>Photo <mark class="claim" data-claims="ev-x">Shoigu</mark></figcaption></figure>';
    expect(articleBlocks(html)).toEqual([
      { text: 'Sous-titre', marks: [], anchor: 'sub' },
      { text: 'Kim & Koursk. Fin.', marks: [{ start: 6, end: 12, claims: ['fig-a', 'fig-b'] }] },
      { text: 'Photo Shoigu', marks: [{ start: 6, end: 12, claims: ['ev-x'] }] },
    ]);
  });
});

describe('mentionsIn', () => {
  it('gives each sentence that names an entity, highlighted, linked to the claim it quotes', () => {
    const blocks = articleBlocks('<p>Le NIS estime que <mark class="claim" data-claims="fig-k" id="fig-k">2 000 sont morts à Koursk</mark>. Shoigu était à Pyongyang.</p>');
    const found = mentionsIn(blocks, nameMatcher(GLOSSARY));
    expect(found.get('nis')).toEqual([{ sentence: 'Le NIS estime que 2 000 sont morts à Koursk.', ranges: [{ start: 3, end: 6 }], claim: 'fig-k' }]);
    expect(found.get('kursk')![0]!.claim).toBe('fig-k');
    expect(found.get('sergei-shoigu')).toEqual([{ sentence: 'Shoigu était à Pyongyang.', ranges: [{ start: 0, end: 6 }] }]);
  });
});

describe('claimNames', () => {
  it('resolves an attribution, an actor and a place by their forms, an explicit id first', () => {
    expect(claimNames({ kind: 'figure', claim: figure('f', { attribution: { estimatedBy: "South Korea's National Intelligence Service (NIS)" }, place: 'région de Koursk' }) }, GLOSSARY))
      .toEqual([{ role: 'estimator', entity: 'nis', text: "South Korea's National Intelligence Service (NIS)" }, { role: 'place', entity: 'kursk', text: 'région de Koursk' }]);
    expect(claimNames({ kind: 'event', claim: event('e', { attribution: { relayedBy: 'Radio Svoboda, citing KCNA', relayedByEntity: 'radio-svoboda' } }) }, GLOSSARY))
      .toEqual([{ role: 'relayer', entity: 'radio-svoboda', text: 'Radio Svoboda, citing KCNA' }]);
    expect(claimNames({ kind: 'reaction', claim: reaction('r', { actor: 'United Nations (voices within)' }) }, GLOSSARY))
      .toEqual([{ role: 'actor', entity: 'united-nations', text: 'United Nations (voices within)' }]);
  });
  it('leaves what it cannot resolve unresolved, and gives a transfer its two parties', () => {
    expect(claimNames({ kind: 'reaction', claim: reaction('r', { actor: 'Observers (unnamed)' }) }, GLOSSARY)[0]!.entity).toBeNull();
    expect(claimNames({ kind: 'event', claim: event('e', { attribution: { relayedBy: 'Radio Svoboda, citing KCNA' } }) }, GLOSSARY)[0]!.entity).toBeNull();
    expect(claimNames({ kind: 'transfer', claim: transfer('t', { direction: 'to-north-korea' }) }, GLOSSARY).map((n) => n.entity)).toEqual(['russia', 'north-korea']);
  });
});

describe('buildEntityIndex', () => {
  const a = source('a-2025-06-05', {
    published: '2025-06-05',
    figures: [figure('fig-killed', { topic: 'casualties', measure: 'killed', low: 600, high: 600, place: 'Kursk region' })],
    reactions: [reaction('re-shoigu', { actor: 'Sergei Shoigu', actorKind: 'person' })],
    events: [event('ev-visit', { what: 'Shoigu visited Pyongyang.', quote: 'Choïgou est arrivé' })],
  });
  const b = source('b-2025-11-08', {
    published: '2025-11-08',
    figures: [figure('fig-nis', { topic: 'casualties', measure: 'killed', low: 2000, high: 2000, place: 'Kursk region', attribution: { estimatedBy: 'NIS' } })],
    transfers: [transfer('tr-a')],
    reactions: [reaction('re-obs', { actor: 'Observers (unnamed)', actorKind: 'group' })],
  });
  const html: Record<string, string> = {
    'a-2025-06-05': '<p>Près de <mark class="claim" data-claims="fig-killed" id="fig-killed">600 soldats tués à Koursk</mark>.</p><p>Choïgou est arrivé à Pyongyang.</p>',
    'b-2025-11-08': '<p>Le NIS estime qu’environ 2 000 ont été tués dans la région de Koursk.</p>',
  };
  const index = buildEntityIndex([a, b], (s) => html[s.id]!, ENTITIES, GLOSSARY);

  it('gathers every source that names an entity, newest first, with the sentences', () => {
    const kursk = index.records.get('kursk')!;
    expect(kursk.mentions.map((m) => m.source.id)).toEqual(['b-2025-11-08', 'a-2025-06-05']);
    expect(kursk.mentions[1]!.sentences[0]).toMatchObject({ sentence: 'Près de 600 soldats tués à Koursk.', claim: 'fig-killed' });
    expect(entitySourceCount(kursk)).toBe(2);
  });
  it('gathers the claims that give an entity a role, by role', () => {
    expect(index.records.get('nis')!.claims.estimator.map((c) => c.claim.id)).toEqual(['fig-nis']);
    expect(index.records.get('kursk')!.claims.place.map((c) => c.claim.id)).toEqual(['fig-killed', 'fig-nis']);
    expect(index.records.get('sergei-shoigu')!.claims.actor.map((c) => c.claim.id)).toEqual(['re-shoigu']);
    expect(index.records.get('north-korea')!.claims.party.map((c) => c.claim.id)).toEqual(['tr-a']);
  });
  it('gathers the events an entity takes part in, and lists what resolves to no entity', () => {
    expect(index.records.get('sergei-shoigu')!.events.map((e) => e.claim.id)).toEqual(['ev-visit']);
    expect(index.unresolved).toEqual([{ role: 'actor', text: 'Observers (unnamed)', source: 'b-2025-11-08', claim: 're-obs' }]);
  });
});

describe('summariseMentions and sentenceParts', () => {
  it('quotes the newest, lists the next and counts the rest by month', () => {
    const sources = Array.from({ length: 7 }, (_, i) => source(`s${i}`, { published: `2025-0${7 - i}-01` }));
    const record = { entity: ENTITIES[0]!, mentions: sources.map((s) => ({ source: s, sentences: [] })), events: [], claims: { estimator: [], relayer: [], actor: [], party: [], place: [] } };
    const s = summariseMentions(record, 2, 3);
    expect(s.quoted.map((m) => m.source.id)).toEqual(['s0', 's1']);
    expect(s.listed.map((x) => x.id)).toEqual(['s2', 's3', 's4']);
    expect(s.counted).toEqual([{ month: '2025-02', count: 1 }, { month: '2025-01', count: 1 }]);
    expect(s.total).toBe(7);
  });
  it('cuts a sentence at its names', () => {
    expect(sentenceParts({ sentence: 'Le NIS estime', ranges: [{ start: 3, end: 6 }] }))
      .toEqual([{ text: 'Le ', name: false }, { text: 'NIS', name: true }, { text: ' estime', name: false }]);
  });
});
