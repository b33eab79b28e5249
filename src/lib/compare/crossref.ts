/**
 * Grouping for the cross-reference pages: transfers by direction and category,
 * reactions by actor, figures by measure with their disagreements.
 */
import { MAX_SERIES, type ChartInput } from './chart';
import { scopeTitle } from './wording';
import { asOfPeriod, conflictCount, estimateConflicts, estimatePoint, isCumulative, scopeOf, type AsOf, type Conflicts } from './estimates';
import { claimNames, type RoleName } from './entities';
import { placeKey, resolveEstimator, type Estimator } from './glossary';
import { formatFigureValue } from '../site';
import type { Figure, GlossaryEntry, Reaction, Transfer } from '../claims';
import type { SourceEntry } from '../site';
import { selectClaims, type Sourced, type TopicSelector } from './topics';
import { dateInterval } from './agreement';
import { planArchive, type ArchivePlan, type PeriodDate } from './periods';
import {
  ACTOR_KINDS, ACTOR_KIND_HEADINGS, DIRECTIONS, DIRECTION_LABELS, MEASURES, MEASURE_LABELS, TRANSFER_CATEGORIES,
  type ActorKind, type Direction, type Measure, type TransferCategory,
} from '../claims';

/** A claim with the entities it names, by role (see `claimNames`). */
export type Named<C> = Sourced<C> & { names: RoleName[] };

export interface TransferGroup {
  direction: Direction;
  categories: { category: TransferCategory; items: Named<Transfer>[]; sourceCount: number }[];
}

const sourceCount = (items: Sourced<unknown>[]) => new Set(items.map((i) => i.source.id)).size;

/**
 * Transfers by direction, then category, in vocabulary order; empty groups dropped.
 *
 * @example
 * groupTransfers(items)[0] // { direction: 'to-russia', categories: [{ category: 'troops', items: […], sourceCount: 5 }, …] }
 */
export function groupTransfers(items: readonly Sourced<Transfer>[], glossary: readonly GlossaryEntry[] = []): TransferGroup[] {
  const named = items.map((i) => ({ ...i, names: claimNames({ kind: 'transfer', claim: i.claim }, glossary) }));
  return DIRECTIONS.map((direction) => ({
    direction,
    categories: TRANSFER_CATEGORIES.map((category) => {
      const its = named.filter((i) => i.claim.direction === direction && i.claim.category === category);
      return { category, items: its, sourceCount: sourceCount(its) };
    }).filter((c) => c.items.length > 0),
  })).filter((g) => g.categories.length > 0);
}

export interface ActorGroup {
  actor: string;
  actorKind: ActorKind;
  /** The entity the actor is, when the dossier knows it. */
  entity: string | null;
  items: Named<Reaction>[];
  sourceCount: number;
}

/**
 * Reactions by actor: states first, then organisations, people and groups; within a
 * kind, actors reported by more sources first, then by name.
 *
 * @example
 * groupReactions(items).map((g) => g.actor) // ['United States', 'South Korea', 'Australia', …]
 */
export function groupReactions(items: readonly Sourced<Reaction>[], glossary: readonly GlossaryEntry[] = []): ActorGroup[] {
  const byActor = new Map<string, Named<Reaction>[]>();
  for (const item of items) {
    const named = { ...item, names: claimNames({ kind: 'reaction', claim: item.claim }, glossary) };
    const its = byActor.get(item.claim.actor);
    if (its) its.push(named);
    else byActor.set(item.claim.actor, [named]);
  }
  return [...byActor].map(([actor, its]) => ({
    actor, actorKind: its[0]!.claim.actorKind, items: its, sourceCount: sourceCount(its),
    entity: its[0]!.names.find((n) => n.role === 'actor')?.entity ?? null,
  }))
    .sort((a, b) =>
      ACTOR_KINDS.indexOf(a.actorKind) - ACTOR_KINDS.indexOf(b.actorKind) ||
      b.sourceCount - a.sourceCount ||
      a.actor.localeCompare(b.actor));
}

