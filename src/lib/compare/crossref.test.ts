import { describe, expect, it } from 'vitest';
import { chartInputsOf, chartPanelsOf, choosePanels, estimatorOf, groupFigures, topicArchive, topicRowId, groupReactions, groupTransfers, topicSections, topicView, viewPart, type MeasureGroup } from './crossref';
import type { GlossaryEntry } from '../claims';
import { figure, reaction, source, transfer } from '../../../tests/helpers/builders';
import { selectClaims } from './topics';
import { MAX_SERIES } from './chart';

const entries = [
  source('a', {
    published: '2025-05',
    figures: [figure('f1', { low: 10000, high: 12000 }), figure('f2', { topic: 'casualties', measure: 'killed', low: 600, high: 600, qualifier: 'nearly' })],
    transfers: [transfer('t1'), transfer('t2', { direction: 'to-north-korea', category: 'air-defence', item: 'Air defence' })],
    reactions: [reaction('r1'), reaction('r2', { actor: 'Kim Jong Un', actorKind: 'person', kind: 'support' })],
  }),
  source('b', {
    published: '2025-11-08',
    figures: [
      figure('f3', { low: 15000, high: 15000, qualifier: 'about' }),
      figure('f4', { topic: 'casualties', measure: 'killed', low: 2000, high: 2000, qualifier: 'about' }),
      figure('f5', { topic: 'casualties', measure: 'wounded', statedAs: 'des milliers' }),
    ],
    transfers: [transfer('t3'), transfer('t4', { category: 'missiles', item: 'Missiles' })],
    reactions: [reaction('r3'), reaction('r4', { actor: 'South Korea', kind: 'concern' })],
  }),
];

const GLOSSARY: GlossaryEntry[] = [
  { id: 'south-korea', label: 'South Korea', kind: 'state', forms: [{ text: 'South Korea' }, { text: 'South Korean' }, { text: 'sud-coréens', lang: 'fr' }] },
  { id: 'united-states', label: 'United States', kind: 'state', forms: [{ text: 'American' }] },
  { id: 'russia', label: 'Russia', kind: 'state', forms: [{ text: 'Russia' }, { text: 'Russie', lang: 'fr' }] },
  { id: 'kursk', label: 'Kursk', kind: 'place', forms: [{ text: 'Kursk' }, { text: 'Koursk', lang: 'fr' }] },
  { id: 'nis', label: 'National Intelligence Service (South Korea)', kind: 'organisation', forms: [{ text: 'National Intelligence Service' }, { text: 'NIS' }, { text: 'services de renseignement sud-coréens', lang: 'fr' }] },
];
const ids = (rows: { item: { claim: { id: string } } }[]) => rows.map((r) => r.item.claim.id);
const conflictsOf = (g: MeasureGroup) => g.rows.map((r) => [r.item.claim.id, r.conflicts.samePeriod.count, r.conflicts.belowEarlier.count, r.conflicts.aboveLater.count]);

describe('groupFigures', () => {
  const groups = groupFigures(selectClaims(entries, { kind: 'figure' }), GLOSSARY);
  it('keeps measures apart and lists figures without a number separately', () => {
    expect(groups.map((g) => g.measure)).toEqual(['deployed', 'killed', 'wounded']);
    expect(groups[2]!.rows).toEqual([]);
    expect(groups[2]!.unnumbered.map((i) => i.claim.id)).toEqual(['f5']);
  });
  it('takes no negated figure for an estimate (“did not lose 5,000”)', () => {
    const denied = source('d', { figures: [figure('fd', { topic: 'casualties', measure: 'killed', low: 5000, high: 5000, negated: true }), figure('fk', { topic: 'casualties', measure: 'killed', low: 600, high: 600 })] });
    const killed = groupFigures([{ source: denied, claim: denied.data.figures[0]! }, { source: denied, claim: denied.data.figures[1]! }]).find((g) => g.measure === 'killed')!;
    expect(killed.rows.map((r) => r.item.claim.id)).toEqual(['fk']);
    expect(killed.unnumbered).toEqual([]);
  });
});

