/**
 * Natural Earth's country boundaries from `world-atlas`, at two scales: 1:50m for a locator
 * map of one region, 1:110m for a map spanning a continent (finer lines would be too small
 * to see and cost bytes on every page).
 */
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, merge, mesh } from 'topojson-client';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import atlasPackage from 'world-atlas/package.json' with { type: 'json' };

/** Natural Earth's scales as world-atlas ships them. */
export type AtlasScale = '50m' | '110m';

/** The boundaries a map draws: all land, the borders between countries, and one country by its ISO 3166-1 numeric code. */
export interface Atlas {
  scale: AtlasScale;
  land: MultiPolygon;
  borders: MultiLineString;
  /** Every country with its English name, for the names drawn on a map. */
  countries: Feature<Polygon | MultiPolygon, { name: string }>[];
  /** A country's territory (every polygon with that code together), or null when Natural Earth has none. */
  country: (iso3166Numeric: string) => MultiPolygon | null;
}

/** What the maps are drawn from, for cache keys: a new world-atlas release redraws every map. */
export const ATLAS_VERSION = `world-atlas ${atlasPackage.version}`;

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
const TOPOLOGIES: Record<AtlasScale, Countries> = {
  '50m': countries50m as unknown as Countries,
  '110m': countries110m as unknown as Countries,
};
const loaded = new Map<AtlasScale, Atlas>();

/**
 * The boundaries at one scale, read once per build.
 *
 * @example
 * atlas('50m').country('643') // Russia's MultiPolygon
 */
export function atlas(scale: AtlasScale): Atlas {
  let a = loaded.get(scale);
  if (a) return a;
  const topology = TOPOLOGIES[scale];
  const countries = topology.objects.countries;
  const byCode = new Map<string, MultiPolygon | null>();
  a = {
    scale,
    land: merge(topology, countries.geometries as never),
    borders: mesh(topology, countries, (x, y) => x !== y),
    countries: (feature(topology, countries) as unknown as { features: Feature<Polygon | MultiPolygon, { name: string }>[] }).features,
    country: (code) => {
      if (!byCode.has(code)) {
        const parts = countries.geometries.filter((g) => g.id === code);
        byCode.set(code, parts.length ? merge(topology, parts as never) : null);
      }
      return byCode.get(code)!;
    },
  };
  loaded.set(scale, a);
  return a;
}
