import { describe, expect, it } from 'vitest';
import type { Figure, SourceData } from './claims';
import { readNumbers, type NumberReading } from './numbers';
import { checkProvenance, DELETED_MARK, figureNumberProblem, formatProvenanceError, quoteBoundaryProblem, standingText } from './provenance';

const figure = (over: Partial<Figure>): Figure => ({
  id: 'fig-a', topic: 'troops', measure: 'deployed', qualifier: 'exact', quote: '', ...over,
});
const source = (over: Partial<SourceData>): Pick<SourceData, 'figures' | 'transfers' | 'reactions' | 'events'> => ({
  figures: [], transfers: [], reactions: [], events: [], ...over,
});

describe('figureNumberProblem', () => {
  it('accepts French, English and German-style thousands, and ranges', () => {
    expect(figureNumberProblem(figure({ low: 10000, high: 14000, quote: 'entre 10 000 et 14 000 soldats' }))).toBeNull();
    expect(figureNumberProblem(figure({ low: 10000, high: 12000, quote: 'between 10,000 and 12,000 soldiers' }))).toBeNull();
    expect(figureNumberProblem(figure({ low: 10000, high: 10000, quote: '10.000 soldats' }))).toBeNull();
    expect(figureNumberProblem(figure({ low: 15000, high: 15000, quote: 'Depuis octobre 2024, environ 15 000 soldats' }))).toBeNull();
  });
  it('names the numbers when a range disagrees with its quote', () => {
    expect(figureNumberProblem(figure({ low: 10000, high: 12000, quote: 'entre 10 000 et 14 000 soldats' })))
      .toBe('the quote gives 10,000 and 14,000 but low/high are 10,000/12,000');
  });
  it('rejects an exact figure whose number is not in the quote', () => {
    expect(figureNumberProblem(figure({ low: 600, high: 600, quote: 'près de 500 soldats tués' })))
      .toBe('the quote gives 500 but low/high are 600/600');
  });
  it('keeps amounts without a number without inventing one', () => {
    expect(figureNumberProblem(figure({ statedAs: 'des milliers', quote: 'des milliers d’autres blessés' }))).toBeNull();
    expect(figureNumberProblem(figure({ quote: 'des milliers d’autres blessés' }))).toMatch(/statedAs/);
    expect(figureNumberProblem(figure({ statedAs: 'près de', quote: 'près de 600 soldats' }))).toBe('the quote gives 600 but low/high are missing');
  });
  it('says what it read, so the message never suggests a number the quote does not give', () => {
    expect(figureNumberProblem(figure({ low: 10, high: 12000, quote: 'entre 10 et 12 000 soldats' })))
      .toBe('the quote gives 10,000 and 12,000 (“10 et 12 000” reads as 10,000 to 12,000) but low/high are 10/12,000');
    expect(figureNumberProblem(figure({ low: 10000, high: 12000, quote: 'entre 10 et 12 000 soldats' }))).toBeNull();
    expect(figureNumberProblem(figure({ low: 2024, high: 2024, quote: 'In 2024, 11,000 troops' })))
      .toBe('the quote gives 11,000 (not counted: “2024” (a year)) but low/high are 2,024/2,024');
    expect(figureNumberProblem(figure({ low: 3, high: 3, quote: 'on March 3, about 3,000 troops' })))
      .toBe('the quote gives 3,000 (not counted: “March 3” (a date)) but low/high are 3/3');
    expect(figureNumberProblem(figure({ low: 10000, high: 10000, quote: 'dix mille soldats' }))).toBeNull();
    expect(figureNumberProblem(figure({ low: 1000, high: 1000, quote: 'dix mille soldats' })))
      .toBe('the quote gives 10,000 (“dix mille” is 10,000) but low/high are 1,000/1,000');
  });
  it('reads numbers that are not years by their words', () => {
    expect(figureNumberProblem(figure({ low: 2000, high: 2000, quote: 'about 2000 soldiers' }))).toBeNull();
    expect(figureNumberProblem(figure({ low: 1850, high: 1850, quote: 'près de 1850 soldats' }))).toBeNull();
    expect(figureNumberProblem(figure({ low: 10000, high: 12000, quote: 'between 10,000-12,000 troops' }))).toBeNull();
    expect(figureNumberProblem(figure({ low: 1500, high: 1500, quote: 'On June 15, 1,500 troops' }))).toBeNull();
  });
  it('rejects half ranges and inverted ranges', () => {
    expect(figureNumberProblem(figure({ low: 1, quote: '1' }))).toMatch(/both/);
    expect(figureNumberProblem(figure({ low: 12000, high: 10000, quote: '10,000 and 12,000' }))).toMatch(/greater/);
  });
});

