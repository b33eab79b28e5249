/**
 * The troop and casualty figures of an article: every count the number reader finds
 * (`readNumbers`, ranges included) that counts soldiers or casualties, with its measure,
 * qualifier, hedging, estimator and relayer, as-of date and a quote that holds its numbers
 * and no other, on word boundaries: what the provenance rule will check.
 */
import {
  quoteBoundaryProblem, readNumbers, sentenceSpans, spansWithin,
  type FigureCount, type FoundNumber, type Language, type Measure, type NumberReading, type Qualifier, type Range,
} from '../claims';
import { asOfFor, isSpeechDate, StatementDates } from './asof';
import { wireDateline } from './datelines';
import { attributeFigure, isAgencyName, isRelayerName, speakersIn, type AttributionContext } from './attribution';
import { timeExpressions, type Reference, type TimeExpression } from './calendar';
import { clauseAround, joinBetween } from './clauses';
import { clausePredicate, countsTroops, definedMeasure, deployedCount, headOf, isPlanned, measureBefore, predicateAfterAside, predicateMeasure, refersBack, thereFirst, verbBefore } from './measures';
/** Whether the words before a count already plan it ("plans to send … who are already"): the predicate after it does not undo that. */
const PLAN_BEFORE = (clauseBefore: string) => isPlanned(clauseBefore, '');
import { qualifierOf, rangeQualifier } from '../claims';

export interface ExtractedFigure {
  measure: Measure;
  topic: 'troops' | 'casualties';
  low: number;
  high: number;
  qualifier: Qualifier;
  reportedly: boolean;
  /** For troops deployed: all sent since a start, or present at a date (a guess the editor confirms). */
  count?: FigureCount | undefined;
  asOf?: string | undefined;
  estimatedBy?: string | undefined;
  relayedBy?: string | undefined;
  quote: string;
  /** What the reader wants the editor to know: the total a part belongs to, or that it is unsure of the measure. */
  note?: string | undefined;
  /** Which block of the article, and where in it. */
  block: number;
}

/** A count in a block: one number, or the two ends of a range. */
interface Candidate extends Range {
  low: number;
  high: number;
  range: boolean;
}

const HEDGE = /(?<![\p{L}])(?:auraient|aurait|seraient|serait|s['’]élèveraient|s['’]élèverait|atteindraient|atteindrait|reportedly|allegedly|(?:is|are)\s+(?:said|believed|thought)\s+to|would\s+have|could\s+have)(?![\p{L}])/iu;
const PART_OF = /(?:^|[\s,])(?:including|dont|of\s+whom|of\s+which|among\s+them|parmi\s+(?:eux|lesquels|lesquelles))\s+(?:\p{L}+\s+){0,2}$/iu;
const UPDATE_PREFIX = /^(?:UPDATE|Update|MISE À JOUR|Mise à jour)\s*(?:,|\(|le)?\s*([^:)]{3,30}?)\s*[):]/u;

