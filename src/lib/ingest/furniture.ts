/**
 * Site furniture in a collected article: menus and breadcrumbs, share and comment boxes,
 * newsletter blurbs, cookie notices, related-article lists, reading times, bylines,
 * copyright lines, appeals for support, repeated headlines. Each removal is reported with its
 * reason, so nothing is lost silently.
 */
import { detectLanguage } from './language';
import type { Language } from '../claims';
import type { Line } from './collect';

export interface Removed {
  text: string;
  reason: string;
}

/** Lines after which nothing belongs to the article (comment forms, related lists). */
const END_MARKERS = [
  /^laisser un commentaire$/i, /^leave a (comment|reply)$/i, /^commenter$/i, /^en relation$/i, /^related( articles| posts| stories| coverage)?$/i,
  /^(à|a) ne pas manquer$/i, /^derni(è|e)res nouvelles$/i, /^(à |a )?lire aussi\s*:?$/i, /^read (more|also|next)\s*:?$/i, /^sur le même sujet$/i,
  /^you (may|might) also like/i, /^vous aimerez aussi/i, /^more on this story$/i, /^more long reads$/i, /^previous weeks$/i,
  /^most (read|popular)$/i, /^nos derni(è|e)res cartes$/i, /^comments?( \(\d+\))?$/i, /^\d+ comments?$/i, /^commentaires( \(\d+\))?$/i,
  /^(vos )?commentaires?$/i, /^réagissez( \(\d+\))?$/i, /^join the discussion/i, /^tags?\s*:/i, /^tagged\s*:/i, /^\d+ thoughts? on /i,
];
/** Lines that are furniture wherever they stand. */
const FURNITURE: [RegExp, string][] = [
  [/^(partagez|partager) (ce post|cet article|sur)|^partager\s*:/i, 'share button'],
  [/^share( this)?( article| post)?$|^share\s*:|^share\s{2,}/i, 'share button'],
  [/^total$|^share$|^\d+$/i, 'share counter'],
  [/^\d+\s+min(utes?)? de lecture$|^\d+\s+min(ute)?s?\.? read$|^(temps de )?lecture\s*:?\s*\d+\s*min\.?$|^listen to this article/i, 'reading time'],
  [/^(updated|mis à jour)\s+(\d+|an?|one)\s+(hours?|minutes?|days?|heures?|jours?)\s+ago$|^il y a \d+ (heures?|minutes?)$/i, 'relative timestamp'],
  [/^(image|photo)\s*\d+(\s+(image|photo)\s*\d+)*$/i, 'image placeholder'],
  [/^publicit(é|e)$|^advertisement$/i, 'advertising slot'],
  [/cookies?\b.*\b(accept|consent|utilis|use|agree)|^(got it|accept all|j['’]accepte|accepter)\b/i, 'cookie notice'],
  [/newsletter|abonnez-vous|subscribe to our|in your inbox|dans votre boîte mail|^sign up for|inscrivez-vous|je m['’]inscris|s['’]inscrire|^\[?\s*subscribe\s*\]?$|^enter your email|^email address\s*:/i, 'newsletter blurb'],
  [/^(votre adresse e-mail|your email address) (ne sera pas publiée|will not be published)/i, 'comment form'],
  [/^la r(é|e)daction$/i, 'byline of the site'],
  [/^skip to (main )?content$|^aller au contenu/i, 'skip link'],
  [/^(©|\(c\))|all rights reserved|tous droits réservés/i, 'copyright line'],
  [/become a member|support us\]?$|^\[?support us|depends on readers like you|soutenez-nous|faites un don/i, 'appeal for support'],
  [/vous a(-t-il)? été utile|was this (article )?helpful/i, 'feedback widget'],
  [/^report an error$|editorial standards apply|^trust and accuracy/i, 'site notice'],
  [/^[\w.+-]+@[\w-]+(\.[\w-]+)+$/i, 'contact address'],
  [/^[a-z]{2,4}(-[a-z]{2,4})?(\/[a-z]{2,4}){1,4}$/, 'wire desk codes'],
];
/** A line of menu items or a breadcrumb: three or more short items, separated by wide spaces, bars, dots or arrows. */
const isNavigation = (line: string) => {
  if (/[.!?]$/.test(line)) return false;
  const items = line.split(/\s{2,}|\s*[|·•›»>/▾◆▪]\s*/u).map((s) => s.trim()).filter((s) => s && !/^[|·•›»>/▾]$/u.test(s));
  return items.length >= 3 && items.every((s) => s.split(/\s+/).length <= 4);
};
const BYLINE = /^(?:by|par|author\s*:|auteur\s*:)\s+\p{Lu}[\p{L}.'’ -]*(?:(?:,|\sand|\set|\sin)\s+[\p{L}.'’ -]+)*$/iu;

/**
 * A short line naming a photo, a credit or an agency is a caption or photo credit: kept, marked as a caption.
 *
 * @example
 * CAPTION.test('Kim Jong-Un. Photo archives : afp.com/STR') // true
 */
export const CAPTION = /(photo|crédit|credit|©|afp\.com|reuters|getty)/i;
const CAPTION_SIGNS = [
  /\((?:photo(?:graph)?s?|crédits?|credits?|image)\b[^)]*\)/i,
  /(?:^|[.)]\s+)(?:photo(?:graph)?|crédits?(?:\s+photo)?|credit|graphic|infographie|image)\s*:?\s+\p{Lu}/iu,
  /©\s*\S/,
  /\b(?:in this (?:photo|picture|image)|photo released by|photo diffusée par|sur une (?:photo|image) diffusée|image diffusée|file photo)\b/i,
];

