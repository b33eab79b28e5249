/**
 * The dossier's places as the maps show them: each place with its point, the state it lies
 * in, and the counts its page gives; and the checks that tie a place to a state.
 */
import { entityUrl } from '../site';
import { entityCounts, type EntityRecord } from './entities';
import type { Entity } from './glossary';

/** A place the maps mark, with what its page counts. */
export interface MapPlace {
  id: string;
  label: string;
  href: string;
  lat: number;
  lon: number;
  /** The state it lies in: its entity and its ISO 3166-1 numeric code. */
  country: { id: string; label: string; iso3166Numeric: string };
  events: number;
  claims: number;
}

/**
 * Places whose `country` names no state with an ISO 3166-1 code, each with what is wrong.
 *
 * @example
 * countryProblems([{ id: 'kursk', kind: 'place', country: 'rusia', … }]) // [{ id: 'kursk', problem: '"rusia" is no entity' }]
 */
export function countryProblems(entities: readonly Entity[]): { id: string; problem: string }[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const out: { id: string; problem: string }[] = [];
  for (const e of entities) {
    if (!e.country) continue;
    const state = byId.get(e.country);
    if (!state) out.push({ id: e.id, problem: `"${e.country}" is no entity (content/entities/${e.country}.yaml does not exist)` });
    else if (state.kind !== 'state') out.push({ id: e.id, problem: `"${e.country}" is a ${state.kind}, not a state` });
    else if (!state.iso3166Numeric) out.push({ id: e.id, problem: `"${e.country}" has no iso3166Numeric code (content/entities/${e.country}.yaml), so its boundary cannot be found` });
  }
  return out;
}

/**
 * The places the maps mark, by name, with their pages' counts of events and claims; and the
 * places that have no coordinates yet (listed beside the map, never guessed).
 *
 * @example
 * mapPlaces(entities, index.records).placed.map((p) => p.id) // ['kursk', 'moscow', …]
 */
export function mapPlaces(entities: readonly Entity[], records: ReadonlyMap<string, EntityRecord>): { placed: MapPlace[]; unplaced: Entity[] } {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const places = entities.filter((e) => e.kind === 'place').sort((a, b) => a.label.localeCompare(b.label, 'en'));
  const placed: MapPlace[] = [];
  const unplaced: Entity[] = [];
  for (const e of places) {
    const state = e.country ? byId.get(e.country) : undefined;
    const record = records.get(e.id);
    if (!e.coordinates || !state?.iso3166Numeric || !record) { unplaced.push(e); continue; }
    const counts = entityCounts(record);
    placed.push({
      id: e.id, label: e.label, href: entityUrl(e.id), lat: e.coordinates.lat, lon: e.coordinates.lon,
      country: { id: state.id, label: state.label, iso3166Numeric: state.iso3166Numeric },
      events: counts.events, claims: counts.claims,
    });
  }
  return { placed, unplaced };
}
