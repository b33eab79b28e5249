/**
 * The table of notations: how the dossier reads the numbers in an article's sentence. It is
 * the number reader's specification (`numbers.test.ts` checks every row) and the Method
 * page publishes it, so an editor can see why a quote reads as it does.
 */
import { readNumbers, type SetAsideKind } from './numbers';
import type { Language } from './vocabulary';

export interface Notation {
  /** The language of the fragment (German for the one German-style example). */
  lang: 'en' | 'fr' | 'de';
  /** A fragment as an article writes it. */
  text: string;
  /** The counts read from it, in text order (a range gives both ends). */
  reads: number[];
  /** What is read but set aside as not a count, by kind, in text order. */
  setAside?: SetAsideKind[];
  /** What the eye cannot see in the fragment (the kind of space). */
  note?: string;
}

/**
 * The language the reader is told a notation is in: the article's, as the build passes it.
 *
 * @example
 * readingLanguage({ lang: 'de', text: '10.000 Soldaten', reads: [10000] }) // undefined
 */
export function readingLanguage(row: Notation): Language | undefined {
  return row.lang === 'de' ? undefined : row.lang;
}

const fmt = (n: number) => n.toLocaleString('en-GB');

/**
 * What the reader makes of a fragment, as the Method page shows it: counts (a range as
 * one "low–high"), and what it sets aside, each with its kind.
 *
 * @example
 * describeReading('entre 10 et 12 000 soldats depuis 2023', 'fr')
 * // { counts: ['10,000–12,000'], setAside: [{ text: '2023', kind: 'year' }] }
 */
export function describeReading(text: string, language?: Language): { counts: string[]; setAside: { text: string; kind: SetAsideKind }[] } {
  const r = readNumbers(text, { language });
  const inRange = new Set(r.ranges.flatMap((g) => [g.low.start, g.high.start]));
  const items = [
    ...r.ranges.map((g) => ({ at: g.start, text: `${fmt(g.low.value)}–${fmt(g.high.value)}` })),
    ...r.numbers.filter((n) => !inRange.has(n.start)).map((n) => ({ at: n.start, text: fmt(n.value) })),
  ].sort((a, b) => a.at - b.at);
  return { counts: items.map((i) => i.text), setAside: r.setAside.map((s) => ({ text: s.text, kind: s.kind })) };
}

export interface NotationGroup {
  title: string;
  /** One line on the rule the rows show. */
  rule: string;
  rows: Notation[];
}

