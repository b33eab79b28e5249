/**
 * Who made an estimate, and who relayed it, read from a sentence of English or French news
 * copy: "according to X", "X said", "…, a affirmé vendredi le NIS", "a lawmaker said after a
 * closed-door briefing by the NIS" (the NIS estimated, the lawmaker relayed), "Radio Svoboda,
 * citing KCNA" (KCNA estimated, Radio Svoboda relayed), "put at … by US officials". A
 * lawmaker, an interviewee or an outlet passing on an agency's figure is its relayer, never
 * its estimator; a surname alone ("Park said") is the person the article named in full.
 */

/** One name a sentence gives a role to. */
export interface Speaker {
  text: string;
  start: number;
  how: 'subject' | 'according' | 'briefing' | 'citing' | 'cited-by' | 'agent';
}

export interface SentenceAttribution {
  estimatedBy?: string | undefined;
  relayedBy?: string | undefined;
}

const SPEECH_EN = 'said|says|told|tells|estimated|estimates|believes|believed|judged|judges|reported|reports|put|puts|gave|gives|added|adds|expects|expected|thinks|thought|claimed|claims|wrote|writes|posted|announced|announces|confirmed|confirms|stated|warned|assessed|assesses|argued|noted|indicated|talked\\s+about|spoke\\s+of|counted|counts|ranged|pledged|promised';
const SPEECH_FR = "(?:a|ont|avait|avaient|aurait|auraient)\\s+(?:(?:précédemment|déjà|également|aussi|encore|récemment|notamment|ensuite|alors)\\s+)?(?:affirmé|indiqué|estimé|déclaré|annoncé|précisé|rapporté|évoqué|fait\\s+état|avancé|jugé|signalé|révélé|assuré|confirmé|expliqué|ajouté|dit|écrit|publié|chiffré|évalué|poursuivi|souligné|communiqué)|estime|estiment|évalue|évaluent|évaluait|évaluaient|estimait|estimaient|affirme|affirment|affirmait|affirmaient|juge|jugent|avance|avancent|évoque|évoquent|évoquait|évoquaient|fait\\s+état|font\\s+état|faisait\\s+état|parle|parlent|s['’]en\\s+tiennent|s['’]en\\s+tient";
/** A speech or estimate verb, as the predicate of the name before it. */
const SPEECH = new RegExp(`(?<![\\p{L}])(?:(?:also|now|again|then|had|has|have|previously|earlier|aussi|également|déjà|pour\\s+sa\\s+part)\\s+)*(?:${SPEECH_EN}|${SPEECH_FR})(?![\\p{L}])`, 'giu');
/** A passive ("are estimated at", "was put at") names no speaker before it. */
const PASSIVE_BEFORE = /(?<![\p{L}])(?:is|are|was|were|been|be|being|est|sont|été|être|était|étaient)\s*$/iu;
/** Verbs whose subject may follow them: "…, said a researcher", "…, a affirmé le NIS", "…, estime le JCS". */
const INVERTS = /^(?:said|says|added|wrote|noted|(?:a|ont|avait|avaient)\s|estime|estiment|affirme|affirment|juge|jugent|ajoute|précise|souligne|avance)/iu;
/** What may follow an inverted verb as its subject: "…, a affirmé vendredi le NIS", "…, said a researcher". */
const INVERTED_NAME = /^(?:(?:(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+\d{1,2}(?:er)?(?:\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))?)?|hier|aujourd['’]hui|on\s+\p{L}+day|\p{L}+day|à\s+la\s+presse|aux\s+journalistes|to\s+reporters)\s+)?(?=(?:le|la|les|un|une|des|the|a|an)\s|l['’]\s*(?:agence|armée|état-major|ambassad|institut|office|observatoire|organisation|ONU|OTAN|ancien|ex-|émissaire|envoyé)|\p{Lu})/u;
const ACCORDING = /(?<![\p{L}])(?:according\s+to|selon|d['’]après|as\s+estimated\s+by|estimated\s+by|cited\s+by|cité\p{L}*\s+par|citing|citant|si\s+l['’]on\s+en\s+croit|briefing\s+by|briefed\s+by|briefing\s+(?:du|de\s+la|de\s+l['’]|des|avec)|réunion\s+(?:à\s+huis\s+clos\s+)?avec|(?:announced|disclosed|revealed|made\s+public)\s+(?:\p{L}+\s+){0,3}?by|(?:annoncée?s?|révélée?s?|divulguée?s?)\s+(?:\p{L}+\s+){0,3}?par)(?:\s+|(?<=['’]))/giu;
/** Where a name written after a preposition stops. */
const NP_END = new RegExp(`\\s*(?:[,.;:!?»”"()]|\\s(?:who|which|that|whose|qui|que|qu['’]|dont|où|during|after|before|when|as|to|on|in|at|for|with|about|à\\s+l['’]issue|aux|dans|après|avant|lors|pendant|pour|sur|citing|citant|selon|according\\s+to|en\\s+(?!\\p{Lu})|${SPEECH_EN}|${SPEECH_FR})(?![\\p{L}]))`, 'u');
// "Lee" is no "Le" followed by a name: a determiner ends with a space or an apostrophe.
const DETERMINERS = /^(?:(?:the|a|an|le|la|les|un|une|des|du|de)\s+|l['’]\s*)/iu;
const PRONOUN = /^(?:he|she|it|they|we|il|elle|ils|elles|the\s+agency|the\s+ministry|the\s+official|the\s+minister|the\s+spy\s+agency|l['’]agence|le\s+ministère|le\s+responsable(?:\s+\p{L}+)?|le\s+ministre|the\s+spokes(?:person|man|woman)|le\s+porte-parole|the\s+lawmakers?|le\s+député|les\s+députés|les\s+parlementaires)$/iu;
const FIRST_PERSON = /^(?:I|we|my|our|je|nous|mon|ma|mes|notre|nos)$/iu;
/** A source that names no one: "preliminary data", "de premières informations", "initial estimates". */
const VAGUE_SOURCE = /^(?:(?:the\s+)?(?:preliminary|initial|early|first|latest|available|unofficial)\s+(?:data|estimates?|information|figures|reports?|counts?)|(?:des\s+|de\s+)?(?:premières?|dernières|récentes)\s+(?:informations|données|estimations|évaluations)|(?:des\s+|les\s+)?(?:informations|données|estimations)\s+(?:préliminaires|provisoires|disponibles)|data|information|informations|données)$/iu;
/** Words that name nobody on their own: "both have said", "all said". */
const NOBODY = /^(?:reports|media\s+reports|both|all|many|most|some|each|others|tous|toutes|certains|plusieurs|which|who|whose|qui|dont|that|this|cela|ce)$/iu;
/** "My own estimate is", "My sense is", "Seoul's figures are": the owner speaks. */
const OWNER = /(?<![\p{L}])(?:([Mm]y|[Oo]ur|[Mm]on|[Mm]a|[Nn]otre)|((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s?)\s+(?:own\s+)?(?:estimate|estimates|sense|view|guess|count|figures?|feeling|reading|estimation|avis|sentiment|chiffres?)\s+(?:is|are|was|were|est|sont)(?![\p{L}])/gu;
/** "Seoul's estimate of", "the agency's count of", "l'estimation de Séoul de": whose figure follows. */
const OWNED_ESTIMATE = /(?<![\p{L}])((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s?\s+(?:own\s+|latest\s+|earlier\s+|previous\s+|new\s+)?(?:estimate|assessment|count|tally|figure|toll)\s+of\s/gu;
/** What stands between a clause and its own trailing source: ", selon", ", according to". */
const TAG_AFTER = /^[\s"”»]*[,;]?\s*(?:selon|d['’]après|according\s+to|citing|citant)\s*$/iu;
/** "selon lui", "according to him": a pronoun, which names no new source. */
const OBJECT_PRONOUN = /^(?:lui|eux|elle|elles|him|her|them|it|he|she|they|il|ils)$/iu;
/** Who passes on another's figure: lawmakers briefed by an agency, and the like. */
const RELAYER = /(?<![\p{L}])(?:lawmakers?|legislators?|MPs?|parliamentarians?|members\s+of\s+parliament|députée?s?|parlementaires?|législat(?:eur|rice)s?|sénateurs?|senators?|Reps?\.|Representatives?)(?![\p{L}])/iu;
/** News media: named with "according to" beside another speaker, they relay ("…, Shoigu said, according to Tass"). */
const MEDIA = /(?<![\p{L}])(?:news\s+agency|state\s+news|state\s+media|agence\s+de\s+presse|agences\s+russes|médias|media|Tass|TASS|Reuters|Yonhap|RIA(?:\s+Novosti)?|Ria|Interfax|AFP|AP|Censor(?:\.NET)?|UNN)(?![\p{L}])/u;
/** A vague source of intelligence ("citing intelligence data"), which the article's briefing agency names. */
const GENERIC_INTELLIGENCE = /^(?:the\s+)?intelligence(?:\s+(?:data|reports?|information|sources))?$|^(?:des\s+)?(?:informations|données)\s+(?:du|de)\s+renseignement$/iu;
/** Words that make a name an agency or an official body. */
const AGENCY = /(?<![\p{L}])(?:[Aa]genc(?:y|ies)|[Ss]ervices?|[Ii]ntelligence|[Dd]irectorate|[Mm]inistry|[Dd]epartment|[Pp]entagon|[Cc]hiefs|[Cc]ommand|[Oo]ffice|[Rr]enseignement|[ÉéEe]tat-major|[Mm]inistère|[Aa]gence|[Dd]épartement|[Dd]irection|[A-Z]{2,5})(?![\p{L}])/u;
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+end|the\s+time)\b/;
/** A clause with its own verb is no name: "They are the first part of a pledge". */
const FINITE = /(?<![\p{L}])(?:is|are|was|were|has|have|had|est|sont|était|étaient|ont)(?![\p{L}])/iu;

/** A name read forwards from `at`: up to the next comma, clause, preposition or verb, parentheses kept. */
function nameForward(text: string, at: number): string {
  const rest = text.slice(at);
  // "M. Lee", "Mr. Park": the honorific's full stop ends nothing.
  let end = /^(?:M|Mr|Mrs|Ms|Dr)\.\s+/u.exec(rest)?.[0].length ?? 0;
  for (;;) {
    const m = NP_END.exec(rest.slice(end));
    if (!m) { end = rest.length; break; }
    const stop = end + m.index;
    // Keep a parenthesised acronym: "the National Intelligence Service (NIS)".
    if (/^\s*\(/.test(rest.slice(stop))) {
      const close = rest.indexOf(')', stop);
      if (close > 0 && close - stop < 40) { end = close + 1; continue; }
    }
    end = stop;
    break;
  }
  let name = rest.slice(0, end).trim();
  // "Russia's state news agency, Tass": the apposition names the outlet; after an outlet, the next name is another speaker.
  if (MEDIA.test(name) && /^,\s*(?:Tass|TASS|Reuters|Yonhap|RIA|Ria|Interfax|AFP|AP)(?![\p{L}])/u.test(rest.slice(end))) return `${name}, ${/^,\s*(\S+)/.exec(rest.slice(end))![1]}`;
  if (MEDIA.test(name)) return name.split(/\s+/).slice(0, 14).join(' ');
  // An apposition naming the person: "le secrétaire du Conseil de sécurité russe, Sergueï Choïgou".
  const apposition = /^,\s*((?:\p{Lu}[\p{L}'’-]+\s?){2,3})(?=[,.])/u.exec(rest.slice(end));
  // The apposition is kept whole past the cap on words: the person it names is who speaks.
  if (apposition && name) return `${name.split(/\s+/).slice(0, 14).join(' ')}, ${apposition[1]!.trim()}`;
  return name.split(/\s+/).slice(0, 14).join(' ');
}

/** The name before a verb at `at`: back to the start of its clause, past a relative clause or an apposition. */
function nameBackward(text: string, at: number): string {
  // A quotation opening right before the verb ("telling AFP it \"confirmed\"") is no part of the name.
  let before = text.slice(0, at).replace(/[\s"“«]+$/u, '');
  // "X, who sits on the committee, told" / "X, s'exprimant sous couvert d'anonymat, a évoqué": drop the aside.
  const aside = /,\s*(?:who|which|whose|qui|dont|s['’]exprimant|speaking|citing|cité\p{L}*|including|notamment|y\s+compris)(?![\p{L}])[^,]*,$/iu.exec(before);
  if (aside) before = before.slice(0, aside.index);
  // "Sergei Shoigu, secretary of Russia's Security Council, announced": the name before the apposition.
  if (before.endsWith(',')) {
    const parts = before.slice(0, -1).split(',').map((x) => x.trim());
    const proper = parts.slice(-2).find((x) => /^(?:\p{Lu}[\p{L}'’-]+\s?){2,3}$/u.test(x));
    if (proper) return proper;
  }
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('–'), before.lastIndexOf('—'), before.lastIndexOf('«'), before.lastIndexOf('“'));
  let name = before.slice(cut + 1).trim();
  // "which spoke of": the name before the comma.
  if (/^(?:which|who|qui)$/i.test(name)) return before.slice(0, cut).trim().split(/\s+/).slice(-4).join(' ').replace(/^.*?(?=(?:the|le|la|les|l['’])\s)/i, '');
  // Drop a leading conjunction or subordinator: "that the agency", "et que le NIS".
  // "…, telling AFP it confirmed": the participle's subject is the main clause's.
  const participle = /^(?:telling|saying|adding|noting|indiquant|affirmant|précisant|ajoutant)\s(?:.*\s)?(?:it|he|she|they|il|elle|ils)$/iu.test(name);
  if (participle) return mainSubject(before.slice(0, cut)) ?? name;
  name = name.replace(/^(?:.*\s)?(?:that|que|qu['’]|when|as|while|where|if|because|then|after|before|since|until|once|après\s+que|avant\s+que|lorsque|quand|puisque|dès\s+que)\s+/iu, '').replace(/^(?:and|et|but|mais|or|ou)\s+/iu, '');
  // "In mid-October it": the subject is the pronoun; "les évaluaient": an object pronoun goes.
  const pronoun = /(?:^|\s)(he|she|it|they|we|I)$/u.exec(name);
  if (pronoun) return pronoun[1]!;
  name = name.replace(/\s+(?:les|la|le|l['’]|them)$/iu, '');
  return name.split(/\s+/).slice(-10).join(' ').trim();
}

/**
 * The subject of a main clause that opens with a name ("On Sunday, South Korea's National
 * Intelligence Service backed up …"): its capitalised words, a leading time phrase aside.
 */
function mainSubject(clause: string): string | null {
  const parts = clause.split(',').map((x) => x.trim());
  const main = parts.find((x) => !/^(?:on|in|at|last|this|earlier|later|le|ce|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier|meanwhile|however)(?![\p{L}])/iu.test(x)) ?? '';
  const m = /^(?:(?:the|le|la|les)\s+|l['’])?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\([A-Z]{2,6}\)|of|de|du|des|and|et))*/u.exec(main);
  return m ? m[0].replace(/\s+(?:of|de|du|des|and|et)$/u, '') : null;
}

/**
 * Every name a sentence gives a speaking or estimating role, in text order.
 *
 * @example
 * speakersIn('About 3,000 soldiers were in Russia, a lawmaker said after a closed-door briefing by the National Intelligence Service.')
 * // [{ text: 'a lawmaker', how: 'subject', … }, { text: 'the National Intelligence Service', how: 'briefing', … }]
 */
export function speakersIn(sentence: string): Speaker[] {
  const out: Speaker[] = [];
  const seen = new Set<number>();
  const push = (text: string, start: number, how: Speaker['how']) => {
    const clean = text.replace(/^[\s,«“"]+|[\s,»”"]+$/g, '');
    if (!clean || seen.has(start) || !/[\p{L}]/u.test(clean) || NOBODY.test(clean)) return;
    if (clean.split(/\s+/).length > 3 && FINITE.test(clean)) return;
    seen.add(start);
    out.push({ text: clean, start, how });
  };
  for (const m of sentence.matchAll(ACCORDING)) {
    const w = m[0].toLowerCase();
    const how: Speaker['how'] = /brief|réunion/.test(w) ? 'briefing' : /^cit(ing|ant)/.test(w) ? 'citing' : /cited|cité/.test(w) ? 'cited-by' : /announced|annonc|disclosed|revealed|made\s+public|révél|divulgu/.test(w) ? 'agent' : 'according';
    const at = m.index + m[0].length;
    let name = nameForward(sentence, at);
    name = name.replace(/^(?:les\s+|des\s+)?(?:informations|estimations?|chiffres|figures|estimates?|(?:the\s+)?statements?|(?:the\s+)?words|(?:la\s+|les\s+)?déclarations?|(?:les\s+)?propos|(?:les\s+)?rapports?|(?:the\s+)?reports?)\s+(?:du|de\s+la|de\s+l['’]|des|de|of\s+the|of|by)\s+/iu, '');
    // "according to the agency's estimates": the agency.
    name = name.replace(/['’]s?$/u, '');
    // "according to preliminary data", "selon de premières informations": no one is named.
    if (VAGUE_SOURCE.test(name)) continue;
    push(name, at, how);
  }
  // "RIA Novosti cited Sergei Shoigu as saying", "Yonhap also cited South Korean military officials who…": the one cited estimated, the one citing relays.
  for (const m of sentence.matchAll(/(?<![\p{L}])cited\s+(?!by\s)/giu)) {
    if (PASSIVE_BEFORE.test(sentence.slice(0, m.index))) continue;
    const at = m.index + m[0].length;
    const cited = nameForward(sentence, at).replace(/\s+as\s+saying.*$/iu, '');
    if (!/^(?:\p{Lu}|(?:the|top|senior|a|an)\s)/u.test(cited) || /casualt|killed|deaths|soldiers|troops|\d/iu.test(cited)) continue;
    const citing = nameBackward(sentence, m.index).replace(/\s+(?:also|had|has|have)$/iu, '');
    if (citing && citing.split(/\s+/).length <= 6) push(citing, Math.max(0, sentence.lastIndexOf(citing, m.index)), 'subject');
    push(cited, at, 'citing');
  }
  for (const m of sentence.matchAll(OWNER)) push(m[1] ?? m[2]!, m.index, 'subject');
  // "a number far exceeding Seoul's estimate of around 1,100": the estimate's owner, for the count it gives.
  for (const m of sentence.matchAll(OWNED_ESTIMATE)) push(m[1]!, m.index + m[0].length - 1, 'according');
  // A broadcast transcript's quotation: [Lloyd Example/U.S. Secretary of Defense: "…"].
  const bracket = /^\s*\[\s*((?:\p{Lu}[\p{L}'’.-]+\s?){2,3})\s*\/[^:\]]{0,80}:/u.exec(sentence);
  if (bracket) push(bracket[1]!, bracket.index, 'subject');
  for (const m of sentence.matchAll(SPEECH)) {
    const before = sentence.slice(0, m.index);
    const after = sentence.slice(m.index + m[0].length);
    // "are estimated at" names no speaker; "whose estimates are" is a noun.
    if (PASSIVE_BEFORE.test(before) || /^\s+(?:are|is|were|was|sont|est)(?![\p{L}])/u.test(after)) continue;
    // Inverted after a comma: "…, a affirmé vendredi le service national du renseignement (NIS)".
    // …or at the head of a sentence that follows a quotation: « … », a déclaré le député.
    if ((/,\s*["”»]?\s*$/.test(before) || /ce\s+qu['’]\s*$/iu.test(before) || /^[\s"”»,]*$/.test(before)) && /^\s/.test(after) && INVERTS.test(m[0])) {
      const lead = INVERTED_NAME.exec(after.trimStart());
      if (lead) {
        const at = m.index + m[0].length + (after.length - after.trimStart().length) + lead[0].length;
        push(nameForward(sentence, at), at, 'subject');
        continue;
      }
    }
    const name = nameBackward(sentence, m.index);
    if (!name || name.split(/\s+/).length > 10) continue;
    // "with an estimated 10,000", "This assessment aligns with reports": an adjective or a noun, not a speaker.
    if (/^(?:according\s+to|selon|d['’]après)\s/iu.test(name) || /(?:^|\s)(?:an|a|the|some|les|des|un|une)$/iu.test(name) || /^(?:with|avec)\s/iu.test(name) || /\s(?:with|of|to|for|by|de|à|avec|pour)$/iu.test(name)) continue;
    const start = Math.max(0, sentence.lastIndexOf(name, m.index));
    // "Lawmakers briefed by the agency said": the lawmakers relay, the agency briefed.
    const briefed = /^(.*?)\s+briefed\s+by\s+(.+)$/iu.exec(name);
    if (briefed) { push(briefed[1]!, start, 'subject'); push(briefed[2]!, start + name.indexOf(briefed[2]!), 'briefing'); continue; }
    push(name, start, 'subject');
  }
  // Passive agent right after a figure: "was put at 10,000 to 12,000 by South Korean and US officials".
  for (const m of sentence.matchAll(/(?:\d|thousand|mille)\s*(?:\p{L}+\s+){0,2}?by\s+/giu)) {
    const at = m.index + m[0].length;
    const name = nameForward(sentence, at);
    if (/officials?|intelligence|services?|agency|ministry|\p{Lu}/u.test(name) && !CALENDAR.test(name)) push(name, at, 'agent');
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What the article says of a person or body, to resolve a surname or a pronoun. */
export interface AttributionContext {
  /** Full names of people the article has named, with the title it gave them ("Lawmaker Park Sun-woo"). */
  people: { name: string; titled: string; relayer: boolean }[];
  /** The agency whose briefing the article names anywhere ("Lee spoke after a closed-door briefing by the NIS"), for a lawmaker who speaks before it is named. */
  articleBriefing?: string | undefined;
  /** The last agency named before this sentence (for "the agency", "it"). */
  lastAgency?: string | undefined;
  /** The last speaker named before this sentence (for "he", "the minister"). */
  lastSpeaker?: string | undefined;
  /** The agency whose briefing lawmakers last relayed (for "the session", a lawmaker alone). */
  lastBriefing?: string | undefined;
  /** Titles the article gave a named person in apposition ("secrétaire du conseil de sécurité russe" → "Sergueï Choïgou"). */
  titles?: Map<string, string> | undefined;
  /** In an interview: the person interviewed, who relays what others said. */
  interviewee?: string | undefined;
}

/** A surname or first word resolved to the full name the article gave earlier ("Park" → "lawmaker Park Sun-woo"). */
function fullName(name: string, context: AttributionContext): { text: string; relayer: boolean } {
  const bare = name.replace(DETERMINERS, '').replace(/^(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)\s+/u, '');
  if (/^\p{Lu}[\p{L}'’-]+$/u.test(bare)) {
    const person = context.people.find((p) => p.name.split(/\s+/).some((w) => w === bare));
    if (person) return { text: person.titled, relayer: person.relayer };
  }
  return { text: name, relayer: RELAYER.test(name) || context.people.some((p) => p.relayer && name.includes(p.name)) };
}

/**
 * The estimator and relayer of a figure in a sentence: the figure's own "according to"
 * first, then the sentence's first speaker that is not a relayer; a briefing agency, or the
 * agency that "told lawmakers", is the estimator when a lawmaker speaks.
 *
 * @example
 * attributeFigure('About 3,000 were in Russia, a lawmaker said after a closed-door briefing by the NIS.', 0, 60, context)
 * // { estimatedBy: 'the NIS', relayedBy: 'a lawmaker' }
 */
export function attributeFigure(sentence: string, clauseStart: number, clauseEnd: number, context: AttributionContext): SentenceAttribution {
  const speakers = speakersIn(sentence).flatMap((s) => {
    let text = s.text;
    if (PRONOUN.test(text)) {
      const resolved = /agency|agence|ministry|ministère|\bit\b/i.test(text) ? context.lastAgency : context.lastSpeaker;
      // "selon l'agence" before any agency is named says nothing of who.
      if (!resolved && /^(?:l['’]agence|the\s+agency)$/iu.test(text)) return [];
      text = resolved ?? text;
    }
    // "citing intelligence data": the agency whose briefing the article names.
    if (GENERIC_INTELLIGENCE.test(text) && context.articleBriefing) text = context.articleBriefing;
    else if (FIRST_PERSON.test(text)) text = context.interviewee ?? text;
    // "le secrétaire du Conseil de sécurité russe" after the article named him: the person.
    const titled = context.titles?.get(text.replace(DETERMINERS, '').toLowerCase());
    if (titled) text = titled;
    const full = fullName(text, context);
    // An outlet named with "according to" beside another speaker relays.
    const media = s.how === 'according' && MEDIA.test(full.text) && !/intelligence|renseignement|ministry|ministère|military|militaire/i.test(full.text);
    const citedMedia = s.how === 'citing' && MEDIA.test(full.text) && !/intelligence|renseignement|ministry|ministère/i.test(full.text);
    return [{ ...s, text: full.text, relayer: full.relayer || s.how === 'cited-by' || media || citedMedia, media: media || citedMedia }];
  });
  if (speakers.length === 0) return {};
  const agency = speakers.find((s) => s.how === 'briefing') ?? speakers.find((s) => s.how === 'citing' && !s.media);
  const ownAccording = speakers.find((s) => s.how === 'according' && !s.relayer && s.start >= clauseStart && s.start <= clauseEnd + 2);
  const agent = speakers.find((s) => s.how === 'agent' && !s.relayer);
  // The nearest relayer: an outlet cited ("citing Interfax") before the one the article names ("according to Censor.NET").
  const relayer = speakers.find((s) => s.relayer && s.how === 'citing') ?? speakers.find((s) => s.relayer);
  // "Zelensky said 11,000 were in Kursk, according to Kyiv's intelligence agencies": the one he cites estimated, he relays.
  const laterAccording = !agency && !ownAccording ? speakers.find((s) => s.how === 'according' && !s.relayer && s.start > clauseEnd && TAG_AFTER.test(sentence.slice(clauseEnd, s.start)) && !OBJECT_PRONOUN.test(s.text)) : undefined;
  const teller = laterAccording ? speakers.find((s) => s.how === 'subject' && s.start <= clauseStart + 2 && s.start < laterAccording.start) : undefined;
  if (laterAccording && teller) return { estimatedBy: personNamed(laterAccording.text), relayedBy: personNamed(teller.text) };
  const estimator = agency ?? ownAccording ?? agent ?? speakers.find((s) => !s.relayer);
  let relayedBy = relayer && relayer !== estimator ? relayer.text : undefined;
  // "…, a déclaré Lee, après un briefing du NIS": the one who speaks after the briefing passes it on.
  if (!relayedBy && estimator && estimator.how === 'briefing') relayedBy = speakers.find((s) => s.how === 'subject' && s.start < estimator.start)?.text;
  if (!relayedBy) relayedBy = speakers.find((s) => s.how === 'cited-by')?.text;
  // "Radio Svoboda, citing KCNA": the outlet relays what KCNA said.
  if (!relayedBy && estimator?.how === 'citing') relayedBy = speakers.filter((s) => s.start < estimator.start).at(-1)?.text;
  if (!estimator && relayer) {
    // A lawmaker alone: the figure is the briefing's the lawmakers relayed.
    const briefing = context.lastBriefing ?? context.articleBriefing;
    if (briefing) return { estimatedBy: briefing, relayedBy: relayer.text };
    return { estimatedBy: relayer.text };
  }
  if (context.interviewee && estimator && estimator.text !== context.interviewee && !relayedBy) relayedBy = context.interviewee;
  return { ...(estimator ? { estimatedBy: personNamed(estimator.text) } : {}), ...(relayedBy ? { relayedBy: personNamed(relayedBy) } : {}) };
}

/** A person's name after a title or an apposition: "Russian Security Council Secretary Sergei Shoigu", "the Secretary of the Council, Sergei Shoigu". */
const TITLED_PERSON = /(?:,\s*|(?<![\p{L}])(?:Secretary|Chief|Head|Director|Minister|Spokes(?:man|woman|person)|Commander|President|secrétaire|ministre|directeur|directrice|porte-parole|chef|commandant|président)\s+)((?:\p{Lu}[\p{Ll}'’ïëé]+(?:-\p{L}+)?\s?){2,3})$/u;

/**
 * The person a titled name names, without the title: the title's body (a council, a
 * ministry) would otherwise be taken for the speaker.
 *
 * @example
 * personNamed('Russian Security Council Secretary Sergei Shoigu') // 'Sergei Shoigu'
 * personNamed('South Korea\'s National Intelligence Service') // unchanged
 */
export function personNamed(name: string): string {
  const m = TITLED_PERSON.exec(name.trim());
  return m && !RELAYER.test(name) ? m[1]!.trim() : name;
}

/**
 * Whether a name is an agency or official body (for "the agency" and "it").
 *
 * @example
 * isAgencyName('the National Intelligence Service') // true
 */
export const isAgencyName = (name: string): boolean => AGENCY.test(name);
/**
 * Whether a name is a lawmaker or another relayer of a briefing.
 *
 * @example
 * isRelayerName('le député Kim Do-yeon') // true
 */
export const isRelayerName = (name: string): boolean => RELAYER.test(name);
