import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkProvenance } from '../../src/lib/claims';
import { rng, syntheticSource } from './synthetic';

const split = (markdown: string) => { const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown)!; return { data: parse(m[1]!), body: m[2]! }; };

describe('syntheticSource', () => {
  it('is deterministic for a seed', () => {
    expect(syntheticSource(3, 42)).toEqual(syntheticSource(3, 42));
    expect(syntheticSource(3, 42).markdown).not.toBe(syntheticSource(3, 43).markdown);
    expect(rng(1)()).toBe(rng(1)());
  });
  it('keeps the provenance rule, with 3–10 claims of each kind and 300–900+ words', () => {
    for (let i = 0; i < 40; i++) {
      const { data, body } = split(syntheticSource(i, 7).markdown);
      for (const k of ['figures', 'transfers', 'reactions', 'events']) {
        expect(data[k].length).toBeGreaterThanOrEqual(3);
        expect(data[k].length).toBeLessThanOrEqual(10);
      }
      for (const f of data.figures) f.qualifier ??= 'exact';
      expect(checkProvenance(data, body.split(/\n\n/))).toEqual([]);
      expect(body.split(/\s+/).length).toBeGreaterThanOrEqual(300);
    }
  });
});
