import { describe, expect, it } from 'vitest';
import { allCorrections, correctionsByClaim, correctionsOf, correctionUrl, lastUpdated } from './corrections';
import { source } from '../../../tests/helpers/builders';

const c = (date: string, over: object = {}) => ({ date, text: `t ${date}`, reason: 'r', ...over });

describe('correctionsOf', () => {
  it('anchors each correction by its day, numbering further ones that day, so appending never moves an anchor', () => {
    const two = [c('2026-01-05'), c('2026-01-05')];
    expect(correctionsOf({ corrections: two }).map((v) => v.anchor)).toEqual(['correction-2026-01-05', 'correction-2026-01-05-2']);
    expect(correctionsOf({ corrections: [...two, c('2026-01-04'), c('2026-01-05')] }).map((v) => v.anchor))
      .toEqual(['correction-2026-01-05', 'correction-2026-01-05-2', 'correction-2026-01-04', 'correction-2026-01-05-3']);
    expect(correctionsOf({})).toEqual([]);
    expect(correctionUrl('x', 'correction-2026-01-05')).toBe('/sources/x/#correction-2026-01-05');
  });
});

describe('lastUpdated', () => {
  it('is the later of updated and the newest correction', () => {
    expect(lastUpdated({ updated: '2026-01-02', corrections: [c('2026-01-05'), c('2026-01-03')] })).toBe('2026-01-05');
    expect(lastUpdated({ updated: '2026-02-01', corrections: [c('2026-01-05')] })).toBe('2026-02-01');
    expect(lastUpdated({})).toBeUndefined();
  });
});

describe('correctionsByClaim', () => {
  it('lists the corrections of each claim, changed or removed', () => {
    const by = correctionsByClaim({ corrections: [c('2026-01-05', { claims: ['fig-a'] }), c('2026-01-06', { claims: ['fig-a'], removedClaims: ['fig-old'] })] });
    expect(by.get('fig-a')!.map((v) => v.anchor)).toEqual(['correction-2026-01-05', 'correction-2026-01-06']);
    expect(by.get('fig-old')!.map((v) => v.anchor)).toEqual(['correction-2026-01-06']);
    expect(by.has('fig-b')).toBe(false);
  });
});

describe('allCorrections', () => {
  it('lists every correction newest first; one day by source id, then the later made first', () => {
    const all = allCorrections([
      source('b', { corrections: [c('2026-01-05'), c('2026-03-01'), c('2026-01-05')] }),
      source('a', { corrections: [c('2026-01-05')] }),
      source('z'),
    ]);
    expect(all.map((x) => `${x.source.id}#${x.anchor}`)).toEqual([
      'b#correction-2026-03-01', 'a#correction-2026-01-05', 'b#correction-2026-01-05-2', 'b#correction-2026-01-05',
    ]);
  });
});
