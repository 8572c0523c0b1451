/**
 * Plain-text wording the elements print: the stop-date sentence for a discharge summary, "in 12 days" /
 * "overdue by 3 days", drug and indication names, and a medication line's dose in words.
 *
 * Pure functions, no DOM, and none of them throws: input they cannot read gives '' (or `NaN` days), so
 * a template shows nothing rather than a wrong sentence.
 *
 * Locales: wording is English; only the differences that matter between 'en-GB' (the default) and
 * 'en-US' are made (date order, "when needed" vs "as needed", "micrograms an hour" vs "mcg/hour").
 * Any other locale string is read as 'en-GB'.
 */
import { stripBidiControls } from './bidi.js';
import { addDays, daysBetween, formatDate, isIsoDate, type IsoDate } from './dates.js';
import { parseWith } from './parse.js';
import { INDICATIONS, OPIOID_IDS, type Indication, type OpioidId } from './ids.js';
import { MedicationLineSchema } from './schema.js';

export type TextLocale = 'en-GB' | 'en-US';

/** 'en-US' (any case, with or without a region extension such as 'en-US-u-ca-gregory'); otherwise 'en-GB'. */
export function textLocale(locale?: unknown): TextLocale {
  return typeof locale === 'string' && /^en-us(?:-|$)/i.test(locale) ? 'en-US' : 'en-GB';
}

const DRUG_NAMES: Readonly<Record<OpioidId, string>> = {
  morphine: 'morphine',
  codeine: 'codeine',
  dihydrocodeine: 'dihydrocodeine',
  tramadol: 'tramadol',
  tapentadol: 'tapentadol',
  oxycodone: 'oxycodone',
  hydromorphone: 'hydromorphone',
  hydrocodone: 'hydrocodone',
  oxymorphone: 'oxymorphone',
  methadone: 'methadone',
  fentanyl: 'fentanyl',
  buprenorphine: 'buprenorphine',
};

function isOpioidId(value: unknown): value is OpioidId {
  return OPIOID_IDS.some((id) => id === value);
}

function isIndication(value: unknown): value is Indication {
  return INDICATIONS.some((id) => id === value);
}

/**
 * The generic (INN) name, lower case for use inside a sentence: 'oxycodone'. The twelve opioids we
 * know have the same name in UK and US English. '' for an id we do not know.
 */
export function drugName(id: OpioidId | unknown, _locale?: string): string {
  return isOpioidId(id) ? DRUG_NAMES[id] : '';
}

const INDICATION_NAMES: Readonly<Record<Indication, string>> = {
  acute: 'Acute pain',
  'chronic-non-cancer': 'Chronic non-cancer pain',
  cancer: 'Cancer pain',
  'end-of-life': 'Pain at the end of life',
  'opioid-use-disorder': 'Opioid use disorder',
};

/** 'Chronic non-cancer pain' for 'chronic-non-cancer'; '' for an indication we do not know. */
export function indicationName(indication: Indication | unknown): string {
  return isIndication(indication) ? INDICATION_NAMES[indication] : '';
}

/**
 * A dose in mg as text, without the unit: at most 2 decimals below 10 mg (2.25 mg codeine MME,
 * 0.4 mg buprenorphine) and 1 decimal from 10 up (52.5), with the locale's grouping ("1,200").
 * '' for anything that is not a finite number.
 */
export function formatMg(value: number | unknown, locale?: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  // Rounding multiplies by up to 100: near Number.MAX_VALUE that overflows and would print "∞".
  if (!Number.isFinite(value * 100)) return '';
  const decimals = Math.abs(value) < 10 ? 2 : 1;
  return mgFormatter(textLocale(locale), decimals).format(roundMg(value));
}

/**
 * Made once per locale and precision: building an Intl.NumberFormat costs far more than using one, and
 * a review list formats numbers for thousands of plans (the flags' sentences carry doses).
 */
