/**
 * The two maps: a locator (one place, the state it lies in, the region around it) and the
 * places map (every place of the dossier at once). Each is fitted to its frame, clipped to
 * it and rounded to a tenth of a pixel, so a page carries only the lines it shows.
 */
import type { GeoPermissibleObjects } from 'd3-geo';
import { geoAzimuthalEqualArea, geoCircle, geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import { atlas, type AtlasScale } from './atlas';
import { placeLabels, type LabelPlacement } from './labels';

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
  return {
    width, height, scale,
    land: path(a.land) ?? '',
    country: country ? path(country) ?? '' : '',
    borders: path(a.borders) ?? '',
    marks: at.map((m, i) => ({ ...m, text: texts[i]! })),
  };
}

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