/** One estimate on a topic page: the figure with its period, estimator, scope and conflicts. */
export interface EstimateRow {
  item: Sourced<Figure>;
  asOf: AsOf;
  /** Who made it, normalised; null when the article does not say (never guessed). */
  estimator: Estimator | null;
  /** The entities it names, by role (estimator, relayer, place). */
  names: RoleName[];
  /** What it counts beyond its measure (cumulative or at a date, and where): only the same scope is compared. */
  scope: string;
  cumulative: boolean;
  conflicts: Conflicts<EstimateRow>;
}

/** One estimator's estimates of one measure and scope, in time order. */
export interface EstimatorSeries {
  estimator: Estimator;
  scope: string;
  rows: EstimateRow[];
}

/** How a count went between the earliest and the latest estimate of the same scope. */
export interface Change {
  from: EstimateRow;
  to: EstimateRow;
  /** Up when the later range lies wholly above the earlier, down when wholly below. */
  direction: 'up' | 'down' | 'level';
}

/** Two estimates that cannot both be right, and why; for 'later-lower', `a` came first. */
export interface ConflictPair {
  a: EstimateRow;
  b: EstimateRow;
  reason: 'same-period' | 'later-lower';
}

export interface MeasureGroup {
  measure: Measure;
  /** Figures with a number, by the period they apply to (then source). */
  rows: EstimateRow[];
  /** Figures stated without a number: listed, never plotted or ranged. */
  unnumbered: Sourced<Figure>[];
  /** The estimate that applies latest; the summary leads with it. */
  latest?: EstimateRow;
  /** The smallest `low` and the largest `high`, each with its date. */
  lowest?: EstimateRow;
  highest?: EstimateRow;
  /** From the earliest to the latest estimate of the latest one's scope. */
  change?: Change;
  /** Estimators with more than one estimate of a scope, most estimates first. */
  series: EstimatorSeries[];
  /** Pairs that cannot both be right: how many, how many estimates they involve, and the first few named. */
  conflicts: { pairs: number; estimates: number; named: ConflictPair[] };
  /** How many distinct sources give a figure for this measure, with or without a number. */
  sourceCount: number;
}

/** How many conflicting estimates a row names for each reason; the rest are counted. */
export const NEAREST_DISAGREEMENTS = 3;
/** Past this many estimates in a measure, a row names only the nearest conflict for each reason (the page stays small). */
export const DENSE_MEASURE = 200;
/** How many estimates of a series a page spells out at each end; those between are counted. */
export const SERIES_ENDS = 3;
/** How many conflicting pairs a measure's banner names. */
export const NAMED_PAIRS = 6;

const pick = <T>(items: readonly T[], better: (a: T, b: T) => boolean) =>
  items.reduce<T | undefined>((best, i) => (best === undefined || better(i, best) ? i : best), undefined);
const byTime = (a: EstimateRow, b: EstimateRow) =>
  a.asOf.start.localeCompare(b.asOf.start) || a.asOf.end.localeCompare(b.asOf.end) || a.item.source.id.localeCompare(b.item.source.id) || a.item.claim.id.localeCompare(b.item.claim.id);
/** Later by the end of its period, then its start, then the order rows are listed in. */
const isLater = (a: EstimateRow, b: EstimateRow) => (a.asOf.end.localeCompare(b.asOf.end) || byTime(a, b)) > 0;

/** The rows of one measure with their conflicts, computed per scope. */
function estimateRows(items: readonly Sourced<Figure>[], glossary: readonly GlossaryEntry[], nearest: number): EstimateRow[] {
  const rows = items.map((item): EstimateRow => ({
    item,
    asOf: asOfPeriod(item.claim, item.source.data),
    estimator: resolveEstimator(item.claim.attribution?.estimatedBy, glossary, item.claim.attribution?.estimatedByEntity),
    names: claimNames({ kind: 'figure', claim: item.claim }, glossary),
    scope: scopeOf(item.claim, item.claim.placeEntity ? `entity:${typeof item.claim.placeEntity === 'string' ? item.claim.placeEntity : item.claim.placeEntity.id}` : placeKey(item.claim.place, glossary)),
    cumulative: isCumulative(item.claim),
    conflicts: { samePeriod: { count: 0, nearest: [] }, belowEarlier: { count: 0, nearest: [] }, aboveLater: { count: 0, nearest: [] } },
  }));
  const byScope = new Map<string, EstimateRow[]>();
  for (const row of rows) {
    let group = byScope.get(row.scope);
    if (!group) byScope.set(row.scope, (group = []));
    group.push(row);
  }
  for (const group of byScope.values()) {
    const found = estimateConflicts(group, (r) => estimatePoint(r.item.claim, r.asOf)!, group[0]!.cumulative, nearest);
    for (const row of group) row.conflicts = found.get(row)!;
  }
  return rows.sort(byTime);
}

