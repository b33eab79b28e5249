import { describe, expect, it } from 'vitest';
import { event, figure, source } from '../../../tests/helpers/builders';
import { buildEntityIndex, entityCounts } from './entities';
import type { Entity } from './glossary';
import { countryProblems, mapPlaces } from './places';

const e = (id: string, label: string, kind: Entity['kind'], extra: Partial<Entity> = {}): Entity =>
  ({ id, label, kind, description: `About ${label}.`, forms: [{ text: label }], ...extra });
const ENTITIES: Entity[] = [
  e('russia', 'Russia', 'state', { iso3166Numeric: '643' }),
  e('north-korea', 'North Korea', 'state', { iso3166Numeric: '408' }),
  e('japan', 'Japan', 'state'),
  e('kursk', 'Kursk region', 'place', { coordinates: { lat: 51.73, lon: 36.19 }, country: 'russia' }),
  e('pyongyang', 'Pyongyang', 'place', { coordinates: { lat: 39.02, lon: 125.74 }, country: 'north-korea' }),
  e('wonsan', 'Wonsan', 'place'),
];
const a = source('a-2025-06-05', {
  published: '2025-06-05',
  figures: [figure('fig-k', { topic: 'casualties', measure: 'killed', low: 600, high: 600, place: 'Kursk region' })],
  events: [event('ev-p', { what: 'A visit to Pyongyang.', quote: 'à Pyongyang', place: 'Pyongyang' }), event('ev-q', { what: 'Talks in Pyongyang.', quote: 'Pyongyang' })],
});
const index = buildEntityIndex([a], () => '<p>Rien.</p>', ENTITIES, ENTITIES);

describe('entityCounts', () => {
  it('counts what the entity page counts: sources, dated events, and the claims of every role', () => {
    expect(entityCounts(index.records.get('pyongyang')!)).toEqual({ sources: 1, events: 2, claims: 1, byRole: { estimator: 0, relayer: 0, actor: 0, party: 0, place: 1 } });
    expect(entityCounts(index.records.get('kursk')!)).toMatchObject({ sources: 1, events: 0, claims: 1 });
  });
});

describe('mapPlaces', () => {
  it('gives each place with coordinates its point, state and counts, by name; a place without coordinates is listed apart', () => {
    const { placed, unplaced } = mapPlaces(ENTITIES, index.records);
    expect(placed).toEqual([
      { id: 'kursk', label: 'Kursk region', href: '/entities/kursk/', lat: 51.73, lon: 36.19, country: { id: 'russia', label: 'Russia', iso3166Numeric: '643' }, events: 0, claims: 1 },
      { id: 'pyongyang', label: 'Pyongyang', href: '/entities/pyongyang/', lat: 39.02, lon: 125.74, country: { id: 'north-korea', label: 'North Korea', iso3166Numeric: '408' }, events: 2, claims: 1 },
    ]);
    expect(unplaced.map((p) => p.id)).toEqual(['wonsan']);
  });
});

describe('countryProblems', () => {
  it('names the place whose country is no entity, not a state, or a state without its code', () => {
    expect(countryProblems(ENTITIES)).toEqual([]);
    const bad = [...ENTITIES, e('a', 'A', 'place', { country: 'rusia' }), e('b', 'B', 'place', { country: 'kursk' }), e('c', 'C', 'place', { country: 'japan' })];
    expect(countryProblems(bad)).toEqual([
      { id: 'a', problem: '"rusia" is no entity (content/entities/rusia.yaml does not exist)' },
      { id: 'b', problem: '"kursk" is a place, not a state' },
      { id: 'c', problem: '"japan" has no iso3166Numeric code (content/entities/japan.yaml), so its boundary cannot be found' },
    ]);
  });
});