describe('groupFigures in time (the seeds’ cases)', () => {
  // The killed series: nearly 600 (article of 5 June 2025, no estimator), about 2,000 (NIS, 8 November 2025), both Kursk.
  const killed = [
    source('unidentified-2025-06-05', { published: '2025-06-05', figures: [figure('fig-killed-nearly-600', { topic: 'casualties', measure: 'killed', low: 600, high: 600, qualifier: 'nearly', place: 'Kursk region' })] }),
    source('unidentified-2025-11-08', { published: '2025-11-08', figures: [figure('fig-killed-kursk-nis', { topic: 'casualties', measure: 'killed', low: 2000, high: 2000, qualifier: 'about', place: 'Kursk region', attribution: { estimatedBy: "South Korea's National Intelligence Service (NIS)" } })] }),
  ];
  // The troops: totals sent since autumn 2024, and 11,000 present on Ukrainian ground.
  const troops = [
    source('csactu-2025-05', { published: '2025-05', datePrecision: 'month', figures: [figure('fig-deployed-intel-estimate', { low: 10000, high: 12000, count: 'cumulative', since: '2024-10', attribution: { estimatedBy: 'South Korean and American intelligence services' } })] }),
    source('russafrik-2025-07', { published: '2025-07', datePrecision: 'month', figures: [figure('fig-deployed-western-intel', { low: 11000, high: 11000, count: 'present', place: 'Ukraine ("sur le terrain ukrainien")' })] }),
    source('unidentified-2025-04-28', { published: '2025-04-28', figures: [
      figure('fig-deployed-up-to-14000', { low: 14000, high: 14000, qualifier: 'up to', count: 'cumulative', asOf: '2025-04-28' }),
      figure('fig-deployed-official-sources', { low: 10000, high: 14000, count: 'cumulative', since: '2024-09' }),
    ] }),
    source('unidentified-2025-11-08', { published: '2025-11-08', figures: [figure('fig-deployed-since-october-2024', { low: 15000, high: 15000, qualifier: 'about', count: 'cumulative', since: '2024-10' })] }),
  ];

  it('charts troops sent in total and troops present in panels of their own, one series per estimator', () => {
    const [g] = groupFigures(selectClaims(troops, { kind: 'figure' }), GLOSSARY);
    const panels = chartPanelsOf(g!);
    expect(panels.map((p) => [p.title, p.titleInSentence, p.inputs.map((i) => i.id.split('#')[1])])).toEqual([
      ['Sent in total', 'sent in total', ['fig-deployed-official-sources', 'fig-deployed-up-to-14000', 'fig-deployed-intel-estimate', 'fig-deployed-since-october-2024']],
      ['Present at a date, Ukraine ("sur le terrain ukrainien")', 'present at a date, Ukraine ("sur le terrain ukrainien")', ['fig-deployed-western-intel']],
    ]);
    // Three estimates name no estimator: one series of their own, the largest, so first.
    expect(panels[0]!.series).toEqual(['Estimator not stated', 'South Korean and American intelligence services']);
    expect(panels[0]!.inputs.map((i) => i.series)).toEqual([0, 0, 1, 0]);
    // A month-level date keeps its whole month.
    expect(panels[0]!.inputs[2]).toMatchObject({ date: '2025-05', start: '2025-05-01', end: '2025-05-31' });
  });

  it('draws at most a page’s number of panels, the scopes with most estimates in their own order, and names the rest', () => {
    const sectors = ['A', 'B', 'C', 'D'];
    // Sector k has k + 2 estimates: D the most, A the fewest.
    const many = sectors.flatMap((sector, k) => Array.from({ length: k + 2 }, (_, j) => source(`s-${sector}-${j}`, {
      published: `2025-0${j + 1}-01`, figures: [figure(`f-${sector}-${j}`, { low: 100 + j, high: 100 + j, count: 'present', place: `Sector ${sector}` })],
    })));
    const panels = chartPanelsOf(groupFigures(selectClaims(many, { kind: 'figure' }))[0]!);
    expect(panels.map((p) => p.title)).toEqual(['Present at a date, Sector A', 'Present at a date, Sector B', 'Present at a date, Sector C', 'Present at a date, Sector D']);
    const chosen = choosePanels(panels, 2);
    expect(chosen.drawn.map((p) => p.title)).toEqual(['Present at a date, Sector C', 'Present at a date, Sector D']);
    expect(chosen.named).toEqual([{ title: 'present at a date, Sector B', estimates: 3 }, { title: 'present at a date, Sector A', estimates: 2 }]);
    expect(choosePanels(panels, 4)).toEqual({ drawn: panels, named: [] });
  });

  it('titles the one panel of a measure by its place, in its own capitals', () => {
    const [g] = groupFigures(selectClaims(killed, { kind: 'figure' }), GLOSSARY);
    expect(chartPanelsOf(g!).map((p) => [p.title, p.titleInSentence, p.series])).toEqual([['Kursk region', 'Kursk region', ['National Intelligence Service (South Korea)', 'Estimator not stated']]]);
  });

  it('names at most MAX_SERIES series, the rest together', () => {
    const many = Array.from({ length: 9 }, (_, k) => source(`s${k}`, { published: `2025-0${k + 1}-01`, figures: [figure(`f${k}`, { topic: 'casualties', measure: 'killed', low: 100 * (k + 1), high: 100 * (k + 1), attribution: { estimatedBy: `Estimator ${k}` } })] }));
    const [panel] = chartPanelsOf(groupFigures(selectClaims(many, { kind: 'figure' }))[0]!);
    expect(panel!.series).toHaveLength(MAX_SERIES);
    expect(panel!.series.at(-1)).toBe('Other estimators (4)');
    expect(panel!.inputs.filter((i) => i.series === MAX_SERIES - 1)).toHaveLength(4);
  });

  it('reads a rising killed count as an increase, not a disagreement', () => {
    const [g] = groupFigures(selectClaims(killed, { kind: 'figure' }), GLOSSARY);
    expect(conflictsOf(g!)).toEqual([['fig-killed-nearly-600', 0, 0, 0], ['fig-killed-kursk-nis', 0, 0, 0]]);
    expect(g!.conflicts.pairs).toBe(0);
    expect(g!.latest!.item.claim.id).toBe('fig-killed-kursk-nis');
    expect(g!.change).toMatchObject({ direction: 'up' });
    expect(ids([g!.change!.from, g!.change!.to])).toEqual(['fig-killed-nearly-600', 'fig-killed-kursk-nis']);
  });

  it('finds no disagreement among the troop counts of May and November 2025', () => {
    const [g] = groupFigures(selectClaims(troops, { kind: 'figure' }), GLOSSARY);
    expect(g!.conflicts.pairs).toBe(0);
    expect(g!.latest!.item.claim.id).toBe('fig-deployed-since-october-2024');
    expect(ids([g!.change!.from, g!.change!.to])).toEqual(['fig-deployed-official-sources', 'fig-deployed-since-october-2024']);
    expect(g!.change!.direction).toBe('up');
  });

  it('gives an undated estimate its article’s date as its period, and says so', () => {
    const [g] = groupFigures(selectClaims(troops, { kind: 'figure' }), GLOSSARY);
    const csactu = g!.rows.find((r) => r.item.claim.id === 'fig-deployed-intel-estimate')!;
    expect(csactu.asOf).toEqual({ start: '2025-05-01', end: '2025-05-31', date: '2025-05', precision: 'month', fromArticle: true, approximate: false });
    const dated = g!.rows.find((r) => r.item.claim.id === 'fig-deployed-up-to-14000')!;
    expect(dated.asOf).toMatchObject({ date: '2025-04-28', fromArticle: false });
  });

  it('flags a same-day conflict (12,000 against 16,000 from the same briefing)', () => {
    const briefing = [
      source('x-2025-03-01', { published: '2025-03-01', figures: [figure('a', { low: 12000, high: 12000, count: 'present' })] }),
      source('y-2025-03-01', { published: '2025-03-01', figures: [figure('b', { low: 16000, high: 16000, count: 'present' })] }),
    ];
    const [g] = groupFigures(selectClaims(briefing, { kind: 'figure' }), GLOSSARY);
    expect(conflictsOf(g!)).toEqual([['a', 1, 0, 0], ['b', 1, 0, 0]]);
    expect(g!.conflicts).toMatchObject({ pairs: 1, estimates: 2 });
    expect(g!.conflicts.named.map((p) => [p.a.item.claim.id, p.b.item.claim.id, p.reason])).toEqual([['a', 'b', 'same-period']]);
  });

  it('flags a later cumulative estimate wholly below an earlier one, saying which came first', () => {
    const revision = [
      source('x-2025-03-01', { published: '2025-03-01', figures: [figure('earlier', { topic: 'casualties', measure: 'killed', low: 3000, high: 3000 })] }),
      source('y-2025-06-01', { published: '2025-06-01', figures: [figure('later', { topic: 'casualties', measure: 'killed', low: 1000, high: 1000 })] }),
    ];
    const [g] = groupFigures(selectClaims(revision, { kind: 'figure' }), GLOSSARY);
    expect(conflictsOf(g!)).toEqual([['earlier', 0, 0, 1], ['later', 0, 1, 0]]);
    expect(g!.conflicts.named.map((p) => [p.a.item.claim.id, p.b.item.claim.id, p.reason])).toEqual([['earlier', 'later', 'later-lower']]);
    expect(g!.change!.direction).toBe('down');
  });

  it('never compares Kursk-only figures with all of Russia', () => {
    const scopes = [
      source('x-2025-03-01', { published: '2025-03-01', figures: [figure('kursk', { topic: 'casualties', measure: 'killed', low: 500, high: 500, place: 'Kursk region' })] }),
      source('y-2025-03-01', { published: '2025-03-01', figures: [figure('russia', { topic: 'casualties', measure: 'killed', low: 3000, high: 3000, place: 'Russia' })] }),
      source('z-2025-06-01', { published: '2025-06-01', figures: [figure('koursk', { topic: 'casualties', measure: 'killed', low: 400, high: 400, place: 'région de Koursk' })] }),
    ];
    const [g] = groupFigures(selectClaims(scopes, { kind: 'figure' }), GLOSSARY);
    // Same day, ranges apart, but different places: no conflict; Kursk in French is still Kursk: a later, lower count is flagged.
    expect(conflictsOf(g!)).toEqual([['kursk', 0, 0, 1], ['russia', 0, 0, 0], ['koursk', 0, 1, 0]]);
  });

  it('keeps a total sent apart from those present at a date', () => {
    const kinds = [
      source('x-2025-03-01', { published: '2025-03-01', figures: [figure('total', { low: 12000, high: 12000, count: 'cumulative' }), figure('present', { low: 8000, high: 8000, count: 'present' })] }),
    ];
    expect(conflictsOf(groupFigures(selectClaims(kinds, { kind: 'figure' }), GLOSSARY)[0]!)).toEqual([['present', 0, 0, 0], ['total', 0, 0, 0]]);
  });

  it('joins one estimator’s estimates into a series, whichever form of its name the articles use', () => {
    const nis = [
      source('a-2025-01-10', { published: '2025-01-10', figures: [figure('n1', { topic: 'casualties', measure: 'killed', low: 300, high: 300, place: 'Kursk', attribution: { estimatedBy: 'NIS' } })] }),
      source('b-2025-04-30', { published: '2025-04-30', figures: [figure('n2', { topic: 'casualties', measure: 'killed', low: 600, high: 600, place: 'Kursk', attribution: { estimatedBy: 'services de renseignement sud-coréens (NIS)' } })] }),
      source('c-2025-11-08', { published: '2025-11-08', figures: [figure('n3', { topic: 'casualties', measure: 'killed', low: 2000, high: 2000, place: 'Koursk', attribution: { estimatedBy: "South Korea's National Intelligence Service (NIS)" } })] }),
      source('d-2025-06-05', { published: '2025-06-05', figures: [figure('u', { topic: 'casualties', measure: 'killed', low: 600, high: 600, place: 'Kursk' })] }),
    ];
    const [g] = groupFigures(selectClaims(nis, { kind: 'figure' }), GLOSSARY);
    expect(g!.series.map((s) => [s.estimator.key, ids(s.rows)])).toEqual([['entity:nis', ['n1', 'n2', 'n3']]]);
    expect(g!.rows.find((r) => r.item.claim.id === 'u')!.estimator).toBeNull();
    expect(chartInputsOf(g!).map((i) => [i.id, i.series])).toEqual([['a-2025-01-10#n1', 0], ['b-2025-04-30#n2', 0], ['d-2025-06-05#u', undefined], ['c-2025-11-08#n3', 0]]);
  });
});

