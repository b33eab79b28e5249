/**
 * A topic's feed: its new claims (estimates, transfers, reactions), the disagreements a new
 * estimate opens with an earlier one, and the corrections to its claims, newest first. A
 * claim and a disagreement are dated by the publication of the article that brought them,
 * a correction by its day; the feed keeps the newest few, since every claim stays on the
 * topic page and its archive.
 */
import { DIRECTION_LABELS, MEASURE_LABELS, REACTION_KIND_LABELS, TRANSFER_CATEGORY_LABELS, type Figure, type Reaction, type Transfer } from '../claims';
import { conflictReason, describeScope, estimatorOf, formatAsOf, type EstimateRow, type Sourced, type TopicView } from '../compare';
import { correctionsByClaim, correctionUrl, formatFigureValue, formatPublished, sourceUrl, type SourceEntry } from '../site';
import type { FeedItem } from './feed';

/** How many items a topic's feed carries: feed readers keep what they have seen. */
export const TOPIC_FEED_LIMIT = 50;

/** The address of a topic's feed. */
export const topicFeedUrl = (topicId: string) => `/topics/${topicId}/feed.xml`;

const day = (date: string) => new Date(`${date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date}T00:00:00Z`);
const claimLink = (item: Sourced<unknown> & { claim: { id: string } }) => `${sourceUrl(item.source.id)}#${item.claim.id}`;
const quoted = (quote: string) => `“${quote}”`;

/** The line a new figure reads as: measure, value, who estimated it and when it applies. */
function figureTitle(item: Sourced<Figure>, row: EstimateRow | undefined): string {
  const when = row ? `, ${formatAsOf(row.asOf)}` : '';
  return `${MEASURE_LABELS[item.claim.measure]}: ${formatFigureValue(item.claim)} (${estimatorOf(item)}${when})`;
}

/** Every claim of the view with the line it reads as and its row when it is an estimate. */
function claimsOf(view: TopicView): { item: Sourced<Figure | Transfer | Reaction>; title: string; category: string }[] {
  switch (view.kind) {
    case 'figure':
      return view.groups.flatMap((g) => [
        ...g.rows.map((row) => ({ item: row.item, title: figureTitle(row.item, row), category: MEASURE_LABELS[g.measure] })),
        ...g.unnumbered.map((item) => ({ item, title: figureTitle(item, undefined), category: MEASURE_LABELS[g.measure] })),
      ]);
    case 'transfer':
      return view.groups.flatMap((g) => g.categories.flatMap((c) => c.items.map((item) => ({
        item, title: `${DIRECTION_LABELS[g.direction]}, ${TRANSFER_CATEGORY_LABELS[c.category].toLowerCase()}: ${item.claim.item}${item.claim.quantity ? ` (${item.claim.quantity})` : ''}`, category: TRANSFER_CATEGORY_LABELS[c.category],
      }))));
    case 'reaction':
      return view.groups.flatMap((g) => g.items.map((item) => ({
        item, title: `${g.actor}, ${REACTION_KIND_LABELS[item.claim.kind].toLowerCase()}: ${item.claim.stance}`, category: REACTION_KIND_LABELS[item.claim.kind],
      })));
  }
}

/** The pairs of estimates that cannot both be right, each once, the later-published estimate first. */
function disagreements(view: TopicView): { newer: EstimateRow; older: EstimateRow; reason: 'same-period' | 'later-lower' }[] {
  if (view.kind !== 'figure') return [];
  const seen = new Set<string>();
  const out: { newer: EstimateRow; older: EstimateRow; reason: 'same-period' | 'later-lower' }[] = [];
  const key = (r: EstimateRow) => `${r.item.source.id}#${r.item.claim.id}`;
  // Which of two came to the dossier's sources first: the article published earlier (then by id).
  const newer = (a: EstimateRow, b: EstimateRow) => (a.item.source.data.published.localeCompare(b.item.source.data.published) || key(a).localeCompare(key(b))) > 0;
  for (const g of view.groups) {
    for (const row of g.rows) {
      const others = [
        ...row.conflicts.samePeriod.nearest.map((o) => [o, 'same-period'] as const),
        ...row.conflicts.belowEarlier.nearest.map((o) => [o, 'later-lower'] as const),
        ...row.conflicts.aboveLater.nearest.map((o) => [o, 'later-lower'] as const),
      ];
      for (const [other, reason] of others) {
        const pair = [key(row), key(other)].sort().join(' ');
        if (seen.has(pair)) continue;
        seen.add(pair);
        out.push(newer(row, other) ? { newer: row, older: other, reason } : { newer: other, older: row, reason });
      }
    }
  }
  return out;
}