/** The conflicting pairs of a measure: how many, and the first `limit` named. */
function conflictPairs(rows: readonly EstimateRow[], limit: number): MeasureGroup['conflicts'] {
  let samePeriod = 0;
  let laterLower = 0;
  const involved = new Set<EstimateRow>();
  const named: ConflictPair[] = [];
  const seen = new Set<string>();
  const name = (a: EstimateRow, b: EstimateRow, reason: ConflictPair['reason']) => {
    const key = reason === 'same-period' ? [topicRowId(a.item), topicRowId(b.item)].sort().join('|') : `${topicRowId(a.item)}>${topicRowId(b.item)}`;
    if (named.length < limit && !seen.has(key)) { seen.add(key); named.push({ a, b, reason }); }
  };
  for (const row of rows) {
    const c = row.conflicts;
    samePeriod += c.samePeriod.count;
    laterLower += c.belowEarlier.count;
    if (conflictCount(c) > 0) involved.add(row);
    for (const other of c.samePeriod.nearest) name(row, other, 'same-period');
    for (const earlier of c.belowEarlier.nearest) name(earlier, row, 'later-lower');
  }
  return { pairs: samePeriod / 2 + laterLower, estimates: involved.size, named };
}

/**
 * Figures by measure, in vocabulary order, never merged across measures: each estimate
 * with its as-of period, normalised estimator and conflicts; the latest, lowest and
 * highest; how the latest's scope changed over time; and the series of each estimator
 * that gave more than one.
 *
 * @example
 * groupFigures(items, glossary).map((g) => g.measure) // ['deployed', 'planned', 'killed', 'wounded']
 */
export function groupFigures(items: readonly Sourced<Figure>[], glossary: readonly GlossaryEntry[] = [], nearest = NEAREST_DISAGREEMENTS): MeasureGroup[] {
  return MEASURES.map((measure): MeasureGroup => {
    // A count the article says did not happen (`negated`) is no estimate: not in a series, a range or a conflict.
    const its = items.filter((i) => i.claim.measure === measure && !i.claim.negated);
    const hasNumber = (i: Sourced<Figure>) => i.claim.low !== undefined && i.claim.high !== undefined;
    const numeric = its.filter(hasNumber);
    const rows = estimateRows(numeric, glossary, numeric.length > DENSE_MEASURE ? Math.min(1, nearest) : nearest);
    // Ties go to the narrower estimate: 10,000–12,000 is lower than 10,000–14,000.
    const lowest = pick(rows, (a, b) => a.item.claim.low! < b.item.claim.low! || (a.item.claim.low === b.item.claim.low && a.item.claim.high! < b.item.claim.high!));
    const highest = pick(rows, (a, b) => a.item.claim.high! > b.item.claim.high! || (a.item.claim.high === b.item.claim.high && a.item.claim.low! > b.item.claim.low!));
    const latest = pick(rows, isLater);
    const sameScope = latest ? rows.filter((r) => r.scope === latest.scope) : [];
    const earliest = pick(sameScope, (a, b) => byTime(a, b) < 0);
    const change: Change | undefined = latest && earliest && earliest !== latest && earliest.asOf.end < latest.asOf.start
      ? {
        from: earliest,
        to: latest,
        direction: latest.item.claim.low! > earliest.item.claim.high! ? 'up' : latest.item.claim.high! < earliest.item.claim.low! ? 'down' : 'level',
      }
      : undefined;
    const bySeries = new Map<string, EstimatorSeries>();
    for (const row of rows) {
      if (!row.estimator) continue;
      const key = `${row.estimator.key}@${row.scope}`;
      let series = bySeries.get(key);
      if (!series) bySeries.set(key, (series = { estimator: row.estimator, scope: row.scope, rows: [] }));
      series.rows.push(row);
    }
    const series = [...bySeries.values()].filter((s) => s.rows.length > 1)
      .sort((a, b) => b.rows.length - a.rows.length || a.estimator.label.localeCompare(b.estimator.label));
    return {
      measure,
      rows,
      // Told by test, not by searching the numbered list (quadratic at thousands of sources).
      unnumbered: its.filter((i) => !hasNumber(i)),
      series,
      conflicts: conflictPairs(rows, NAMED_PAIRS),
      sourceCount: sourceCount(its),
      ...(lowest && { lowest }), ...(highest && { highest }), ...(latest && { latest }), ...(change && { change }),
    };
  }).filter((g) => g.rows.length + g.unnumbered.length > 0);
}

