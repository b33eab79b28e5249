import { describe, expect, it } from 'vitest';
import { FIGURE_COLUMNS, eventRows, figureRows, toCsv, transferRows } from './exports';
import { event, figure, source, transfer } from '../../../tests/helpers/builders';
import { selectClaims } from '../compare';

const entries = [source('a-2025-05-x', {
  url: 'https://example.org/a',
  figures: [figure('fig-a', { low: 10000, high: 12000, attribution: { estimatedBy: 'NIS' }, quote: 'entre 10 000 et 12 000, dit-il' }),
    figure('fig-b', { statedAs: 'des milliers', measure: 'wounded', topic: 'casualties' })],
  transfers: [transfer('tr-a')],
  events: [event('ev-a', { key: 'k' })],
}), source('b-2025-06-y')];
const ctx = { site: 'https://dossier.example/', outletName: () => 'CSactu' };

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
  it('writes every figure column', () => {
    const csv = toCsv(figureRows(selectClaims(entries, { kind: 'figure' }), ctx), FIGURE_COLUMNS);
    const [header, first] = csv.slice(1).split('\r\n');
    expect(header!.split(',')).toEqual([...FIGURE_COLUMNS]);
    expect(first).toContain('"entre 10 000 et 12 000, dit-il"');
  });
});
