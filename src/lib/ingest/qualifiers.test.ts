import { describe, expect, it } from 'vitest';
import { qualifierOf, rangeQualifier } from './qualifiers';

describe('qualifierOf', () => {
  it.each([
    ['about ', '', 'about'], ['roughly ', '', 'about'], ['some ', '', 'about'], ['quelque ', '', 'about'], ["Un premier contingent d'environ ", '', 'about'], ['~', '', 'about'],
    ['nearly ', '', 'nearly'], ['près de ', '', 'nearly'],
    ['as many as ', '', 'up to'], ["jusqu'à ", '', 'up to'],
    ['at least ', '', 'at least'], ["d'au moins ", '', 'at least'],
    ['more than ', '', 'more than'], ['had passed ', ', including', 'more than'], ['plus de ', '', 'more than'], ['', '+ soldiers', 'more than'],
    ['a contingent of ', '', 'exact'], ['soit à peu près les ', '', 'exact'],
  ])('“%s…%s” is %s', (before, after, q) => {
    expect(qualifierOf(before, after)).toBe(q);
  });
});

describe('rangeQualifier', () => {
  it('is exact when plain, about when hedged', () => {
    expect(rangeQualifier('ranged between ')).toBe('exact');
    expect(rangeQualifier('Pyongyang aurait envoyé de ')).toBe('exact');
    expect(rangeQualifier('the force is closer to ')).toBe('about');
    expect(rangeQualifier('losses are somewhere between ')).toBe('about');
  });
});
