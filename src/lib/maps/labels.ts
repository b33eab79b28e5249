/**
 * Labels beside the marks of a map, placed so that none covers another or runs off the frame:
 * right of the point, else left, above, below, else a little further up or down with a leader
 * line back to the point (Pyongyang and Wonsan are a few pixels apart on a map of Eurasia).
 */

/** A label's place: where its text starts (or ends), and whether a line leads back to the mark. */
export interface LabelPlacement {
  x: number;
  y: number;
  /** Labels are centred on `x` (an SVG `text-anchor`). */
  anchor: 'middle';
  /** Where a line from the mark meets the label, when the label sits away from its mark. */
  leader: { x: number; y: number } | null;
}

/** A box on the map: left, top, right, bottom. */
export interface LabelBox { x0: number; y0: number; x1: number; y1: number }

/** Rough text metrics for the map's 12px sans-serif labels: enough to keep boxes apart. */
export const LABEL_SIZE = 12;
const CHAR_WIDTH = 0.6 * LABEL_SIZE;
const GAP = 8;

/**
 * The box a centred label takes, from its baseline.
 *
 * @example
 * labelBox(100, 50, 'Seoul') // { x0: 82, y0: 40.4, x1: 118, y1: 52.4 }
 */
export function labelBox(x: number, y: number, text: string, size = LABEL_SIZE): LabelBox {
  const w = text.length * 0.6 * size;
  return { x0: x - w / 2, y0: y - size * 0.8, x1: x + w / 2, y1: y + size * 0.2 };
}

/**
 * Whether two boxes share any area.
 *
 * @example
 * overlaps({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 5, y0: 5, x1: 20, y1: 20 }) // true
 */
export const overlaps = (a: LabelBox, b: LabelBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * A placement for each label, in order (earlier labels keep their best place), within a
 * frame of `width` × `height`; marks are kept clear too.
 *
 * @example
 * placeLabels([{ x: 100, y: 50, text: 'Pyongyang' }, { x: 110, y: 50, text: 'Wonsan' }], 640, 240)
 * // [{ x: 59.6, y: 53.6, anchor: 'middle', leader: null }, …] (Pyongyang's label goes left, clear of Wonsan's mark)
 */
export function placeLabels(marks: readonly { x: number; y: number; text: string }[], width: number, height: number): LabelPlacement[] {
  const taken: LabelBox[] = marks.map((m) => ({ x0: m.x - 4, y0: m.y - 4, x1: m.x + 4, y1: m.y + 4 }));
  return marks.map((m) => {
    const w = m.text.length * CHAR_WIDTH;
    const h = LABEL_SIZE;
    const baseline = (top: number) => top + h * 0.8;
    const candidates: { x: number; y: number; leader: boolean; box: LabelBox }[] = [];
    const at = (x0: number, top: number, leader: boolean) => {
      const box = { x0, y0: top, x1: x0 + w, y1: top + h };
      candidates.push({ x: x0 + w / 2, y: baseline(top), leader, box });
    };
    at(m.x + GAP, m.y - h / 2, false);
    at(m.x - GAP - w, m.y - h / 2, false);
    at(m.x - w / 2, m.y - GAP - h, false);
    at(m.x - w / 2, m.y + GAP, false);
    for (const step of [1.5, 2.5, 3.5]) {
      at(m.x - w / 2, m.y - GAP - h * step - h, true);
      at(m.x - w / 2, m.y + GAP + h * step, true);
      at(m.x + GAP, m.y - h / 2 - h * step, true);
      at(m.x + GAP, m.y - h / 2 + h * step, true);
    }
    const inside = (b: LabelBox) => b.x0 >= 2 && b.y0 >= 2 && b.x1 <= width - 2 && b.y1 <= height - 2;
    const free = candidates.filter((c) => inside(c.box));
    const best = free.find((c) => !taken.some((t) => overlaps(t, c.box))) ?? free[0] ?? candidates[0]!;
    taken.push(best.box);
    const round = (v: number) => Math.round(v * 10) / 10;
    const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
    const leader = best.leader ? { x: round(clamp(m.x, best.box.x0, best.box.x1)), y: round(clamp(m.y, best.box.y0 - 1, best.box.y1 + 1)) } : null;
    return { x: round(best.x), y: round(best.y), anchor: 'middle', leader };
  });
}
