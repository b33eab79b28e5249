/**
 * Which extractor ingest should use on a saved page: our own (`collectHtml`: the page's
 * `<main>`/`<article>`, less elements whose class or id names furniture) or Mozilla
 * Readability over linkedom (`collectHtmlReadability`). Both then go through the same
 * furniture rules (`removeFurniture`), as ingest runs them. Scored on six saved pages
 * (`tests/fixtures/ingest/extraction/truth.json`: four semantic pages of the ingest corpus,
 * two built of bare `<div>`s with class names neither knows; English and French) for:
 *
 * - text recall: the share of the article's blocks found whole in the extracted lines;
 * - furniture left: the share of furniture blocks still found in them.
 *
 * `npx vitest run --project quality tests/quality/ingest-extractors.test.ts` prints the
 * table and writes benchmarks/ingest-extractors.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { collectHtml, collectHtmlReadability, removeFurniture, type Collected } from '../../src/lib/ingest';
import { detectLanguage } from '../../src/lib/ingest/language';
import { ROOT } from '../helpers/content';

const DIR = join(ROOT, 'tests/fixtures/ingest/extraction');
const truth = JSON.parse(readFileSync(join(DIR, 'truth.json'), 'utf8')) as { pages: Record<string, { article: string[]; furniture: string[] }> };
const norm = (s: string) => s.normalize('NFC').replace(/[\s\u00a0\u202f]+/g, ' ').replace(/[’']/g, "'").trim().toLowerCase();

function blocks(html: string, selectors: string[]): string[] {
  const tree = fromHtml(html);
  return [...new Set(selectors.flatMap((s) => selectAll(s, tree).map((el) => norm(toText(el)))).filter((t) => t.length > 0))];
}

/** The lines ingest keeps: the extractor's, less what our furniture rules remove. */
function kept(collected: Collected): string[] {
  const lines = collected.lines.filter((l) => l.text.trim());
  return removeFurniture(lines, detectLanguage(lines.map((l) => l.text).join('\n')) ?? 'fr').lines.map((l) => norm(l.text));
}

const EXTRACTORS = { ours: collectHtml, readability: collectHtmlReadability } as const;
type Score = { recall: number; furnitureLeft: number; articleBlocks: number; furnitureBlocks: number; missed: string[]; left: string[] };

function score(file: string, extract: (html: string) => Collected): Score {
  const html = readFileSync(join(DIR, file), 'utf8');
  const { article, furniture } = truth.pages[file]!;
  const a = blocks(html, article);
  const f = blocks(html, furniture).filter((t) => !a.includes(t));
  const lines = kept(extract(html));
  const text = lines.join('\n');
  const missed = a.filter((t) => !text.includes(t));
  // A short item (a menu entry, "X" of a share bar) counts only as a whole line; a longer one also inside a line.
  const left = f.filter((t) => lines.some((l) => l === t || (t.split(' ').length >= 4 && (l.includes(t) || (l.length > 12 && t.includes(l))))));
  return { recall: (a.length - missed.length) / a.length, furnitureLeft: left.length / f.length, articleBlocks: a.length, furnitureBlocks: f.length, missed, left };
}

describe('saved-page extractors: ours against Readability', () => {
  const results = Object.keys(truth.pages).map((file) => ({ file: file.replace(/^\.\.\//, ''), ...Object.fromEntries(Object.entries(EXTRACTORS).map(([k, fn]) => [k, score(file, fn)])) as Record<keyof typeof EXTRACTORS, Score> }));
  const total = (k: keyof typeof EXTRACTORS) => {
    const a = results.reduce((s, r) => s + r[k].articleBlocks, 0);
    const f = results.reduce((s, r) => s + r[k].furnitureBlocks, 0);
    return {
      recall: +(results.reduce((s, r) => s + r[k].recall * r[k].articleBlocks, 0) / a).toFixed(3),
      furnitureLeft: +(results.reduce((s, r) => s + r[k].furnitureLeft * r[k].furnitureBlocks, 0) / f).toFixed(3),
      articleBlocks: a, furnitureBlocks: f,
    };
  };

  it('scores both on every page and writes benchmarks/ingest-extractors.json', () => {
    const summary = { ours: total('ours'), readability: total('readability') };
    const rows = results.map((r) => `${r.file.padEnd(52)} recall ${r.ours.recall.toFixed(2)} / ${r.readability.recall.toFixed(2)}   furniture left ${r.ours.furnitureLeft.toFixed(2)} / ${r.readability.furnitureLeft.toFixed(2)}`);
    console.log(`ours / readability\n${rows.join('\n')}\nall: ${JSON.stringify(summary)}`);
    for (const r of results) for (const k of ['ours', 'readability'] as const) {
      if (r[k].missed.length) console.log(`${r.file} ${k} missed: ${r[k].missed.map((t) => t.slice(0, 60)).join(' | ')}`);
      if (r[k].left.length) console.log(`${r.file} ${k} left: ${r[k].left.map((t) => t.slice(0, 60)).join(' | ')}`);
    }
    writeFileSync(join(ROOT, 'benchmarks/ingest-extractors.json'), `${JSON.stringify({ summary, pages: results.map((r) => ({ file: r.file, ours: { recall: r.ours.recall, furnitureLeft: r.ours.furnitureLeft, missed: r.ours.missed, left: r.ours.left }, readability: { recall: r.readability.recall, furnitureLeft: r.readability.furnitureLeft, missed: r.readability.missed, left: r.readability.left } })) }, null, 2)}\n`);
    for (const k of ['ours', 'readability'] as const) expect(summary[k].articleBlocks).toBeGreaterThan(40);
  });
});