describe('topicRowId', () => {
  it('joins source and claim ids with two hyphens, which neither id contains', () => {
    const [item] = selectClaims(entries, { kind: 'figure' });
    expect(topicRowId(item!)).toBe('a--f1');
  });
});

describe('estimatorOf', () => {
  it('names who estimated a figure, or says it is not stated', () => {
    const [a, b] = selectClaims([source('e', { figures: [figure('x', { attribution: { estimatedBy: 'the NIS' } }), figure('y')] })], { kind: 'figure' });
    expect([estimatorOf(a!), estimatorOf(b!)]).toEqual(['the NIS', 'estimator not stated']);
  });
});

describe('groupFigures at scale', () => {
  it('counts every conflicting estimate but names only the nearest few, and only the first pairs', () => {
    const many = [source('m', { figures: Array.from({ length: 50 }, (_, i) => figure(`k${i}`, { low: (i + 1) * 1000, high: (i + 1) * 1000, count: 'present' })) })];
    const [deployed] = groupFigures(selectClaims(many, { kind: 'figure' }), GLOSSARY, 2);
    const row = deployed!.rows.find((r) => r.item.claim.id === 'k9')!; // 10,000
    expect(row.conflicts.samePeriod.count).toBe(49);
    expect(row.conflicts.samePeriod.nearest.map((x) => x.item.claim.low)).toEqual([9000, 8000]);
    expect(deployed!.conflicts.pairs).toBe(50 * 49 / 2);
    expect(deployed!.conflicts.named.length).toBe(6);
  });
});

