/**
 * Names in a draft and the dossier's entities: the entity ids its attributions name, by
 * the forms the entities know ("according to the NIS" → nis), and the names it found that
 * no entity knows (people, agencies, acronyms), which an editor may add as entities.
 */
import { ESTIMATOR_LEVELS, nameMatcher, resolveName, type GlossaryEntry } from '../claims';

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
    const bare = text.replace(/\([^)]*\)/g, '').replace(/^(?:the|le|la|les|l['’])\s*/iu, '').trim().toLowerCase();
    return e.forms.some((f) => f.text.toLowerCase() === bare) ? e : null;
  };
  const est = a.estimatedBy ? resolve(a.estimatedBy) : null;
  const rel = a.relayedBy ? resolve(a.relayedBy) : null;
  if (est) out.estimatedByEntity = est.id;
  if (rel) out.relayedByEntity = rel.id;
  return out;
}

const NOT_NAMES = new Set(['AM', 'PM', 'GMT', 'UTC', 'KST', 'ET', 'EST', 'CET', 'BST', 'TV', 'OK', 'ID', 'PDF', 'CEO', 'USD', 'EUR', 'II', 'III', 'IV', 'DR', 'UPDATE', 'FILE', 'PHOTO', 'NB']);
const LEADING = /^(?:The|A|An|In|On|At|By|For|From|To|And|But|As|After|Before|When|While|If|Le|La|Les|L['’]|Un|Une|Des|Du|De|Au|Aux|En|Dans|Selon|Pour|Et|Mais|Côté|Faute|Pour|Ces|Cette|Ce|This|That|These|Those|Its|His|Her|Their|Our|Last|Since|Early|Late)\s+/u;
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Sept|Oct|Nov|Dec|Jan|Feb|Aug)$/;
const CAPITALISED = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}'’.-]*[\p{Ll}](?:[\s\u00A0]+(?:of|of\s+the|de|du|des|d['’]|de\s+la|de\s+l['’]|for|and|et)?[\s\u00A0]*\p{Lu}[\p{Ll}'’.-]*[\p{Ll}])+)(?:\s*\(([A-Z]{2,6})\))?/gu;

/**
 * Names the article's paragraphs and attributions give that no entity knows: capitalised
 * names of two words or more and acronyms, in order of first appearance.
 *
 * @example
 * unknownNames(['Lawmaker Park Sun-woo said the NIS and HUR agreed.'], [], entities) // ['Lawmaker Park Sun-woo', 'HUR']
 */
export function unknownNames(paragraphs: readonly string[], attributions: readonly string[], entities: readonly GlossaryEntry[]): string[] {
  const match = nameMatcher(entities);
  const out: string[] = [];
  const add = (name: string) => {
    const clean = name.replace(LEADING, '').replace(/['’]s$/, '').trim();
    if (!clean || out.includes(clean) || CALENDAR.test(clean) || NOT_NAMES.has(clean)) return;
    if (match(clean).some((m) => m.start === 0 && m.end === clean.length)) return;
    out.push(clean);
  };
  for (const p of paragraphs) {
    const known = match(p);
    const isKnown = (s: number, e: number) => known.some((k) => k.start <= s && k.end >= e);
    for (const m of p.matchAll(CAPITALISED)) {
      const name = m[1]!;
      if (name.split(/\s+/).length < 2 || isKnown(m.index, m.index + name.length)) {
        if (m[2] && !isKnown(m.index + m[0].length - m[2].length - 1, m.index + m[0].length - 1)) add(m[2]);
        continue;
      }
      add(m[2] ? `${name} (${m[2]})` : name);
    }
    for (const m of p.matchAll(/(?<![\p{L}\p{N}])[A-Z]{2,6}(?![\p{L}\p{N}])/gu)) {
      if (!isKnown(m.index, m.index + m[0].length) && !out.some((o) => o.includes(`(${m[0]})`))) add(m[0]);
    }
  }
  const real = entities.filter((e) => e.kind !== 'term');
  for (const a of attributions) if (!resolveName(a, real, ESTIMATOR_LEVELS) && /\p{Lu}/u.test(a)) add(a);
  return out.slice(0, 40);
}
