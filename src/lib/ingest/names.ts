/**
 * Names in a draft and the dossier's entities: the entity ids its attributions name, by
 * the forms the entities know ("according to the NIS" → nis), and the names it found that
 * no entity knows (people, agencies, acronyms), which an editor may add as entities.
 */
import { ESTIMATOR_LEVELS, nameMatcher, resolveName, sentences, type GlossaryEntry } from '../claims';
import { speakersIn } from './attribution';

export interface ProposedAttribution {
  estimatedBy?: string;
  relayedBy?: string;
  estimatedByEntity?: string;
  relayedByEntity?: string;
}

/**
 * An attribution with the entity ids its names resolve to, when an entity knows the form
 * (a state only for the state's own name, not for its lawmakers or agencies).
 *
 * @example
 * proposeEntities({ estimatedBy: 'le service national du renseignement (NIS)' }, entities)
 * // { estimatedBy: 'le service national du renseignement (NIS)', estimatedByEntity: 'nis' }
 */
export function proposeEntities(a: { estimatedBy?: string | undefined; relayedBy?: string | undefined }, entities: readonly GlossaryEntry[]): ProposedAttribution {
  const out: ProposedAttribution = {};
  if (a.estimatedBy) out.estimatedBy = a.estimatedBy;
  if (a.relayedBy) out.relayedBy = a.relayedBy;
  const real = entities.filter((e) => e.kind !== 'term');
  // "South Korea's intelligence agency" names an agency of South Korea, not the state: no proposal.
  // A state only when the name is the state's ("Kyiv", "la Corée du Nord"): "a South Korean
  // lawmaker" or "South Korea's intelligence agency" is someone of that state, not the state.
  const resolve = (text: string) => {
    const e = resolveName(text, real, ESTIMATOR_LEVELS);
    if (!e || e.kind !== 'state') return e;
    const bare = (t: string) => t.replace(/\([^)]*\)/g, '').replace(/^(?:the|le|la|les|l['’])\s*/iu, '').trim().toLowerCase();
    return e.forms.some((f) => bare(f.text) === bare(text)) ? e : null;
  };
  const est = a.estimatedBy ? resolve(a.estimatedBy) : null;
  const rel = a.relayedBy ? resolve(a.relayedBy) : null;
  if (est) out.estimatedByEntity = est.id;
  if (rel) out.relayedByEntity = rel.id;
  return out;
}

const NOT_NAMES = new Set(['AM', 'PM', 'GMT', 'UTC', 'KST', 'ET', 'EST', 'CET', 'BST', 'TV', 'OK', 'ID', 'PDF', 'CEO', 'USD', 'EUR', 'II', 'III', 'IV', 'DR', 'UPDATE', 'FILE', 'PHOTO', 'NB']);
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Sept|Oct|Nov|Dec|Jan|Feb|Aug)$/;
/** Words that are no one's name even when a sentence capitalises them. */
const COMMON = /^(?:The|A|An|In|On|At|By|For|From|To|And|But|As|After|Before|When|While|If|It|He|She|They|We|I|My|Our|One|Le|La|Les|L['’]|Un|Une|Des|Du|De|Au|Aux|En|Dans|Selon|Pour|Et|Mais|Il|Elle|Ils|Ces|Cette|Ce|This|That|These|Those|Its|His|Her|Their|Last|Since|Early|Late|Lawmakers?|Officials?|Analysts?|Experts?|Députée?s?|Responsables?|Estimates?|Estimations?|Western|Occidentaux|With|Avec|Côté|Captured|Read|Lire)$/u;
/** Credit lines of wire copy name reporters and editors, not actors. */
const CREDITS = /^\(?(?:reporting|writing|editing|additional reporting|avec|par)\b[^)]*\bby\b|^\((?:reporting|writing|editing)/i;
/** A person named in full (two or three capitalised words, "Park Sun-woo", "Miriam Oduya"), or a body with its acronym ("Joint Chiefs of Staff (JCS)"). */
const FULL_NAME = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Ll}+)?){1,2})(?![\p{L}\p{N}])/gu;
const WITH_ACRONYM = /((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|de|du|des|for)\s+)?){1,6})\(([A-Z]{2,6})\)/gu;