describe('groupFigures summaries', () => {
  const [deployed, killed, wounded] = groupFigures(selectClaims(entries, { kind: 'figure' }), GLOSSARY);
  it('finds the lowest, highest and latest estimate and counts sources', () => {
    expect(deployed!.lowest!.item.claim.id).toBe('f1');
    expect(deployed!.highest!.item.claim.id).toBe('f3');
    expect(deployed!.latest!.item.claim.id).toBe('f3');
    expect(deployed!.sourceCount).toBe(2);
    expect(killed!.lowest!.item.claim.id).toBe('f2');
  });
  it('breaks ties on the lowest estimate by the narrower range', () => {
    const [g] = groupFigures(selectClaims([source('x', { figures: [figure('wide', { low: 10000, high: 14000 }), figure('narrow', { low: 10000, high: 12000 })] })], { kind: 'figure' }));
    expect(g!.lowest!.item.claim.id).toBe('narrow');
    expect(g!.highest!.item.claim.id).toBe('wide');
  });
  it('never gives a range to figures without a number', () => {
    expect(wounded!.lowest).toBeUndefined();
    expect(wounded!.sourceCount).toBe(1);
  });
});

describe('groupTransfers', () => {
  it('groups by direction then category, counting sources', () => {
    const groups = groupTransfers(selectClaims(entries, { kind: 'transfer' }));
    expect(groups.map((g) => [g.direction, g.categories.map((c) => `${c.category}:${c.items.length}/${c.sourceCount}`)])).toEqual([
      ['to-russia', ['troops:2/2', 'missiles:1/1']],
      ['to-north-korea', ['air-defence:1/1']],
    ]);
  });
});