export const NOTATIONS: NotationGroup[] = [
  {
    title: 'Thousands separators',
    rule: 'Groups of exactly three digits, with one kind of separator throughout: a space (ordinary, no-break, narrow no-break or thin), a comma, a point or an apostrophe.',
    rows: [
      { lang: 'fr', text: '10 000 soldats', reads: [10000] },
      { lang: 'fr', text: '10\u00A0000 soldats', reads: [10000], note: 'no-break space' },
      { lang: 'fr', text: '10\u202F000 soldats', reads: [10000], note: 'narrow no-break space' },
      { lang: 'fr', text: '10\u2009000 soldats', reads: [10000], note: 'thin space' },
      { lang: 'en', text: '12,000 troops', reads: [12000] },
      { lang: 'de', text: '10.000 Soldaten', reads: [10000] },
      { lang: 'en', text: '1,000,000 shells', reads: [1000000] },
      { lang: 'fr', text: '1 500 000 obus', reads: [1500000] },
      { lang: 'fr', text: '12’000 soldats', reads: [12000] },
      { lang: 'en', text: '600 soldiers', reads: [600] },
      { lang: 'fr', text: 'environ 110 000 soldats', reads: [110000] },
      { lang: 'en', text: '3, 4 and 5 brigades', reads: [3, 4, 5] },
    ],
  },
  {
    title: 'Decimals and scale words',
    rule: 'A decimal part (one or two digits, or any with a scale word) with million, milliard or billion; thousand and mille after digits, after a space or a hyphen; k after digits. Before a scale word, a comma is a decimal mark in French and a point in English.',
    rows: [
      { lang: 'fr', text: '1,5 million d’obus', reads: [1500000] },
      { lang: 'en', text: '1.5 million shells', reads: [1500000] },
      { lang: 'fr', text: '2,5 millions de munitions', reads: [2500000] },
      { lang: 'fr', text: '1,500 million d’obus', reads: [1500000] },
      { lang: 'en', text: '1.500 million shells', reads: [1500000] },
      { lang: 'fr', text: '3 milliards de dollars', reads: [3000000000] },
      { lang: 'fr', text: '12 mille soldats', reads: [12000] },
      { lang: 'en', text: '15 thousand troops', reads: [15000] },
      { lang: 'en', text: '15-thousand troops', reads: [15000] },
      { lang: 'en', text: '12k troops', reads: [12000] },
      { lang: 'fr', text: '1 million et demi d’obus', reads: [1500000] },
      { lang: 'en', text: '2 millions and a half', reads: [2500000] },
    ],
  },
  {
    title: 'Numbers in words',
    rule: 'English and French number words, with hundreds, thousands, millions, "et demi" and "and a half", and digits hyphened to a scale word ("four-thousand-100"); "une dizaine de milliers" (and vingtaine, trentaine… centaine) counts tens of thousands, an approximate number by its words. Words under twenty count only before a noun of people ("deux soldats"); vague plurals ("des milliers") are no number.',
    rows: [
      { lang: 'fr', text: 'dix mille soldats', reads: [10000] },
      { lang: 'en', text: 'ten thousand troops', reads: [10000] },
      { lang: 'en', text: 'twelve thousand five hundred', reads: [12500] },
      { lang: 'fr', text: 'quatre-vingt-dix soldats', reads: [90] },
      { lang: 'fr', text: 'quatre-vingts soldats', reads: [80] },
      { lang: 'fr', text: 'soixante-dix-huit soldats', reads: [78] },
      { lang: 'fr', text: 'vingt et un soldats', reads: [21] },
      { lang: 'fr', text: 'soixante et onze soldats', reads: [71] },
      { lang: 'fr', text: 'mille cinq cents soldats', reads: [1500] },
      { lang: 'fr', text: 'deux cent mille obus', reads: [200000] },
      { lang: 'en', text: 'two hundred and fifty soldiers', reads: [250] },
      { lang: 'en', text: 'a thousand men', reads: [1000] },
      { lang: 'en', text: 'four-thousand-100 troops', reads: [4100] },
      { lang: 'fr', text: 'une dizaine de milliers de soldats', reads: [10000] },
      { lang: 'fr', text: 'un million et demi d’obus', reads: [1500000] },
      { lang: 'en', text: 'one and a half million shells', reads: [1500000] },
      { lang: 'en', text: 'a million and a half shells', reads: [1500000] },
      { lang: 'en', text: 'half a million shells', reads: [500000] },
      { lang: 'fr', text: 'deux millions et demi d’obus', reads: [2500000] },
      { lang: 'fr', text: 'deux soldats nord-coréens', reads: [2] },
      { lang: 'en', text: 'two North Korean soldiers were captured', reads: [2] },
      { lang: 'fr', text: 'les deux pays', reads: [], setAside: ['small number'] },
      { lang: 'fr', text: 'un soutien total', reads: [] },
      { lang: 'fr', text: 'des milliers d’autres blessés', reads: [], setAside: ['vague amount'] },
      { lang: 'en', text: 'thousands wounded', reads: [], setAside: ['vague amount'] },
    ],
  },
  {
    title: 'Ranges',
    rule: 'Two counts joined by a hyphen, an en or em dash, "to" or "à", or by "and"/"et" after "between"/"entre". A bare low end takes the high end’s scale: "entre 10 et 12 000" is 10,000 to 12,000. Two counts joined otherwise ("and" alone, "or"), or with a noun between them (counts of different things), are two counts, never a range: a figure cannot take them as its low and high.',
    rows: [
      { lang: 'en', text: 'between 10,000 and 12,000 soldiers', reads: [10000, 12000] },
      { lang: 'en', text: 'between 10,000-12,000 troops', reads: [10000, 12000] },
      { lang: 'en', text: '10,000-12,000 troops', reads: [10000, 12000] },
      { lang: 'en', text: '10,000–12,000 troops', reads: [10000, 12000] },
      { lang: 'en', text: '10,000 to 12,000 troops', reads: [10000, 12000] },
      { lang: 'fr', text: '10 000-12 000 soldats', reads: [10000, 12000] },
      { lang: 'fr', text: 'de 10 000 à 12 000 soldats', reads: [10000, 12000] },
      { lang: 'fr', text: 'entre 10 000 et 14 000 soldats', reads: [10000, 14000] },
      { lang: 'fr', text: 'entre 10 et 12 000 soldats', reads: [10000, 12000] },
      { lang: 'en', text: 'between 10 and 12 thousand troops', reads: [10000, 12000] },
      { lang: 'en', text: '10–12,000 troops', reads: [10000, 12000] },
      { lang: 'fr', text: 'entre dix et douze mille soldats', reads: [10000, 12000] },
      { lang: 'en', text: '1.5 to 2 million shells', reads: [1500000, 2000000] },
      { lang: 'en', text: 'closer to 11,000 to 12,000', reads: [11000, 12000] },
      { lang: 'fr', text: 'entre 500 et 12 000 soldats', reads: [500, 12000] },
      { lang: 'en', text: '10,000 or 12,000 troops', reads: [10000, 12000] },
      { lang: 'en', text: '10,000 and 12,000 troops', reads: [10000, 12000] },
      { lang: 'en', text: '3 generals and 12,000 troops', reads: [3, 12000] },
      { lang: 'fr', text: '1 000 démineurs et 5 000 ouvriers', reads: [1000, 5000] },
    ],
  },
  {
    title: 'Years and four-digit counts',
    rule: 'A four-digit number from 1800 to 2099 written without a separator is a count when a word of amount comes before it ("about", "près de") or a noun of people after it ("soldiers", "tués"), unless a word of time comes before it ("in", "depuis"); otherwise it is a year.',
    rows: [
      { lang: 'en', text: 'about 2000 soldiers', reads: [2000] },
      { lang: 'fr', text: 'près de 1850 soldats', reads: [1850] },
      { lang: 'en', text: '2000 North Korean soldiers were killed', reads: [2000] },
      { lang: 'fr', text: 'un contingent de 1900 militaires', reads: [1900] },
      { lang: 'fr', text: 'entre 1500 et 2000 soldats', reads: [1500, 2000] },
      { lang: 'en', text: 'in 2024', reads: [], setAside: ['year'] },
      { lang: 'fr', text: 'depuis 2023', reads: [], setAside: ['year'] },
      { lang: 'en', text: 'In 2024 soldiers were sent', reads: [], setAside: ['year'] },
      { lang: 'en', text: 'In 2024,11,000 troops', reads: [11000], setAside: ['year'] },
      { lang: 'en', text: 'In 2024, 11,000 troops', reads: [11000], setAside: ['year'] },
      { lang: 'fr', text: 'la signature en 2023 d’un pacte', reads: [], setAside: ['year'] },
      { lang: 'fr', text: 'la guerre de Corée (1950-1953)', reads: [], setAside: ['year', 'year'] },
      { lang: 'en', text: 'from 2022 to 2024', reads: [], setAside: ['year', 'year'] },
      { lang: 'en', text: 'the 2024 treaty', reads: [], setAside: ['year'] },
      { lang: 'fr', text: 'environ 2 000 soldats', reads: [2000] },
    ],
  },
  {
    title: 'Dates and times',
    rule: 'Dates are not numbers, with or without a year ("on March 3", "le 3 mars", "3/3"), nor are times.',
    rows: [
      { lang: 'fr', text: 'Le 28 avril 2025, jusqu’à 14 000 soldats', reads: [14000], setAside: ['date'] },
      { lang: 'en', text: 'On June 15, 1,500 troops', reads: [1500], setAside: ['date'] },
      { lang: 'en', text: 'on March 3, about 3,000 troops', reads: [3000], setAside: ['date'] },
      { lang: 'fr', text: 'le 3 mars, 3 000 soldats', reads: [3000], setAside: ['date'] },
      { lang: 'fr', text: 'le 1er mars', reads: [], setAside: ['date'] },
      { lang: 'en', text: 'on 3 March', reads: [], setAside: ['date'] },
      { lang: 'en', text: 'the 3rd of March', reads: [], setAside: ['date'] },
      { lang: 'fr', text: 'le 3/3', reads: [], setAside: ['date'] },
      { lang: 'fr', text: 'Depuis octobre 2024, environ 15 000 soldats', reads: [15000], setAside: ['date'] },
      { lang: 'fr', text: 'depuis l’automne 2024', reads: [], setAside: ['date'] },
      { lang: 'fr', text: '08.11.2025 16:45', reads: [], setAside: ['date', 'time'] },
      { lang: 'fr', text: 'Publié le 05/11/2024 à 14h02', reads: [], setAside: ['date', 'time'] },
      { lang: 'en', text: 'November 5, 2024, 2:31 AM', reads: [], setAside: ['date', 'time'] },
      { lang: 'fr', text: 'Publié le 20 déc. 2024 à 07h30', reads: [], setAside: ['date', 'time'] },
      { lang: 'en', text: '2025-01-17 18:05', reads: [], setAside: ['date', 'time'] },
      { lang: 'en', text: 'SEOUL, Sept 4 (GPW) – About 2,000 soldiers', reads: [2000], setAside: ['date'] },
      { lang: 'fr', text: 'SÉOUL, 18 octobre (APC) – environ 12 000 soldats', reads: [12000], setAside: ['date'] },
      { lang: 'en', text: 'some 3 may have died', reads: [3] },
    ],
  },
  {
    title: 'Other numbers that are not counts',
    rule: 'Percentages, ordinals, names with numbers, measurements and durations are set aside.',
    rows: [
      { lang: 'fr', text: '40 % des soldats', reads: [], setAside: ['percentage'] },
      { lang: 'en', text: '40% of the troops', reads: [], setAside: ['percentage'] },
      { lang: 'fr', text: '12 pour cent', reads: [], setAside: ['percentage'] },
      { lang: 'en', text: 'the 2nd Army', reads: [], setAside: ['ordinal'] },
      { lang: 'fr', text: 'la 11e armée', reads: [], setAside: ['ordinal'] },
      { lang: 'fr', text: 'le missile Hwasong-20 et le Su-27', reads: [], setAside: ['name', 'name'] },
      { lang: 'en', text: 'KN-23 missiles', reads: [], setAside: ['name'] },
      { lang: 'fr', text: 'obus de 155 mm', reads: [], setAside: ['measurement'] },
      { lang: 'en', text: '155mm shells', reads: [], setAside: ['measurement'] },
      { lang: 'fr', text: 'à 50 km de la frontière', reads: [], setAside: ['measurement'] },
      { lang: 'en', text: 'a 20-year treaty', reads: [], setAside: ['measurement'] },
      { lang: 'fr', text: 'depuis trois ans', reads: [], setAside: ['small number'] },
    ],
  },
];
