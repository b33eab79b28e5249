/**
 * The dossier's controlled vocabularies, with their reader-facing labels.
 *
 * Pure constants: the collection schemas in `src/content.config.ts` take their enums
 * from here, so the contract and the model can never disagree about a value.
 */

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_LABELS: Record<Language, string> = { en: 'English', fr: 'French' };

export const DATE_PRECISIONS = ['day', 'month'] as const;
export type PublishedPrecision = (typeof DATE_PRECISIONS)[number];

export const EVENT_PRECISIONS = ['day', 'month', 'season', 'year'] as const;
export type EventPrecision = (typeof EVENT_PRECISIONS)[number];

export const DATE_QUALIFIERS = ['early', 'mid', 'late', 'about'] as const;
export type DateQualifier = (typeof DATE_QUALIFIERS)[number];

export const TOPICS = ['troops', 'casualties'] as const;
export type FigureTopic = (typeof TOPICS)[number];

/**
 * What a figure counts. Never merged: "killed" and "killed-or-wounded" are different things,
 * and so are `casualties` (killed, wounded, missing or captured counted together, as militaries
 * define the word) and `losses` (a total the article does not define).
 */
export const MEASURES = ['deployed', 'planned', 'killed', 'wounded', 'killed-or-wounded', 'casualties', 'captured', 'losses'] as const;
export type Measure = (typeof MEASURES)[number];
export const MEASURE_LABELS: Record<Measure, string> = {
  deployed: 'Troops deployed',
  planned: 'Troops planned or announced',
  killed: 'Killed',
  wounded: 'Wounded',
  'killed-or-wounded': 'Killed or wounded',
  casualties: 'Casualties (killed, wounded, missing or captured)',
  captured: 'Captured',
  losses: 'Losses (unspecified)',
};
/** What each measure counts, in a sentence a chart's subtitle gives. */
export const MEASURE_DEFINITIONS: Record<Measure, string> = {
  deployed: 'North Korean troops the articles say were sent to Russia or its front: counted either as all sent in total since a start, or as those present at a date.',
  planned: 'North Korean troops a plan, decision or pledge says will be sent: not yet deployed.',
  killed: 'North Korean soldiers killed: the dead only.',
  wounded: 'North Korean soldiers wounded: the wounded only.',
  'killed-or-wounded': 'North Korean soldiers killed and wounded, counted together.',
  casualties: 'North Korean soldiers killed, wounded, missing or captured, counted together.',
  captured: 'North Korean soldiers taken prisoner.',
  losses: 'A total of North Korean losses that the article does not define (“losses”, “pertes”).',
};
/** Which topic each measure belongs to. */
export const MEASURE_TOPIC: Record<Measure, FigureTopic> = {
  deployed: 'troops', planned: 'troops', killed: 'casualties', wounded: 'casualties',
  'killed-or-wounded': 'casualties', casualties: 'casualties', captured: 'casualties', losses: 'casualties',
};

/**
 * Counts that only grow in reality: a later, higher estimate of them is an increase, and a
 * later, lower one a revision or a conflict. Troops deployed are cumulative only when the
 * figure counts those sent in total since a start (`count: cumulative`).
 */
export const CUMULATIVE_MEASURES: readonly Measure[] = ['killed', 'wounded', 'killed-or-wounded', 'casualties', 'captured', 'losses'];

/**
 * How a reader tells each measure apart, with the words that signal it in English and French:
 * the specification `/method/` shows, and the one the ingest reader follows.
 */
export const MEASURE_SIGNALS: Record<Measure, { rule: string; en: readonly string[]; fr: readonly string[] }> = {
  deployed: { rule: 'People the clause says were sent or are present: its predicate is past or present, not a plan.', en: ['sent', 'deployed', 'dispatched', 'arrived', 'are fighting', 'stationed'], fr: ['envoyés', 'déployés', 'arrivés', 'présents', 'combattent', 'stationnés'] },
  planned: { rule: 'People the clause says will be, or are to be, sent: a decision, plan, pledge or future tense.', en: ['plans to send', 'will send', 'pledged', 'expected to arrive', 'could send'], fr: ['va envoyer', 'prévoit', 'enverra', 'arrivée prochaine', 'promis'] },
  killed: { rule: 'Dead only.', en: ['killed', 'dead', 'died', 'deaths', 'fatalities'], fr: ['tués', 'morts', 'décès', 'tombés'] },
  wounded: { rule: 'Wounded only.', en: ['wounded', 'injured'], fr: ['blessés'] },
  'killed-or-wounded': { rule: 'Exactly two kinds counted together: dead and wounded.', en: ['killed or wounded', 'killed and wounded', 'dead or injured'], fr: ['tués ou blessés', 'morts ou blessés', 'tués et blessés'] },
  casualties: { rule: 'The military sense: killed, wounded, missing or captured counted together, or the article defines its total that way.', en: ['casualties', 'killed, wounded, missing or captured', 'killed, wounded or missing'], fr: ['tués, blessés, disparus ou capturés', 'pertes (tués, blessés et disparus)'] },
  captured: { rule: 'Taken prisoner.', en: ['captured', 'taken prisoner', 'prisoners of war'], fr: ['capturés', 'faits prisonniers', 'prisonniers de guerre'] },
  losses: { rule: 'A total the article does not define: "losses", "toll", "pertes" without saying what they count.', en: ['losses', 'lost', 'toll'], fr: ['pertes', 'bilan'] },
};