const MG_FORMATTERS = new Map<string, Intl.NumberFormat>();
function mgFormatter(locale: TextLocale, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${decimals}`;
  let formatter = MG_FORMATTERS.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals });
    MG_FORMATTERS.set(key, formatter);
  }
  return formatter;
}

/**
 * The number `formatMg` shows (2 decimals below 10, else 1). Comparisons with a threshold use this, so
 * a shown total and its band always agree: 89.96 is shown as "90" and is at or above 90, never "90 …
 * below 90". NaN for anything that is not a finite number.
 */
export function roundMg(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return Number.NaN;
  const factor = Math.abs(value) < 10 ? 100 : 10;
  // `|| 0` so a value that rounds to zero is 0, never -0.
  return Math.round(value * factor) / factor || 0;
}

/** A whole count with grouping: 1200 → "1,200". */
function formatCount(value: number, locale: TextLocale): string {
  return mgFormatter(locale, 0).format(value);
}

function days(count: number, locale: TextLocale): string {
  return `${formatCount(count, locale)} day${Math.abs(count) === 1 ? '' : 's'}`;
}

/** "once a day", "twice a day", "3 times a day", "every 2 days" (for ½ dose a day). */
function timesADay(perDay: number, locale: TextLocale): string {
  if (perDay === 1) return 'once a day';
  if (perDay === 2) return 'twice a day';
  const everyDays = 1 / perDay;
  if (perDay < 1 && Number.isInteger(Math.round(everyDays * 1e9) / 1e9)) {
    return `every ${days(Math.round(everyDays), locale)}`;
  }
  return `${formatMg(perDay, locale)} times a day`;
}

/**
 * A medication line's dose in words, for the plan card's rows (the drug name is shown beside it):
 * "60 mg twice a day", "5 mg up to 4 times a day when needed" (en-US "… as needed"),
 * "10 micrograms an hour patch" (en-US "10 mcg/hour patch"), "0.4 mg under the tongue once a day".
 * UK practice writes "micrograms" in full, because "µg" and "mcg" are misread as mg.
 * '' for a line that fails the schema.
 */
export function doseInWords(line: unknown, locale?: string): string {
  const parsed = parseWith(MedicationLineSchema, line);
  if (!parsed.ok) return '';
  const { route, strength, dosesPerDay, asNeeded, maxDosesPerDay } = parsed.value;
  const lang = textLocale(locale);
  const amount = formatMg(strength.value, lang);
  if (route === 'transdermal') {
    if (lang === 'en-US') return `${amount} mcg/hour patch`;
    return `${amount} microgram${strength.value === 1 ? '' : 's'} an hour patch`;
  }
  const where = route === 'sublingual' ? ' under the tongue' : '';
  if (asNeeded) {
    // As-needed lines: the most doses allowed is what the worst-case daily dose uses (REFERENCE.md §1).
    const most = maxDosesPerDay ?? dosesPerDay;
    const when = lang === 'en-US' ? 'as needed' : 'when needed';
    return most === undefined
      ? `${amount} mg${where} ${when}`
      : `${amount} mg${where} up to ${timesADay(most, lang)} ${when}`;
  }
  return dosesPerDay === undefined ? `${amount} mg${where}` : `${amount} mg${where} ${timesADay(dosesPerDay, lang)}`;
}

const WEEKDAYS = ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday'] as const;

/**
 * "Friday 6 March 2026" (en-GB) or "Friday, March 6, 2026" (en-US). The weekday is counted from
 * 1970-01-01 (a Thursday) rather than asked of Intl, because ICU versions disagree on the comma in
 * the en-GB full date and a discharge summary must read the same from Node and every browser.
 */
export function formatDateWithWeekday(date: IsoDate, locale?: string): string {
  if (!isIsoDate(date)) return '';
  const lang = textLocale(locale);
  const day = daysBetween('1970-01-01', date);
  const weekday = WEEKDAYS[((day % 7) + 7) % 7];
  const long = formatDate(date, lang, 'long');
  if (!long || weekday === undefined) return '';
  return lang === 'en-US' ? `${weekday}, ${long}` : `${weekday} ${long}`;
}

const INDICATION_PHRASES: Readonly<Record<Indication, string>> = {
  acute: 'acute pain',
  'chronic-non-cancer': 'chronic non-cancer pain',
  cancer: 'cancer pain',
  'end-of-life': 'pain at the end of life',
  'opioid-use-disorder': 'opioid use disorder',
};

export interface StopDateSentenceInput {
  /** An opioid id ('oxycodone'); other text (e.g. 'co-codamol') is printed as written. */
  drug: OpioidId | string;
  /** Product name, printed in brackets after the drug. */
  product?: string;
  startDate: IsoDate;
  /** The stop date (kind 'stop') or the review date (kind 'review'). */
  stopDate: IsoDate;
  kind: 'stop' | 'review';
  locale?: string;
  /** Adds "for acute pain" etc. after the drug. */
  indication?: Indication;
}

// Direction controls (why they are stripped: bidi.ts). Exported from here as it always was.
export { stripBidiControls } from './bidi.js';

/**
 * Names in a sentence: "a", "a and b", "a, b and c". Each name once, trimmed and without direction
 * controls (stripBidiControls); empty names are left out.
 */
export function listNames(names: readonly unknown[]): string {
  if (!Array.isArray(names)) return '';
  const unique = [...new Set(names.map((name) => stripBidiControls(name).trim()).filter((name) => name !== ''))];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/** Free text that is safe to print inside one sentence: one line, not empty, not a paragraph, no direction controls. */
function shortText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = stripBidiControls(value).replace(/\s+/g, ' ').trim();
  return text.length > 0 && text.length <= max ? text : undefined;
}

/**
 * The sentence a discharge summary prints so the GP knows when the opioid ends (OUCh project,
 * Newcastle, Postgrad Med J 2023: clear stop dates on discharge summaries; MHRA 2020: agree a plan for
 * the end of treatment before starting):
 *
 * "Stop oxycodone on Friday 6 March 2026 (last dose Thursday 5 March 2026): 5 days of treatment. Do not
 * continue beyond this date without a review."
 *
 * '' when the input cannot make a true sentence: an unreadable drug, a date that is not a calendar
 * date, a stop/review date before the start date, an unknown kind or indication.
 */
export function stopDateSentence(input: StopDateSentenceInput | unknown): string {
  try {
    if (typeof input !== 'object' || input === null) return '';
    const { drug, product, startDate, stopDate, kind, locale, indication } = input as Record<string, unknown>;
    if (kind !== 'stop' && kind !== 'review') return '';
    if (!isIsoDate(startDate) || !isIsoDate(stopDate)) return '';
    const length = daysBetween(startDate, stopDate);
    if (!(length >= 0)) return '';
    const name = isOpioidId(drug) ? drugName(drug) : shortText(drug, 100);
    if (name === undefined) return '';
    if (product !== undefined && (typeof product !== 'string' || product.length > 200)) return '';
    if (indication !== undefined && !isIndication(indication)) return '';
    const lang = textLocale(locale);
    const productText = shortText(product, 200);
    const what = productText !== undefined && productText.toLowerCase() !== name.toLowerCase()
      ? `${name} (${productText})` : name;
    const forWhat = indication === undefined ? '' : ` for ${INDICATION_PHRASES[indication]}`;
    const on = formatDateWithWeekday(stopDate, lang);
    const tail = 'Do not continue beyond this date without a review.';
    if (kind === 'review') {
      const when = length === 0 ? 'the day it was started' : `${days(length, lang)} after starting`;
      return `Review ${what}${forWhat} on ${on}, ${when}. ${tail}`;
    }
    // REFERENCE.md §3: the stop date is the first day without the medicine, so the last dose is the day
    // before and the course is stop − start days long; the sentence says both, so no reader counts the
    // stop date as a day of treatment.
    if (length === 0) return `Stop ${what}${forWhat} on ${on}, the day it was started. ${tail}`;
    return `Stop ${what}${forWhat} on ${on} (last dose ${formatDateWithWeekday(addDays(stopDate, -1), lang)}): `
      + `${days(length, lang)} of treatment. ${tail}`;
  } catch {
    // A getter that throws on the input object is bad input too.
    return '';
  }
}

export interface RelativeDays {
  /** `to` − `from` in whole days; NaN when either is not a calendar date. */
  days: number;
  /** 'today', 'tomorrow', 'in 12 days', 'overdue by 3 days'; '' when `days` is NaN. */
  text: string;
}

/**
 * How far a due date (`to`) is from today (`from`), worded for a due date: a date in the past is
 * overdue ("overdue by 1 day"), never "yesterday", because a missed review is what the reader must see.
 */
export function relativeDays(from: IsoDate, to: IsoDate, locale?: string): RelativeDays {
  const count = daysBetween(from, to);
  if (!Number.isFinite(count)) return { days: Number.NaN, text: '' };
  const lang = textLocale(locale);
  const text = count === 0 ? 'today'
    : count === 1 ? 'tomorrow'
    : count > 0 ? `in ${days(count, lang)}`
    : `overdue by ${days(-count, lang)}`;
  return { days: count, text };
}

/**
 * Time left before a stop date, from `today`: "5 days left", "1 day left", "stops today",
 * "stop date passed 2 days ago". ("Passed", not "stopped": the plan says when to stop, not whether the
 * patient did.) '' if either date is not a calendar date.
 */
export function daysLeftText(today: IsoDate, stopDate: IsoDate, locale?: string): string {
  const count = daysBetween(today, stopDate);
  if (!Number.isFinite(count)) return '';
  const lang = textLocale(locale);
  if (count === 0) return 'stops today';
  return count > 0 ? `${days(count, lang)} left` : `stop date passed ${days(-count, lang)} ago`;
}

/**
 * A value as an error message quotes it: “60mg”, cut at 40 characters so a pasted essay cannot flood
 * the error block, and without direction controls (stripBidiControls), which would otherwise reverse
 * the rest of the message. A value with no text of its own is described, not quoted: "an object"
 * (never "[object Object]", and never a throw from an object without toString), "an empty value"
 * (undefined, null), "an invalid number" (NaN), "an infinite number".
 */
export function quoteValue(value: unknown): string {
  if (value === undefined || value === null) return 'an empty value';
  if (typeof value === 'object' || typeof value === 'function') return 'an object';
  if (typeof value === 'number' && Number.isNaN(value)) return 'an invalid number';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'an infinite number';
  const text = typeof value === 'string' ? stripBidiControls(value) : String(value);
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
}

/** "hydrocodone" → "Hydrocodone", for the start of a sentence or a heading; '' for anything that is not text. */
export function capitalise(text: string): string {
  if (typeof text !== 'string') return '';
  return text.charAt(0).toUpperCase() + text.slice(1);
}
