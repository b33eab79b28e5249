/**
 * The two maps: a locator (one place, the state it lies in, the region around it) and the
 * places map (every place of the dossier at once). Each is fitted to its frame, clipped to
 * it and rounded to a tenth of a pixel, so a page carries only the lines it shows.
 */
import type { GeoPermissibleObjects } from 'd3-geo';
import { geoAzimuthalEqualArea, geoCircle, geoConicEqualArea, geoContains, geoPath, type GeoProjection } from 'd3-geo';
import { atlas, type AtlasScale } from './atlas';
import { labelBox, overlaps, placeLabels, type LabelBox, type LabelPlacement } from './labels';

/** A point to mark: a place's id, its name on the map, and where it is (decimal degrees). */
export interface MapPoint {
  id: string;
  label: string;
  lat: number;
  lon: number;
}

/** A marked point in the frame, with its label's place. */
export interface MapMark {
  id: string;
  label: string;
  x: number;
  y: number;
  text: LabelPlacement;
}

/** A map ready to draw: SVG path data in a `width` × `height` frame. */
export interface MapDrawing {
  width: number;
  height: number;
  /** All land, filled. */
  land: string;
  /** The state the place lies in (a locator), filled a shade darker; empty otherwise. */
  country: string;
  /** Borders between countries, stroked. */
  borders: string;
  marks: MapMark[];
  /** Country names, each inside the part of its country the map shows, clear of the marks and their labels. */
  countryNames: { name: string; x: number; y: number }[];
  /** Natural Earth's scale the lines come from. */
  scale: AtlasScale;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Land, borders and one country through a projection already fitted and clipped to the frame. */
function drawn(projection: GeoProjection, scale: AtlasScale, width: number, height: number, points: readonly MapPoint[], countryCode?: string): MapDrawing {
  projection.clipExtent([[0, 0], [width, height]]);
  const a = atlas(scale);
  const path = geoPath(projection).digits(1);
  const country = countryCode ? a.country(countryCode) : null;
  const at = points.map((p) => {
    const xy = projection([p.lon, p.lat]) ?? [Number.NaN, Number.NaN];
    return { id: p.id, label: p.label, x: round(xy[0]), y: round(xy[1]) };
  });
  const texts = placeLabels(at.map((m) => ({ x: m.x, y: m.y, text: m.label })), width, height);
  const taken = [
    ...at.map((m) => ({ x0: m.x - 5, y0: m.y - 5, x1: m.x + 5, y1: m.y + 5 })),
    ...texts.map((t, i) => labelBox(t.x, t.y, at[i]!.label)),
  ];
  return {
    width, height, scale,
    countryNames: countryNames(projection, a.countries, width, height, taken),
    land: path(a.land) ?? '',
    country: country ? path(country) ?? '' : '',
    borders: path(a.borders) ?? '',
    marks: at.map((m, i) => ({ ...m, text: texts[i]! })),
  };
}

/** The size of a country name on the map (px), and the share of the frame a country must fill to be named. */
export const COUNTRY_NAME_SIZE = 11;
const NAMED_SHARE = 0.025;

/**
 * Where to write each country's name: the countries filling enough of the frame, largest
 * first, each at the centre of its visible part, or (when that centre falls outside it, as
 * in a country wrapped round a sea) at the point of a coarse grid inside it nearest that centre.
 */
function countryNames(projection: GeoProjection, countries: MapDrawingCountries, width: number, height: number, taken: LabelBox[]): MapDrawing['countryNames'] {
  const path = geoPath(projection);
  const inFrame = (b: LabelBox) => b.x0 >= 2 && b.y0 >= 2 && b.x1 <= width - 2 && b.y1 <= height - 2;
  const visible = countries
    .map((c) => ({ c, area: path.area(c) }))
    .filter((v) => v.area >= NAMED_SHARE * width * height)
    .sort((a, b) => b.area - a.area || a.c.properties.name.localeCompare(b.c.properties.name));
  const out: MapDrawing['countryNames'] = [];
  for (const { c } of visible) {
    const name = c.properties.name;
    const inside = ([x, y]: [number, number]) => {
      const ll = projection.invert?.([x, y]);
      return !!ll && geoContains(c, ll);
    };
    const [cx, cy] = path.centroid(c);
    const grid: [number, number][] = [];
    const step = Math.max(width, height) / 16;
    for (let y = step / 2; y < height; y += step) for (let x = step / 2; x < width; x += step) grid.push([x, y]);
    grid.sort((p, q) => Math.hypot(p[0] - cx, p[1] - cy) - Math.hypot(q[0] - cx, q[1] - cy));
    for (const [x, y] of [[cx, cy] as [number, number], ...grid]) {
      const box = labelBox(x, y + COUNTRY_NAME_SIZE * 0.35, name, COUNTRY_NAME_SIZE);
      if (!inFrame(box) || taken.some((t) => overlaps(t, box)) || !inside([x, y])) continue;
      taken.push(box);
      out.push({ name, x: round(x), y: round(y + COUNTRY_NAME_SIZE * 0.35) });
      break;
    }
  }
  return out;
}
type MapDrawingCountries = ReturnType<typeof atlas>['countries'];

/** How far around a place a locator map reaches, in degrees of arc: a region, with its neighbours' borders. */
export const LOCATOR_RADIUS = 7;
/** The same reach in kilometres (a degree of arc on the mean Earth is 111.2 km). */
export const LOCATOR_RADIUS_KM = LOCATOR_RADIUS * 111.195;

/**
 * A small map of one place: an equal-area view centred on it, reaching `LOCATOR_RADIUS`
 * degrees around, with the state it lies in highlighted.
 *
 * @example
 * locatorMap({ id: 'kursk', label: 'Kursk region', lat: 51.73, lon: 36.19 }, '643').marks[0] // { x: 160, y: 120, … }
 */
export function locatorMap(point: MapPoint, countryCode: string, width = 320, height = 240): MapDrawing {
  const region = geoCircle().center([point.lon, point.lat]).radius(LOCATOR_RADIUS)();
  const projection = geoAzimuthalEqualArea().rotate([-point.lon, -point.lat]).fitSize([width, height], region);
  return drawn(projection, '50m', width, height, [point], countryCode);
}

/** Degrees of margin around the outermost places on the places map, so their labels and neighbours show. */
const MARGIN = 5;

/**
 * Every place on one map: a conic equal-area projection along the band the places span
 * (Kyiv to Vladivostok is a long, narrow band), as wide as the frame and as tall as the band
 * needs (at least a third of the width, at most as tall as wide).
 *
 * @example
 * placesMap(places).marks.map((m) => m.id) // ['kursk', 'moscow', …]
 */
export function placesMap(points: readonly MapPoint[], width = 640): MapDrawing {
  if (points.length === 0) throw new Error('placesMap: no place has coordinates');
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const [south, north] = [Math.max(-85, Math.min(...lats) - MARGIN), Math.min(85, Math.max(...lats) + MARGIN)];
  const [west, east] = [Math.min(...lons) - MARGIN, Math.max(...lons) + MARGIN];
  const middle = (west + east) / 2;
  // The frame's corners and edge midpoints in degrees: fitting them keeps the margin on every side.
  const frame: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [[west, south], [west, north], [east, south], [east, north], [middle, south], [middle, north], [west, (south + north) / 2], [east, (south + north) / 2]],
  };
  const projection = geoConicEqualArea().parallels([south + (north - south) / 6, north - (north - south) / 6]).rotate([-middle, 0]).fitWidth(width, frame);
  const [[, y0], [, y1]] = geoPath(projection).bounds(frame);
  const height = Math.round(Math.min(width, Math.max(width / 3, y1 - y0)));
  projection.fitSize([width, height], frame);
  const scale: AtlasScale = east - west > 40 ? '110m' : '50m';
  return drawn(projection, scale, width, height, points);
}
