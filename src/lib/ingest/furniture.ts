/**
 * Site furniture in a collected article: share and comment boxes, newsletter blurbs,
 * cookie notices, related-article lists, reading-time and section labels, repeated
 * headlines. Each removal is reported with its reason, so nothing is lost silently.
 */
import { detectLanguage } from './language';
import type { Language } from '../claims';

export interface Removed {
  text: string;
  reason: string;
}

/** Lines after which nothing belongs to the article (comment forms, related lists). */
const END_MARKERS = [
  /^laisser un commentaire$/i, /^leave a (comment|reply)$/i, /^commenter$/i, /^en relation$/i, /^related( articles| posts)?$/i,
  /^(à|a) ne pas manquer$/i, /^derni(è|e)res nouvelles$/i, /^lire aussi$/i, /^read (more|also)$/i, /^sur le même sujet$/i,
  /^you (may|might) also like/i, /^vous aimerez aussi/i,
];
/** Lines that are furniture wherever they stand. */
const FURNITURE: [RegExp, string][] = [
  [/^(partagez|partager) (ce post|cet article|sur)/i, 'share button'],
  [/^share( this)?( article| post)?$/i, 'share button'],
  [/^total$|^share$|^\d+$/i, 'share counter'],
  [/^\d+\s+min(utes?)? de lecture$|^\d+\s+min(ute)? read$/i, 'reading time'],
  [/^(image|photo)\s*\d+(\s+(image|photo)\s*\d+)*$/i, 'image placeholder'],
  [/^publicit(é|e)$|^advertisement$/i, 'advertising slot'],
  [/cookies?\b.*\b(accept|consent|utilis|use)/i, 'cookie notice'],
  [/newsletter|abonnez-vous|subscribe to our/i, 'newsletter blurb'],
  [/^(votre adresse e-mail|your email address) (ne sera pas publiée|will not be published)/i, 'comment form'],
  [/^la r(é|e)daction$/i, 'byline of the site'],
];

/** A caption or photo credit: kept, marked as a caption. */
export const CAPTION = /(photo|crédit|credit|©|afp\.com|reuters|getty)/i;

export interface Cleaned {
  /** The article's own lines, in order. */
  lines: string[];
  removed: Removed[];
}

/**
 * Removes furniture from the article's lines (blank lines already dropped).
 *
 * @example
 * removeFurniture(['Partagez ce post', 'Le texte.'], 'fr').lines // ['Le texte.']
 */
export function removeFurniture(input: readonly string[], language: Language | null): Cleaned {
  const removed: Removed[] = [];
  const lines: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < input.length; i++) {
    const line = input[i]!.trim();
    if (!line) continue;
    if (END_MARKERS.some((re) => re.test(line))) {
      for (const rest of input.slice(i)) if (rest.trim()) removed.push({ text: rest.trim(), reason: `after "${line}" (comments, related articles)` });
      break;
    }
    const rule = FURNITURE.find(([re]) => re.test(line));
    if (rule) { removed.push({ text: line, reason: rule[1] }); continue; }
    const key = line.replace(/\s+/g, ' ');
    if (seen.has(key)) { removed.push({ text: line, reason: 'repeated line (headline or standfirst)' }); continue; }
    seen.add(key);
    const words = line.split(/\s+/).length;
    if (lines.length === 0 && words <= 2 && !CAPTION.test(line)) { removed.push({ text: line, reason: 'site name or section label before the article' }); continue; }
    if (/^[\p{Lu}\d\s'’-]{4,}$/u.test(line) && words <= 4) { removed.push({ text: line, reason: 'section label in capitals' }); continue; }
    // Above the article, a short line in the other language is the site's own (a tagline).
    const other = lines.length === 0 && words <= 12 && language ? detectLanguage(line, 15) : null;
    if (other && other !== language && !CAPTION.test(line) && !/[.!?]$/.test(line)) { removed.push({ text: line, reason: `site text in ${other === 'fr' ? 'French' : 'English'}` }); continue; }
    lines.push(line);
  }
  return { lines, removed };
}
