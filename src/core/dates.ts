/**
 * Calendar-date arithmetic on 'YYYY-MM-DD' strings.
 *
 * Why no `Date` maths: a local-time `Date` shifts by an hour across DST and by a whole day in
 * UTC+14 or UTC−8, so "start + 5 days" could land on the wrong day. Here a date is a count of days
 * since 1970-01-01 (integer arithmetic only), so the answer is the same in every time zone.
 * `Date`/`Intl` are used only to *read* today's date, with an explicit time zone. Dates for people are
 * formatted by the locale catalogues (`formatters(tag).date` in 'opioid-elements/locales').
 */

/** A calendar date written `YYYY-MM-DD` (no time, no zone). Validated by `isIsoDate`. */
export type IsoDate = string;

/** Returned by date functions when their input is not a calendar date: they never throw. */
export const INVALID_DATE = '';

/** False for anything that is not a whole number (a BigInt or an object cannot be a year here). */
export function isLeapYear(year: number): boolean {
  if (!Number.isInteger(year)) return false;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 28–31; NaN for a year that is not a whole number or a month outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) return Number.NaN;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The digit at `index` of `text` (0–9), or -1: read by character code, so no match array or substrings are made. */
function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9] as const;

/**
 * Year, month and day of text shaped `DDDD-DD-DD` (four ASCII digits, '-', two digits, '-', two
 * digits, nothing else), packed as year × 10000 + month × 100 + day; -1 for any other text. Called
 * several times for every date of every plan (the schema, the flags, the formatters), so it reads
 * character codes instead of running a pattern that makes a match array and three substrings.
 */
function packedDate(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  let packed = 0;
  for (const index of DIGIT_POSITIONS) {
    const digit = digitAt(value, index);
    if (digit < 0) return -1;
    packed = packed * 10 + digit;
  }
  return packed;
}

/** True for a real calendar date in years 0001–9999: `2026-02-30` and `2026-2-3` are false. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const packed = packedDate(value);
  if (packed < 0) return false;
  const year = Math.floor(packed / 10000);
  const month = Math.floor(packed / 100) % 100;
  const day = packed % 100;
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Days since 1970-01-01 for a proleptic Gregorian date (the "days from civil" algorithm:
 * shift the year to start in March so the leap day is the last day of the year).
 */
function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1 || year > 9999) return INVALID_DATE;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** For a date `isIsoDate` accepted. */
function dayNumberOf(date: IsoDate): number {
  const packed = packedDate(date);
  return toDayNumber(Math.floor(packed / 10000), Math.floor(packed / 100) % 100, packed % 100);
}

/**
 * The date `days` calendar days after `date` (before, if negative).
 * Returns `INVALID_DATE` ('') if `date` is not a calendar date, `days` is not a whole number, or the
 * result falls outside years 0001–9999.
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!isIsoDate(date) || !Number.isSafeInteger(days)) return INVALID_DATE;
  return fromDayNumber(dayNumberOf(date) + days);
}

/** Whole days from `from` to `to` (`to` − `from`); NaN if either is not a calendar date. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  if (!isIsoDate(from) || !isIsoDate(to)) return Number.NaN;
  return dayNumberOf(to) - dayNumberOf(from);
}

/**
 * The same calendar day `months` later (earlier if negative), clamped to the end of a shorter month
 * (30 November + 3 months = 28 February, or 29 February in a leap year). Calendar months, not
 * 90 days, because "more than 3 months" (MHRA 2020) is how clinicians and patients count.
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  if (!isIsoDate(date) || !Number.isSafeInteger(months)) return INVALID_DATE;
  const packed = packedDate(date);
  const year = Math.floor(packed / 10000);
  const month = Math.floor(packed / 100) % 100;
  const day = packed % 100;
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  if (newYear < 1 || newYear > 9999) return INVALID_DATE;
  const newDay = Math.min(day, daysInMonth(newYear, newMonth));
  return `${String(newYear).padStart(4, '0')}-${String(newMonth).padStart(2, '0')}-${String(newDay).padStart(2, '0')}`;
}

/**
 * Negative, zero or positive as `a` is before, on or after `b` (ISO strings sort as dates); NaN
 * unless both are text (comparing an object or a symbol would throw, and any order would be a guess).
 */
export function compareDates(a: IsoDate, b: IsoDate): number {
  if (typeof a !== 'string' || typeof b !== 'string') return Number.NaN;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Today's calendar date where the user is (or in `timeZone`, an IANA name such as 'Europe/London').
 * `now` is injectable so tests can pin the instant. Falls back to the runtime's zone if `timeZone` is
 * not a zone Intl knows.
 */
export function todayIso(timeZone?: string, now: number = Date.now()): IsoDate {
  // An instant that is not a finite number of milliseconds (NaN, 1e21, a BigInt) has no date.
  const instant = new Date(typeof now === 'number' ? now : Number.NaN);
  if (Number.isNaN(instant.getTime())) return INVALID_DATE;
  const zone = typeof timeZone === 'string' ? zoneFormatter(timeZone) : undefined;
  if (zone === undefined) {
    // The runtime's own zone, read from the Date itself: no formatter to build (every widget asks on
    // creation, and building an Intl.DateTimeFormat costs far more than this), and never a stale zone.
    const iso = `${String(instant.getFullYear()).padStart(4, '0')}-${String(instant.getMonth() + 1).padStart(2, '0')}-${String(instant.getDate()).padStart(2, '0')}`;
    return isIsoDate(iso) ? iso : INVALID_DATE;
  }
  const parts = zone.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const iso = `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
  return isIsoDate(iso) ? iso : INVALID_DATE;
}

/** One formatter per named zone asked for (at most 16 kept); undefined for a zone Intl does not know. */
const ZONE_FORMATTERS = new Map<string, Intl.DateTimeFormat | undefined>();
function zoneFormatter(timeZone: string): Intl.DateTimeFormat | undefined {
  if (ZONE_FORMATTERS.has(timeZone)) return ZONE_FORMATTERS.get(timeZone);
  let formatter: Intl.DateTimeFormat | undefined;
  try {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    formatter = undefined;
  }
  if (ZONE_FORMATTERS.size >= 16) ZONE_FORMATTERS.clear();
  ZONE_FORMATTERS.set(timeZone, formatter);
  return formatter;
}