describe('checkProvenance', () => {
  const blocks = ['Le NIS estime qu’environ 2 000 d’entre eux ont été tués dans la région de Koursk.', 'Another paragraph.'];
  it('passes when every quote is in a block, forgiving white space and quote shapes', () => {
    const s = source({ figures: [figure({ id: 'fig-killed', low: 2000, high: 2000, qualifier: 'about', quote: "qu'environ 2\u00A0000 d'entre eux ont été tués" })] });
    expect(checkProvenance(s, blocks)).toEqual([]);
  });
  it('reports a quote that is not in the body, with its claim id and field', () => {
    const s = source({ reactions: [{ id: 're-x', actor: 'X', actorKind: 'state', kind: 'statement', stance: 's', quote: 'not there' }] });
    expect(checkProvenance(s, blocks)).toEqual([
      { claimId: 're-x', field: 'reactions[0]', message: 'the quote is not in the article text: “not there”' },
    ]);
  });
  it('does not let a quote straddle two blocks', () => {
    const s = source({ events: [{ id: 'ev-x', date: '2025', precision: 'year', what: 'w', quote: 'Koursk. Another' }] });
    expect(checkProvenance(s, blocks)).toHaveLength(1);
  });
  it('reports duplicate ids across claim lists', () => {
    const s = source({
      figures: [figure({ id: 'dup', low: 2000, high: 2000, qualifier: 'about', quote: 'environ 2 000' })],
      events: [{ id: 'dup', date: '2025', precision: 'year', what: 'w', quote: 'Another paragraph.' }],
    });
    expect(checkProvenance(s, blocks)).toEqual([{ claimId: 'dup', field: 'events[0]', message: 'the id is already used by figures[0]' }]);
  });
  it('reports number disagreements', () => {
    const s = source({ figures: [figure({ id: 'fig-killed', low: 3000, high: 3000, quote: 'environ 2 000' })] });
    expect(checkProvenance(s, blocks)).toEqual([{ claimId: 'fig-killed', field: 'figures[0]', message: 'the quote gives 2,000 but low/high are 3,000/3,000' }]);
  });
});

describe('quotes on boundaries', () => {
  const fig = (id: string, low: number, quote: string) => figure({ id, low, high: low, quote });
  it('rejects a quote that begins or ends inside a number, whatever the number reads', () => {
    const block = ['Selon Séoul, environ 110 000 soldats et 12,000 troops, puis 1,5 million d’obus.'];
    expect(checkProvenance(source({ figures: [fig('f1', 10000, '10 000 soldats')] }), block)[0]?.message)
      .toBe('the quote starts inside the word “110”: “10 000 soldats”');
    expect(checkProvenance(source({ figures: [fig('f2', 2000, '2,000 troops')] }), block)[0]?.message)
      .toBe('the quote starts inside the word “12”: “2,000 troops”');
    expect(checkProvenance(source({ figures: [fig('f3', 5000000, '5 million d’obus')] }), block)[0]?.message)
      .toBe('the quote starts inside “1,5 million”, cutting it: “5 million d’obus”');
    expect(checkProvenance(source({ figures: [fig('f4', 110, 'environ 110')] }), block)[0]?.message)
      .toBe('the quote ends inside “110 000”, cutting it: “environ 110”');
  });
  it('rejects a quote that cuts a word or a range, for every kind of claim', () => {
    const block = ['Kim a promis entre 10 et 12 000 soldats supplémentaires.'];
    expect(checkProvenance(source({ figures: [fig('f', 12000, '12 000 soldats')] }), block)[0]?.message)
      .toBe('the quote starts inside “10 et 12 000”, cutting it: “12 000 soldats”');
    const events = [{ id: 'ev', date: '2025', precision: 'year' as const, what: 'w', quote: 'romis entre' }];
    expect(checkProvenance(source({ events }), block)[0]?.message).toBe('the quote starts inside the word “promis”: “romis entre”');
  });
  it('takes the first clean place of a quote that also occurs inside a longer number', () => {
    const blocks = ['Environ 110 000 soldats.', 'Puis 10 000 soldats de plus.'];
    expect(checkProvenance(source({ figures: [fig('f', 10000, '10 000 soldats')] }), blocks)).toEqual([]);
  });
  it('reads a quote\'s numbers in the context of its block', () => {
    // "2024" is a year because of "In", which lies outside the quote; alone, it reads as a count.
    const f = figure({ id: 'f', statedAs: 'soldiers', quote: '2024 soldiers were sent' });
    expect(checkProvenance(source({ figures: [f] }), ['In 2024 soldiers were sent.'])).toEqual([]);
    expect(figureNumberProblem(f)).toBe('the quote gives 2,024 but low/high are missing');
  });
  it('explains a boundary with the block\'s own words', () => {
    const block = 'environ 110 000 soldats';
    expect(quoteBoundaryProblem(block, 9, 23, readNumbers(block))).toBe('the quote starts inside the word “110”');
    expect(quoteBoundaryProblem(block, 8, 23, readNumbers(block))).toBeNull();
  });
});

