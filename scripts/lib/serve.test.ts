import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/site/csp';
import { headersForPath, parseHeadersFile } from './serve';

describe('parseHeadersFile and headersForPath', () => {
  it('reads the build’s _headers: its one rule covers every page and file', () => {
    const rules = parseHeadersFile(headersFile());
    expect(rules).toHaveLength(1);
    for (const path of ['/', '/search/', '/sources/x/', '/pagefind/pagefind.js', '/data/figures.csv']) {
      expect(headersForPath(rules, path)['Content-Security-Policy'], path).toHaveLength(1);
    }
  });

  it('matches * as any characters and the rest literally, and sends a header two rules give twice', () => {
    const rules = parseHeadersFile('# c\n/*\n  A: 1\n\n/x.y/*\n  A: 2\n  B: three words\n');
    expect(headersForPath(rules, '/x.y/z/')).toEqual({ A: ['1', '2'], B: ['three words'] });
    expect(headersForPath(rules, '/xzy/z/')).toEqual({ A: ['1'] });
  });

  it('names the line of a header outside a rule', () => {
    expect(() => parseHeadersFile('  A: 1\n')).toThrow(/_headers, line 1/);
    expect(() => parseHeadersFile('/*\nA 1\n')).toThrow(/_headers, line 2/);
  });
});
