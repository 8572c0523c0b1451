/**
 * Numbers, dates, plurals and lists for one locale, through `Intl`, each formatter created once per
 * locale and kept (creating an Intl formatter costs far more than using one, and a card formats dozens
 * of numbers). No DOM; runs in Node and browsers.
 *
 * Dates are calendar dates (`YYYY-MM-DD`) formatted at UTC midnight in UTC, so the reader's time zone
 * can never move them a day, and always in the Gregorian calendar with Latin digits made explicit: a
 * `th` page otherwise shows Buddhist-era years on one widget and Gregorian ones on the next.
 */
import { daysBetween, isIsoDate } from '../core/dates.js';
import { roundMg } from '../core/text.js';

export type DateStyle = 'long' | 'medium' | 'short' | 'weekday';
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface Formatters {
  /** The BCP 47 tag the formatters use (e.g. 'en-GB', 'cy', 'es'). */
  readonly locale: string;
  /** A dose in mg without its unit: 2 decimals below 10, 1 from 10 up ("52.5", "1,200"); '' if not a number. */
  mg(value: unknown): string;
  /** A taper dose or step: at most 2 decimals ("72.9", "0.25"), a tiny dose to 2 significant digits; '' if not a number. */
  amount(value: unknown): string;
  /** A whole count with the locale's grouping: "1,200"; '' if not a number. */
  count(value: unknown): string;
  /** A percentage number without the sign's spacing rules of the locale: "10". */
  percent(value: unknown): string;
  /** A calendar date; '' for anything that is not one. */
  date(iso: unknown, style?: DateStyle): string;
  /** The form of `forms` that `Intl.PluralRules` picks for `count` ("{n}" in it becomes the count). */
  plural(count: number, forms: PluralForms): string;
  /** "a, b and c" (or "a, b or c"), in the locale's way. */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

const DATE_OPTIONS: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  short: { day: 'numeric', month: 'short' },
  weekday: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
};

const cache = new Map<string, Formatters>();

/** The formatters for `locale` (a tag Intl knows; anything else falls back to en-GB). Never throws. */
export function formatters(locale: string): Formatters {
  const known = cache.get(locale);
  if (known) return known;
  const created = create(supported(locale));
  cache.set(locale, created);
  return created;
}

function supported(locale: string): string {
  try {
    return typeof locale === 'string' && (fallbacks.has(locale) || Intl.NumberFormat.supportedLocalesOf([locale]).length > 0) ? locale : 'en-GB';
  } catch {
    return 'en-GB';
  }
}

/**
 * What a locale's catalogue supplies for a runtime without that locale's Intl data: Chromium ships no
 * Welsh dates, lists or number patterns (it has Welsh plural rules), Firefox, Safari and Node do. Each
 * part is used only where the runtime's own is missing; `fixList` runs on the runtime's lists too.
 */
export interface IntlFallback {
  /** A locale whose number formats are the same (cy: en-GB). */
  numbers: string;
  /** A calendar date (Gregorian; `month` 1–12; `weekday` 0 for Thursday, as 1970-01-01 was) in one style. */
  date(parts: { day: number; month: number; year: number; weekday: number }, style: DateStyle): string;
  plural(count: number): Intl.LDMLPluralRule;
  list(items: readonly string[], type: 'conjunction' | 'disjunction'): string;
  fixList?(text: string): string;
}

const fallbacks = new Map<string, IntlFallback>();

/** Called by a catalogue module as it loads (cy.ts); formatters made before it are made again. */
export function registerIntlFallback(locale: string, fallback: IntlFallback): void {
  fallbacks.set(locale, fallback);
  cache.delete(locale);
}

function hasOwnData(service: { supportedLocalesOf(locales: string[]): string[] }, locale: string): boolean {
  try {
    return service.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

function create(locale: string): Formatters {
  const fallback = fallbacks.get(locale);
  const own = (service: { supportedLocalesOf(locales: string[]): string[] }) => !fallback || hasOwnData(service, locale);
  // `-u-nu-latn` / `calendar: 'gregory'`: digits and calendar explicit, whatever the locale's default.
  const base = `${fallback && !own(Intl.NumberFormat) ? fallback.numbers : locale}-u-nu-latn`;
  const dateBase = `${locale}-u-nu-latn`;
  const numbers = new Map<number, Intl.NumberFormat>();
  const number = (digits: number) => {
    let format = numbers.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(base, { maximumFractionDigits: digits });
      numbers.set(digits, format);
    }
    return format;
  };
  const dates = new Map<DateStyle, Intl.DateTimeFormat>();
  const dateFormat = (style: DateStyle) => {
    let format = dates.get(style);
    if (!format) {
      format = new Intl.DateTimeFormat(dateBase, { ...DATE_OPTIONS[style], timeZone: 'UTC', calendar: 'gregory' });
      dates.set(style, format);
    }
    return format;
  };
  const rules = own(Intl.PluralRules) ? new Intl.PluralRules(locale) : undefined;
  const lists = own(Intl.ListFormat) ? {
    conjunction: new Intl.ListFormat(locale, { type: 'conjunction' }),
    disjunction: new Intl.ListFormat(locale, { type: 'disjunction' }),
  } : undefined;
  const ownDates = own(Intl.DateTimeFormat);
  const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
  return {
    locale,
    mg(value) {
      if (!finite(value)) return '';
      const shown = roundMg(value);
      return Number.isFinite(shown) ? number(Math.abs(value) < 10 ? 2 : 1).format(shown) : '';
    },
    amount(value) {
      if (!finite(value)) return '';
      const fixed = Number(value.toFixed(2));
      return number(20).format(fixed === 0 && value !== 0 ? Number(value.toPrecision(2)) : fixed || 0);
    },
    count(value) {
      return finite(value) ? number(0).format(Math.round(value) || 0) : '';
    },
    percent(value) {
      return finite(value) ? number(2).format(value) : '';
    },
    date(iso, style = 'long') {
      if (!isIsoDate(iso)) return '';
      const key = Object.hasOwn(DATE_OPTIONS, style) ? style : 'long';
      const days = daysBetween('1970-01-01', iso);
      if (!ownDates && fallback) {
        const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
        return fallback.date({ day, month, year, weekday: ((days % 7) + 7) % 7 }, key);
      }
      return dateFormat(key).format(days * 86_400_000);
    },
    plural(count, forms) {
      const category = !finite(count) ? 'other' : rules ? rules.select(count) : fallback ? fallback.plural(count) : 'other';
      const form = forms[category] ?? forms.other;
      return form.replace('{n}', number(2).format(finite(count) ? count : 0));
    },
    list(items, type = 'conjunction') {
      const kind = type === 'disjunction' ? 'disjunction' : 'conjunction';
      const shown = items.filter((item) => item !== '');
      const text = lists ? lists[kind].format(shown) : fallback ? fallback.list(shown, kind) : shown.join(', ');
      return fallback?.fixList ? fallback.fixList(text) : text;
    },
  };
}