describe('formatProvenanceError', () => {
  it('names the file, the claim and the problem', () => {
    const msg = formatProvenanceError('content/sources/x.md', [{ claimId: 'fig-a', field: 'figures[0]', message: 'the quote is not in the article text: “q”' }]);
    expect(msg).toContain('content/sources/x.md');
    expect(msg).toContain('claim "fig-a" (figures[0]): the quote is not in the article text: “q”');
  });
});

/** The one problem message of a one-figure source against `blocks`, or null. */
const problemOf = (over: Partial<Figure>, blocks: Parameters<typeof checkProvenance>[1], language: 'en' | 'fr' = 'en') => {
  const problems = checkProvenance({ ...source({ figures: [figure({ id: 'fig-x', ...over })] }), language }, blocks);
  return problems.length ? problems.map((p) => p.message).join(' | ') : null;
};

describe('two counts are a range only where the article writes one', () => {
  it('refuses two counts joined by “and”/“et” or counting different things', () => {
    expect(problemOf({ low: 3, high: 12000, quote: 'It sent 3 generals and 12,000 troops' }, ['It sent 3 generals and 12,000 troops.']))
      .toBe('the quote gives 3 and 12,000 but not as a range (two counts joined by “and”/“et” without “between”/“entre”, or counts of different things, are not a range), so low/high cannot be 3/12,000');
    expect(problemOf({ low: 1000, high: 5000, quote: '1 000 démineurs et 5 000 ouvriers' }, ['Pyongyang enverra 1 000 démineurs et 5 000 ouvriers.'], 'fr'))
      .toMatch(/^the quote gives 1,000 and 5,000 but not as a range/);
    expect(problemOf({ low: 10000, high: 12000, quote: '10,000 and 12,000 troops' }, ['Reports gave 10,000 and 12,000 troops.'])).toMatch(/not as a range/);
  });
  it('takes a range the article writes', () => {
    expect(problemOf({ low: 10000, high: 12000, quote: 'between 10,000 and 12,000 troops' }, ['It sent between 10,000 and 12,000 troops.'])).toBeNull();
    expect(problemOf({ low: 10000, high: 12000, quote: 'entre 10 et 12 000 soldats' }, ['Il a envoyé entre 10 et 12 000 soldats.'], 'fr')).toBeNull();
  });
  it('refuses one count of two in a quote that holds both (two counts in one quote)', () => {
    expect(problemOf({ low: 12000, high: 12000, quote: '3 generals and 12,000 troops' }, ['It sent 3 generals and 12,000 troops.']))
      .toBe('the quote gives 3 and 12,000 but low/high are 12,000/12,000');
  });
});