describe('groupReactions', () => {
  it('groups by actor, states first, most-reported first', () => {
    const groups = groupReactions(selectClaims(entries, { kind: 'reaction' }));
    expect(groups.map((g) => `${g.actor}:${g.items.length}/${g.sourceCount}`)).toEqual(['United States:2/2', 'South Korea:1/1', 'Kim Jong Un:1/1']);
  });
});

describe('chartInputsOf', () => {
  it('plots only figures with a number, at the date they apply', () => {
    const [deployed, , wounded] = groupFigures(selectClaims(entries, { kind: 'figure' }));
    expect(chartInputsOf(deployed!)).toEqual([
      { id: 'a#f1', date: '2025-05', low: 10000, high: 12000, qualifier: 'exact', label: '10,000–12,000' },
      { id: 'b#f3', date: '2025-11-08', low: 15000, high: 15000, qualifier: 'about', label: 'about 15,000' },
    ]);
    expect(chartInputsOf(wounded!)).toEqual([]);
  });
});

describe('topicView', () => {
  it('groups a topic by the kind of claims it gathers, narrowing by its selector', () => {
    const troops = topicView(entries, { kind: 'figure', figureTopics: ['troops'] });
    expect(troops.kind).toBe('figure');
    expect(troops.count).toBe(2);
    const transfers = topicView(entries, { kind: 'transfer', directions: ['to-north-korea'] });
    expect(transfers.count).toBe(1);
    expect(topicView(entries, { kind: 'reaction' }).count).toBe(4);
  });
});

