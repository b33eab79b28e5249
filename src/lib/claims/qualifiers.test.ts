import { describe, expect, it } from 'vitest';
import { qualifierOf, rangeQualifier, readQualifier, readRangeQualifier, statedScales } from './qualifiers';

describe('qualifierOf', () => {
  it.each([
    ['about ', '', 'about'], ['roughly ', '', 'about'], ['some ', '', 'about'], ['quelque ', '', 'about'], ["Un premier contingent d'environ ", '', 'about'], ['~', '', 'about'],
    ['nearly ', '', 'nearly'], ['près de ', '', 'nearly'],
    ['as many as ', '', 'up to'], ["jusqu'à ", '', 'up to'],
    ['at least ', '', 'at least'], ["d'au moins ", '', 'at least'],
    ['more than ', '', 'more than'], ['had passed ', ', including', 'more than'], ['plus de ', '', 'more than'], ['', '+ soldiers', 'more than'],
    ['not less than ', '', 'at least'], ['no fewer than ', '', 'at least'], ['pas moins de ', '', 'at least'], ['n’ont pas perdu moins de ', '', 'at least'],
    ['no more than ', '', 'up to'], ['pas plus de ', '', 'up to'], ['did not lose ', '', 'exact'],
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

describe('readQualifier', () => {
  it('gives the words that say the qualifier', () => {
    expect(readQualifier('About ', ' troops')).toEqual({ qualifier: 'about', words: 'About' });
    expect(readQualifier('Pas moins de ', ' soldats')).toEqual({ qualifier: 'at least', words: 'Pas moins de' });
    expect(readQualifier('', '+ soldiers')).toEqual({ qualifier: 'more than', words: '+' });
    expect(readQualifier('It sent ', ' troops')).toEqual({ qualifier: 'exact' });
    expect(readRangeQualifier('closer to ')).toEqual({ qualifier: 'about', words: 'closer to' });
  });
});

describe('statedScales', () => {
  it('reads amounts stated in words, in English and French', () => {
    expect(statedScales('des milliers d’autres blessés').map((s) => s.scale)).toEqual(['thousands']);
    expect(statedScales('Thousands of troops').map((s) => s.words)).toEqual(['Thousands']);
    expect(statedScales('des centaines, puis des millions').map((s) => s.scale)).toEqual(['hundreds', 'millions']);
    expect(statedScales('lourdes pertes humaines')).toEqual([]);
  });
  it('leaves out the scale word of a number', () => {
    expect(statedScales('12 thousand troops', [{ start: 0, end: 11 }])).toEqual([]);
  });
});