function candidatesOf(reading: NumberReading): Candidate[] {
  const inRange = new Set<FoundNumber>();
  const out: Candidate[] = [];
  const byStart = new Map(reading.numbers.map((n) => [n.start, n]));
  for (const r of reading.ranges) {
    inRange.add(byStart.get(r.low.start)!);
    inRange.add(byStart.get(r.high.start)!);
    out.push({ start: r.start, end: r.end, low: r.low.value, high: r.high.value, range: true });
  }
  for (const n of reading.numbers) if (!inRange.has(n)) out.push({ start: n.start, end: n.end, low: n.value, high: n.value, range: false });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The keys a speaker is known by: its acronyms, the head word of its name, its initials
 * ("Joint Chiefs of Staff" → JCS), so that "the JCS said" carries the date of its last statement.
 *
 * @example
 * speakerKeys("South Korea's Joint Chiefs of Staff") // ['JCS', 'staff']
 */
export function speakerKeys(name: string): string[] {
  const keys = new Set<string>();
  for (const a of name.match(/\b[A-Z]{2,5}\b/g) ?? []) keys.add(a);
  const caps = name.replace(/\([^)]*\)/g, ' ').match(/\b\p{Lu}[\p{L}'’-]*/gu) ?? [];
  const initials = caps.filter((w) => !/['’]s$/.test(w)).map((w) => w[0]).join('');
  if (initials.length >= 2) keys.add(initials.slice(-3));
  const head = name.replace(/\([^)]*\)/g, ' ').trim().split(/\s+/).pop()?.toLowerCase().replace(/[^\p{L}-]/gu, '');
  if (head && head.length > 2) keys.add(head);
  return [...keys];
}

const PERSON = /(?:(Lawmaker|lawmaker|Rep\.|MP|[Ll]e\s+législateur|législateur|[Ll]e\s+député(?:e)?(?:\s+sud-coréen(?:ne)?)?|[Ll]a\s+députée|député(?:e)?(?:\s+sud-coréen(?:ne)?)?|senator|Senator|sénateur)\s+)?((?:\p{Lu}[\p{Ll}'’]+(?:-\p{Ll}+)?)(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Ll}+)?){1,2})/gu;
const NOT_PERSON = /(?<![\p{L}])(?:North|South|Korea|Corée|Russia|Russie|Ukraine|Kursk|Koursk|Service|Staff|Council|Conseil|Ministry|Defence|Defense|Intelligence|Department|Pyongyang|Seoul|Séoul|Moscow|Moscou|Kyiv|Kiev|Washington|Far|East|Square|Army|Press|News|Wire|Agence|Assembly|Sud|Nord|Nations|United|States|Centre|Center|Directorate|Chiefs|Forces|Union|House|Kremlin|Pentagon|Joint)(?![\p{L}])/u;

/** People the article names in full, with the title it gives them (lawmakers relay briefings). */
function peopleIn(text: string): AttributionContext['people'] {
  const out: AttributionContext['people'] = [];
  for (const m of text.matchAll(PERSON)) {
    const name = m[2]!;
    if (NOT_PERSON.test(name) || out.some((p) => p.name === name)) continue;
    const title = m[1];
    out.push({ name, titled: title ? `${title.replace(/^L/, 'l')} ${name}` : name, relayer: !!title && isRelayerName(title) });
  }
  return out;
}

/** A sentence that says who stated the sentence before it: "This was announced by…", "This decision was made by…, UNN reports, citing…", "C'est ce qu'a déclaré…". */
/** A sentence that says an agency told lawmakers (a briefing): what lawmakers say next is the agency's figure. */
const BRIEFED_LAWMAKERS = /told\s+lawmakers|aux\s+députés|(?:parliamentary|closed-door|private|closed)\s+(?:\p{L}+\s+)?(?:briefing|session|meeting)|devant\s+(?:les\s+)?(?:députés|parlementaires)/iu;
/** "…, News.Az reports, citing Yonhap": the outlet passes on a news agency's copy; that agency relays every figure of the article. */
const OUTLET_CITING = /(?:^|,\s*)(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)\s+reports?,?\s+citing\s+(?:(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)(?=[\s.,;]|$))?/mu;
const REFERS_BACK_SPEECH = /^\s*(?:(?:This|That|It)\s+(?:was|has\s+been)\s+(?:announced|said|stated|reported|disclosed|revealed)\s+by|(?:This|That|These|Ce|Cet|Cette|Ces|Cela)\s+(?:[\p{L}-]+\s+){0,2}?(?:was|were|has\s+been|have\s+been|a\s+été|ont\s+été)\s+(?:[\p{L}-]+\s+)?(?:by|par)|C['’]est\s+ce\s+qu['’]a(?:vait)?\s+(?:déclaré|affirmé|annoncé|indiqué))(?![\p{L}])/iu;
/** A sentence whose subject is the figure before it ("This number includes…", "Ce chiffre comprend…"): it speaks with that figure's source. */
const SAME_SOURCE = /^\s*(?:(?:This|That|The)\s+(?:number|figure|total|estimate|count|toll)|(?:Ce|Cet|Cette)\s+(?:chiffre|nombre|total|bilan|estimation))(?![\p{L}])/iu;
/** A quotation's speech tag standing as a sentence of its own after it: `Shoigu said.`, `a déclaré le député Lee.`. */
const OPENS_QUOTE = /^\s*["“«]/u;
const CLOSES_QUOTE = /["”»]\s*$/u;

/**
 * Whether a quotation is still open after a sentence: straight quotes toggle, curly and
 * French ones open and close.
 *
 * @example
 * quoteLeftOpen('"We sent 300 men.', false) // true
 * quoteLeftOpen('"We sent 300 men," he said.', false) // false
 */
export function quoteLeftOpen(sentence: string, open: boolean): boolean {
  const count = (c: string) => sentence.split(c).length - 1;
  let depth = open ? 1 : 0;
  if (count('"') % 2 === 1) depth = depth ? 0 : 1;
  depth += count('“') - count('”') + count('«') - count('»');
  return depth > 0;
}

/**
 * Titles the article gives a person in an apposition ("le secrétaire du Conseil de sécurité
 * russe, Sergueï Choïgou"), so that the title alone later names that person.
 *
 * @example
 * titlesIn('Le secrétaire du Conseil de sécurité russe, Sergueï Choïgou, a annoncé…').get('secrétaire du conseil de sécurité russe') // 'Sergueï Choïgou'
 */
export function titlesIn(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/(?<![\p{L}])(?:[Tt]he|[Ll]e|[Ll]a|[Ll]['’])\s*((?:[\p{Ll}][\p{L}'’-]*)(?:\s+[\p{L}'’-]+){0,7}),\s+((?:\p{Lu}[\p{Ll}'’ï-]+\s?){2,3})(?=[,.])/gu)) {
    const title = m[1]!.toLowerCase();
    if (!out.has(title)) out.set(title, m[2]!.trim());
  }
  return out;
}
/** A sentence naming who passed on the figures before it: "C'est le député X qui a communiqué ce chiffre aux journalistes". */
const RELAYED_BACK = /^\s*C['’]est\s+(.{3,60}?)\s+qui\s+a\s+(?:communiqué|transmis|rapporté|relayé|révélé|dévoilé)\s+(?:ce|ces|le|les)\s+(?:chiffres?|informations?|données|estimations?)(?![\p{L}])/iu;
/** Where the article says whose briefing its lawmakers relayed ("a closed-door briefing by the National Intelligence Service (NIS)"), in any block: a "Sources: …" line may be read as a caption. */
function briefingIn(blocks: readonly string[]): string | undefined {
  for (const sentence of blocks.flatMap((b) => b.split(/(?<=[.!?])\s+/))) {
    const s = speakersIn(sentence).find((x) => x.how === 'briefing' && isAgencyName(x.text));
    if (s) return s.text;
  }
  return undefined;
}

const INTERVIEW = /(?<![\p{L}])(?:spoke\s+(?:to|with)\s+(?:him|her|them)|talked\s+(?:to|with)\s+(?:him|her|them)|interviewed|an\s+interview\s+with|in\s+an\s+interview|l['’]entretien|cet\s+entretien|a\s+répondu\s+à\s+nos\s+questions|interrogée?)(?![\p{L}])/iu;

export interface ArticleFigures {
  figures: ExtractedFigure[];
  /** Every estimator and relayer name found, for the list of names no entity knows. */
  names: string[];
}

/** The paragraphs of an article with what ingest knows when reading them. */
export interface FigureInput {
  /** The article's blocks in order; only paragraphs are read for figures. */
  blocks: readonly { text: string; kind: 'paragraph' | 'heading' | 'caption' }[];
  language: Language;
  /** What relative dates resolve against (empty when the publication date is unknown). */
  reference: Reference;
  /** The reader of time expressions: the hand-written `timeExpressions` unless another is given (the chrono-node comparison). */
  readTimes?: ((text: string, reference: Reference) => TimeExpression[]) | undefined;
}

/**
 * The troop and casualty figures of an article's paragraphs, in text order.
 *
 * @example
 * figuresOf({ blocks: [{ kind: 'paragraph', text: 'Le NIS estime qu’environ 2 000 d’entre eux ont été tués.' }], language: 'fr', reference: {} }).figures[0]
 * // { measure: 'killed', low: 2000, high: 2000, qualifier: 'about', estimatedBy: 'Le NIS', … }
 */
export function figuresOf(input: FigureInput): ArticleFigures {
  const readTimes = input.readTimes ?? timeExpressions;
  const all = input.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text).join('\n');
  const context: AttributionContext = { people: peopleIn(all), titles: titlesIn(all), articleBriefing: briefingIn(input.blocks.map((b) => b.text)) };
  const statements = new StatementDates();
  const figures: ExtractedFigure[] = [];
  const names = new Set<string>();
  let interviewDate: string | undefined;
  let interviewSeen = false;
  let previousSentence = '';
  // Figures of the sentence before that no one was said to estimate: "This was announced by…" may follow.
  let unattributed: ExtractedFigure[] = [];
  // Figures of the last sentence that gave any, for "C'est le député X qui a communiqué ce chiffre".
  let lastFigures: ExtractedFigure[] = [];
  // Figures inside a quotation (one sentence or several) whose speech tag has not come yet.
  let quoted: ExtractedFigure[] = [];
  let quoting = false;
  // Named lawmakers who relayed an agency's closed briefing, for that agency's figures the article gives bare.
  const briefingRelayers = new Set<string>();

  input.blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'paragraph') return;
    const text = block.text;
    let reference = input.reference;
    // "UPDATE, Nov. 6: …": the paragraph's weekdays count from the update.
    const update = UPDATE_PREFIX.exec(text);
    if (update && reference.day) {
      const d = readTimes(update[1]!, reference).find((e) => e.kind === 'point' && e.date?.length === 10);
      if (d?.date) reference = { day: d.date };
    }
    const reading = readNumbers(text, { language: input.language });
    const candidates = candidatesOf(reading);
    // A wire dateline ("SÉOUL, 5 novembre (APC) –") dates the copy, not what it reports.
    const wireEnd = wireDateline(text)?.end ?? 0;
    for (const span of sentenceSpans(text)) {
      const sentence = text.slice(span.start, span.end);
      const expressions = readTimes(sentence, reference).filter((e) => span.start + e.start >= wireEnd);
      // An interview: its first person answers, and "now" is the day it took place.
      if (!interviewSeen && INTERVIEW.test(sentence)) {
        interviewSeen = true;
        interviewDate = expressions.find((e) => e.kind === 'point' && e.date?.length === 10)?.date ?? undefined;
        context.interviewee = context.people[0]?.name;
      }
      const speakers = speakersIn(sentence);
      if (unattributed.length && REFERS_BACK_SPEECH.test(sentence)) {
        const a = attributeFigure(sentence, 0, sentence.length, context);
        for (const f of unattributed) {
          if (a.estimatedBy) f.estimatedBy = a.estimatedBy;
          if (a.relayedBy) f.relayedBy = a.relayedBy;
        }
      }
      // A speech tag after a quotation gives the quoted figures their source, where they have none.
      if (quoted.length && !OPENS_QUOTE.test(sentence) && sentence.length < 240) {
        const a = attributeFigure(sentence, 0, sentence.length, context);
        const first = speakers[0];
        if (a.estimatedBy && first && first.start < 60) {
          for (const f of quoted) {
            if (!f.estimatedBy) f.estimatedBy = a.estimatedBy;
            if (!f.relayedBy && a.relayedBy && a.relayedBy !== f.estimatedBy) f.relayedBy = a.relayedBy;
          }
        }
      }
      // A named lawmaker who passes on a closed briefing: kept for the figures of that briefing the article gives without him.
      if (speakers.length && (BRIEFED_LAWMAKERS.test(sentence) || context.lastBriefing)) {
        const a = attributeFigure(sentence, 0, sentence.length, context);
        const relayer = a.relayedBy && isRelayerName(a.relayedBy) ? a.relayedBy : a.estimatedBy && isRelayerName(a.estimatedBy) && !a.relayedBy ? a.estimatedBy : undefined;
        if (relayer && /\p{Lu}\p{Ll}+[\s-]\p{Lu}/u.test(relayer)) briefingRelayers.add(relayer);
      }
      const passedOn = RELAYED_BACK.exec(sentence);
      if (passedOn) {
        const who = peopleIn(passedOn[1]!)[0]?.titled ?? passedOn[1]!.trim();
        for (const f of lastFigures) if (!f.relayedBy && f.estimatedBy !== who) f.relayedBy = who;
      }
      const sentenceFigures = figures.length;
      const inSentence = spansWithin(candidates, span.start, span.end)
        .map((c) => ({ ...c, start: c.start - span.start, end: c.end - span.start }));
      const clauses = inSentence.map((c) => clauseAround(sentence, c.start, c.end));
      let previous: ExtractedFigure | undefined;
      inSentence.forEach((c, i) => {
        const clause = clauses[i]!;
        const prevEnd = Math.max(clause.start, inSentence[i - 1]?.end ?? 0);
        const nextStart = Math.min(clause.end, inSentence[i + 1]?.start ?? sentence.length);
        const before = sentence.slice(prevEnd, c.start);
        const clauseBefore = sentence.slice(clause.start, c.start);
        const after = sentence.slice(c.end, nextStart);
        const around = `${previousSentence} ${sentence.slice(0, clause.start)}`;
        const doubt: Doubt = {};
        const read = measureOf(c, before, clauseBefore, after, sentence.slice(c.end, clause.end), around, previous, figures.at(-1), doubt, sentence.slice(c.end), sentence.slice(inSentence[i - 1]?.end ?? 0, c.start));
        if (!read) return;
        const measure = definedMeasure(read, sentence);
        const notes: string[] = [];
        if (measure !== read) notes.push('Filed as casualties: the sentence counts the missing or captured with the dead and wounded.');
        if (previous && PART_OF.test(before)) notes.push(`Part of the total of ${previous.low === previous.high ? previous.low : `${previous.low}–${previous.high}`} (${previous.measure}) given in the same sentence, filed under its own measure.`);
        if (doubt.why) notes.push(`Unsure of the measure: ${doubt.why}`);
        const qualifier = c.range ? rangeQualifier(sentence.slice(0, c.start)) : qualifierOf(sentence.slice(0, c.start), after);
        const quote = quoteFor(text, reading, span.start, c, clause, inSentence, i);
        if (!quote) return;
        const attribution = attributeFigure(sentence, clause.start, clause.end, context);
        const keys = [...speakerKeys(attribution.estimatedBy ?? ''), ...speakerKeys(attribution.relayedBy ?? '')];
        const pronoun = speakers.some((s) => /^(?:he|she|it|they|il|elle|ils|the\s+\p{L}+|le\s+\p{L}+|l['’]\p{L}+)$/iu.test(s.text));
        const carried = statements.of(keys, pronoun) ?? (context.interviewee && !attribution.relayedBy ? interviewDate : undefined);
        const asOf = asOfFor({
          sentence, figure: c, clause, otherClauses: clauses.filter((_, j) => j !== i), expressions, counts: inSentence,
          carried, now: interviewDate ?? input.reference.day,
        });
        const topic = measure === 'deployed' || measure === 'planned' ? 'troops' : 'casualties';
        const figure: ExtractedFigure = {
          measure, topic, low: c.low, high: c.high, qualifier,
          reportedly: HEDGE.test(clauseBefore) || HEDGE.test(after.split(/\s+/).slice(0, 6).join(' ')),
          ...(measure === 'deployed' ? { count: deployedCount(sentence.slice(clause.start, clause.end)) } : {}),
          ...(asOf ? { asOf } : {}),
          ...(attribution.estimatedBy ? { estimatedBy: attribution.estimatedBy } : {}),
          ...(attribution.relayedBy ? { relayedBy: attribution.relayedBy } : {}),
          quote, block: blockIndex,
          ...(notes.length ? { note: notes.join(' ') } : {}),
        };
        figures.push(figure);
        previous = figure;
        for (const n of [attribution.estimatedBy, attribution.relayedBy]) if (n) names.add(n);
      });
      // What this sentence tells of who speaks, and when, for the sentences after it.
      const speechDate = expressions.find((e) => e.kind === 'point' && e.date?.length === 10 && isSpeechDate(sentence, e))?.date;
      for (const s of speakers) {
        const keys = speakerKeys(s.text);
        const dated = speechDate ?? (figures.at(-1)?.block === blockIndex ? figures.at(-1)!.asOf : undefined);
        if (dated && dated.length === 10 && inSentence.length + (speechDate ? 1 : 0) > 0) statements.record(keys, dated);
        if (s.how === 'briefing' || (isAgencyName(s.text) && BRIEFED_LAWMAKERS.test(sentence))) context.lastBriefing = s.text;
        if (isAgencyName(s.text)) context.lastAgency = s.text;
        if (!/^(?:he|she|it|they|il|elle|ils)$/i.test(s.text)) context.lastSpeaker = s.text;
      }
      for (const m of sentence.matchAll(/((?:\p{Lu}[\p{L}'’-]+\s+){1,5})\(([A-Z]{2,5})\)/gu)) context.lastAgency = `${m[1]!.trim()} (${m[2]})`;
      const own = figures.slice(sentenceFigures);
      // "This number includes approximately 3,000 already dispatched": the source of the figures just before.
      if (SAME_SOURCE.test(sentence) && lastFigures.length && lastFigures[0]!.block === blockIndex) {
        for (const f of own) {
          if (f.estimatedBy || f.relayedBy) continue;
          if (lastFigures[0]!.estimatedBy) f.estimatedBy = lastFigures[0]!.estimatedBy;
          if (lastFigures[0]!.relayedBy) f.relayedBy = lastFigures[0]!.relayedBy;
        }
      }
      // The figures of a quotation still open, or just closed, wait for its speech tag.
      const stillOpen = quoteLeftOpen(sentence, quoting);
      // Kept for the next sentence: figures of a quotation still open, or closed at this sentence's very end.
      quoted = stillOpen || ((quoting || OPENS_QUOTE.test(sentence)) && CLOSES_QUOTE.test(sentence)) ? [...(quoting ? quoted : []), ...own.filter((f) => !f.estimatedBy || !f.relayedBy)] : [];
      quoting = stillOpen;
      previousSentence = sentence;
      unattributed = inSentence.length ? figures.slice(sentenceFigures).filter((f) => !f.estimatedBy) : unattributed;
      if (figures.length > sentenceFigures) lastFigures = figures.slice(sentenceFigures);
    }
  });
  relayedByWire(figures, all);
  // One named lawmaker relayed the briefing: the briefing agency's other figures came through him too.
  if (briefingRelayers.size === 1) {
    const relayer = [...briefingRelayers][0]!;
    const agency = context.lastBriefing ?? context.articleBriefing;
    const keys = new Set(speakerKeys(agency ?? ''));
    for (const f of figures) {
      if (f.relayedBy || !f.estimatedBy || !isAgencyName(f.estimatedBy) || isRelayerName(f.estimatedBy)) continue;
      if (agency && !speakerKeys(f.estimatedBy).some((k) => keys.has(k))) continue;
      f.relayedBy = relayer;
    }
  }
  return { figures, names: [...names] };
}

/**
 * An outlet that says it reports a news agency's copy ("News.Az reports, citing Yonhap") is
 * no relayer itself: the agency is, of every figure its own source did not already relay.
 */
function relayedByWire(figures: ExtractedFigure[], text: string): void {
  const m = OUTLET_CITING.exec(text);
  if (!m) return;
  const outlet = m[1]!;
  const wire = (m[2] ?? '').replace(/\.$/, '');
  const isWire = /^(?:Yonhap|Reuters|AFP|AP|Tass|TASS|RIA(?:\s+Novosti)?|Interfax|Kyodo|Xinhua|Ukrinform|Anadolu|dpa|EFE|ANSA|KCNA)$/u.test(wire);
  for (const f of figures) {
    if (f.relayedBy === outlet) delete f.relayedBy;
    if (isWire && !f.relayedBy && f.estimatedBy !== wire) f.relayedBy = wire;
  }
}

const COORDINATED = /^["”»\s,]*(?:and|as\s+well\s+as|plus|et|ainsi\s+que|en\s+plus\s+de)\s+(?:de\s+|d['’]\s*)?["“«]?\s*$/iu;
/** A total's verb between a casualty noun and its count: "losses … have exceeded 200 troops", "les pertes … ont dépassé 3000". */
const TOTAL_VERB = /(?<![\p{L}])(?:exceed\p{L}*|reach\p{L}*|passed|surpass\p{L}*|topped|stood\s+at|stand\s+at|dépass\p{L}*|atteint|s['’]élèv\p{L}*|estim\p{L}*\s+(?:at|à))(?![\p{L}])/iu;
/** A definite article right before a small count: "one of the two soldiers", "les deux prisonniers", "des deux militaires". */
const REFERS_BACK_FEW = /(?<![\p{L}])(?:the|these|those|both\s+the|les|ces|des|aux|leurs|their)\s+$/iu;
/** A clause that ends on its auxiliary: what befell the people follows a quotation mark. */
const AUXILIARY_END = /(?<![\p{L}])(?:ont\s+été|avaient\s+été|sont|have\s+been|had\s+been|were|was|are)\s*["“«]?\s*$/iu;
/** "bringing the total to", "portant le total à", "the total now stands at": a running total. */
const RUNNING_TOTAL = /(?<![\p{L}])(?:bringing\s+(?:the|their|its)\s+(?:total|number|tally)\s+to|raising\s+(?:the|their|its)\s+(?:total|number)\s+to|(?:the|their)\s+total\s+(?:now\s+)?(?:stands|stood)\s+at|portant\s+(?:le|leur|son)\s+(?:total|nombre|effectif)\s+à|ce\s+qui\s+porte\s+(?:le|leur)\s+(?:total|nombre)\s+à)\s+(?:(?:about|around|some|nearly|environ|près\s+de)\s+)?$/iu;
/** Why the reader doubts the measure it gave a figure, when it does. */
interface Doubt { why?: string }
/** Verbs and phrases that say people were sent or are present. */
const SENT_OR_PRESENT = /(?<![\p{L}])(?:sent|send|sending|dispatch\p{L}*|deploy\p{L}*|arriv\p{L}*|stationed|present|fighting|fight|serving|based|gathered|gathering|in\s+Russia|in\s+Kursk|transported|envoy\p{L}*|déploy\p{L}*|arriv\p{L}*|présents?|stationn\p{L}*|combatt\p{L}*|en\s+Russie|à\s+Koursk|dans\s+la\s+région|transport\p{L}*|comptait|compte|number\p{L}*|strong)(?![\p{L}])/iu;
const SENT_AFTER = /^\s*(?:already\s+|déjà\s+)?(?:dispatched|sent|deployed|arrived|envoyés|déployés|arrivés)(?![\p{L}])/iu;
const TROOPS_SENT = /(?<![\p{L}])(?:sent|has\s+sent|have\s+sent|dispatched|deployed|envoy\p{L}*|déploy\p{L}*)(?![\p{L}])/iu;

/**
 * The measure of a count from the words around it, or null when it counts no troops or
 * casualties. What befalls the people counted is read from the clause's predicate, wherever
 * it stands: a verb right before the count ("had killed three"), else the clause's finite
 * casualty predicate ("… déployés en Russie … ont été tués"), else the words right after it.
 */
function measureOf(c: Candidate, before: string, clauseBefore: string, after: string, clauseAfter: string, context: string, previous: ExtractedFigure | undefined, last: ExtractedFigure | undefined, doubt: Doubt, rest = after, sincePrevious = before): Measure | null {
  // "the two soldiers", "des deux militaires": a handful named with a definite article are people the article already counted.
  if (c.high < 10 && !c.range && REFERS_BACK_FEW.test(clauseBefore)) return null;
  // "11.000 (Nord-Coréens)": the parenthesis cuts the clause, but its noun is the count's.
  const head = headOf(/^\s*$/.test(after) && /^\s*\(/.test(rest) ? rest : after);
  if (head.kind === 'other') return null;
  const verb = verbBefore(clauseBefore);
  if (head.kind === 'casualty') return verb === 'captured' ? verb : head.measure;
  // A clause cut at a quotation mark right after its auxiliary ("ont été \"tués\" ou \"blessés\""): the predicate is past the mark.
  const finite = clausePredicate(clauseAfter) ?? (AUXILIARY_END.test(clauseAfter) ? clausePredicate(rest.slice(0, 120)) : null);
  const predicate = predicateMeasure(after);
  // A relative clause may carry the future past a comma: "6,000 North Koreans who, according to Shoigu, will provide".
  // (The clause ends at the comma after "who": the relative's verb is read from the rest of the sentence.)
  const relative = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:who|qui)(?![\p{L}])/iu.test(after) ? rest.slice(0, 100) : '';
  const planned = () => isPlanned(clauseBefore, after, TROOPS_SENT.test(clauseBefore) ? '' : `${clauseAfter} ${relative}`);
  if (head.kind === 'people') {
    if (c.high < 2) return null;
    if (verb) return verb;
    if (finite) return finite;
    if (predicate) return predicate;
    // The verb past an aside: "three soldiers, including two officers, were injured".
    const pastAside = predicateAfterAside(rest);
    if (pastAside) return pastAside;
    if (head.described) return head.described;
    // A part of a total, or a count joined to one, takes its measure ("6,000 engineers and builders, including 1,000 deminers", "1 000 sapeurs et 5 000 ouvriers").
    if (previous && previous.topic === 'troops' && (PART_OF.test(before) || COORDINATED.test(before) || COORDINATED.test(sincePrevious.slice(Math.max(0, sincePrevious.lastIndexOf(',')))))) return previous.measure;
    // Joined to the count of the sentence before, across a quotation mark: «… se chargeront », en plus de « 1 000 sapeurs ».
    if (!previous && last && last.topic === 'troops' && COORDINATED.test(before)) return last.measure;
    const total = measureBefore(clauseBefore);
    if (total && TOTAL_VERB.test(clauseBefore)) return total;
    if (thereFirst(after) && !PLAN_BEFORE(clauseBefore)) return 'deployed';
    if (planned()) return 'planned';
    if (!SENT_OR_PRESENT.test(`${clauseBefore} ${clauseAfter}`)) doubt.why = 'no verb in the clause says these people were sent, are present or are planned; check deployed against planned, and whether they are troops at all.';
    return 'deployed';
  }
  // No noun: the words around the count say what it counts.
  if (c.high < 100) return null;
  if (verb) return verb;
  if (finite) return finite;
  if (predicate) return predicate;
  // "approximately 3,000 already dispatched": sent, whatever "this number" before it counts.
  if (SENT_AFTER.test(after)) return 'deployed';
  // "another 1,500 arrived, bringing the total to 3,000": a running total of what the count before it counts.
  if (last && last.topic === 'troops' && RUNNING_TOTAL.test(clauseBefore)) return last.measure;
  // "estime ce chiffre à environ 1 100": the figure before, restated.
  if (last && refersBack(clauseBefore)) {
    doubt.why = `the count restates the figure before it (${last.measure}); check that it counts the same thing.`;
    return last.measure;
  }
  const aggregate = measureBefore(clauseBefore);
  if (aggregate) {
    // "casualties had passed 3,000", "losses are estimated at": the noun is the count's subject; otherwise say so.
    if (!TOTAL_VERB.test(clauseBefore) && !/(?<![\p{L}])(?:are|is|were|was|stood|sont|est|étaient|était|put|évalu\p{L}*|estim\p{L}*|chiffr\p{L}*)(?![\p{L}])/iu.test(clauseBefore)) doubt.why = `the count has no noun; its measure is read from the casualty word before it (${aggregate}).`;
    return aggregate;
  }
  if (!countsTroops(clauseBefore, clauseAfter, context)) return null;
  return planned() ? 'planned' : 'deployed';
}

/**
 * The quote of a count: its clause, cut at a join before or after another count, on word
 * boundaries, holding exactly the count's numbers as the provenance rule reads them in its
 * block; else just the count and its noun; else nothing.
 */
function quoteFor(block: string, reading: NumberReading, offset: number, c: Candidate, clause: Range, all: readonly Candidate[], index: number): string | null {
  let start = offset + clause.start;
  let end = offset + clause.end;
  const own = new Set([c.low, c.high]);
  for (const o of all) {
    if (o === all[index]) continue;
    const os = offset + o.start;
    const oe = offset + o.end;
    if (oe <= offset + c.start && oe > start) {
      const join = joinBetween(block, oe, offset + c.start);
      start = join ? join.end : offset + c.start;
    } else if (os >= offset + c.end && os < end) {
      const join = joinBetween(block, offset + c.end, os);
      end = join ? join.start : offset + c.end;
    }
  }
  // "…, the Pentagon said on Tuesday that it had seen evidence of at least 3,000 troops": the quote starts after "that".
  const that = [...block.slice(start, offset + c.start).matchAll(/(?<![\p{L}])(?:(?:that|que)\s+|qu['’]\s*)/giu)].at(-1);
  if (that && block.slice(start + that.index + that[0].length, offset + c.start).split(/\s+/).length <= 12) start += that.index + that[0].length;
  const tries: [number, number][] = [[start, end]];
  // The fallback: the qualifier, the count and up to four words after it.
  const minimalEnd = offset + c.end + (/^(?:[\s\u00A0\u202F]+[\p{L}'’-]+){0,4}/u.exec(block.slice(offset + c.end, end))?.[0].length ?? 0);
  const q = /(?:[\p{L}'’~]+[\s\u00A0\u202F]+){0,3}$/u.exec(block.slice(start, offset + c.start));
  tries.push([offset + c.start - (q?.[0].length ?? 0), Math.min(minimalEnd, end)]);
  for (const [s0, e0] of tries) {
    let s = s0;
    let e = e0;
    while (s < e && /[\s,;:–—«»“”"'’(\-]/u.test(block[s]!)) s++;
    s = trimLeadingJoin(block, s, offset + c.start);
    while (e > s && /[\s,;:.–—«»“”"(\-]/u.test(block[e - 1]!)) e--;
    if (e <= s) continue;
    if (quoteBoundaryProblem(block, s, e, reading)) continue;
    const inside = spansWithin(reading.numbers, s, e).map((n) => n.value);
    if (inside.length && inside.every((v) => own.has(v)) && [...own].every((v) => inside.includes(v))) return block.slice(s, e);
  }
  return null;
}

/** A quote does not open on "and that" or "et que". */
function trimLeadingJoin(block: string, s: number, limit: number): number {
  const m = /^(?:and\s+that|and|et\s+que|et\s+qu['’]|et|that|que|qu['’]|but|mais|or|ou)\s+/iu.exec(block.slice(s, limit));
  return m ? s + m[0].length : s;
}