/**
 * The in-page anchor of a claim on a topic page (its row or list item), which the
 * Agreement column links to.
 *
 * @example
 * topicRowId({ source: { id: 'csactu-2025-05-x' }, claim: { id: 'fig-a' } }) // 'csactu-2025-05-x--fig-a'
 */
export function topicRowId(item: { source: { id: string }; claim: { id: string } }): string {
  return `${item.source.id}--${item.claim.id}`;
}

/**
 * Who made an estimate, as a table or list reads it.
 *
 * @example
 * estimatorOf(figureWithoutAttribution) // 'estimator not stated'
 */
export function estimatorOf(item: Sourced<Figure>): string {
  return item.claim.attribution?.estimatedBy ?? 'estimator not stated';
}

/**
 * A series as a page spells it out: every estimate when few, else the first and last few
 * with how many lie between (the table gives every one).
 *
 * @example
 * seriesShown(series) // { head: [r1, r2, r3], skipped: 594, tail: [r598, r599, r600] }
 */
export function seriesShown(series: EstimatorSeries, ends = SERIES_ENDS): { head: EstimateRow[]; skipped: number; tail: EstimateRow[] } {
  const rows = series.rows;
  if (rows.length <= ends * 2 + 1) return { head: rows, skipped: 0, tail: [] };
  return { head: rows.slice(0, ends), skipped: rows.length - ends * 2, tail: rows.slice(-ends) };
}

/** How many estimators' series a chart joins with lines; a legend names each. */
export const CHARTED_SERIES = 6;

/**
 * The chart's inputs for a measure: every estimate with a number, at the date it applies,
 * and, for the first few estimators with several estimates, which series it belongs to.
 *
 * @example
 * chartInputsOf(group)[0] // { id: 'src#fig', date: '2025-05', low: 10000, high: 12000, qualifier: 'exact', label: '10,000–12,000' }
 */
export function chartInputsOf(group: MeasureGroup): ChartInput[] {
  const seriesOf = new Map<EstimateRow, number>();
  group.series.slice(0, CHARTED_SERIES).forEach((s, k) => { for (const r of s.rows) seriesOf.set(r, k); });
  return group.rows.map((row) => ({
    id: `${row.item.source.id}#${row.item.claim.id}`,
    date: row.asOf.date,
    low: row.item.claim.low!,
    high: row.item.claim.high!,
    qualifier: row.item.claim.qualifier,
    label: formatFigureValue(row.item.claim),
    ...(seriesOf.has(row) ? { series: seriesOf.get(row)! } : {}),
  }));
}

/** One panel of a measure's chart: the estimates of one scope, each in its estimator's series. */
export interface ChartPanel {
  /** The scope key its estimates share. */
  scope: string;
  /** What the panel counts (the scope in words); null when the measure has one scope and no place. */
  title: string | null;
  /** The same in running text ("sent in total"). */
  titleInSentence: string | null;
  inputs: ChartInput[];
  /** The series' names, in series order (the legend). */
  series: string[];
  rows: EstimateRow[];
}

/**
 * A measure's chart as panels, one per scope (troops sent in total, present at a date, a
 * place), in the order their first estimates come; in each, one series per estimator, most
 * estimates first ("estimator not stated" is a series of its own), past `MAX_SERIES`
 * the rest sharing the last as "other estimators".
 *
 * @example
 * chartPanelsOf(troops).map((p) => [p.title, p.series]) // [['Sent in total', ['NIS', …]], ['Present at a date, Ukraine', […]]]
 */