/**
 * A topic's feed items, newest first, at most `limit`. `rowHref` gives the address of a
 * claim's row on the topic's pages (the summary, or its period's archive page).
 *
 * @example
 * topicFeedItems(view, outletName, (item) => `/topics/casualties/#${topicRowId(item)}`)[0].title
 * // 'Killed: about 2,000 (estimator not stated, as of November 2025)'
 */
export function topicFeedItems(
  view: TopicView,
  outletName: (source: SourceEntry) => string,
  rowHref: (item: Sourced<Figure | Transfer | Reaction>) => string,
  limit = TOPIC_FEED_LIMIT,
): FeedItem[] {
  const claims = claimsOf(view);
  const items: FeedItem[] = claims.map(({ item, title, category }) => {
    const scope = 'measure' in item.claim ? describeScope(item.claim as Figure) : null;
    return {
      title,
      link: claimLink(item),
      pubDate: day(item.source.data.published),
      description: `${quoted(item.claim.quote)}${item.claim.translation ? ` (dossier’s translation: ${quoted(item.claim.translation)})` : ''}${scope ? ` Counts: ${scope}.` : ''} ${outletName(item.source)}, ${formatPublished(item.source.data)}.`,
      categories: [category],
    };
  });
  for (const { newer, older, reason } of disagreements(view)) {
    items.push({
      title: `Disagreement: ${formatFigureValue(newer.item.claim)} against ${formatFigureValue(older.item.claim)} (${MEASURE_LABELS[newer.item.claim.measure].toLowerCase()})`,
      link: rowHref(newer.item),
      pubDate: day(newer.item.source.data.published),
      description: `${outletName(newer.item.source)} (${formatPublished(newer.item.source.data)}): ${quoted(newer.item.claim.quote)} ${outletName(older.item.source)} (${formatPublished(older.item.source.data)}): ${quoted(older.item.claim.quote)} They cannot both be right: ${conflictReason({ reason })}.`,
      categories: ['Disagreement'],
    });
  }
  // Corrections that changed or removed one of the topic's claims, once per correction.
  const sources = new Map(claims.map(({ item }) => [item.source.id, item.source]));
  const claimIds = new Set(claims.map(({ item }) => `${item.source.id}#${item.claim.id}`));
  for (const source of sources.values()) {
    const touched = new Set([...correctionsByClaim(source.data)].filter(([id]) => claimIds.has(`${source.id}#${id}`)).flatMap(([, views]) => views));
    for (const { anchor, correction } of touched) {
      items.push({
        title: `Correction: ${source.data.title}`,
        link: correctionUrl(source.id, anchor),
        pubDate: day(correction.date),
        description: `${outletName(source)}, ${formatPublished(source.data)}. ${correction.text} Why: ${correction.reason}`,
        categories: ['Correction'],
      });
    }
  }
  // Newest first; on one day, corrections, then disagreements, then claims, each in page order.
  const rank = (i: FeedItem) => (i.categories[0] === 'Correction' ? 0 : i.categories[0] === 'Disagreement' ? 1 : 2);
  return items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => b.item.pubDate.getTime() - a.item.pubDate.getTime() || rank(a.item) - rank(b.item) || a.order - b.order)
    .slice(0, limit)
    .map(({ item }) => item);
}
