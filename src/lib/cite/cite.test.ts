/**
 * Citation styles against strings checked by hand against the APA 7, MLA 9 and Chicago 18
 * guides (and by citeproc-js in citeproc.test.ts): an article with an author and an approximate month, one with no author and a
 * supplied title dated to an approximate day, one dated exactly with a URL, and a page of
 * the dossier. Italics are shown as _underscores_.
 */
import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicagoBibliography, chicagoNote, coins, cslJson, mla, plain, ris, splitName, titleCase, type CitationRecord } from './cite';

const TITLE_FR = 'Kim Jong Un Scelle son Alliance avec Moscou : Un Soutien Militaire Nord-Coréen qui Redessine l’Échiquier Mondial';
const russafrik: CitationRecord = {
  type: 'article', key: 'russafrik-2025-07-kim', title: TITLE_FR, titleSupplied: false, authors: ['Gérard Stéphane'],
  container: 'Russafrik', date: '2025-07', dateApproximate: true, language: 'fr',
};
const supplied: CitationRecord = {
  type: 'article', key: 'unidentified-2025-04-28-x', title: 'North Korea acknowledges sending troops to fight alongside Russia', titleSupplied: true,
  authors: [], container: 'Unidentified French-language site', date: '2025-04-28', dateApproximate: true, language: 'fr',
};
const csactu: CitationRecord = {
  type: 'article', key: 'csactu-2025-05-x', title: 'North Korea joins the fight', titleSupplied: false, authors: [],
  container: 'CSactu', date: '2025-05', dateApproximate: true, language: 'en',
};
const exact: CitationRecord = {
  type: 'article', key: 'x-2025-11-08', title: 'Renforcement des liens militaires', titleSupplied: false, authors: ['Jean-Paul Martin'],
  container: 'Le Quotidien', date: '2025-11-08', dateApproximate: false, url: 'https://example.org/a', language: 'fr',
};
const page: CitationRecord = {
  type: 'webpage', key: 'sources-x', title: 'North Korea joins the fight', titleSupplied: false, authors: [],
  container: 'Russia–North Korea dossier', description: 'Source record', dateApproximate: false, url: 'https://d.example/sources/x/', language: 'en',
};

describe('APA 7', () => {
  it('cites an article with an author and an approximate month', () => {
    expect(plain(apa(russafrik))).toBe(`Stéphane, G. (ca. 2025, July). ${TITLE_FR}. _Russafrik_.`);
  });
  it('moves the title first when there is no author, bracketing a supplied title', () => {
    expect(plain(apa(supplied))).toBe('[North Korea acknowledges sending troops to fight alongside Russia]. (ca. 2025, April 28). _Unidentified French-language site_.');
    expect(plain(apa(csactu))).toBe('North Korea joins the fight. (ca. 2025, May). _CSactu_.');
  });
  it('gives initials of hyphenated given names with their hyphen, and the URL', () => {
    expect(plain(apa(exact))).toBe('Martin, J.-P. (2025, November 8). Renforcement des liens militaires. _Le Quotidien_. https://example.org/a');
  });
  it('cites a dossier page with n.d., a bracketed description and a retrieval date for the reader to fill in', () => {
    expect(plain(apa(page))).toBe('Russia–North Korea dossier. (n.d.). _North Korea joins the fight_ [Source record]. Retrieved Month Day, Year, from https://d.example/sources/x/');
    expect(apa(page).filter((r) => r.placeholder).map((r) => r.text)).toEqual(['Month Day, Year']);
  });
  it('writes the retrieval date of a page that changes when the reader gives it (Publication Manual 9.16)', () => {
    expect(plain(apa({ ...page, accessed: '2026-12-04' }))).toBe('Russia–North Korea dossier. (n.d.). _North Korea joins the fight_ [Source record]. Retrieved December 4, 2026, from https://d.example/sources/x/');
    expect(cslJson({ ...page, accessed: '2026-12-04' }).accessed).toEqual({ 'date-parts': [[2026, 12, 4]] });
  });
});

describe('MLA 9', () => {
  it('cites with abbreviated months, c. for approximate dates, and URLs without the scheme', () => {
    expect(plain(mla(russafrik))).toBe(`Stéphane, Gérard. “${TITLE_FR}.” _Russafrik_, c. July 2025.`);
    expect(plain(mla(supplied))).toBe('North Korea acknowledges sending troops to fight alongside Russia. _Unidentified French-language site_, c. 28 Apr. 2025.');
    expect(plain(mla(exact))).toBe('Martin, Jean-Paul. “Renforcement des liens militaires.” _Le Quotidien_, 8 Nov. 2025, example.org/a.');
    expect(plain(mla(page))).toBe('“North Korea Joins the Fight.” _Russia–North Korea Dossier_, d.example/sources/x/.');
  });
});

