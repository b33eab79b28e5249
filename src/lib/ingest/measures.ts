/**
 * What a number in an article counts, in English and French: troops deployed or planned,
 * killed, wounded, killed-or-wounded, casualties, captured, or losses. Measures are never
 * merged: "killed or injured" and "killed and wounded" are killed-or-wounded, not killed;
 * "casualties" (the military word: killed, wounded, missing or captured) is casualties, and so
 * is a total the sentence defines that way; "losses", "pertes" and a "toll" left undefined are
 * losses; in "N casualties, of which M killed" the total and its part are two figures of two
 * measures.
 */
import type { Measure } from '../claims';

/** What the words right after a number say it counts. */
export type Head =
  /** People who may be troops or casualties: soldiers, troops, engineers, "North Koreans"; `described` when a casualty word qualifies them ("two wounded soldiers"). */
  | { kind: 'people'; described?: Measure }
  /** A casualty noun or participle that names the measure itself: casualties, dead, tués, prisonniers. */
  | { kind: 'casualty'; measure: Measure }
  /** No noun: "1,500 had left", "10,000 by December", "15 000 déployés", "4,000, including…". */
  | { kind: 'elliptic' }
  /** Something else: containers, shells, km, readers. */
  | { kind: 'other' };

const PEOPLE = /^(?:soldiers?|troops?|servicemen|service\s+members|personnel|fighters|combatants|men|conscripts|recruits|reinforcements|officers|commandos|marines|sappers|engineers|deminers|builders|workers|labou?rers|(?:North\s+)?Koreans|soldats?|troupes?|militaires|hommes|combattants?|conscrits|recrues|renforts|officiers|commandos|sapeurs|ingénieurs|démineurs|ouvriers|travailleurs|Nord-Coréens|membres|others|specialists|spécialistes|personnes)(?![\p{L}])/iu;
/** A nationality in the plural, which may be the count's noun ("11 000 Nord-Coréens"). */
const NATIONALS = /^(?:Nord-Coréen(?:ne)?s|nord-coréen(?:ne)?s|North\s+Koreans)(?![\p{L}])/u;
/** People counted only when a military word goes with them ("military construction workers", "ouvriers militaires"). */
const CIVILIAN_UNLESS_MILITARY = /^(?:builders|workers|labou?rers|ouvriers|travailleurs)$/i;
/** Words between a number and its noun that say nothing about the measure. */
const ADJECTIVE = /^(?:(?:North|South)[\s-]+Korean|nord-coréen(?:ne)?s?|sud-coréen(?:ne)?s?|Russian|russes?|Ukrainian|ukrainien(?:ne)?s?|Korean|additional|more|further|fresh|new|other|extra|combat|military|construction|elite|special(?:\s+forces)?|regular|young|active|armed|frontline|front-line|supplémentaires?|autres|nouveaux|nouvelles|premiers|jeunes|de\s+plus|of\s+its|of\s+the|de\s+ses|de\s+leurs|d['’]élite|du\s+génie|demining|mine[\s-]+clearance|de\s+déminage|also|aussi|(?:and|et)(?=\s+(?:demining|mine|construction|combat|military)))(?![\p{L}])\s*/iu;
const OF_THEM = /^(?:of\s+(?:them|those|whom|these)|d['’]entre\s+(?:eux|elles)|parmi\s+eux)(?![\p{L}])\s*/iu;
/** Words after which a number has no noun of its own. */
const ELLIPTIC = /^(?:$|[.,;:!?»”")\]–—-]|(?:had|have|has|were|was|are|is|be|been|would|will|could|may|might|by|in|to|at|on|of|from|for|toward|towards|into|with|since|and|or|but|now|already|so|in\s+all|in\s+total|altogether|more|still|had|ont|a|avaient|avait|sont|étaient|était|seraient|auraient|aurait|serait|sont|en|à|au|aux|dans|depuis|sur|pour|par|vers|selon|et|ou|mais|le|la|les|déjà|désormais|au\s+total|déployés|déployées|envoyés|envoyées|arrivés|présents|deployed|sent|dispatched|arrived|left|crossed|died|dead|killed|wounded|injured|captured)(?![\p{L}]))/iu;

/**
 * What the text right after a number says it counts.
 *
 * @example
 * headOf(' North Korean soldiers were in Russia') // { kind: 'people' }
 * headOf(' tués ou blessés') // { kind: 'casualty', measure: 'killed-or-wounded' }
 * headOf(' containers of munitions') // { kind: 'other' }
 */
export function headOf(after: string): Head {
  // "11 000 (Nord-Coréens) dans la région": a noun in parentheses is still the count's noun.
  let rest = after.replace(/^[+\s\u00A0\u202F]+/, '').replace(/^\(\s*(?=[\p{L}][^()]{0,40}\))/u, '');
  const casualty = casualtyAt(rest);
  // "two wounded North Korean soldiers": the casualty word describes people; the predicate may say more (they were captured).
  if (casualty && DESCRIBED_PEOPLE.test(rest)) return { kind: 'people', described: casualty };
  if (casualty) return { kind: 'casualty', measure: casualty };
  rest = rest.replace(OF_THEM, '');
  // "11 000 Nord-Coréens", "(Nord-Coréens)": the nationality is the noun when no noun follows it.
  const nationals = NATIONALS.exec(rest);
  if (nationals && !PEOPLE.test(rest.slice(nationals[0].length).trimStart())) return { kind: 'people' };
  let military = false;
  for (let i = 0; i < 6; i++) {
    const m = ADJECTIVE.exec(rest) ?? /^(?:(?:de|des|of)\s+|d['’]\s*)(?=[\p{L}])/iu.exec(rest);
    if (!m) break;
    if (/military|militaire|combat|construction|génie/i.test(m[0])) military = true;
    rest = rest.slice(m[0].length);
  }
  const noun = PEOPLE.exec(rest);
  if (noun) {
    const after2 = rest.slice(noun[0].length, noun[0].length + 20);
    if (CIVILIAN_UNLESS_MILITARY.test(noun[0]) && !military && !/^\s+(?:militaires|military)/i.test(after2)) return { kind: 'other' };
    return { kind: 'people' };
  }
  if (casualtyAt(rest)) return { kind: 'casualty', measure: casualtyAt(rest)! };
  if (ELLIPTIC.test(rest)) return { kind: 'elliptic' };
  return { kind: 'other' };
}

const DESCRIBED_PEOPLE = /^(?:wounded|injured|dead|blessés)\s+(?:(?:North\s+Korean|nord-coréens|Russian|other|young)\s+)*(?:soldiers?|troops?|men|fighters|soldats|militaires|combattants)(?![\p{L}])/iu;
const KILLED_OR_WOUNDED = /^(?:killed\s+or\s+(?:wounded|injured)|(?:wounded|injured)\s+or\s+killed|dead\s+or\s+(?:wounded|injured)|(?:tués|morts)\s+ou\s+blessés|blessés\s+ou\s+tués)(?![\p{L}])/iu;
const KILLED_AND_WOUNDED = /^(?:killed\s+and\s+(?:wounded|injured)|dead\s+and\s+(?:wounded|injured)|(?:tués|morts)\s+et\s+blessés)(?![\p{L}])/iu;
const NOUNS: [RegExp, Measure][] = [
  [/^(?:casualties)(?![\p{L}])/iu, 'casualties'],
  [/^(?:losses|pertes|victimes\s+militaires)(?![\p{L}])/iu, 'losses'],
  [/^(?:prisoners?(?:\s+of\s+war)?|POWs?|prisonniers(?:\s+de\s+guerre)?|captives)(?![\p{L}])/iu, 'captured'],
  [/^(?:dead|killed|deaths|fatalities|lives|morts|tués|décès|vies)(?![\p{L}])/iu, 'killed'],
  [/^(?:wounded|injured|injuries|blessés|blessures)(?![\p{L}])/iu, 'wounded'],
];

/** The casualty measure a phrase starting right here names, if any. */
function casualtyAt(text: string): Measure | null {
  if (KILLED_OR_WOUNDED.test(text)) return 'killed-or-wounded';
  if (KILLED_AND_WOUNDED.test(text)) return 'killed-or-wounded';
  return NOUNS.find(([re]) => re.test(text))?.[1] ?? null;
}

/** Predicates after a count of people that make it a casualty count ("had been killed", "ont été tués", "captured"). */
const PREDICATES: [RegExp, Measure][] = [
  [/(?<![\p{L}])(?:killed\s+or\s+(?:wounded|injured)|dead\s+or\s+(?:wounded|injured)|(?:tués|morts)\s+ou\s+blessés)(?![\p{L}])/iu, 'killed-or-wounded'],
  [/(?<![\p{L}])(?:killed\s+and\s+(?:wounded|injured)|(?:tués|morts)\s+et\s+blessés)(?![\p{L}])/iu, 'killed-or-wounded'],
  [/(?<![\p{L}])(?:captured|taken\s+prisoner|prisoners?|capturés|faits\s+prisonniers|fait\s+prisonniers)(?![\p{L}])/iu, 'captured'],
  [/(?<![\p{L}])(?:killed|died|dead|perished|lost\s+their\s+lives|tués|tues|morts|tombés|décédés|péri)(?![\p{L}])/iu, 'killed'],
  [/(?<![\p{L}])(?:wounded|injured|blessés)(?![\p{L}])/iu, 'wounded'],
];

/**
 * A finite predicate that says what befell the counted people: an auxiliary, perhaps an
 * adverb or "believed to have", then a casualty participle ("have been killed", "were
 * captured", "avaient été tués", "auraient péri"), or a simple past ("died", "perished").
 */
const FINITE = /(?<![\p{L}])(?:(?:have|has|had|were|was|are|is|be|being)\s+(?:(?:already|reportedly|also|now|all|since|probably|likely|believed\s+to\s+have|thought\s+to\s+have|said\s+to\s+have)\s+)*(?:been\s+)?|(?:ont|avaient|auraient|avait|aurait|a|sont|étaient|seraient|serait|est|était|ont\s+ete|avaient\s+ete)\s+(?:(?:déjà|probablement|aussi|tous)\s+)*(?:été\s+)?)(killed\s+or\s+(?:wounded|injured)|killed\s+and\s+(?:wounded|injured)|killed|wounded|injured|captured|taken\s+prisoner|tués\s+ou\s+blessés|tués\s+et\s+blessés|tués|tues|blessés|capturés|faits\s+prisonniers|morts|péri|tombés|décédés)(?![\p{L}])|(?<![\p{L}])(died|perished)(?![\p{L}])/iu;

/**
 * The casualty measure the clause's own predicate names, however far it stands from the
 * count: the participle next to the number may only describe the people ("1 000 soldats
 * déployés en Russie … ont été tués", "100 soldiers fighting on the side of Russia have been
 * killed"). The text is the clause after the count, up to the next count.
 *
 * @example
 * clausePredicate(' soldats nord-coréens déployés en Russie pour combattre ont été tués ou blessés') // 'killed-or-wounded'
 * clausePredicate(' North Korean troops have been sent') // null
 */
export function clausePredicate(clauseAfter: string): Measure | null {
  const m = FINITE.exec(unquoteWords(clauseAfter));
  if (!m) return null;
  const verb = m[1] ?? m[2]!;
  for (const [re, measure] of PREDICATES) if (re.test(verb)) return measure;
  return null;
}

/**
 * The clause with the quotation marks around single words taken away: an outlet that puts a
 * speaker's own words in quotes ("ont été \"tués\" ou \"blessés\"", "were 'killed or
 * wounded'") says the same as without them.
 *
 * @example
 * unquoteWords(' soldats ont été "tués" ou "blessés"') // ' soldats ont été tués ou blessés'
 */
export function unquoteWords(text: string): string {
  return text.replace(/["“”«»‘’']\s*([\p{L}-]+(?:\s+(?:or|ou|and|et)\s+[\p{L}-]+)?)\s*["“”«»’']/gu, (whole, words: string, at: number) =>
    // An apostrophe inside a word ("d'envoi", "Korea's") is no quotation mark.
    /\p{L}/u.test(text[at - 1] ?? '') ? whole : words);
}

/** A verb right before a count that says what was done to the people counted ("had killed three", "captured two", "la capture par l'Ukraine de deux"). */
const VERB_BEFORE: [RegExp, Measure][] = [
  [/(?<![\p{L}])(?:killed\s+or\s+wounded|tué\p{L}*\s+ou\s+blessé\p{L}*)\s+(?:(?:at\s+least|about|some|around|more\s+than|over|nearly|au\s+moins|environ|plus\s+de|près\s+de)\s+)?$/iu, 'killed-or-wounded'],
  [/(?<![\p{L}])(?:captured|capturing|capture[sd]?|took|taken|capturé\p{L}*|la\s+capture\s+(?:par\s+(?:l['’]\s*)?\p{L}+\s+)?de|a\s+capturé|ont\s+capturé|fait\s+prisonniers?)\s+(?:(?:at\s+least|about|some|au\s+moins|environ)\s+)?$/iu, 'captured'],
  [/(?<![\p{L}])(?:killed|killing|a\s+tué|ont\s+tué|avoir\s+tué|tué)\s+(?:(?:at\s+least|about|some|around|more\s+than|over|nearly|au\s+moins|environ|plus\s+de|près\s+de)\s+)?$/iu, 'killed'],
];

/**
 * The measure a verb right before the count gives it, if any.
 *
 * @example
 * verbBefore('they had killed ') // 'killed'
 * verbBefore("la capture par l'Ukraine de ") // 'captured'
 */
export function verbBefore(before: string): Measure | null {
  return VERB_BEFORE.find(([re]) => re.test(before))?.[1] ?? null;
}

/** "this figure", "ce chiffre": a count that restates the measure of the figure before it. */
const ANAPHORA = /(?<![\p{L}])(?:(?:this|that)\s+(?:figure|number|estimate|toll)|the\s+(?:same\s+)?figure|(?:ce|cet)\s+(?:chiffre|nombre|bilan|total)|le\s+(?:même\s+)?chiffre)(?![\p{L}])(?!\s+(?:of|de|des|du)\s)[^.;]{0,40}$/iu;

/**
 * Whether the words before a count refer back to the figure before it ("estime ce chiffre à
 * environ 1 100", "put that figure at").
 *
 * @example
 * refersBack('Le gouvernement sud-coréen estime ce chiffre à environ ') // true
 */
export function refersBack(clauseBefore: string): boolean {
  return ANAPHORA.test(clauseBefore);
}

/**
 * The casualty measure the predicate after a count names, within its first words
 * ("had been killed or wounded since…" → killed-or-wounded); a purpose clause further on
 * ("to make up for the losses") says nothing about the count.
 *
 * @example
 * predicateMeasure(' North Korean soldiers had been killed or wounded since the start') // 'killed-or-wounded'
 * predicateMeasure(' soldiers to make up for the losses') // null
 */
export function predicateMeasure(after: string): Measure | null {
  const words = unquoteWords(after).trim().split(/\s+/).slice(0, 9).join(' ');
  for (const [re, measure] of PREDICATES) if (re.test(words)) return measure;
  return null;
}

const BEFORE_WORDS: [RegExp, Measure][] = [
  [/(?<![\p{L}])(?:killed\s+(?:and|or)\s+(?:wounded|injured)|dead\s+(?:and|or)\s+(?:wounded|injured)|(?:wounded|injured)\s+(?:and|or)\s+killed|(?:tués|morts)\s+(?:et|ou)\s+blessés|blessés\s+(?:et|ou)\s+tués)(?![\p{L}])/giu, 'killed-or-wounded'],
  [/(?<![\p{L}])(?:death\s+toll|deaths|dead|morts|tués|killed|décès)(?![\p{L}])/giu, 'killed'],
  [/(?<![\p{L}])(?:injured|wounded|blessés|blessures)(?![\p{L}])/giu, 'wounded'],
  [/(?<![\p{L}])casualties(?![\p{L}])/giu, 'casualties'],
  [/(?<![\p{L}])(?:losses|pertes|(?<!death\s)toll|bilan|lost)(?![\p{L}])/giu, 'losses'],
];
/** How far before a count (characters, no sentence stop) a casualty word may name its measure; a killed word, with no comma. */
const REACH = { killed: 40, other: 60 };

/**
 * The casualty measure the words before a count give it when the count has no noun
 * ("North Korean losses are estimated at around 4,000", "casualties … had passed 3,000",
 * "the injured are approaching 1,000"): the nearest such word wins.
 *
 * @example
 * measureBefore('North Korean losses are estimated at around ') // 'losses'
 * measureBefore('at least 100 deaths and the injured are approaching ') // 'wounded'
 */
export function measureBefore(clause: string): Measure | null {
  clause = unquoteWords(clause);
  const numberOf = NUMBER_OF.exec(clause);
  if (numberOf) {
    const named = namedIn(numberOf[1]!);
    if (named) return named;
  }
  let best: { at: number; measure: Measure; combined: boolean } | null = null;
  for (const [re, measure] of BEFORE_WORDS) {
    for (const m of clause.matchAll(re)) {
      const end = m.index + m[0].length;
      const rest = clause.slice(end);
      const reach = measure === 'killed' ? REACH.killed : REACH.other;
      if (rest.length > reach || (measure === 'killed' ? /[.;:,]/ : /[.;:]/).test(rest)) continue;
      // "killed and wounded" holds "wounded": the combined words win where they overlap.
      const combined = measure === 'killed-or-wounded';
      if (best?.combined && m.index < best.at + 25 && !combined) continue;
      if (!best || m.index > best.at || (combined && !best.combined && m.index + m[0].length > best.at)) best = { at: m.index, measure, combined };
    }
  }
  return best?.measure ?? null;
}

/**
 * "the number of … killed and wounded … has already exceeded", "le nombre des soldats … tués
 * ou blessés … a déjà dépassé": the count is the number the noun phrase names, however long
 * the phrase; its casualty words give the measure.
 */
const NUMBER_OF = /(?<![\p{L}])(?:the\s+number\s+of|(?:le\s+)?nombre\s+(?:des|de|d['’]))\s+([^.;:]{1,160}?)\s+(?:(?:has|have|had|is|was|a|est|était)\s+)?(?:(?:already|now|déjà|désormais)\s+)?(?:exceed\p{L}*|surpass\p{L}*|passed|topped|reach\p{L}*|risen\s+to|rose\s+to|stands?\s+at|stood\s+at|dépass\p{L}*|atteint|s['’]élève\s+à|grimpé\s+à|est\s+de|is)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|environ|près\s+de|plus\s+de)\s+)?$/iu;

/** The one casualty measure a noun phrase names, combined words first ("killed and injured North Korean soldiers"). */
function namedIn(phrase: string): Measure | null {
  for (const [re, measure] of BEFORE_WORDS) {
    re.lastIndex = 0;
    if (re.test(phrase)) { re.lastIndex = 0; return measure; }
  }
  return null;
}

/** A list that counts the missing or the captured with the dead and wounded: the military sense of casualties. */
const CASUALTY_DEFINITION = /(?<![\p{L}])(?:(?:killed|dead|deaths),?\s+(?:wounded|injured),?\s+(?:(?:and|or)\s+)?(?:missing|captured)|missing\s+(?:or|and)\s+captured|wounded,?\s+(?:or|and)\s+missing|(?:tués|morts),?\s+blessés,?\s+(?:(?:et|ou)\s+)?(?:disparus|capturés|prisonniers)|disparus\s+(?:ou|et)\s+(?:capturés|prisonniers)|blessés,?\s+(?:ou|et)\s+disparus)(?![\p{L}])/iu;

/**
 * An undefined total ("losses", "pertes") that its sentence defines as killed, wounded,
 * missing or captured is casualties in the military sense; every other measure stays.
 *
 * @example
 * definedMeasure('losses', 'losses of 4,000, including killed, wounded and missing') // 'casualties'
 * definedMeasure('losses', 'losses of 4,000') // 'losses'
 */
export function definedMeasure(measure: Measure, sentence: string): Measure {
  return measure === 'losses' && CASUALTY_DEFINITION.test(sentence) ? 'casualties' : measure;
}

const PLANNED = /(?<![\p{L}])(?:ordered\s+the\s+(?:dispatch|deployment|sending)|a\s+ordonné\s+l['’](?:envoi|déploiement)|decided|decides|plans?|planned|planning|intends?|intended|pledged?|pledging|promised?|vowed?|agreed\s+to|offered\s+to|prepar(?:es|ed|ing)\s+to|s['’]attend(?:ent|ait|aient)?\s+à|(?:is|are|was|were)\s+set\s+to|expects?|expected|would(?!\s+have)|will|could(?!\s+have)|might(?!\s+have)|to\s+be\s+sent|a\s+décidé|décidé\s+d['’]|décide|prévoi[tr]|prévu[es]?|envisag\p{L}*|compte\s+envoyer|entend\s+envoyer|va\s+envoyer|vont\s+envoyer|pourrai(?:en)?t(?!\s+avoir)|devrai(?:en)?t|enverr\p{L}+|se\s+prépar\p{L}*\s+à|s['’]apprêt\p{L}*\s+à|promis|promet|s['’]est\s+engagé\p{L}*\s+à|comprendr(?:a|ont)|upcoming|forthcoming|arrivée\s+prochaine|prochaine\s+arrivée|prochain\s+envoi)(?![\p{L}])/iu;
/** A plan whose last word is elided before the verb ("avait décidé d'envoyer", "prévoit d'envoyer"): no word boundary follows the apostrophe. */
const PLANNED_ELIDED = /(?<![\p{L}])(?:décid\p{L}*|prévoi\p{L}*|prévu\p{L}*|envisag\p{L}*|s['’]apprêt\p{L}*|promis|accepté|convenu)\s+d['’]\s*(?:envoy|déploy|dépêch|fourn|transf)\p{L}*/iu;
const PLANNED_AFTER = /^[^.;:,]{0,40}?(?<![\p{L}])(?:promised|pledged|promis|prévus|annoncés|to\s+be\s+sent)(?![\p{L}])/iu;
/** A future or expected predicate anywhere in the count's clause ("are expected to be assembled", "doivent être déployés", "qui viendront", "who … will provide"). */
const FUTURE_PREDICATE = /(?<![\p{L}])(?:will|shall|(?:is|are)\s+(?:expected|set|due|scheduled|to\s+be)\s+to|(?:is|are)\s+to\s+be|doi(?:t|vent)\s+être|devrai(?:t|ent)|viendr(?:a|ont)|arriver(?:a|ont)|ser(?:a|ont)\s+(?:envoyés|déployés)|enverr\p{L}+|\p{L}{3,}(?:eront|iront)|pourront|devront|feront|iront)(?![\p{L}])/iu;

/** An aside between commas after a count: "three soldiers, including two officers, were injured", "Cinq mille personnes, réunies au sein d'une division, se chargeront". */
const ASIDE = /^[^,.;:]{0,60}?,\s*(?:including|among\s+(?:them|whom)|of\s+whom|who|dont|parmi\s+(?:eux|lesquels)|qui|réuni\p{L}*|regroupé\p{L}*|presumed|believed|said)(?![\p{L}])[^,.;]{0,140},/iu;

/**
 * What the predicate after an aside says of the people counted, when an aside between commas
 * separates the count from its verb: a casualty measure, `planned` for a future, else null.
 *
 * @example
 * predicateAfterAside(' soldiers, including two officers and one interpreter, were injured.') // 'wounded'
 * predicateAfterAside(' personnes, réunies au sein d’une division, se chargeront de la reconstruction') // 'planned'
 */
export function predicateAfterAside(rest: string): Measure | null {
  const aside = ASIDE.exec(rest);
  if (!aside) return null;
  const tail = rest.slice(aside[0].length).split(/[.;:]/)[0]!;
  return predicateMeasure(tail) ?? (FUTURE_PREDICATE.test(tail.split(/\s+/).slice(0, 4).join(' ')) ? 'planned' : null);
}

/** The people's first predicate says they are there or were sent ("se trouvent déjà en Russie … et devraient bientôt", "are already in Russia and will"). */
const THERE_FIRST = /^\s*(?:[\p{L}'’-]+\s+){0,6}?(?:se\s+trouv(?:ent|aient)|sont\s+(?:déjà|actuellement|désormais)|(?:ont|avaient)\s+(?:déjà\s+)?(?:été\s+)?(?:envoyés|déployés|arrivés|atteint)|sont\s+(?:arrivés|déployés|présents|stationnés)|are\s+(?:already|now|currently)\s+(?:in|on|at|stationed|deployed|based|present)|(?:have|had)\s+(?:already\s+)?(?:arrived|been\s+(?:sent|deployed|dispatched|stationed)))(?![\p{L}])/iu;

/**
 * Whether the first predicate after a count says the people are there or were sent, before
 * any later verb that looks ahead ("… se trouvent déjà en Russie et devraient bientôt se
 * rendre sur le front": deployed).
 *
 * @example
 * thereFirst(' soldats se trouvent déjà en Russie et devraient bientôt partir') // true
 * thereFirst(' soldats devraient arriver') // false
 */
export function thereFirst(after: string): boolean {
  return THERE_FIRST.test(after.split(/[,;:.]/)[0]!);
}

/**
 * Whether troops are planned or announced rather than sent: a decision, pledge, plan or
 * future ("a décidé d'envoyer", "could send up to", "pledged in June to send", "comprendra",
 * "les douze mille hommes promis").
 *
 * @example
 * isPlanned('La Corée du Nord va envoyer ', ' militaires dans la région') // true
 * isPlanned('North Korea has sent about ', ' additional troops') // false
 */
export function isPlanned(clauseBefore: string, after: string, clauseAfter = ''): boolean {
  return PLANNED.test(clauseBefore) || PLANNED_ELIDED.test(clauseBefore) || PLANNED_AFTER.test(after) || FUTURE_PREDICATE.test(clauseAfter);
}

const CUMULATIVE = /(?<![\p{L}])(?:depuis|since|envoy\p{L}*|sent|dispatch\p{L}*|au\s+total|in\s+total|en\s+tout|so\s+far|jusqu['’]ici|déjà|in\s+all|altogether)(?![\p{L}])/iu;

/**
 * For troops deployed: whether the clause counts all sent since a start (cumulative) or
 * those present at a date. A guess the editor confirms.
 *
 * @example
 * deployedCount('Depuis octobre 2024, environ 15 000 soldats auraient déjà été déployés') // 'cumulative'
 */
export function deployedCount(clause: string): 'cumulative' | 'present' {
  return CUMULATIVE.test(clause) ? 'cumulative' : 'present';
}

/** Nouns and verbs that tie a count without a noun to troops. */
const TROOP_WORDS = /(?<![\p{L}])(?:soldiers?|troops?|forces?|contingent|reinforcements|rotation|units?|deployment|force|fighters|soldats?|troupes?|militaires|hommes|renforts|contingent|unités?|déploiement|sent|send|sending|dispatched|deployed|deploy|arrived|arriving|left|crossed|moved|envoy\p{L}*|déploy\p{L}*|arriv\p{L}*|transport\p{L}*)(?![\p{L}])/iu;
/** Words that make a count without a noun about something else: an army's size, a budget, munitions. */
const NOT_TROOPS = /(?<![\p{L}])(?:army|armée|population|budget|shells?|obus|munitions|rounds|containers|conteneurs|missiles?|km|kilomet\p{L}+|dollars?|won|yen|roubles?|euros?|readers|views|lecteurs)(?![\p{L}])/iu;

/**
 * Whether a count without a noun counts troops: its clause speaks of them, or estimates or
 * expects a figure in a context that does — the sentence before the count, or the sentence
 * before it ("Séoul et Washington les évaluaient entre 10 000 et 12 000", "The agency
 * expects the total to reach about 10,000").
 *
 * @example
 * countsTroops('a second contingent of ', ' had left the port', '') // true
 * countsTroops('which is thought to number more than ', '.', 'roughly 15,000 troops have been sent') // false
 */
export function countsTroops(clauseBefore: string, clauseAfter: string, context: string): boolean {
  const clause = `${clauseBefore} ${clauseAfter}`;
  if (NOT_TROOPS.test(clause)) return false;
  if (TROOP_WORDS.test(clause)) return true;
  return (ESTIMATE.test(clauseBefore) || PLANNED.test(clauseBefore)) && TROOP_WORDS.test(context) && !NOT_TROOPS.test(context);
}
const ESTIMATE = /(?<![\p{L}])(?:ranged?|estimated?|estimates?|put\s+(?:it|them|the\s+\p{L}+)?\s*at|put\s+at|numbered|évalu\p{L}*|estim\p{L}*|chiffr\p{L}*|compt\p{L}*)(?![\p{L}])/iu;
