import { describe, expect, it } from 'vitest';
import { findQuote, isHttpUrl, isSpace, normalise, normaliseQuote, quoteLocator, sentences, slugify, textOfHtml } from './text';

describe('normalise', () => {
  it('collapses white space of every kind and maps typographic quotes', () => {
    expect(normalise('a\u00A0\u00A0b\n\tc « d » l’e').text).toBe('a b c " d " l\'e');
  });
  it('keeps a map back to raw offsets', () => {
    const n = normalise('x  y');
    expect(n.text).toBe('x y');
    expect(n.map).toEqual([0, 1, 3, 4]);
  });
});

describe('normaliseQuote', () => {
  it('trims', () => expect(normaliseQuote('  “sacred  mission” ')).toBe('"sacred mission"'));
});

describe('findQuote', () => {
  it('finds a quote across a line break and typographic quotes', () => {
    const raw = 'He said\n“no”.';
    const r = findQuote(raw, 'said "no"');
    expect(r).toEqual({ start: 3, end: 12 });
    expect(raw.slice(r!.start, r!.end)).toBe('said\n“no”');
  });
  it('forgives no-break and thin spaces in numbers', () => {
    expect(findQuote('environ 15\u202F000 soldats', 'environ 15 000 soldats')).not.toBeNull();
  });
  it('does not forgive a changed word or number', () => {
    expect(findQuote('environ 15 000 soldats', 'environ 16 000 soldats')).toBeNull();
    expect(findQuote('environ 15 000 soldats', 'Environ 15 000 soldats')).toBeNull();
  });
  it('returns null for an empty quote', () => expect(findQuote('abc', '  ')).toBeNull());
});

describe('isSpace', () => {
  it('agrees with the \\s class (plus the no-break spaces) on every code unit', () => {
    const re = /[\s\u00A0\u2007\u2009\u202F]/;
    for (let code = 0; code <= 0xffff; code++) {
      if (isSpace(code) !== re.test(String.fromCharCode(code))) throw new Error(`U+${code.toString(16)} differs`);
    }
  });
});

describe('quoteLocator', () => {
  const blocks = ['Un premier paragraphe.', 'Selon Séoul, environ\u00A011 000 soldats « ont été déployés ».', 'Environ 11 000 soldats.'];
  it('finds each quote in the first block that holds it, with its raw range', () => {
    const locate = quoteLocator(blocks);
    const found = locate('environ 11 000 soldats " ont été déployés "')!;
    expect(found.block).toBe(1);
    expect(blocks[1]!.slice(found.start, found.end)).toBe('environ\u00A011 000 soldats « ont été déployés »');
    expect(locate('Environ 11 000 soldats.')).toEqual({ block: 2, start: 0, end: 23 });
  });
  it('returns null for a quote that is in no block, or that spans two', () => {
    const locate = quoteLocator(blocks);
    expect(locate('paragraphe. Selon')).toBeNull();
    expect(locate('   ')).toBeNull();
  });
});

describe('textOfHtml', () => {
  it('drops tags and decodes character references', () => {
    expect(textOfHtml('<p>Kim &#x26; <mark class="claim" id="x">Koursk</mark>&nbsp;&#8217;</p>')).toBe(' Kim &  Koursk \u00A0\u2019 ');
    expect(textOfHtml('a &unknown; b')).toBe('a &unknown; b');
  });
});

describe('slugify', () => {
  it('drops accents and punctuation', () => {
    expect(slugify('Corée du Nord (RPDC)')).toBe('coree-du-nord-rpdc');
    expect(slugify('United Nations (voices within)')).toBe('united-nations-voices-within');
  });
});

describe('isHttpUrl', () => {
  it('accepts http(s) addresses only', () => {
    expect(isHttpUrl('https://example.org/a?b#c')).toBe(true);
    expect(isHttpUrl('http://example.org')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,x', 'mailto:a@b.c', 'ftp://x', '//evil.example', '/relative', 'not a url']) {
      expect(isHttpUrl(bad), bad).toBe(false);
    }
  });
});

describe('sentences: titles before a name (issue 25, third round; fictional)', () => {
  it('does not end a sentence after "Rep.", "Gen." or "Lt. Col."', () => {
    expect(sentences('Harbour Party Rep. Ann Example said 40 sailors left. Gen. Bo Sample agreed.')).toEqual(['Harbour Party Rep. Ann Example said 40 sailors left.', 'Gen. Bo Sample agreed.']);
    expect(sentences('It rose. Lt. Col. Cy Test left.')).toEqual(['It rose.', 'Lt. Col. Cy Test left.']);
  });
  it('ends a sentence glued to the next one, but not a name such as "Harbour.Az"', () => {
    expect(sentences('Two sailors were rescued.The agency said so. Harbour.Az reports it.')).toEqual(['Two sailors were rescued.', 'The agency said so.', 'Harbour.Az reports it.']);
    expect(sentences('It happened on Thursday.The agency said so.')).toEqual(['It happened on Thursday.', 'The agency said so.']);
    expect(sentences('See example.org.Then more.')).toEqual(['See example.org.Then more.']);
  });
});