describe('topicSections', () => {
  it('lists the sections of a topic page with their anchors', () => {
    expect(topicSections(topicView(entries, { kind: 'figure' })).map((s) => s.id)).toEqual(['measure-deployed', 'measure-killed', 'measure-wounded']);
    expect(topicSections(topicView(entries, { kind: 'transfer' }))).toEqual([{ id: 'direction-to-russia', label: 'North Korea to Russia' }, { id: 'direction-to-north-korea', label: 'Russia to North Korea' }]);
    expect(topicSections(topicView(entries, { kind: 'reaction' })).map((s) => s.label)).toEqual(['States', 'People']);
  });
});

describe('topicArchive and viewPart', () => {
  it('archives a figure by its as-of period (its article\'s date when the text gives none), a transfer by its article\'s date', () => {
    const dated = [source('c', { published: '2025-06-02', figures: [figure('g1', { low: 1, high: 1, asOf: '2024' }), figure('g2', { low: 2, high: 2, asOf: '2025-03-04' })] }), ...entries];
    const view = topicView(dated, { kind: 'figure', figureTopics: ['troops'] });
    const plan = topicArchive(view);
    expect(plan.pages.map((p) => [p.key, p.items.map(topicRowId)])).toEqual([
      ['2024', ['c--g1']], ['2025-03', ['c--g2']], ['2025-05', ['a--f1']], ['2025-11', ['b--f3']],
    ]);
    const transfers = topicArchive(topicView(entries, { kind: 'transfer' }));
    expect(transfers.counts).toEqual([{ period: '2025-05', count: 2 }, { period: '2025-11', count: 2 }]);
  });
  it('keeps the conflicts found among all estimates when a page lists only its period\'s', () => {
    const view = topicView(entries, { kind: 'figure', figureTopics: ['troops'] });
    const plan = topicArchive(view);
    const part = viewPart(view, (item) => plan.pageOf(item) === '2025-11');
    expect(part.kind === 'figure' && part.groups.map((g) => [g.measure, g.rows.map((r) => topicRowId(r.item)), g.sourceCount])).toEqual([['deployed', ['b--f3'], 1]]);
    const full = view.kind === 'figure' ? view.groups[0]!.rows.find((r) => r.item.claim.id === 'f3')!.conflicts : undefined;
    expect(part.kind === 'figure' && part.groups[0]!.rows[0]!.conflicts).toBe(full);
    expect(part.count).toBe(1);
    const reactions = topicView(entries, { kind: 'reaction' });
    const rPlan = topicArchive(reactions);
    const rPart = viewPart(reactions, (item) => rPlan.pageOf(item) === '2025-05');
    expect(rPart.count).toBe(2);
    expect(rPart.kind === 'reaction' && rPart.groups.every((g) => g.items.every((i) => i.source.id === 'a'))).toBe(true);
  });
});