describe('the qualifier and statedAs agree with the quote’s words', () => {
  it('reads the qualifier before the count, in the block (also outside the quote)', () => {
    expect(problemOf({ low: 12000, high: 12000, quote: 'About 12,000 troops' }, ['About 12,000 troops were sent.']))
      .toBe('the words “About” before 12,000 give the qualifier about, but qualifier is exact');
    expect(problemOf({ low: 12000, high: 12000, quote: '12,000 troops' }, ['About 12,000 troops were sent.']))
      .toBe('the words “About” before 12,000 give the qualifier about, but qualifier is exact');
    expect(problemOf({ low: 12000, high: 12000, qualifier: 'about', quote: '12,000 troops were sent' }, ['Seoul said 12,000 troops were sent.']))
      .toBe('the quote gives 12,000 with no word of “about” before it, so qualifier must be exact, not about');
    expect(problemOf({ low: 12000, high: 12000, qualifier: 'about', quote: 'About 12,000 troops' }, ['About 12,000 troops were sent.'])).toBeNull();
    expect(problemOf({ low: 5000, high: 5000, qualifier: 'at least', quote: 'pas moins de 5 000 soldats' }, ['Séoul compte pas moins de 5 000 soldats.'], 'fr')).toBeNull();
    expect(problemOf({ low: 11000, high: 12000, qualifier: 'about', quote: 'closer to 11,000 to 12,000' }, ['The force is closer to 11,000 to 12,000.'])).toBeNull();
    expect(problemOf({ low: 11000, high: 12000, quote: 'closer to 11,000 to 12,000' }, ['The force is closer to 11,000 to 12,000.']))
      .toBe('the words “closer to” before 11,000 to 12,000 give the qualifier about, but qualifier is exact');
  });
  it('holds statedAs to the amount the quote states in words', () => {
    expect(problemOf({ statedAs: 'millions', quote: 'Thousands of troops' }, ['Thousands of troops were sent.']))
      .toBe('the quote states the amount as “Thousands” (thousands) but statedAs, “millions”, says millions');
    expect(problemOf({ statedAs: 'des milliers (thousands)', quote: 'des milliers d’autres blessés' }, ['avec des milliers d’autres blessés.'], 'fr')).toBeNull();
    expect(problemOf({ statedAs: 'thousands', quote: 'lourdes pertes humaines' }, ['de lourdes pertes humaines.'], 'fr'))
      .toBe('the quote states no amount in words but statedAs, “thousands”, says thousands');
    expect(problemOf({ statedAs: 'lourdes pertes humaines (heavy human losses)', quote: 'lourdes pertes humaines' }, ['de lourdes pertes humaines.'], 'fr')).toBeNull();
  });
});

