/**
 * Time as articles write it, resolved against the publication date: weekdays ("on Tuesday",
 * "mercredi"), weeks ("last week", "la semaine dernière"), months without a year ("in June",
 * "Last December", "à la mi-avril", "by December"), days and months without a year ("on
 * March 3", "le 3 mars"), "this month", "yesterday", "now". Nothing is ever resolved against
 * the clock: without a reference date, what needs one stays unresolved.
 *
 * A week or weekend that lies within one month resolves to that month; one straddling two
 * months, a season, a bare year or a span of months ("in January and February") is a period
 * that gives no as-of date.
 */
import { findDates } from '../claims';

/** What relative dates count from. */
export interface Reference {
  /** The day (`YYYY-MM-DD`): usually the dateline's. */
  day?: string | undefined;
  /** The month (`YYYY-MM`), when only the month is known (a monthly issue). */
  month?: string | undefined;
}

/**
 * - `point`: a day or a month the text names;
 * - `now`: "now", "so far", "désormais": the moment of speaking, resolved later to the statement's date;
 * - `since`: the start of a count ("since January", "depuis l'automne"), never its as-of date;
 * - `period`: a span that gives no single as-of date ("in January and February", a week across two months);
 * - `vague`: a time the text gives too loosely for an as-of date ("In 2024", "à l'automne", "at the time").
 */
export type TimeKind = 'point' | 'now' | 'since' | 'period' | 'vague';

export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  kind: TimeKind;
  /** The day or month it names (`YYYY-MM-DD` or `YYYY-MM`), or null when it cannot be resolved. */
  date: string | null;
  /** Introduced by "as of", "au", "en date du": the date a figure holds at. */
  asOf?: boolean | undefined;
}

const MONTHS: [RegExp, number][] = [
  [/^(?:january|janvier|janv)$/i, 1], [/^(?:february|février|fevrier|févr|fevr)$/i, 2], [/^(?:march|mars)$/i, 3], [/^(?:april|avril|avr)$/i, 4],
  [/^(?:may|mai)$/i, 5], [/^(?:june|juin)$/i, 6], [/^(?:july|juillet|juil)$/i, 7], [/^(?:august|août|aout)$/i, 8],
  [/^(?:september|septembre|sept)$/i, 9], [/^(?:october|octobre)$/i, 10], [/^(?:november|novembre)$/i, 11], [/^(?:december|décembre|decembre|déc)$/i, 12],
];
const monthOf = (word: string) => MONTHS.find(([re]) => re.test(word))?.[1] ?? null;
const EN_MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const FR_MONTH = '(?:[jJ]anvier|[fF][ée]vrier|[mM]ars|[aA]vril|[mM]ai|[jJ]uin|[jJ]uillet|[aA]o[uû]t|[sS]eptembre|[oO]ctobre|[nN]ovembre|[dD][ée]cembre)';
const MONTH = `(?:${EN_MONTH}|${FR_MONTH})`;
const WEEKDAYS: [RegExp, number][] = [
  [/^(?:sunday|dimanche)$/i, 0], [/^(?:monday|lundi)$/i, 1], [/^(?:tuesday|mardi)$/i, 2], [/^(?:wednesday|mercredi)$/i, 3],
  [/^(?:thursday|jeudi)$/i, 4], [/^(?:friday|vendredi)$/i, 5], [/^(?:saturday|samedi)$/i, 6],
];
const weekdayOf = (word: string) => WEEKDAYS.find(([re]) => re.test(word))?.[1] ?? null;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[lL]undi|[mM]ardi|[mM]ercredi|[jJ]eudi|[vV]endredi|[sS]amedi|[dD]imanche)';
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

// Calendar arithmetic on UTC days.
const toDate = (iso: string) => new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) || 1));
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => { const d = toDate(iso); d.setUTCDate(d.getUTCDate() + n); return isoDay(d); };
const pad = (n: number) => String(n).padStart(2, '0');
const monthString = (year: number, month: number) => { const d = new Date(Date.UTC(year, month - 1, 1)); return d.toISOString().slice(0, 7); };
const refMonth = (ref: Reference) => ref.day?.slice(0, 7) ?? ref.month;
/** A span of days as a month when it lies within one, else null. */
const spanMonth = (from: string, to: string) => (from.slice(0, 7) === to.slice(0, 7) ? from.slice(0, 7) : null);

/**
 * The most recent day with that weekday on or before the reference day (a week earlier for
 * "last Monday" said on a Monday).
 *
 * @example
 * weekdayBefore('2024-11-05', 1) // '2024-11-04'
 */
