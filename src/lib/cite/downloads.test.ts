/**
 * The citation downloads read back by a real parser (citation-js, which Zotero's and other
 * tools' importers resemble): every field comes back as written, and text from frontmatter
 * can never add a field (BibTeX) or a line (RIS) of its own (#26, point 6).
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error citation-js ships no types
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { bibtex, urlField, cslJson, ris, oneLine, texEscape, type CitationRecord } from './cite';

type Csl = Record<string, unknown> & { title?: string; URL?: string; note?: string; author?: { given?: string; family?: string }[]; issued?: { 'date-parts': number[][] } };
const readBib = (text: string) => new Cite(text, { forceType: '@biblatex/text' }).data as Csl[];
const readRis = (text: string) => new Cite(text, { forceType: '@ris/file' }).data as Csl[];
const readCsl = (text: string) => new Cite(JSON.parse(text)).data as Csl[];

const article: CitationRecord = {
  type: 'article', key: 'x-2025-11-08', title: 'Renforcement des liens militaires', titleSupplied: false, authors: ['Jean-Paul Martin'],
  container: 'Le Quotidien', date: '2025-11-08', dateApproximate: false, url: 'https://example.org/a', language: 'fr',
};
const hostile: CitationRecord = {
  ...article, key: 'h-2025-11-08',
  title: 'Troops } & 100% of R_D},\n  note = {INJECTED title\r\nUR  - https://evil.example/\r\nER  -\r\n',
  authors: ['Jean} Martin'], container: 'Le {Quotidien\\',
  url: 'https://example.org/a},\n  note = {INJECTED}',
};

describe('BibTeX read back', () => {
  it('gives an ordinary record its fields', () => {
    const [item, ...rest] = readBib(bibtex(article));
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      // BibTeX's @article is a journal article to every reader (biblatex needs a subtype for a newspaper).
      id: 'x-2025-11-08', type: 'article-journal', title: 'Renforcement des liens militaires', 'container-title': 'Le Quotidien',
      author: [{ given: 'Jean-Paul', family: 'Martin' }], URL: 'https://example.org/a', issued: { 'date-parts': [[2025, 11, 8]] },
    });
  });
  it('keeps a brace or newline in a title, name, outlet or URL inside its field', () => {
    const text = bibtex(hostile);
    const entries = readBib(text);
    expect(entries).toHaveLength(1);
    const [item] = entries;
    expect(item!.note).toBeUndefined();
    expect(item!.title).toBe('Troops } & 100% of R_D}, note = {INJECTED title UR - https://evil.example/ ER -');
    expect(item!['container-title']).toBe('Le {Quotidien\\');
    expect(item!.author).toEqual([{ given: 'Jean}', family: 'Martin' }]);
    // The URL is the same address, its braces and white space percent-encoded.
    expect(item!.URL).toBe('https://example.org/a%7D,%0A%20%20note%20=%20%7BINJECTED%7D');
    expect(decodeURIComponent(item!.URL!)).toBe(hostile.url);
    // Braces balance in every field, as BibTeX itself counts them (a backslash does not escape a brace there).
    for (const line of text.split('\n').slice(1, -2)) {
      let depth = 0;
      for (const c of line.slice(line.indexOf('=') + 1)) { depth += c === '{' ? 1 : c === '}' ? -1 : 0; expect(depth).toBeGreaterThanOrEqual(0); }
      expect(depth, line).toBe(0);
    }
  });
  it('escapes TeX specials and braces as balanced commands', () => {
    expect(texEscape('a}, note = {x')).toBe('a\\textbraceright{}, note = \\textbraceleft{}x');
    expect(texEscape('R&D 100% #1 $ _ ^ ~ \\')).toBe('R\\&D 100\\% \\#1 \\$ \\_ \\textasciicircum{} \\textasciitilde{} \\textbackslash{}');
    expect(urlField('https://example.org/a?b=1&c=%20#x')).toBe('https://example.org/a?b=1&c=%20#x');
  });
});

describe('RIS read back', () => {
  it('gives an ordinary record its fields', () => {
    const [item, ...rest] = readRis(ris(article));
    expect(rest).toEqual([]);
    // RIS names a NEWS item's AU its reporter (citation-js keeps it as a reporter; Zotero as an author).
    expect(item).toMatchObject({ type: 'article-newspaper', title: 'Renforcement des liens militaires', URL: 'https://example.org/a', reporter: 'Martin, Jean-Paul', issued: { 'date-parts': [[2025]] } });
  });
  it('never lets a line break in a value start a tag of its own', () => {
    const text = ris(hostile);
    const records = readRis(text);
    expect(records).toHaveLength(1);
    expect(records[0]!.URL).toBe('https://example.org/a%7D,%0A%20%20note%20=%20%7BINJECTED%7D');
    expect(records[0]!.title).toBe('Troops } & 100% of R_D}, note = {INJECTED title UR - https://evil.example/ ER -');
    expect(text.split('\r\n').filter((l) => l.startsWith('UR  -'))).toHaveLength(1);
    expect(text.split('\r\n').filter((l) => l.startsWith('ER  -'))).toHaveLength(1);
    expect(oneLine('a\u2028b\u0085c\td  e\r\n')).toBe('a b c d e');
    expect(oneLine('Moscou\u00a0: un')).toBe('Moscou\u00a0: un');
  });
});

describe('CSL-JSON read back', () => {
  it('is the record citation-js reads, whatever its text', () => {
    const [item] = readCsl(JSON.stringify([cslJson(hostile)]));
    expect(item).toMatchObject({ title: hostile.title, URL: hostile.url, 'container-title': hostile.container });
  });
});
