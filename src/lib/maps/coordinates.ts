/**
 * A point as text: the text equivalent beside a map says where a place is.
 */

/**
 * Decimal degrees as a reader writes them, hemisphere by letter.
 *
 * @example
 * formatCoordinates({ lat: 51.73, lon: 36.19 }) // '51.73° N, 36.19° E'
 * formatCoordinates({ lat: -33.87, lon: -70.5 }) // '33.87° S, 70.50° W'
 */
export function formatCoordinates(p: { lat: number; lon: number }): string {
  const part = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(2)}° ${v < 0 ? neg : pos}`;
  return `${part(p.lat, 'N', 'S')}, ${part(p.lon, 'E', 'W')}`;
}