/**
 * Names the article's paragraphs and attributions give that no entity knows, in order of
 * first appearance: the names of those it quotes ("le Pentagone estime", "according to
 * HUR"), people named in full, bodies written with their acronym, and acronyms it uses more
 * than once.
 *
 * @example
 * unknownNames(['Lawmaker Park Sun-woo said the Joint Chiefs of Staff (JCS) agreed.'], [], entities) // ['Park Sun-woo', 'Joint Chiefs of Staff (JCS)']
 */
export function unknownNames(paragraphs: readonly string[], attributions: readonly string[], entities: readonly GlossaryEntry[]): string[] {
  const match = nameMatcher(entities);
  const out: string[] = [];
  // Known when the entities' forms cover every capitalised word of it ("North Koreans" as "North Korean").
  const covered = (name: string) => {
    let rest = name;
    for (const m of match(name).reverse()) rest = `${rest.slice(0, m.start)} ${rest.slice(m.end)}`;
    return !/\p{Lu}/u.test(rest);
  };
  const known = (name: string) => covered(name) || (/s$/.test(name) && covered(name.slice(0, -1)));
  const add = (raw: string) => {
    let name = raw.replace(/^[\s'’"“«]+|[\s'’"”».,;:]+$/g, '').replace(/['’]s$/, '').trim();
    // "South Korea's Joint Chiefs of Staff" is the Joint Chiefs; "Lawmaker Park Sun-woo" is Park Sun-woo.
    const possessive = /^(.+?)['’]s\s+(?=\p{Lu})/u.exec(name);
    if (possessive && known(possessive[1]!)) name = name.slice(possessive[0].length);
    for (let w = name.split(/\s+/); w.length > 1 && COMMON.test(w[0]!.replace(/['’]$/, '')); w = name.split(/\s+/)) name = w.slice(1).join(' ');
    name = name.replace(/^(?:L['’])(?=\p{Lu})/u, '');
    const words = name.split(/\s+/);
    if (!name || NOT_NAMES.has(name) || CALENDAR.test(name) || (words.length === 1 && COMMON.test(name)) || COMMON.test(words[0]!) && words.length < 2) return;
    if (known(name) || out.some((o) => o.includes(name) || name.includes(o))) return;
    out.push(name);
  };
  /** The capitalised end of a name as a quote gives it: "le député Kim Do-yeon" → "Kim Do-yeon", "the Pentagon" → "Pentagon". */
  const properTail = (text: string) => /((?:\p{Lu}[\p{L}'’.-]*\s*(?:(?:of|de|du|des)\s+)?)+(?:\([A-Z]{2,6}\))?)$/u.exec(text.trim())?.[1]?.trim();
  const all = paragraphs.join('\n');
  for (const p of paragraphs) {
    if (CREDITS.test(p)) continue;
    for (const sentence of sentences(p)) {
      for (const speaker of speakersIn(sentence)) {
        const tail = properTail(speaker.text);
        if (tail && !CALENDAR.test(tail)) add(tail);
      }
      for (const m of sentence.matchAll(WITH_ACRONYM)) add(`${m[1]!.trim()} (${m[2]})`);
      for (const m of sentence.matchAll(/\(([A-Z]{2,6})\)/g)) add(m[1]!);
      for (const m of sentence.matchAll(FULL_NAME)) {
        const words = m[1]!.split(/\s+/);
        if (words.some((w) => COMMON.test(w) || CALENDAR.test(w))) continue;
        if (!known(m[1]!)) add(m[1]!);
      }
    }
  }
  for (const m of new Set(all.match(/(?<![\p{L}\p{N}])[A-Z]{2,6}(?![\p{L}\p{N}])/gu) ?? [])) {
    if ((all.match(new RegExp(`(?<![\\p{L}])${m}(?![\\p{L}])`, 'gu')) ?? []).length >= 2) add(m);
  }
  const real = entities.filter((e) => e.kind !== 'term');
  for (const a of attributions) {
    const tail = properTail(a);
    if (tail && !resolveName(a, real, ESTIMATOR_LEVELS)) add(tail);
  }
  return out.slice(0, 40);
}
