/**
 * Citations of a source (the original article, or the dossier page that presents it) and
 * of a dossier page, in APA 7, MLA 9, Chicago notes-bibliography, BibTeX, RIS, CSL-JSON
 * and COinS. Formatted text is a list of runs so pages can italicise without HTML here.
 */

/** A run of citation text; `italic` for titles of containers. */
export interface Run {
  text: string;
  italic?: boolean;
  /** The language of the run when it is not English (a French title). */
  lang?: string | undefined;
  /** Text the reader replaces with their own (the day they retrieved a page that changes). */
  placeholder?: boolean;
}

export interface CitationRecord {
  /** `article`: a news article; `webpage`: a dossier page; `dataset`: a data export. */
  type: 'article' | 'webpage' | 'dataset';
  title: string;
  /** True when the work has no title and this one describes it. */
  titleSupplied: boolean;
  /** Personal names as written ("Gérard Stéphane"); empty when not known. */
  authors: string[];
  /** The newspaper or site: italic in the styles. */
  container: string;
  /** Partial ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or undefined when undated. */
  date?: string | undefined;
  /** True when the date was inferred, not printed on the work. */
  dateApproximate: boolean;
  url?: string | undefined;
  language: string;
  /** A short description after the title (APA's bracketed description). */
  description?: string | undefined;
  /** A stable key for BibTeX and CSL (the source id or page path). */
  key: string;
  /** The title's language when it differs from the work's (a dossier page titled in French). */
  titleLanguage?: string | undefined;
  /** A dataset's version (a data release's date). */
  version?: string | undefined;
  /**
   * The day the reader retrieved a page that changes (`YYYY-MM-DD`). A static page cannot know
   * it, so the pages leave it out and APA prints a placeholder for the reader to fill in.
   */
  accessed?: string | undefined;
}

/** What APA's retrieval date reads when the reader has not given one. */
export const RETRIEVED_PLACEHOLDER = 'Month Day, Year';