export function weekdayBefore(day: string, weekday: number, strictlyBefore = false): string {
  const back = (toDate(day).getUTCDay() - weekday + 7) % 7;
  return addDays(day, -(back === 0 && strictlyBefore ? 7 : back));
}

/**
 * The year of a day and month written without one: the reference's year, or the year
 * before when that would put the day more than two months after the reference.
 *
 * @example
 * yearOfDay('2025-01-13', 12, 28) // 2024
 */
export function yearOfDay(ref: string, month: number, day: number): number {
  const year = Number(ref.slice(0, 4));
  const candidate = `${year}-${pad(month)}-${pad(day)}`;
  return toDate(candidate).getTime() - toDate(ref).getTime() > 62 * 864e5 ? year - 1 : year;
}

/** A month named without a year: the latest on or before the reference month, or the next one for a target ("by December"). */
function resolveMonth(ref: Reference, month: number, how: 'past' | 'strictly-past' | 'future'): string | null {
  const r = refMonth(ref);
  if (!r) return null;
  const year = Number(r.slice(0, 4));
  const current = Number(r.slice(5, 7));
  if (how === 'future') return monthString(month >= current ? year : year + 1, month);
  if (how === 'strictly-past') return monthString(month < current ? year : year - 1, month);
  return monthString(month <= current ? year : year - 1, month);
}

interface Rule {
  re: RegExp;
  make(m: RegExpExecArray, ref: Reference): Pick<TimeExpression, 'kind' | 'date'> | null;
}