export function chartPanelsOf(group: Pick<MeasureGroup, 'rows'>): ChartPanel[] {
  const byScope = new Map<string, EstimateRow[]>();
  for (const row of group.rows) {
    const its = byScope.get(row.scope);
    if (its) its.push(row);
    else byScope.set(row.scope, [row]);
  }
  const NOT_STATED = 'Estimator not stated';
  return [...byScope].map(([scope, rows]) => {
    const counts = new Map<string, number>();
    const nameOf = (r: EstimateRow) => r.estimator?.label ?? NOT_STATED;
    for (const r of rows) counts.set(nameOf(r), (counts.get(nameOf(r)) ?? 0) + 1);
    let names = [...counts].sort((a, b) => b[1] - a[1] || Number(a[0] === NOT_STATED) - Number(b[0] === NOT_STATED) || a[0].localeCompare(b[0])).map(([n]) => n);
    if (names.length > MAX_SERIES) names = [...names.slice(0, MAX_SERIES - 1), `Other estimators (${names.length - MAX_SERIES + 1})`];
    const index = new Map(names.map((n, k) => [n, k]));
    const inputs = rows.map((row) => ({
      id: `${row.item.source.id}#${row.item.claim.id}`,
      date: row.asOf.date,
      start: row.asOf.start,
      end: row.asOf.end,
      low: row.item.claim.low!,
      high: row.item.claim.high!,
      qualifier: row.item.claim.qualifier,
      label: formatFigureValue(row.item.claim),
      series: index.get(nameOf(row)) ?? MAX_SERIES - 1,
    }));
    const claim = rows[0]!.item.claim;
    const titled = byScope.size > 1 || Boolean(claim.place);
    return { scope, title: titled ? scopeTitle(claim) : null, titleInSentence: titled ? scopeTitle(claim, true) : null, inputs, series: names, rows };
  });
}

/** The panels a page draws, and the scopes it only names: a page must not grow with the places the sources name. */
export interface PanelChoice {
  drawn: ChartPanel[];
  /** The scopes not drawn, most estimates first: what each counts, and how many estimates it has. */
  named: { title: string; estimates: number }[];
}

/**
 * The `max` panels with the most estimates, in their own order, and the rest by name: a
 * measure's estimates can come in as many scopes as the sources name places, and each
 * panel is a drawing of its own.
 *
 * @example
 * choosePanels(panels, 4) // { drawn: the 4 largest, named: [{ title: 'Sector E', estimates: 12 }, …] }
 */
export function choosePanels(panels: readonly ChartPanel[], max: number): PanelChoice {
  if (panels.length <= max) return { drawn: [...panels], named: [] };
  const ranked = [...panels].sort((a, b) => b.inputs.length - a.inputs.length);
  const drawn = new Set(ranked.slice(0, max));
  return {
    drawn: panels.filter((p) => drawn.has(p)),
    named: ranked.slice(max).map((p) => ({ title: p.titleInSentence ?? p.scope, estimates: p.inputs.length })),
  };
}

/** What a topic page shows, by the kind of claims it gathers. */
export type TopicView =
  | { kind: 'figure'; groups: MeasureGroup[]; count: number }
  | { kind: 'transfer'; groups: TransferGroup[]; count: number }
  | { kind: 'reaction'; groups: ActorGroup[]; count: number };

/**
 * Gathers and groups a topic's claims from all sources.
 *
 * @example
 * topicView(entries, { kind: 'transfer' }).groups[0].direction // 'to-russia'
 */
export function topicView(entries: readonly SourceEntry[], select: TopicSelector, glossary: readonly GlossaryEntry[] = []): TopicView {
  switch (select.kind) {
    case 'figure': {
      const items = selectClaims(entries, { ...select, kind: 'figure' });
      return { kind: 'figure', groups: groupFigures(items, glossary), count: items.length };
    }
    case 'transfer': {
      const items = selectClaims(entries, { ...select, kind: 'transfer' });
      return { kind: 'transfer', groups: groupTransfers(items, glossary), count: items.length };
    }
    case 'reaction': {
      const items = selectClaims(entries, { ...select, kind: 'reaction' });
      return { kind: 'reaction', groups: groupReactions(items, glossary), count: items.length };
    }
  }
}

/**
 * The sections of a topic page, for its table of contents: one per measure, direction or
 * kind of actor, with the anchor each section's heading carries.
 *
 * @example
 * topicSections(view)[0] // { id: 'measure-deployed', label: 'Troops deployed' }
 */