describe('Chicago notes-bibliography', () => {
  it('writes bibliography entries, listing an unsigned article under its newspaper', () => {
    expect(plain(chicagoBibliography(russafrik))).toBe(`Stéphane, Gérard. “${TITLE_FR}.” _Russafrik_, [July 2025?].`);
    expect(plain(chicagoBibliography(csactu))).toBe('_CSactu_. “North Korea Joins the Fight.” [May 2025?].');
    expect(plain(chicagoBibliography(supplied))).toBe('_Unidentified French-language site_. North Korea acknowledges sending troops to fight alongside Russia. [April 28, 2025?].');
    expect(plain(chicagoBibliography(exact))).toBe('Martin, Jean-Paul. “Renforcement des liens militaires.” _Le Quotidien_, November 8, 2025. https://example.org/a.');
    expect(plain(chicagoBibliography(page))).toBe('Russia–North Korea dossier. “North Korea Joins the Fight.” https://d.example/sources/x/.');
  });
  it('writes full notes', () => {
    expect(plain(chicagoNote(russafrik))).toBe(`Gérard Stéphane, “${TITLE_FR},” _Russafrik_, [July 2025?].`);
    expect(plain(chicagoNote(csactu))).toBe('“North Korea Joins the Fight,” _CSactu_, [May 2025?].');
    expect(plain(chicagoNote(exact))).toBe('Jean-Paul Martin, “Renforcement des liens militaires,” _Le Quotidien_, November 8, 2025, https://example.org/a.');
    expect(plain(chicagoNote(page))).toBe('“North Korea Joins the Fight,” Russia–North Korea Dossier, https://d.example/sources/x/.');
  });
});

describe('BibTeX', () => {
  it('writes an @article with escaped fields and a note on inferred dates', () => {
    expect(bibtex(russafrik)).toBe(`@article{russafrik-2025-07-kim,
  author = {Stéphane, Gérard},
  title = {{${TITLE_FR}}},
  journal = {Russafrik},
  year = {2025},
  month = jul,
  language = {french},
  note = {Date approximate, inferred by the Russia–North Korea dossier}
}
`);
  });
  it('writes a @misc for a page and escapes TeX specials', () => {
    const b = bibtex({ ...page, title: 'Troops & 100% of R_D' });
    expect(b.startsWith('@misc{sources-x,')).toBe(true);
    expect(b).toContain('title = {{Troops \\& 100\\% of R\\_D}}');
    expect(b).toContain('url = {https://d.example/sources/x/}');
  });
});

describe('RIS', () => {
  it('writes tagged lines with CRLF, a partial date and notes', () => {
    expect(ris(supplied)).toBe(['TY  - NEWS', 'TI  - [North Korea acknowledges sending troops to fight alongside Russia]', 'T2  - Unidentified French-language site',
      'PY  - 2025', 'DA  - 2025/04/28/', 'LA  - fr', 'N1  - Date approximate, inferred by the Russia–North Korea dossier.',
      'N1  - Title supplied by the Russia–North Korea dossier.', 'ER  -', ''].join('\r\n'));
    expect(ris(russafrik)).toContain('AU  - Stéphane, Gérard\r\n');
    expect(ris(russafrik)).toContain('DA  - 2025/07//\r\n');
  });
});

describe('CSL-JSON', () => {
  it('gives type, parted names and a circa date', () => {
    expect(cslJson(russafrik)).toEqual({
      id: 'russafrik-2025-07-kim', type: 'article-newspaper', title: TITLE_FR, author: [{ given: 'Gérard', family: 'Stéphane' }],
      'container-title': 'Russafrik', issued: { 'date-parts': [[2025, 7]], circa: true }, language: 'fr',
      note: 'Date approximate, inferred by the Russia–North Korea dossier.',
    });
    expect(cslJson(page)).toMatchObject({ type: 'webpage', URL: 'https://d.example/sources/x/' });
    expect(cslJson(page)).not.toHaveProperty('issued');
    // A dossier page: the dossier as group author, the description as genre.
    expect(cslJson(page)).toMatchObject({ author: [{ literal: 'Russia–North Korea dossier' }], genre: 'Source record', 'container-title': 'Russia–North Korea dossier' });
    // A French title is in French for the engine (no English title case); the page is still the dossier's.
    expect(cslJson({ ...page, titleLanguage: 'fr' }).language).toBe('fr');
  });
});