/** What a troop figure counts over time: all sent since a start, or those present at a date. */
export const FIGURE_COUNTS = ['cumulative', 'present'] as const;
export type FigureCount = (typeof FIGURE_COUNTS)[number];
export const FIGURE_COUNT_LABELS: Record<FigureCount, string> = {
  cumulative: 'in total since the start',
  present: 'present at that date',
};

export const QUALIFIERS = ['exact', 'about', 'nearly', 'up to', 'at least', 'more than'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const DIRECTIONS = ['to-russia', 'to-north-korea'] as const;
export type Direction = (typeof DIRECTIONS)[number];
/** The two parties of a transfer in each direction, as entity ids. */
export const DIRECTION_PARTIES: Record<Direction, { from: string; to: string }> = {
  'to-russia': { from: 'north-korea', to: 'russia' },
  'to-north-korea': { from: 'russia', to: 'north-korea' },
};
export const DIRECTION_LABELS: Record<Direction, string> = {
  'to-russia': 'North Korea to Russia',
  'to-north-korea': 'Russia to North Korea',
};

export const TRANSFER_CATEGORIES = [
  'troops', 'munitions', 'artillery', 'missiles', 'air-defence', 'satellite', 'military-technology', 'components',
] as const;
export type TransferCategory = (typeof TRANSFER_CATEGORIES)[number];
export const TRANSFER_CATEGORY_LABELS: Record<TransferCategory, string> = {
  troops: 'Troops', munitions: 'Munitions', artillery: 'Artillery', missiles: 'Missiles',
  'air-defence': 'Air defence', satellite: 'Satellite technology',
  'military-technology': 'Military technology', components: 'Components',
};

export const ACTOR_KINDS = ['state', 'organisation', 'person', 'group'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export const ACTOR_KIND_HEADINGS: Record<ActorKind, string> = {
  state: 'States', organisation: 'Organisations', person: 'People', group: 'Groups and unnamed voices',
};

export const REACTION_KINDS = [
  'condemnation', 'concern', 'accusation', 'sanctions', 'deployment', 'call-for-restraint',
  'call-for-action', 'support', 'statement', 'assessment', 'commemoration', 'military-aid',
] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];
export const REACTION_KIND_LABELS: Record<ReactionKind, string> = {
  condemnation: 'Condemnation', concern: 'Concern', accusation: 'Accusation', sanctions: 'Sanctions',
  deployment: 'Deployment', 'call-for-restraint': 'Call for restraint', 'call-for-action': 'Call for action',
  support: 'Support', statement: 'Statement', assessment: 'Assessment', commemoration: 'Commemoration',
  'military-aid': 'Military aid',
};

export const NOTE_KINDS = ['dating', 'title', 'error', 'outlet', 'attribution', 'quote', 'context'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
/** What part of a claim an editor's note is about, when it is about one claim. */
export const NOTE_FIELDS = ['date', 'place', 'number', 'attribution', 'quote', 'measure'] as const;
export type NoteField = (typeof NOTE_FIELDS)[number];

export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  dating: 'How this article was dated', title: 'Title', error: 'Factual error in the article',
  outlet: 'Outlet', attribution: 'Attribution', quote: 'Quotation', context: 'Context',
};

/** What an entity is: the people, states, bodies, places and things the articles name. */
export const ENTITY_KINDS = ['state', 'person', 'agency', 'organisation', 'media', 'military-unit', 'place', 'operation', 'weapon', 'agreement'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export const ENTITY_KIND_LABELS: Record<EntityKind, string> = {
  state: 'State', person: 'Person', agency: 'Government agency', organisation: 'Organisation', media: 'News organisation',
  'military-unit': 'Military unit', place: 'Place', operation: 'Operation', weapon: 'Weapon', agreement: 'Agreement',
};
export const ENTITY_KIND_HEADINGS: Record<EntityKind, string> = {
  state: 'States', person: 'People', agency: 'Government agencies', organisation: 'Organisations', media: 'News organisations',
  'military-unit': 'Military units', place: 'Places', operation: 'Operations', weapon: 'Weapons', agreement: 'Agreements',
};
/** A Wikidata item id, shown as an outbound link only. */
export const WIKIDATA_PATTERN = /^Q[1-9]\d*$/;

/** The only link schemes the dossier publishes: a `url` or `homepage` is http(s), never `javascript:` or `data:`. */
export const HTTP_PROTOCOL = /^https?$/;

/** Ids of claims and sources: lower-case words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A full ISO date, `YYYY-MM-DD`: the day of a correction or of a record's last update. */
export const ISO_DAY_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
/** A partial ISO date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

export const EVENT_PRECISION_LABELS: Record<EventPrecision, string> = {
  day: 'day', month: 'month', season: 'season', year: 'year',
};