export function topicSections(view: TopicView): { id: string; label: string }[] {
  switch (view.kind) {
    case 'figure': return view.groups.map((g) => ({ id: `measure-${g.measure}`, label: MEASURE_LABELS[g.measure] }));
    case 'transfer': return view.groups.map((g) => ({ id: `direction-${g.direction}`, label: DIRECTION_LABELS[g.direction] }));
    case 'reaction': return ACTOR_KINDS.filter((k) => view.groups.some((g) => g.actorKind === k)).map((k) => ({ id: `actors-${k}`, label: ACTOR_KIND_HEADINGS[k] }));
  }
}

/** Any claim a topic page lists (a figure's row, an unnumbered figure, a transfer, a reaction). */
export type TopicItem = Sourced<Figure | Transfer | Reaction>;

/**
 * The period each claim of a topic is archived under: a figure's as-of period (its
 * article's date when the text gives none); a transfer or a reaction, which has no as-of
 * date, its article's date.
 *
 * @example
 * topicItemDates(view).get(row.item) // { start: '2025-11-01', precision: 'month' }
 */
export function topicItemDates(view: TopicView): Map<TopicItem, PeriodDate> {
  const dates = new Map<TopicItem, PeriodDate>();
  const byArticle = (item: TopicItem) => dates.set(item, { start: dateInterval(item.source.data.published, item.source.data.datePrecision)[0], precision: item.source.data.datePrecision });
  switch (view.kind) {
    case 'figure':
      for (const g of view.groups) {
        for (const r of g.rows) dates.set(r.item, { start: r.asOf.start, precision: r.asOf.precision });
        for (const u of g.unnumbered) { const a = asOfPeriod(u.claim, u.source.data); dates.set(u, { start: a.start, precision: a.precision }); }
      }
      break;
    case 'transfer': for (const g of view.groups) for (const c of g.categories) c.items.forEach(byArticle); break;
    case 'reaction': for (const g of view.groups) g.items.forEach(byArticle); break;
  }
  return dates;
}

/**
 * A topic's archive: its claims split into pages by period (see `planArchive`), in the
 * order the topic page lists them.
 *
 * @example
 * topicArchive(view).pageOf(row.item) // '2025-11'
 */
export function topicArchive(view: TopicView, limit?: number): ArchivePlan<TopicItem> {
  const dates = topicItemDates(view);
  return planArchive([...dates.keys()], (item) => dates.get(item)!, limit);
}

/**
 * The part of a topic's view one archive page lists: the same groups (a figure keeps the
 * conflicts found among all the measure's estimates), with only the claims `keep` admits;
 * empty groups dropped and source counts recounted.
 *
 * @example
 * viewPart(view, (item) => plan.pageOf(item) === '2025-11')
 */
export function viewPart(view: TopicView, keep: (item: TopicItem) => boolean): TopicView {
  switch (view.kind) {
    case 'figure': {
      const groups = view.groups.map((g) => {
        const rows = g.rows.filter((r) => keep(r.item));
        const unnumbered = g.unnumbered.filter(keep);
        return { ...g, rows, unnumbered, sourceCount: sourceCount([...rows.map((r) => r.item), ...unnumbered]) };
      }).filter((g) => g.rows.length + g.unnumbered.length > 0);
      return { kind: 'figure', groups, count: groups.reduce((n, g) => n + g.rows.length + g.unnumbered.length, 0) };
    }
    case 'transfer': {
      const groups = view.groups.map((g) => ({
        ...g,
        categories: g.categories.map((c) => { const items = c.items.filter(keep); return { ...c, items, sourceCount: sourceCount(items) }; }).filter((c) => c.items.length > 0),
      })).filter((g) => g.categories.length > 0);
      return { kind: 'transfer', groups, count: groups.reduce((n, g) => n + g.categories.reduce((m, c) => m + c.items.length, 0), 0) };
    }
    case 'reaction': {
      const groups = view.groups.map((g) => { const items = g.items.filter(keep); return { ...g, items, sourceCount: sourceCount(items) }; }).filter((g) => g.items.length > 0);
      return { kind: 'reaction', groups, count: groups.reduce((n, g) => n + g.items.length, 0) };
    }
  }
}