const SINCE_BEFORE = /(?:^|[^\p{L}])(?:since|depuis|dès|from)\s+(?:the\s+|le\s+|la\s+|l['’]\s*)?$/iu;
const AS_OF_BEFORE = /(?:^|[^\p{L}])(?:as\s+of|as\s+at|en\s+date\s+du|à\s+la\s+date\s+du|au)\s+$/iu;

/**
 * What the words right before a time expression make of it: the start of a count ("since
 * January", "depuis l'automne"), the date a figure holds at ("as of Wednesday", "au 1er
 * novembre"), or nothing.
 *
 * @example
 * timeContext('troops sent since January', 22) // 'since'
 */
export function timeContext(text: string, start: number): 'since' | 'as-of' | null {
  const before = text.slice(Math.max(0, start - 30), start);
  return SINCE_BEFORE.test(before) ? 'since' : AS_OF_BEFORE.test(before) ? 'as-of' : null;
}
const BY_BEFORE = /(?:^|[^\p{L}])(?:by|until|till|d['’]ici|jusqu['’]en|next)\s+(?:the\s+end\s+of\s+|la\s+fin\s+)?$/iu;

// Most specific first; a later rule may not overlap an earlier match.
const RULES: Rule[] = [
  { // in January and February, between October and December, de janvier à mars
    re: new RegExp(`${B}(?:(?:between|from|entre|de|d['’])\\s*)?${MONTH}\\s+(?:and|to|through|et|à|au)\\s+${MONTH}${E}(?:\\s+(?:last|this|next)\\s+year)?`, 'gu'),
    make: () => ({ kind: 'period', date: null }),
  },
  { // last week, la semaine dernière, earlier this week, over the weekend, ce week-end
    re: new RegExp(`${B}(?:(?:the\\s+)?(?:last|previous|past)\\s+week|la\\s+semaine\\s+(?:dernière|derniere|passée|passee|précédente|precedente)|(?:earlier\\s+)?this\\s+week|cette\\s+semaine|(?:over\\s+)?(?:the|this|last)\\s+weekend|(?:ce|le)\\s+week-end(?:\\s+dernier)?)${E}`, 'giu'),
    make: (m, ref) => {
      if (!ref.day) return { kind: 'period', date: null };
      const t = m[0].toLowerCase();
      const monday = weekdayBefore(ref.day, 1);
      if (/week-?end/.test(t)) {
        const saturday = /last|dernier/.test(t) || toDate(ref.day).getUTCDay() !== 0 ? weekdayBefore(addDays(ref.day, -1), 6) : addDays(ref.day, -1);
        return { kind: 'period', date: spanMonth(saturday, addDays(saturday, 1)) };
      }
      if (/this|cette/.test(t)) return { kind: 'period', date: spanMonth(monday, ref.day) };
      return { kind: 'period', date: spanMonth(addDays(monday, -7), addDays(monday, -1)) };
    },
  },
  { // this month, last month, le mois dernier, ce mois-ci
    re: new RegExp(`${B}(?:this|last|next|previous)\\s+month|(?:le|ce)\\s+mois(?:-ci|\\s+dernier|\\s+passé|\\s+prochain|\\s+en\\s+cours)?${E}`, 'giu'),
    make: (m, ref) => {
      const r = refMonth(ref);
      const t = m[0].toLowerCase().replace(/\s+/g, ' ');
      if (t === 'le mois' || t === 'ce mois') return null;
      if (!r) return { kind: 'point', date: null };
      const [y, mo] = [Number(r.slice(0, 4)), Number(r.slice(5, 7))];
      const shift = /last|previous|dernier|passé/.test(t) ? -1 : /next|prochain/.test(t) ? 1 : 0;
      return { kind: 'point', date: monthString(y, mo + shift) };
    },
  },
  { // yesterday, today, hier, aujourd'hui, this morning, ce matin
    re: new RegExp(`${B}(?:yesterday|today|tonight|this\\s+morning|hier|aujourd['’]hui|ce\\s+matin|avant-hier)${E}`, 'giu'),
    make: (m, ref) => {
      if (!ref.day) return { kind: 'point', date: null };
      const t = m[0].toLowerCase();
      return { kind: 'point', date: addDays(ref.day, /avant-hier/.test(t) ? -2 : /yesterday|hier/.test(t) ? -1 : 0) };
    },
  },
  { // three days ago, il y a deux jours
    re: new RegExp(`${B}(?:(\\d{1,2}|one|two|three|four|five|six|seven|un|deux|trois|quatre|cinq|six|sept)\\s+days?\\s+ago|il\\s+y\\s+a\\s+(\\d{1,2}|un|deux|trois|quatre|cinq|six|sept)\\s+jours?)${E}`, 'giu'),
    make: (m, ref) => {
      const word = (m[1] ?? m[2]!).toLowerCase();
      const n = /^\d+$/.test(word) ? Number(word) : ['', 'one|un', 'two|deux', 'three|trois', 'four|quatre', 'five|cinq', 'six', 'seven|sept'].findIndex((w) => w && new RegExp(`^(?:${w})$`).test(word));
      return { kind: 'point', date: ref.day && n > 0 ? addDays(ref.day, -n) : null };
    },
  },
  { // now, so far, désormais, to date, in recent weeks
    re: new RegExp(`${B}(?:(?:by\\s+)?now|so\\s+far|to\\s+date|currently|at\\s+present|in\\s+recent\\s+(?:days|weeks)|désormais|actuellement|à\\s+ce\\s+jour|jusqu['’]ici|jusqu['’]à\\s+présent|à\\s+l['’]heure\\s+actuelle|ces\\s+dernières\\s+semaines|ces\\s+derniers\\s+jours)${E}`, 'giu'),
    make: (_m, ref) => ({ kind: 'now', date: ref.day ?? null }),
  },
  { // this year, last year, l'an dernier, depuis le début de l'année
    re: new RegExp(`${B}(?:(?:early|earlier|late|later)\\s+)?(?:this|last|next)\\s+year|(?:since\\s+)?the\\s+(?:start|beginning)\\s+of\\s+(?:the|this)\\s+year|(?:depuis\\s+)?le\\s+début\\s+de\\s+l['’]année|cette\\s+année|l['’]an(?:née)?\\s+(?:dernière?|passée?|prochaine?)${E}`, 'giu'),
    make: (m) => ({ kind: /^(?:since|depuis)/i.test(m[0]) ? 'since' : 'vague', date: null }),
  },
  { // at the time, initially, au début du déploiement, lors des premières semaines
    re: new RegExp(`${B}(?:at\\s+the\\s+time|at\\s+first|initially|early\\s+on|in\\s+the\\s+first\\s+(?:days|weeks|months)|à\\s+l['’]époque|initialement|au\\s+début\\s+(?:du|de\\s+la|de\\s+l['’]|des)\\s+\\p{L}+|(?:lors|au\\s+cours)\\s+des\\s+premi(?:ers|ères)\\s+(?:jours|semaines|mois)|dans\\s+les\\s+premi(?:ers|ères)\\s+(?:jours|semaines|mois)|(?:\\p{L}+|\\d+)\\s+(?:months|weeks|years)\\s+(?:later|earlier))${E}`, 'giu'),
    make: () => ({ kind: 'vague', date: null }),
  },
  { // seasons without a year: in the spring, à l'automne, l'été dernier, this summer
    // A French season needs its article: "été" alone is the participle ("ont été tués").
    re: new RegExp(`${B}(?:(?:in\\s+)?(?:the\\s+|this\\s+|last\\s+)(?:spring|summer|autumn|fall|winter)|(?:au\\s+|à\\s+l['’]\\s*|l['’]\\s*|cet\\s+|ce\\s+|en\\s+)(?:printemps|été|automne|hiver)(?:\\s+dernier)?)${E}(?!,?\\s+(?:of\\s+)?(?:1[89]|20)\\d\\d)`, 'giu'),
    make: () => ({ kind: 'vague', date: null }),
  },
  { // on Tuesday, last Thursday, mercredi matin, jeudi dernier
    re: new RegExp(`${B}${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night|matin|midi|après-midi|soir))?(?:\\s+(dernier))?${E}`, 'gu'),
    make: (m, ref) => {
      if (!ref.day) return { kind: 'point', date: null };
      const weekday = weekdayOf(m[0].split(/\s+/)[0]!)!;
      return { kind: 'point', date: weekdayBefore(ref.day, weekday, !!m[1]) };
    },
  },
  { // in June, Last December, in mid-October, à la mi-avril, fin avril, by December, at the end of October
    re: new RegExp(`${B}(?:(last|this\\s+past|next)\\s+)?(?:(early|mid|late)-?\\s*|(?:the\\s+)?(?:beginning|start|middle|end)\\s+of\\s+|(?:à\\s+la\\s+)?mi-|(?:au\\s+)?début\\s+|(?:à\\s+la\\s+)?fin\\s+(?:d['’]\\s*)?|courant\\s+)?(${MONTH})${E}(?!,?\\s+(?:1[89]|20)\\d\\d)`, 'giu'),
    // "May" alone is too often the verb; a month needs its capital in English.
    make: (m, ref) => {
      const word = m[3]!;
      if (/^[a-z]/.test(word) && /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(word)) return null;
      if (/^May$/.test(word) && !m[1] && !m[2] && m[0] === word) return null;
      const month = monthOf(word)!;
      const how = m[1] && /next/i.test(m[1]) ? 'future' : m[1] ? 'strictly-past' : 'past';
      return { kind: 'point', date: resolveMonth(ref, month, how) };
    },
  },
];

const MONTH_RULE = RULES[RULES.length - 1]!;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Every time expression of a text, in text order, each resolved against the reference
 * where it needs one.
 *
 * @example
 * timeExpressions('HUR said on Tuesday that …', { day: '2025-03-12' })[0] // { text: 'Tuesday', kind: 'point', date: '2025-03-11', … }
 * timeExpressions('la semaine dernière', { day: '2025-11-05' })[0]?.date // null (27 October to 2 November)
 */
export function timeExpressions(text: string, ref: Reference): TimeExpression[] {
  const out: TimeExpression[] = [];
  const add = (start: number, end: number, made: Pick<TimeExpression, 'kind' | 'date'>) => {
    const span = { start, end };
    if (out.some((o) => overlaps(o, span))) return;
    const context = timeContext(text, start);
    let kind = made.kind;
    if ((kind === 'point' || kind === 'vague') && context === 'since') kind = 'since';
    out.push({ start, end, text: text.slice(start, end), kind, date: kind === 'since' ? null : made.date, ...(kind === 'point' && context === 'as-of' ? { asOf: true } : {}) });
  };
  // Periods of months come before the single months they are made of.
  const [periods, ...rest] = RULES;
  for (const m of text.matchAll(periods!.re)) add(m.index, m.index + m[0].length, periods!.make(m, ref)!);
  // Dates the text writes with a year, or as a day and month without one.
  for (const d of findDates(text)) {
    if (d.yearless) {
      const [month, day] = d.date.split('-').filter(Boolean).map(Number) as [number, number];
      const date = ref.day ? `${yearOfDay(ref.day, month, day)}-${pad(month)}-${pad(day)}` : null;
      add(d.start, d.end, { kind: 'point', date });
    } else add(d.start, d.end, d.precision === 'day' || d.precision === 'month' ? { kind: 'point', date: d.date } : { kind: 'vague', date: null });
  }
  for (const rule of rest) {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const made = rule.make(m as RegExpExecArray, ref);
      if (!made) continue;
      // A target month ("by December", "d'ici décembre") is the next one, not the last.
      const target = rule === MONTH_RULE && made.date && BY_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
      add(m.index, m.index + m[0].length, target ? { kind: 'point', date: resolveMonth(ref, monthOf(m[3]!)!, 'future') } : made);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