/** The title as a run, tagged with its language when the dossier did not supply it. */
const titleRun = (r: CitationRecord, text: string, italic = false): Run => {
  const lang = r.titleSupplied ? 'en' : (r.titleLanguage ?? r.language);
  return { text, ...(italic ? { italic } : {}), ...(lang !== 'en' ? { lang } : {}) };
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const parts = (date: string) => date.split('-').map(Number) as [number, number?, number?];
/** "Gérard Stéphane" → { given: 'Gérard', family: 'Stéphane' } (last word is the family name). */
export function splitName(name: string): { given: string; family: string } {
  const words = name.trim().split(/\s+/);
  return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') };
}
const endWith = (s: string, mark: string) => (/[.?!]$/.test(s) ? s : `${s}${mark}`);
/** APA's initials: "Jean-Paul" → "J.-P.", "Gérard Marie" → "G. M." (Publication Manual 9.8, as citeproc gives them). */
const initials = (given: string) => given.split(/\s+/).map((g) => g.split('-').map((p) => `${p[0]}.`).join('-')).join(' ');

// Words a title in title case keeps in lower case (unless first or last): articles, coordinating
// conjunctions and prepositions of any length (Chicago 8.159, MLA 1.2), as citeproc-js lists them.
const MINOR_WORDS = new Set(('a an the and but for nor or so yet as at by in of off on onto out per to up via with from into like near over past than till upon about above across after against along alongside amid among around before behind below beneath beside besides between beyond despite down during except inside outside since through throughout toward towards under underneath until unto versus within without circa vs v').split(' '));

/**
 * An English title in title case, as MLA 9 (1.2) and Chicago (8.159) ask: every major word
 * capitalised, minor words in lower case unless first, last or after a colon; a word already
 * holding a capital, or a name with a dot or slash in it (a file name), is left as written.
 *
 * @example
 * titleCase('North Korea acknowledges sending troops to fight alongside Russia') // 'North Korea Acknowledges Sending Troops to Fight alongside Russia'
 * titleCase('Data release 2026-11-23, figures.csv') // 'Data Release 2026-11-23, figures.csv'
 */
export function titleCase(title: string): string {
  const words = title.split(/(\s+)/);
  const last = words.length - 1;
  let start = true;
  return words.map((w, i) => {
    if (/^\s+$/.test(w) || !w) return w;
    const first = start;
    start = /[:?!]$/.test(w);
    const core = w.replace(/^[^\p{L}]+|[^\p{L}\d]+$/gu, '');
    if (!core || /\p{Lu}/u.test(core) || /\p{L}[./]\p{L}/u.test(core) || /\d/.test(core)) return w;
    if (!first && i !== last && MINOR_WORDS.has(core.toLowerCase())) return w;
    // Each part of a hyphenated compound is capitalised ("Long-Range"), and a word after an
    // opening bracket or quotation mark ("(Season").
    return w.replace(/(^[^\p{L}]*|[-–])(\p{Ll})/gu, (_m, sep: string, c: string) => `${sep}${c.toUpperCase()}`);
  }).join('');
}

/** The title as MLA and Chicago print it: title case when it is the work's own English title. */
const styledTitle = (r: CitationRecord) => (!r.titleSupplied && (r.titleLanguage ?? r.language) === 'en' ? titleCase(r.title) : r.title);
/** The container (a site's or newspaper's name) in title case when the record is in English. */
const styledContainer = (r: CitationRecord) => ((r.titleLanguage ?? r.language) === 'en' ? titleCase(r.container) : r.container);
/** Joins runs into plain text, italics marked with underscores (for tests and plain copies). */
export const plain = (runs: Run[]) => runs.map((r) => (r.italic ? `_${r.text}_` : r.text)).join('');

/**
 * APA 7: a newspaper article, or a page of a site with a group author.
 *
 * @example
 * plain(apa(record)) // 'Stéphane, G. (ca. 2025, July). Kim Jong Un Scelle… _Russafrik_.'
 */
export function apa(r: CitationRecord): Run[] {
  const authors = r.authors.map((a) => {
    const { given, family } = splitName(a);
    return `${family}, ${initials(given)}`;
  });
  const author = authors.length ? (authors.length === 1 ? authors[0]! : `${authors.slice(0, -1).join(', ')}, & ${authors.at(-1)}`) : '';
  let date = 'n.d.';
  if (r.date) {
    const [y, m, d] = parts(r.date);
    // A data set is dated by its year (Publication Manual 10.9); a news article to the day.
    date = `${r.dateApproximate ? 'ca. ' : ''}${y}${m && r.type !== 'dataset' ? `, ${MONTHS[m - 1]}${d ? ` ${d}` : ''}` : ''}`;
  }
  const title = r.titleSupplied ? `[${r.title}]` : r.title;
  const runs: Run[] = [];
  const described = r.description ? `${title} [${r.description}]` : title;
  if (r.type === 'article') {
    if (author) runs.push({ text: `${endWith(author, '.')} (${date}). ` }, titleRun(r, endWith(described, '.')), { text: ' ' });
    else runs.push(titleRun(r, endWith(described, '.')), { text: ` (${date}). ` });
    runs.push({ text: styledContainer(r), italic: true }, { text: '.' });
  } else {
    // A page of the dossier: the dossier is the group author and the site; the title is
    // italic, a bracketed description after it is not.
    // A data set's version follows its title in parentheses (Publication Manual 10.9).
    const version = r.type === 'dataset' && r.version ? ` (Version ${r.version})` : '';
    runs.push({ text: `${r.container}. (${date}). ` }, titleRun(r, title, true), { text: `${version}${r.description ? ` [${r.description}]` : ''}.` });
  }
  if (r.url && r.type === 'webpage') {
    // A dossier page changes with every edit and is not archived (its dated copy is the data
    // release), so APA asks for the day it was retrieved (Publication Manual 9.16).
    runs.push({ text: ' Retrieved ' }, r.accessed ? { text: longDate(r.accessed) } : { text: RETRIEVED_PLACEHOLDER, placeholder: true }, { text: `, from ${r.url}` });
  } else if (r.url) runs.push({ text: ` ${r.url}` });
  return runs;
}

/**
 * MLA 9: Author. "Title." _Container_, date, URL.
 *
 * @example
 * plain(mla(record)) // 'Stéphane, Gérard. "Kim Jong Un Scelle…" _Russafrik_, c. July 2025.'
 */
export function mla(r: CitationRecord): Run[] {
  const runs: Run[] = [];
  if (r.authors.length) {
    const [first, ...rest] = r.authors;
    const { given, family } = splitName(first!);
    const others = rest.length === 1 ? `, and ${rest[0]}` : rest.length > 1 ? ', et al' : '';
    runs.push({ text: `${endWith(`${family}, ${given}${others}`, '.')} ` });
  }
  if (r.titleSupplied) runs.push({ text: `${endWith(r.title, '.')} ` });
  else runs.push({ text: '“' }, titleRun(r, endWith(styledTitle(r), '.')), { text: '” ' });
  runs.push({ text: styledContainer(r), italic: true });
  const bits: string[] = [];
  if (r.date) {
    const [y, m, d] = parts(r.date);
    bits.push(`${r.dateApproximate ? 'c. ' : ''}${d ? `${d} ` : ''}${m ? `${MLA_MONTHS[m - 1]} ` : ''}${y}`);
  }
  if (r.url) bits.push(r.url.replace(/^https?:\/\//, ''));
  // MLA 9 (optional element): the access date closes the entry of an undated, changing page.
  const accessed = r.accessed ? (([y, m, d]) => ` Accessed ${d} ${MLA_MONTHS[m! - 1]} ${y}.`)(parts(r.accessed)) : '';
  runs.push({ text: `${bits.length ? `, ${bits.join(', ')}.` : '.'}${accessed}` });
  return runs;
}

/** A full date as APA and Chicago write it: "December 4, 2026". */
function longDate(date: string): string {
  const [y, m, d] = parts(date);
  return `${MONTHS[m! - 1]} ${d}, ${y}`;
}

/** Chicago's date; an inferred one in brackets with a question mark, "[July 2025?]" (CMOS 18, 14.60). */
function chicagoDate(r: CitationRecord): string | null {
  if (!r.date) return null;
  const [y, m, d] = parts(r.date);
  const date = `${m ? `${MONTHS[m - 1]}${d ? ` ${d},` : ''} ` : ''}${y}`;
  return r.dateApproximate ? `[${date}?]` : date;
}

/**
 * Chicago notes-bibliography: the bibliography entry. A news article without an author
 * is listed under the newspaper's name.
 *
 * @example
 * plain(chicagoBibliography(record)) // 'Stéphane, Gérard. “Kim Jong Un Scelle…” _Russafrik_, ca. July 2025.'
 */
export function chicagoBibliography(r: CitationRecord): Run[] {
  const title: Run[] = r.titleSupplied ? [{ text: endWith(r.title, '.') }] : [{ text: '“' }, titleRun(r, endWith(styledTitle(r), '.')), { text: '”' }];
  const date = chicagoDate(r);
  const tail = `${date ? `, ${date}` : ''}${r.url ? `. ${r.url}` : ''}.`;
  const capitalDate = date ? ` ${date[0]!.toUpperCase()}${date.slice(1)}` : '';
  if (r.authors.length) {
    const { given, family } = splitName(r.authors[0]!);
    const others = r.authors.slice(1).map((a) => `, and ${a}`).join('');
    return [{ text: `${family}, ${given}${others}. ` }, ...title, { text: ' ' }, { text: styledContainer(r), italic: true }, { text: tail }];
  }
  if (r.type !== 'article') {
    // CMOS 18 (14.104): an undated page that changes gives the day it was accessed.
    const accessed = r.accessed ? ` Accessed ${longDate(r.accessed)}.` : '';
    return [{ text: `${r.container}. ` }, ...title, { text: `${date ? `${capitalDate}.` : ''}${accessed}${r.url ? ` ${r.url}.` : ''}` }];
  }
  return [{ text: styledContainer(r), italic: true }, { text: '. ' }, ...title, { text: `${capitalDate}${r.url ? `. ${r.url}` : ''}.` }];
}

/**
 * Chicago notes-bibliography: the full note.
 *
 * @example
 * plain(chicagoNote(record)) // 'Gérard Stéphane, “Kim Jong Un Scelle…,” _Russafrik_, ca. July 2025.'
 */
export function chicagoNote(r: CitationRecord): Run[] {
  const title: Run[] = r.titleSupplied ? [{ text: `${r.title},` }] : [{ text: '“' }, titleRun(r, `${styledTitle(r)},`), { text: '”' }];
  const date = chicagoDate(r);
  const tail = `${date ? `, ${date}` : ''}${r.accessed ? `, accessed ${longDate(r.accessed)}` : ''}${r.url ? `, ${r.url}` : ''}.`;
  const who = r.authors.length ? `${r.authors.join(' and ')}, ` : '';
  // A page names its site (a title); a data set its publisher (a name, as written).
  if (r.type !== 'article') return [{ text: who }, ...title, { text: ` ${r.type === 'dataset' ? r.container : styledContainer(r)}${tail}` }];
  return [{ text: who }, ...title, { text: ' ' }, { text: styledContainer(r), italic: true }, { text: tail }];
}

const TEX = /[\\{}&%$#_^~]/g;
// Braces become commands with balanced braces: BibTeX counts `\}` as a closing brace, so an
// escaped brace could still end the field and let text add a field of its own.
const TEX_WORDS: Record<string, string> = {
  '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}', '{': '\\textbraceleft{}', '}': '\\textbraceright{}',
};
/**
 * Text as a BibTeX field value: TeX's special characters escaped, braces as commands, so the
 * value's braces always balance and nothing in it can close the field.
 *
 * @example
 * texEscape('a}, note = {x') // 'a\\textbraceright{}, note = \\textbraceleft{}x'
 */
export const texEscape = (s: string) => s.replace(TEX, (c) => TEX_WORDS[c] ?? `\\${c}`);
/**
 * A URL as a BibTeX or RIS value, which readers take verbatim: characters a URL never holds
 * raw (braces, backslash, white space, controls, quotes) are percent-encoded, which is the
 * same address, so nothing in it can close a field or start a line.
 *
 * @example
 * urlField('https://x.example/a},\n note = {y') // 'https://x.example/a%7D,%0A%20note%20=%20%7By'
 */
export const urlField = (url: string) => url.replace(/[{}\\\s"<>^`|\u0000-\u001f\u007f\u0085\u2028\u2029]/g, encodeURIComponent);
/** A citation key of the characters BibTeX keys allow (ids and paths already are). */
const bibKey = (key: string) => key.replace(/[^\w.:+/-]/g, '-');
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const LANGUAGE_NAMES: Record<string, string> = { en: 'english', fr: 'french' };

/**
 * BibTeX: `@article` for a news article, `@misc` for a dossier page or dataset.
 *
 * @example
 * bibtex(record).startsWith('@article{russafrik-2025-07-kim-jong-un,') // true
 */
export function bibtex(r: CitationRecord): string {
  const fields: [string, string][] = [];
  if (r.authors.length) fields.push(['author', r.authors.map((a) => { const { given, family } = splitName(a); return `${family}, ${given}`; }).join(' and ')]);
  fields.push(['title', r.titleSupplied ? `[${r.title}]` : r.title]);
  fields.push([r.type === 'article' ? 'journal' : 'organization', r.container]);
  if (r.date) {
    const [y, m, d] = parts(r.date);
    fields.push(['year', String(y)]);
    if (m) fields.push(['month', BIB_MONTHS[m - 1]!]);
    if (d) fields.push(['day', String(d)]);
  }
  if (r.version) fields.push(['version', r.version]);
  if (r.url) fields.push(['url', r.url]);
  fields.push(['language', LANGUAGE_NAMES[r.language] ?? r.language]);
  const notes = [r.dateApproximate ? 'Date approximate, inferred by the Russia–North Korea dossier' : '', r.titleSupplied ? 'Title supplied by the Russia–North Korea dossier' : '', r.description ?? ''].filter(Boolean);
  if (notes.length) fields.push(['note', notes.join('. ')]);
  const body = fields.map(([k, v]) => {
    // Double braces keep a real title's capitals as written.
    const value = k === 'month' ? v : k === 'url' ? `{${urlField(v)}}` : k === 'title' && !r.titleSupplied ? `{{${texEscape(oneLine(v))}}}` : `{${texEscape(oneLine(v))}}`;
    return `  ${k} = ${value}`;
  }).join(',\n');
  return `@${r.type === 'article' ? 'article' : 'misc'}{${bibKey(r.key)},\n${body}\n}\n`;
}

/**
 * Text as one line of a BibTeX or RIS value: a line break (or any control or line separator)
 * in RIS would start a line of its own, which a reader takes as a new tag (`UR  - …`), so each
 * run of them, and of spaces, becomes one space (readers such as citation-js also cut a value
 * at a tag's "␠␠-␠" inside it); the ends are trimmed. Non-breaking spaces stay.
 *
 * @example
 * oneLine('Title\r\nUR  - https://evil.example\r\n') // 'Title UR - https://evil.example'
 */
export const oneLine = (s: string) => s.replace(/[ \u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').trim();

/**
 * RIS: NEWS for a news article, ELEC for a page, DATA for a dataset.
 *
 * @example
 * ris(record).split('\r\n')[0] // 'TY  - NEWS'
 */
export function ris(r: CitationRecord): string {
  const lines: [string, string][] = [['TY', r.type === 'article' ? 'NEWS' : r.type === 'dataset' ? 'DATA' : 'ELEC']];
  for (const a of r.authors) { const { given, family } = splitName(a); lines.push(['AU', `${family}, ${given}`]); }
  lines.push(['TI', r.titleSupplied ? `[${r.title}]` : r.title], ['T2', r.container]);
  if (r.date) {
    const [y, m, d] = parts(r.date);
    lines.push(['PY', String(y)], ['DA', `${y}/${m ? String(m).padStart(2, '0') : ''}/${d ? String(d).padStart(2, '0') : ''}/`]);
  }
  if (r.version) lines.push(['ET', r.version]);
  if (r.url) lines.push(['UR', r.url]);
  lines.push(['LA', r.language]);
  if (r.dateApproximate) lines.push(['N1', 'Date approximate, inferred by the Russia–North Korea dossier.']);
  if (r.titleSupplied) lines.push(['N1', 'Title supplied by the Russia–North Korea dossier.']);
  lines.push(['ER', '']);
  return `${lines.map(([k, v]) => `${k}  - ${k === 'UR' ? urlField(v) : oneLine(v)}`.trimEnd()).join('\r\n')}\r\n`;
}

/**
 * CSL-JSON (one item), as citation managers and citeproc read it.
 *
 * @example
 * cslJson(record).issued // { 'date-parts': [[2025, 7]], circa: true }
 */
export function cslJson(r: CitationRecord): Record<string, unknown> {
  // A page or data set of the dossier has the dossier as its group author, and a description
  // (CSL's genre, APA's bracket); its title's language is the item's, so that a French title is
  // not put in English title case. A file name in a data set's title keeps its case.
  const own = r.type !== 'article';
  return {
    id: r.key,
    type: r.type === 'article' ? 'article-newspaper' : r.type === 'dataset' ? 'dataset' : 'webpage',
    title: r.type === 'dataset' ? r.title.replace(/[\w-]+(?:[./][\w-]+)+/g, '<span class="nocase">$&</span>') : r.title,
    ...(r.authors.length ? { author: r.authors.map(splitName) } : own ? { author: [{ literal: r.container }] } : {}),
    ...(own && r.description ? { genre: r.description } : {}),
    // A data set is published by the dossier rather than contained in it (APA reads a container as "In …").
    ...(r.type === 'dataset' ? { publisher: r.container } : { 'container-title': r.container }),
    ...(r.date ? { issued: { 'date-parts': [parts(r.date)], ...(r.dateApproximate ? { circa: true } : {}) } } : {}),
    ...(r.version ? { version: r.version } : {}),
    ...(r.url ? { URL: r.url } : {}),
    ...(r.accessed ? { accessed: { 'date-parts': [parts(r.accessed)] } } : {}),
    language: r.titleLanguage ?? r.language,
    ...(r.titleSupplied || r.dateApproximate ? { note: [r.titleSupplied ? 'Title supplied by the Russia–North Korea dossier.' : '', r.dateApproximate ? 'Date approximate, inferred by the Russia–North Korea dossier.' : ''].filter(Boolean).join(' ') } : {}),
  };
}

/**
 * The ContextObject (COinS) of a news article, for a `<span class="Z3988" title="…">`
 * that Zotero offers in its multi-select on pages listing several sources.
 *
 * @example
 * coins(record).startsWith('ctx_ver=Z39.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal') // true
 */
export function coins(r: CitationRecord): string {
  const kv: [string, string][] = [
    ['ctx_ver', 'Z39.88-2004'], ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'], ['rft.genre', 'article'],
    ['rft.atitle', r.title], ['rft.jtitle', r.container],
  ];
  if (r.date) kv.push(['rft.date', r.date]);
  for (const a of r.authors) { const { given, family } = splitName(a); kv.push(['rft.aulast', family], ['rft.aufirst', given]); }
  if (r.url) kv.push(['rft_id', r.url]);
  kv.push(['rft.language', r.language]);
  return kv.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}