/**
 * Whether a line of plain text is a photo caption or credit (kept as a caption, never read
 * for figures or dates of the article).
 *
 * @example
 * isCaption('Kim Jong Un in Pyongyang on Sept. 9, 2023. (Photo: KCNA via Northwire)') // true
 * isCaption('The post included a photograph of soldiers unloading crates from a train.') // false
 */
export function isCaption(line: string): boolean {
  const words = line.split(/\s+/).length;
  if (CAPTION.test(line) && words <= 20) return true;
  return words <= 60 && CAPTION_SIGNS.some((re) => re.test(line));
}

export interface Cleaned {
  /** The article's own lines, in order. */
  lines: Line[];
  removed: Removed[];
  /** The byline, when a line gave one ("By Ha Eun-ji and Daniel Moreau"). */
  byline?: string | undefined;
}

/**
 * Removes furniture from the article's lines.
 *
 * @example
 * removeFurniture([{ text: 'Partagez ce post' }, { text: 'Le texte.' }], 'fr').lines // [{ text: 'Le texte.' }]
 */
export function removeFurniture(input: readonly Line[], language: Language | null): Cleaned {
  const removed: Removed[] = [];
  const lines: Line[] = [];
  const seen = new Set<string>();
  let byline: string | undefined;
  let siteNameFirst = false;
  let raw = 0;
  for (let i = 0; i < input.length; i++) {
    const line = input[i]!.text.trim();
    if (!line) continue;
    raw++;
    const kind = input[i]!.kind;
    if (END_MARKERS.some((re) => re.test(line))) {
      for (const rest of input.slice(i)) if (rest.text.trim()) removed.push({ text: rest.text.trim(), reason: `after "${line}" (comments, related articles)` });
      break;
    }
    const rule = FURNITURE.find(([re]) => re.test(line));
    if (rule && kind !== 'title') { removed.push({ text: line, reason: rule[1] }); continue; }
    if (BYLINE.test(line) && line.split(/\s+/).length <= 12 && kind !== 'title') {
      byline ??= line.replace(/^(?:by|par|author\s*:|auteur\s*:)\s+/i, '').trim();
      removed.push({ text: line, reason: 'byline (kept as the author)' });
      continue;
    }
    if (kind !== 'caption' && kind !== 'title' && isNavigation(line)) { removed.push({ text: line, reason: 'site navigation' }); continue; }
    const key = line.replace(/\s+/g, ' ');
    if (seen.has(key)) { removed.push({ text: line, reason: 'repeated line (headline or standfirst)' }); continue; }
    seen.add(key);
    const words = line.split(/\s+/).length;
    const topOfPage = lines.length === 0 && kind !== 'title' && kind !== 'caption';
    if (topOfPage && raw === 1 && words <= 4 && !/[.!?:;,]$/.test(line) && !CAPTION.test(line)) {
      siteNameFirst = true;
      removed.push({ text: line, reason: 'site name or section label at the top' });
      continue;
    }
    if (topOfPage && raw === 2 && siteNameFirst && words <= 12 && !/[.!?]$/.test(line)) { removed.push({ text: line, reason: 'site tagline' }); continue; }
    if (topOfPage && words <= 2 && !CAPTION.test(line)) { removed.push({ text: line, reason: 'site name or section label before the article' }); continue; }
    if (kind !== 'title' && /^[\p{Lu}\d\s'’-]{4,}$/u.test(line) && words <= 4) { removed.push({ text: line, reason: 'section label in capitals' }); continue; }
    // Above the article, a short line in the other language is the site's own (a tagline).
    const other = topOfPage && words <= 12 && language ? detectLanguage(line, 15) : null;
    if (other && other !== language && !CAPTION.test(line) && !/[.!?]$/.test(line)) { removed.push({ text: line, reason: `site text in ${other === 'fr' ? 'French' : 'English'}` }); continue; }
    lines.push({ text: line, ...(kind ? { kind } : {}) });
  }
  return { lines, removed, ...(byline ? { byline } : {}) };
}
