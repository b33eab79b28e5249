/**
 * Synthetic sources for the benchmark: deterministic from a seed, English and French,
 * bodies of 300–900 words, 3–10 figures, transfers, reactions and events each, every
 * claim quoting a sentence of its body so the provenance rule holds.
 */
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** A small, fast, seeded generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = {
  en: ['The cooperation between the two states continued to draw attention from analysts.', 'Officials in several capitals followed the developments closely.',
    'The report described the situation along the front line in general terms.', 'Observers noted that the partnership had deepened over the past months.',
    'The agreement covered political, economic and military matters.', 'Diplomats said the talks had taken place in a friendly atmosphere.'],
  fr: ['La coopération entre les deux États continue d’attirer l’attention des analystes.', 'Les responsables de plusieurs capitales suivent de près la situation.',
    'Le rapport décrit la situation sur la ligne de front en termes généraux.', 'Les observateurs notent que le partenariat s’est approfondi ces derniers mois.',
    'L’accord couvre des questions politiques, économiques et militaires.', 'Les diplomates affirment que les discussions se sont déroulées dans une atmosphère amicale.'],
};
const MONTHS = { en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'] };
// Some attributions and places the dossier's entities know (NIS, Seoul, Kursk), some it does not.
const AGENCIES = ['the NIS', 'officials in Seoul', 'analysts', 'the ministry'];
const AGENCES = ['le NIS', 'les analystes', 'Séoul', 'le ministère'];
/** AGENCES in English, item for item: what a French claim's translation says. */
const AGENCES_EN = ['the NIS', 'analysts', 'Seoul', 'the ministry'];
const REGIONS = { en: ['the Kursk region', 'the front'], fr: ['la région de Koursk', 'la ligne de front'] };
const ACTORS = ['United States', 'South Korea', 'Japan', 'France', 'United Nations', 'European Union'];

const fmt = (n: number, lang: 'en' | 'fr') => (lang === 'en' ? n.toLocaleString('en-US') : n.toLocaleString('en-US').replace(/,/g, ' '));

/**
 * The Markdown file of synthetic source number `i`, with its id.
 *
 * @example
 * syntheticSource(7, 42).id // 'bench-outlet-2-2025-…-report-7'
 */
export function syntheticSource(i: number, seed: number): { id: string; markdown: string } {
  const r = rng(seed * 100_003 + i);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const lang: 'en' | 'fr' = r() < 0.5 ? 'en' : 'fr';
  const month = between(1, 12);
  const day = between(1, 28);
  const published = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // outlet-date-slug, as the README asks of every source id.
  const outlet = `${SYNTHETIC_OUTLET_PREFIX}${i % SYNTHETIC_OUTLETS}`;
  const id = `${outlet}-${published}-report-${i}`;
  const sentences: string[] = [];
  // A French claim carries the dossier's English translation, as the README asks of every source in French.
  const translated = (english: string) => (lang === 'fr' ? { translation: english } : {});
  const figures = Array.from({ length: between(3, 10) }, (_, k) => {
    const n = between(1, 30) * 500;
    const killed = r() < 0.4;
    const w = Math.floor(r() * AGENCIES.length);
    const who = (lang === 'en' ? AGENCIES : AGENCES)[w]!;
    const g = Math.floor(r() * REGIONS.en.length);
    const region = REGIONS[lang][g]!;
    // Numbers as written in the article, as the README asks of a translation.
    const english = `According to ${(lang === 'en' ? AGENCIES : AGENCES_EN)[w]}, about ${fmt(n, lang)} ${killed ? 'soldiers were killed' : 'soldiers were deployed'} in sector ${'ABCDEFGHIJ'[k]} of ${REGIONS.en[g]}.`;
    const text = lang === 'en'
      ? english
      : `Selon ${who}, environ ${fmt(n, lang)} ${killed ? 'soldats ont été tués' : 'soldats ont été déployés'} dans le secteur ${'ABCDEFGHIJ'[k]} de ${region}.`;
    sentences.push(text);
    const sector = `Sector ${'ABCDEFGHIJ'[k]}`;
    const attribution = { estimatedBy: who.replace(/^(the|le|les) /, '') };
    return killed
      ? { id: `fig-${k}`, topic: 'casualties', measure: 'killed', low: n, high: n, qualifier: 'about', place: sector, attribution, quote: text, ...translated(english) }
      : { id: `fig-${k}`, topic: 'troops', measure: 'deployed', low: n, high: n, qualifier: 'about', place: sector, count: 'present', attribution, quote: text, ...translated(english) };
  });
  const transfers = Array.from({ length: between(3, 10) }, (_, k) => {
    const english = `Shipment number ${k} carried artillery shells to Russia.`;
    const text = lang === 'en' ? english : `La livraison numéro ${k} a transporté des obus vers la Russie.`;
    sentences.push(text);
    return { id: `tr-${k}`, direction: 'to-russia', item: 'Artillery shells', category: 'munitions', quote: text, ...translated(english) };
  });
  const reactions = Array.from({ length: between(3, 10) }, (_, k) => {
    const actor = pick(ACTORS);
    const english = `The statement number ${k} by ${actor} condemned the cooperation.`;
    const text = lang === 'en' ? english : `La déclaration numéro ${k} de ${actor} condamne la coopération.`;
    sentences.push(text);
    return { id: `re-${k}`, actor, actorKind: 'state', kind: 'condemnation', stance: 'Condemned the cooperation.', quote: text, ...translated(english) };
  });
  const events = Array.from({ length: between(3, 10) }, (_, k) => {
    const m = between(1, 12);
    const d = between(1, 28);
    const english = `On ${d} ${MONTHS.en[m - 1]} 2025, meeting number ${k} took place.`;
    const text = lang === 'en' ? english : `Le ${d} ${MONTHS.fr[m - 1]} 2025, la réunion numéro ${k} a eu lieu.`;
    sentences.push(text);
    return { id: `ev-${k}`, date: `2025-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, precision: 'day', what: `Meeting ${k}.`, quote: text, ...translated(english) };
  });
  // Fill to 300–900 words with paragraphs of filler around the claim sentences.
  const target = between(300, 900);
  const paragraphs: string[] = [];
  let words = 0;
  const claimQueue = [...sentences];
  while (words < target || claimQueue.length) {
    const para = [pick(FILLER[lang]), ...(claimQueue.length ? [claimQueue.shift()!] : []), pick(FILLER[lang])].join(' ');
    words += para.split(/\s+/).length;
    paragraphs.push(para);
  }
  const frontmatter = {
    title: lang === 'en' ? `Synthetic report ${i}` : `Rapport synthétique ${i}`,
    outlet,
    language: lang,
    published,
    datePrecision: 'day',
    summary: `Synthetic source ${i} for the benchmark.`,
    figures, transfers, reactions, events,
  };
  return { id, markdown: `---\n${stringify(frontmatter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n\n${paragraphs.join('\n\n')}\n` };
}

/** The outlets every synthetic source names (`bench-outlet-0` … `bench-outlet-4`). */
export const SYNTHETIC_OUTLETS = 5;
/** What every synthetic outlet's id (and so every synthetic source's id) starts with. */
export const SYNTHETIC_OUTLET_PREFIX = 'bench-outlet-';

/**
 * Writes into `content` (a folder that need not exist) a content folder of `n` synthetic
 * sources: everything of `from` (topics, entities, search aliases…) but its sources and
 * outlets, then the synthetic outlets and sources.
 *
 * @example
 * writeSyntheticContent('/tmp/c', CONTENT, 1000, 42) // /tmp/c/sources/bench-outlet-0-….md ×1000
 */
export function writeSyntheticContent(content: string, from: string, n: number, seed: number): void {
  mkdirSync(join(content, 'sources'), { recursive: true });
  for (const name of readdirSync(from)) {
    if (name !== 'sources' && name !== 'outlets') cpSync(join(from, name), join(content, name), { recursive: true });
  }
  mkdirSync(join(content, 'outlets'), { recursive: true });
  for (let k = 0; k < SYNTHETIC_OUTLETS; k++) {
    writeFileSync(join(content, 'outlets', `${SYNTHETIC_OUTLET_PREFIX}${k}.yaml`), `name: Benchmark outlet ${k}\nidentified: true\nlanguage: en\nkind: Synthetic outlet for the benchmark\n`);
  }
  for (let i = 0; i < n; i++) {
    const { id, markdown } = syntheticSource(i, seed);
    writeFileSync(join(content, 'sources', `${id}.md`), markdown);
  }
}
