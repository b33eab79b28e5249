/**
 * The table of notations: how the dossier reads the numbers in an article's sentence. It is
 * the number reader's specification (`numbers.test.ts` checks every row) and the Method
 * page publishes it, so an editor can see why a quote reads as it does.
 */
import type { SetAsideKind } from './numbers';
import type { Language } from './vocabulary';

export interface Notation {
  /** A fragment as an article writes it. */
  text: string;
  /** The counts read from it, in text order (a range gives both ends). */
  reads: number[];
  /** What is read but set aside as not a count, by kind, in text order. */
  setAside?: SetAsideKind[];
  /** The article's language, where the reading depends on it. */
  language?: Language;
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
      { text: '10 000 soldats', reads: [10000] },
      { text: '10\u00A0000 soldats', reads: [10000] },
      { text: '10\u202F000 soldats', reads: [10000] },
      { text: '10\u2009000 soldats', reads: [10000] },
      { text: '12,000 troops', reads: [12000] },
      { text: '10.000 Soldaten', reads: [10000] },
      { text: '1,000,000 shells', reads: [1000000] },
      { text: '1 500 000 obus', reads: [1500000] },
      { text: '12’000 soldats', reads: [12000] },
      { text: '600 soldiers', reads: [600] },
      { text: 'environ 110 000 soldats', reads: [110000] },
      { text: '3, 4 and 5 brigades', reads: [3, 4, 5] },
    ],
  },
  {
    title: 'Decimals and scale words',
    rule: 'A decimal part (one or two digits, or any with a scale word) with million, milliard or billion; thousand and mille after digits; k after digits. Before a scale word, a comma is a decimal mark in French and a point in English.',
    rows: [
      { text: '1,5 million d’obus', reads: [1500000] },
      { text: '1.5 million shells', reads: [1500000] },
      { text: '2,5 millions de munitions', reads: [2500000] },
      { text: '1,500 million d’obus', reads: [1500000], language: 'fr' },
      { text: '1.500 million shells', reads: [1500000], language: 'en' },
      { text: '3 milliards de dollars', reads: [3000000000] },
      { text: '12 mille soldats', reads: [12000] },
      { text: '15 thousand troops', reads: [15000] },
      { text: '12k troops', reads: [12000] },
      { text: '1 million et demi d’obus', reads: [1500000] },
      { text: '2 millions and a half', reads: [2500000] },
    ],
  },
  {
    title: 'Numbers in words',
    rule: 'English and French number words, with hundreds, thousands, millions, "et demi" and "and a half". Words under twenty count only before a noun of people ("deux soldats"); vague plurals ("des milliers") are no number.',
    rows: [
      { text: 'dix mille soldats', reads: [10000] },
      { text: 'ten thousand troops', reads: [10000] },
      { text: 'twelve thousand five hundred', reads: [12500] },
      { text: 'quatre-vingt-dix soldats', reads: [90] },
      { text: 'quatre-vingts soldats', reads: [80] },
      { text: 'soixante-dix-huit soldats', reads: [78] },
      { text: 'vingt et un soldats', reads: [21] },
      { text: 'soixante et onze soldats', reads: [71] },
      { text: 'mille cinq cents soldats', reads: [1500] },
      { text: 'deux cent mille obus', reads: [200000] },
      { text: 'two hundred and fifty soldiers', reads: [250] },
      { text: 'a thousand men', reads: [1000] },
      { text: 'un million et demi d’obus', reads: [1500000] },
      { text: 'one and a half million shells', reads: [1500000] },
      { text: 'a million and a half shells', reads: [1500000] },
      { text: 'half a million shells', reads: [500000] },
      { text: 'deux millions et demi d’obus', reads: [2500000] },
      { text: 'deux soldats nord-coréens', reads: [2] },
      { text: 'two North Korean soldiers were captured', reads: [2] },
      { text: 'les deux pays', reads: [], setAside: ['small number'] },
      { text: 'un soutien total', reads: [] },
      { text: 'des milliers d’autres blessés', reads: [], setAside: ['vague amount'] },
      { text: 'thousands wounded', reads: [], setAside: ['vague amount'] },
    ],
  },
  {
    title: 'Ranges',
    rule: 'Two counts joined by a hyphen, an en or em dash, "to" or "à", or by "and"/"et" after "between"/"entre". A bare low end takes the high end’s scale: "entre 10 et 12 000" is 10,000 to 12,000.',
    rows: [
      { text: 'between 10,000 and 12,000 soldiers', reads: [10000, 12000] },
      { text: 'between 10,000-12,000 troops', reads: [10000, 12000] },
      { text: '10,000-12,000 troops', reads: [10000, 12000] },
      { text: '10,000–12,000 troops', reads: [10000, 12000] },
      { text: '10,000 to 12,000 troops', reads: [10000, 12000] },
      { text: '10 000-12 000 soldats', reads: [10000, 12000] },
      { text: 'de 10 000 à 12 000 soldats', reads: [10000, 12000] },
      { text: 'entre 10 000 et 14 000 soldats', reads: [10000, 14000] },
      { text: 'entre 10 et 12 000 soldats', reads: [10000, 12000] },
      { text: 'between 10 and 12 thousand troops', reads: [10000, 12000] },
      { text: '10–12,000 troops', reads: [10000, 12000] },
      { text: 'entre dix et douze mille soldats', reads: [10000, 12000] },
      { text: '1.5 to 2 million shells', reads: [1500000, 2000000] },
      { text: 'closer to 11,000 to 12,000', reads: [11000, 12000] },
      { text: 'entre 500 et 12 000 soldats', reads: [500, 12000] },
      { text: '10,000 or 12,000 troops', reads: [10000, 12000] },
    ],
  },
  {
    title: 'Years and four-digit counts',
    rule: 'A four-digit number from 1800 to 2099 written without a separator is a count when a word of amount comes before it ("about", "près de") or a noun of people after it ("soldiers", "tués"), unless a word of time comes before it ("in", "depuis"); otherwise it is a year.',
    rows: [
      { text: 'about 2000 soldiers', reads: [2000] },
      { text: 'près de 1850 soldats', reads: [1850] },
      { text: '2000 North Korean soldiers were killed', reads: [2000] },
      { text: 'un contingent de 1900 militaires', reads: [1900] },
      { text: 'entre 1500 et 2000 soldats', reads: [1500, 2000] },
      { text: 'in 2024', reads: [], setAside: ['year'] },
      { text: 'depuis 2023', reads: [], setAside: ['year'] },
      { text: 'In 2024 soldiers were sent', reads: [], setAside: ['year'] },
      { text: 'In 2024,11,000 troops', reads: [11000], setAside: ['year'] },
      { text: 'In 2024, 11,000 troops', reads: [11000], setAside: ['year'] },
      { text: 'la signature en 2023 d’un pacte', reads: [], setAside: ['year'] },
      { text: 'la guerre de Corée (1950-1953)', reads: [], setAside: ['year', 'year'] },
      { text: 'from 2022 to 2024', reads: [], setAside: ['year', 'year'] },
      { text: 'the 2024 treaty', reads: [], setAside: ['year'] },
      { text: 'environ 2 000 soldats', reads: [2000] },
    ],
  },
  {
    title: 'Dates and times',
    rule: 'Dates are not numbers, with or without a year ("on March 3", "le 3 mars", "3/3"), nor are times.',
    rows: [
      { text: 'Le 28 avril 2025, jusqu’à 14 000 soldats', reads: [14000], setAside: ['date'] },
      { text: 'On June 15, 1,500 troops', reads: [1500], setAside: ['date'] },
      { text: 'on March 3, about 3,000 troops', reads: [3000], setAside: ['date'] },
      { text: 'le 3 mars, 3 000 soldats', reads: [3000], setAside: ['date'] },
      { text: 'le 1er mars', reads: [], setAside: ['date'] },
      { text: 'on 3 March', reads: [], setAside: ['date'] },
      { text: 'the 3rd of March', reads: [], setAside: ['date'] },
      { text: 'le 3/3', reads: [], setAside: ['date'] },
      { text: 'Depuis octobre 2024, environ 15 000 soldats', reads: [15000], setAside: ['date'] },
      { text: 'depuis l’automne 2024', reads: [], setAside: ['date'] },
      { text: '08.11.2025 16:45', reads: [], setAside: ['date', 'time'] },
      { text: 'Publié le 05/11/2024 à 14h02', reads: [], setAside: ['date', 'time'] },
      { text: 'November 5, 2024, 2:31 AM', reads: [], setAside: ['date', 'time'] },
      { text: 'some 3 may have died', reads: [3] },
    ],
  },
  {
    title: 'Other numbers that are not counts',
    rule: 'Percentages, ordinals, names with numbers, measurements and durations are set aside.',
    rows: [
      { text: '40 % des soldats', reads: [], setAside: ['percentage'] },
      { text: '40% of the troops', reads: [], setAside: ['percentage'] },
      { text: '12 pour cent', reads: [], setAside: ['percentage'] },
      { text: 'the 2nd Army', reads: [], setAside: ['ordinal'] },
      { text: 'la 11e armée', reads: [], setAside: ['ordinal'] },
      { text: 'le missile Hwasong-20 et le Su-27', reads: [], setAside: ['name', 'name'] },
      { text: 'KN-23 missiles', reads: [], setAside: ['name'] },
      { text: 'obus de 155 mm', reads: [], setAside: ['measurement'] },
      { text: '155mm shells', reads: [], setAside: ['measurement'] },
      { text: 'à 50 km de la frontière', reads: [], setAside: ['measurement'] },
      { text: 'a 20-year treaty', reads: [], setAside: ['measurement'] },
      { text: 'depuis trois ans', reads: [], setAside: ['small number'] },
    ],
  },
];