describe('a negated count', () => {
  const killed = { topic: 'casualties' as const, measure: 'killed' as const, low: 5000, high: 5000 };
  it('stops the rule unless the figure says negated', () => {
    expect(problemOf({ ...killed, quote: 'did not lose 5,000 soldiers' }, ['Russia did not lose 5,000 soldiers in Kursk.']))
      .toBe('the quote’s clause denies what it counts (“not” in “Russia did not lose 5,000 soldiers in Kursk.”): a figure of what did not happen says negated: true');
    // The negation outside the quote, in its clause, counts too.
    expect(problemOf({ ...killed, quote: '5,000 soldiers' }, ['Russia did not lose 5,000 soldiers in Kursk.'])).toMatch(/^the quote’s clause denies what it counts \(“not”/);
    expect(problemOf({ ...killed, quote: 'n’a pas perdu 5 000 soldats' }, ['La Russie n’a pas perdu 5 000 soldats.'], 'fr')).toMatch(/\(“n’a pas” in/);
    expect(problemOf({ ...killed, negated: true, quote: 'did not lose 5,000 soldiers' }, ['Russia did not lose 5,000 soldiers in Kursk.'])).toBeNull();
  });
  it('takes a negated comparative for a qualifier, not a negation', () => {
    expect(problemOf({ ...killed, qualifier: 'at least', quote: 'not less than 5,000 soldiers' }, ['It lost not less than 5,000 soldiers.'])).toBeNull();
    expect(problemOf({ ...killed, qualifier: 'at least', quote: 'pas moins de 5 000 soldats' }, ['Elle a perdu pas moins de 5 000 soldats.'], 'fr')).toBeNull();
    expect(problemOf({ ...killed, qualifier: 'at least', negated: true, quote: 'pas moins de 5 000 soldats' }, ['Elle a perdu pas moins de 5 000 soldats.'], 'fr'))
      .toBe('negated is true but the quote’s clause holds no negation');
  });
});

describe('deleted text', () => {
  it('is never quoted, and is read as no text', () => {
    const blocks = [{ text: 'It sent 12,000 1,200 troops.', deleted: [{ start: 8, end: 14 }] }];
    expect(standingText(blocks[0]!)).toBe(`It sent ${DELETED_MARK.repeat(6)} 1,200 troops.`);
    expect(problemOf({ low: 1200, high: 1200, quote: '12,000 1,200 troops' }, blocks))
      .toBe('the quote takes text the article struck through (deleted), “12,000”, which is not what the article states: “12,000 1,200 troops”');
    expect(problemOf({ low: 1200, high: 1200, quote: '1,200 troops' }, blocks)).toBeNull();
    expect(problemOf({ low: 12000, high: 12000, quote: '12,000' }, blocks)).toMatch(/struck through/);
  });
  it('does not let a quote start inside a number part of which is struck through', () => {
    const blocks = [{ text: 'It sent 102,000 troops.', deleted: [{ start: 9, end: 10 }] }];
    expect(problemOf({ low: 2000, high: 2000, quote: '2,000 troops' }, blocks))
      .toBe('the quote starts inside a word or number part of which is struck through: “2,000 troops”');
  });
});

describe('digits are digits', () => {
  it('refuses a number written with look-alike letters of another script', () => {
    expect(problemOf({ low: 12, high: 12, quote: '12,ООО troops' }, ['It sent 12,ООО troops.']))
      .toBe('the quote writes the number “12,ООО” with characters that only look like digits (О U+041E): “12,ООО troops”');
    // Also when the quote stops before the impostors.
    expect(problemOf({ low: 12, high: 12, quote: 'It sent 12' }, ['It sent 12,ООО troops.'])).toMatch(/^the quote writes the number “12,ООО”/);
  });
});

describe('adversarial quotes', () => {
  it('refuses a quote cut mid-number', () => {
    expect(problemOf({ low: 12, high: 12, quote: 'sent 12' }, ['It sent 12,000 troops.'])).toBe('the quote ends inside “12,000”, cutting it: “sent 12”');
    expect(problemOf({ low: 0, high: 0, quote: '000 troops' }, ['It sent 12 000 troops.'])).toBe('the quote starts inside “12 000”, cutting it: “000 troops”');
  });
  it('reads a quote across markup as the text the reader sees', () => {
    // Blocks are the text of the rendered tree: "*about* 5,000" is "about 5,000".
    expect(problemOf({ low: 5000, high: 5000, quote: 'about 5,000 soldiers' }, ['Officials said about 5,000 soldiers were sent.']))
      .toBe('the words “about” before 5,000 give the qualifier about, but qualifier is exact');
    expect(problemOf({ low: 5000, high: 5000, quote: '*about* 5,000 soldiers' }, ['Officials said about 5,000 soldiers were sent.']))
      .toBe('the quote is not in the article text: “*about* 5,000 soldiers”');
  });
});

describe('quoteBoundaryProblem on a long block', () => {
  /** The rule as first written: every span, in order, for each quote. */
  const naive = (start: number, end: number, reading: NumberReading) => {
    for (const span of reading.spans) {
      if (span.start < start && start < span.end) return `the quote starts inside “${span.text}”, cutting it`;
      if (span.start < end && end < span.end) return `the quote ends inside “${span.text}”, cutting it`;
    }
    return null;
  };
  it('names the same cut span as a scan of every span, for every boundary', () => {
    const block = 'Entre 10 et 12 000 soldats, le 3 mai 2025 à 14h30, soit 5 % des 1 200 hommes, 10,000-12,000 troops and about 2000 more in 2024; Su-27 155mm. '.repeat(3);
    const reading = readNumbers(block);
    let checked = 0;
    for (let s = 0; s < block.length; s += 3) {
      for (let e = s + 1; e <= block.length; e += 7) {
        const got = quoteBoundaryProblem(block, s, e, reading);
        if (got?.includes('inside the word')) continue; // decided before the spans
        expect(got, `${s}-${e}`).toBe(naive(s, e, reading));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
