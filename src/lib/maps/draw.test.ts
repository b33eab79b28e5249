import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { atlas } from './atlas';
import { locatorMap, placesMap, type MapDrawing } from './draw';
import { placeLabels } from './labels';
import { formatCoordinates } from './coordinates';

/** The real content's places and states, read from the YAML files. */
const dir = new URL('../../../content/entities/', import.meta.url).pathname;
const entities = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(`${dir}${f}`, 'utf8')) }));
const places = entities.filter((e) => e.kind === 'place');
const codeOf = (id: string) => entities.find((e) => e.id === id)?.iso3166Numeric as string;
const points = places.map((p) => ({ id: p.id, label: p.name, lat: p.coordinates.lat, lon: p.coordinates.lon }));

/** The SVG a component draws from a drawing, as close as a test can get without Astro: its bytes. */
const svgOf = (d: MapDrawing) => `<svg viewBox="0 0 ${d.width} ${d.height}"><path d="${d.land}"/><path d="${d.country}"/><path d="${d.borders}"/>${d.marks.map((m) => `<a href="/entities/${m.id}/"><circle cx="${m.x}" cy="${m.y}" r="4"/><text x="${m.text.x}" y="${m.text.y}">${m.label}</text></a>`).join('')}</svg>`;
const gzipped = (s: string) => gzipSync(s, { level: 9 }).length;

describe('the places of content/entities', () => {
  it('each has coordinates and lies inside its state\'s Natural Earth boundary (1:50m)', () => {
    expect(places.length).toBeGreaterThanOrEqual(6);
    for (const p of places) {
      expect(p.coordinates, `content/entities/${p.id}.yaml: coordinates`).toBeDefined();
      const code = codeOf(p.country);
      expect(code, `content/entities/${p.id}.yaml: country ${p.country} has no iso3166Numeric`).toMatch(/^\d{3}$/);
      expect(geoContains(atlas('50m').country(code)!, [p.coordinates.lon, p.coordinates.lat]), `${p.id} inside ${p.country}`).toBe(true);
    }
  });

  it('a point in the wrong state fails the check (Kursk\'s point is not in Ukraine, Vladivostok\'s not in North Korea)', () => {
    expect(geoContains(atlas('50m').country('804')!, [36.19, 51.73])).toBe(false);
    expect(geoContains(atlas('50m').country('408')!, [131.89, 43.12])).toBe(false);
    expect(atlas('50m').country('999')).toBeNull();
  });
});

describe('locatorMap', () => {
  it('centres the place in its frame and highlights its state', () => {
    const d = locatorMap({ id: 'kursk', label: 'Kursk region', lat: 51.73, lon: 36.19 }, '643');
    expect([d.width, d.height]).toEqual([320, 240]);
    expect(d.marks[0]).toMatchObject({ id: 'kursk', x: 160, y: 120 });
    expect(d.country.length).toBeGreaterThan(100);
    expect(d.scale).toBe('50m');
  });

  it('clips every line to the frame and rounds to a tenth of a pixel', () => {
    const d = locatorMap({ id: 'pyongyang', label: 'Pyongyang', lat: 39.02, lon: 125.74 }, '408');
    const numbers = [d.land, d.country, d.borders].join(' ').match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(numbers.length).toBeGreaterThan(100);
    for (const n of numbers) { expect(n).toBeGreaterThanOrEqual(0); expect(n).toBeLessThanOrEqual(320); }
    expect([d.land, d.borders].join(' ')).not.toMatch(/\.\d\d/);
  });

  it('costs well under 30 kB gzipped for every place of the dossier', () => {
    for (const p of places) {
      const size = gzipped(svgOf(locatorMap({ id: p.id, label: p.name, lat: p.coordinates.lat, lon: p.coordinates.lon }, codeOf(p.country))));
      expect(size, p.id).toBeLessThan(30_000);
      expect(size, p.id).toBeGreaterThan(500);
    }
  });
});

describe('placesMap', () => {
  const d = placesMap(points);

  it('marks every place inside the frame, west to east in order of longitude', () => {
    expect(d.marks.map((m) => m.id).sort()).toEqual(points.map((p) => p.id).sort());
    for (const m of d.marks) { expect(m.x).toBeGreaterThan(0); expect(m.x).toBeLessThan(d.width); expect(m.y).toBeGreaterThan(0); expect(m.y).toBeLessThan(d.height); }
    const x = (id: string) => d.marks.find((m) => m.id === id)!.x;
    expect(x('moscow')).toBeLessThan(x('pyongyang'));
    expect(x('pyongyang')).toBeLessThan(x('vladivostok'));
    const y = (id: string) => d.marks.find((m) => m.id === id)!.y;
    expect(y('moscow')).toBeLessThan(y('kursk'));
    expect(y('pyongyang')).toBeLessThan(y('seoul'));
  });

  it('spans a continent at 1:110m, and a region at 1:50m', () => {
    expect(d.scale).toBe('110m');
    expect(placesMap(points.filter((p) => ['pyongyang', 'seoul', 'wonsan'].includes(p.id))).scale).toBe('50m');
    expect(d.height).toBeGreaterThanOrEqual(d.width / 3);
    expect(d.height).toBeLessThanOrEqual(d.width);
  });

  it('costs under 30 kB gzipped, and one more place adds a mark, not a map', () => {
    expect(gzipped(svgOf(d))).toBeLessThan(30_000);
    const more = placesMap([...points, { id: 'x', label: 'Khabarovsk', lat: 48.48, lon: 135.07 }]);
    expect(more.marks).toHaveLength(points.length + 1);
    expect(gzipped(svgOf(more))).toBeLessThan(30_000);
  });

  it('keeps labels from covering each other', () => {
    const boxes = d.marks.map((m) => ({ x0: m.text.x - m.label.length * 3.6, x1: m.text.x + m.label.length * 3.6, y0: m.text.y - 9.6, y1: m.text.y + 2.4 }));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `${d.marks[i]!.label} / ${d.marks[j]!.label}`).toBe(false);
    }
  });

  it('refuses an empty list', () => {
    expect(() => placesMap([])).toThrow(/no place/);
  });
});

describe('placeLabels', () => {
  it('puts a label right of its mark, else left of it when another mark is in the way, and the next one elsewhere', () => {
    expect(placeLabels([{ x: 100, y: 50, text: 'Pyongyang' }], 640, 240)).toEqual([{ x: 140.4, y: 53.6, anchor: 'middle', leader: null }]);
    const [a, b] = placeLabels([{ x: 100, y: 50, text: 'Pyongyang' }, { x: 110, y: 50, text: 'Wonsan' }], 640, 240);
    expect(a).toEqual({ x: 59.6, y: 53.6, anchor: 'middle', leader: null });
    expect(b!.x === a!.x && b!.y === a!.y).toBe(false);
  });

  it('keeps a label inside the frame (left of a mark at the right edge)', () => {
    const [a] = placeLabels([{ x: 630, y: 50, text: 'Vladivostok' }], 640, 240);
    expect(a!.x + 11 * 3.6).toBeLessThanOrEqual(640);
  });
});

describe('formatCoordinates', () => {
  it('writes hemispheres by letter, two decimals', () => {
    expect(formatCoordinates({ lat: 51.73, lon: 36.19 })).toBe('51.73° N, 36.19° E');
    expect(formatCoordinates({ lat: -33.8688, lon: -70.5 })).toBe('33.87° S, 70.50° W');
  });
});