describe('COinS', () => {
  it('encodes an OpenURL ContextObject', () => {
    const c = coins(exact);
    expect(c).toContain('rft.atitle=Renforcement%20des%20liens%20militaires');
    expect(c).toContain('rft.jtitle=Le%20Quotidien');
    expect(c).toContain('rft.date=2025-11-08');
    expect(c).toContain('rft.aulast=Martin&rft.aufirst=Jean-Paul');
  });
});

describe('titleCase', () => {
  it('capitalises major words, keeps minor ones, file names and words with capitals as written', () => {
    expect(titleCase('North Korea acknowledges sending troops to fight alongside Russia')).toBe('North Korea Acknowledges Sending Troops to Fight alongside Russia');
    expect(titleCase('the war of the north: a report on long-range missiles')).toBe('The War of the North: A Report on Long-Range Missiles');
    expect(titleCase('Troops: 2025 (season or year only)')).toBe('Troops: 2025 (Season or Year Only)');
    expect(titleCase('the “new” front')).toBe('The “New” Front');
    expect(titleCase('Data release 2026-11-23, topics/troops.json')).toBe('Data Release 2026-11-23, topics/troops.json');
    expect(titleCase('what it is for')).toBe('What It Is For');
    expect(titleCase('CSactu and iPhone')).toBe('CSactu and iPhone');
  });
  it('leaves a French title as written in MLA and Chicago', () => {
    expect(plain(mla({ ...exact, title: 'renforcement des liens' }))).toContain('“renforcement des liens.”');
  });
});

describe('splitName', () => {
  it('takes the last word as the family name', () => expect(splitName('Gérard Stéphane')).toEqual({ given: 'Gérard', family: 'Stéphane' }));
});

describe('language of titles', () => {
  it('tags a French title with lang in every style, and never a supplied English one', () => {
    for (const style of [apa, mla, chicagoNote, chicagoBibliography]) {
      expect(style(russafrik).filter((r) => r.lang === 'fr').map((r) => r.text).join('')).toContain('Kim Jong Un Scelle');
      expect(style(supplied).some((r) => r.lang)).toBe(false);
    }
  });
});

describe('a data release (dataset)', () => {
  const release: CitationRecord = {
    type: 'dataset', key: 'dossier-release-2026-11-23-figures-csv', title: 'Data release 2026-11-23, figures.csv', titleSupplied: false, authors: [],
    container: 'Russia–North Korea dossier', description: 'Data set', date: '2026-11-23', dateApproximate: false, version: '2026-11-23',
    url: 'https://d.example/data/releases/2026-11-23/figures.csv', language: 'en',
  };
  it('reads in the text styles with the dossier as group author, the release and file named, and its permanent URL', () => {
    expect(plain(apa(release))).toBe('Russia–North Korea dossier. (2026). _Data release 2026-11-23, figures.csv_ (Version 2026-11-23) [Data set]. https://d.example/data/releases/2026-11-23/figures.csv');
    expect(plain(mla(release))).toBe('“Data Release 2026-11-23, figures.csv.” _Russia–North Korea Dossier_, 23 Nov. 2026, d.example/data/releases/2026-11-23/figures.csv.');
    expect(plain(chicagoNote(release))).toBe('“Data Release 2026-11-23, figures.csv,” Russia–North Korea dossier, November 23, 2026, https://d.example/data/releases/2026-11-23/figures.csv.');
    expect(plain(chicagoBibliography(release))).toBe('Russia–North Korea dossier. “Data Release 2026-11-23, figures.csv.” November 23, 2026. https://d.example/data/releases/2026-11-23/figures.csv.');
  });
  it('is a dataset with its version in BibTeX, RIS and CSL-JSON', () => {
    expect(bibtex(release)).toContain('@misc{dossier-release-2026-11-23-figures-csv,\n');
    expect(bibtex(release)).toContain('  version = {2026-11-23},\n');
    expect(ris(release).split('\r\n')).toEqual(expect.arrayContaining(['TY  - DATA', 'ET  - 2026-11-23', 'UR  - https://d.example/data/releases/2026-11-23/figures.csv']));
    expect(cslJson(release)).toMatchObject({ type: 'dataset', version: '2026-11-23', issued: { 'date-parts': [[2026, 11, 23]] } });
    expect(cslJson(release)).toMatchObject({ publisher: 'Russia–North Korea dossier', title: 'Data release 2026-11-23, <span class="nocase">figures.csv</span>' });
    expect(cslJson(release)).not.toHaveProperty('container-title');
  });
});
