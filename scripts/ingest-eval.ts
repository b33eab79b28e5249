/**
 * npm run ingest:eval -- <folder> [--key tests/fixtures/ingest-eval/key.json] [--content content] [--verbose [--unseal]]
 *
 * Scores ingest on real articles: runs the ingest reader on every article of the folder that
 * the answer key lists (one text file per article, named as the key's `file`), and reports,
 * for each group of the key apart (tuning, the first held-out set — looked at while tuning
 * since — the second held-out set, studied in the third round, and the third, never tuned on): the key's figures found (same low/high,
 * quotes overlapping), filed under the right measure, with the right estimator and relayer,
 * and the publication dates right, wrong or asked for (`--published`). The texts are
 * third-party and git-ignored; README ("How to add a source") says how to rebuild the folder.
 * Writes nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingest, UndatedArticleError } from '../src/lib/ingest';
import { readEntities, readOutlets } from './lib/content-lists';
import { estimatorAgrees, EVAL_SETS, evalSet, readDraft, relayerAgrees, scoreDraft, totals, type ArticleScore, type EvalSet, type Fixture, type FixtureKey } from './lib/ingest-score';
import { ROOT } from './lib/paths';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    key: { type: 'string', default: join(ROOT, 'tests/fixtures/ingest-eval/key.json') },
    content: { type: 'string', default: join(ROOT, 'content') },
    verbose: { type: 'boolean', default: false },
    // --verbose lists no miss of the set held out for the current round (its articles are
    // scored, never studied, until the round ends); --unseal lists them too.
    unseal: { type: 'boolean', default: false },
  },
});
const folder = positionals[0];
if (!folder) {
  console.error('usage: npm run ingest:eval -- <folder of article texts> [--key key.json] [--verbose [--unseal]]');
  process.exit(2);
}
if (!existsSync(folder)) {
  console.error(`ingest:eval: ${folder}: no such folder (README, "How to add a source", says how to rebuild it)`);
  process.exit(2);
}
const { articles } = JSON.parse(readFileSync(values.key, 'utf8')) as { articles: FixtureKey[] };
const outlets = readOutlets(values.content);
const entities = readEntities(values.content);

/** How a draft's publication date compares with the key's. */
type DateVerdict = 'right' | 'wrong' | 'asked';

interface Scored { key: FixtureKey; score: ArticleScore; date: DateVerdict; dateSaid: string }

const missing: string[] = [];
const scored: Scored[] = [];
for (const key of articles) {
  const file = resolve(folder, key.file);
  if (!existsSync(file)) { missing.push(key.file); continue; }
  const text = readFileSync(file, 'utf8');
  let date: DateVerdict;
  let dateSaid: string;
  let result: ReturnType<typeof ingest>;
  try {
    result = ingest({ text, html: false, outlets, entities });
    const data = readDraft(result.markdown).data as ReturnType<typeof readDraft>['data'] & { datingNote?: string };
    const placeholder = /placeholder/i.test(data.datingNote ?? '');
    dateSaid = `${data.published}${data.dateInferred ? ' (proposed, marked unknown)' : ''}`;
    if (key.published !== null) date = data.published === key.published && !placeholder ? 'right' : 'wrong';
    // An article whose text gives no date: a proposal marked unknown asks the editor; a date stated as known, or a placeholder, is a guess.
    else date = data.dateInferred && !placeholder ? 'asked' : 'wrong';
  } catch (e) {
    if (!(e instanceof UndatedArticleError)) throw e;
    date = 'asked';
    dateSaid = 'asked for --published';
    // The figures do not depend on the date (only their asOf does): score them with the key's date, or a stand-in.
    result = ingest({ text, html: false, outlets, entities, published: key.published ?? '2000-01' });
  }
  const fixture: Fixture = { name: key.file.replace(/\.txt$/, ''), key, text, html: false };
  scored.push({ key, score: scoreDraft(fixture, readDraft(result.markdown)), date, dateSaid });
}

const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '–'} % (${n}/${d})`;
function report(name: string, set: Scored[]): void {
  const t = totals(set.map((s) => s.score), entities);
  const matches = set.flatMap((s) => s.score.matches);
  const attributed = matches.filter((m) => estimatorAgrees(m, entities) && relayerAgrees(m, entities)).length;
  const dates = (v: DateVerdict) => set.filter((s) => s.date === v).length;
  const outletsIn = new Set(set.map((s) => s.key.outlet)).size;
  console.log(`${name}: ${set.length} articles (${outletsIn} outlets), ${t.expected} figures`);
  console.log(`  found                     ${pct(t.matched, t.expected)}`);
  console.log(`  right measure             ${pct(t.rightMeasure, t.expected)}`);
  console.log(`  right estimator & relayer ${pct(attributed, t.expected)}  (estimator alone ${pct(matches.filter((m) => estimatorAgrees(m, entities)).length, t.expected)})`);
  console.log(`  precision                 ${pct(t.matched, t.found)}  merged casualty measures: ${t.merged}`);
  console.log(`  dates                     right ${dates('right')}, wrong ${dates('wrong')}, asked ${dates('asked')}`);
}

if (missing.length) console.log(`Not in ${folder} (${missing.length}): ${missing.join(', ')}\n`);
const SET_NAMES: Record<EvalSet, string> = {
  tuning: 'tuning',
  'seen-held-out': 'first held-out set (seen while tuning since)',
  'new-held-out': 'second held-out set (tuned on in the third round)',
  'third-held-out': 'third held-out set (never tuned on)',
};
for (const set of EVAL_SETS) {
  const group = scored.filter((s) => evalSet(s.key) === set);
  if (group.length) report(SET_NAMES[set], group);
}
report('all', scored);
/** The set kept unseen in the current round of tuning: --verbose does not list its misses. */
const SEALED: EvalSet = 'third-held-out';
if (values.verbose) {
  for (const s of scored) {
    if (evalSet(s.key) === SEALED && !values.unseal) continue;
    const sc = s.score;
    const lines = [
      ...sc.missed.map((m) => `missed ${m.measure} ${m.low}–${m.high}: “${m.quote}”`),
      ...sc.wrongMeasure.map((m) => `as ${m.draft.measure}, not ${m.key.measure}: “${m.key.quote}”`),
      ...sc.matches.filter((m) => !(estimatorAgrees(m, entities) && relayerAgrees(m, entities))).map((m) => `attribution ${JSON.stringify(m.draft.attribution?.estimatedBy ?? null)} / ${JSON.stringify(m.draft.attribution?.relayedBy ?? null)}, key ${JSON.stringify(m.key.estimatedBy)} / ${JSON.stringify(m.key.relayedBy)}: “${m.key.quote}”`),
      ...sc.extra.map((x) => `not in the key: ${x.measure} ${x.low}–${x.high} “${x.quote}”`),
      ...(s.date === 'right' ? [] : [`date ${s.date}: ${s.dateSaid}, key ${s.key.published ?? 'none in the text'}`]),
    ];
    if (lines.length) console.log(`\n${evalSet(s.key) === 'tuning' ? '' : `[${evalSet(s.key)}] `}${sc.name}:\n  ${lines.join('\n  ')}`);
  }
}
