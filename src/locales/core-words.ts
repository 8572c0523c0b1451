/**
 * The core's words that every element speaking them needs: names, units, doses, dates, the discharge
 * sentence and validation issues (the results' words, flags, bands, tapers and OME reasons, are in
 * result-words.ts, loaded only by what shows results). en-GB and en-US are built in; cy and es load on
 * demand through `import()` as whole catalogues, so a bundler splits them into their own chunks and the
 * default bundle stays English; more loaders can be added (`registerCoreLoader`).
 */
import type { ValidationIssue } from '../core/parse.js';
import { OPIOID_IDS, INDICATIONS } from '../core/ids.js';
import { addDays, daysBetween, isIsoDate, type IsoDate } from '../core/dates.js';
import { parseWith } from '../core/parse.js';
import { MedicationLineSchema, type MedicationLine } from '../core/schema.js';
import { enGBBase } from './en-GB-base.js';
import { enUSBase } from './en-US.js';
import { formatters } from './format.js';
import { matchTag } from './tags.js';
import { registerCoreIssueWords } from './issue-words.js';
import { defineSection, type Section } from './section.js';
import type { BaseWords, Catalogue, LocaleTag, NameRef, Params, Words } from './types.js';

const coreLoaders: Partial<Record<LocaleTag, () => Promise<Catalogue>>> = {
  cy: () => import('./cy.js').then((module) => module.cy),
  es: () => import('./es.js').then((module) => module.es),
};
/** The core's words by locale: en-GB's and en-US's base built in, a loaded locale's whole catalogue. */
export const coreSection: Section<BaseWords> = defineSection<BaseWords>('core', { 'en-GB': enGBBase, 'en-US': enUSBase }, coreLoaders);

/**
 * Loads a locale's core catalogue (flags, issues, bands, tapers, doses, dates) and resolves with its
 * tag once `describeFlag(flag, tag)` and the other describe functions use it: 'cy-GB' → 'cy'. A tag
 * with no catalogue, or one that fails to load, resolves to 'en-GB'. Never rejects. Drafts (cy, es:
 * `meta.reviewed` false) load too: a caller outside the widgets decides itself whether to show them.
 */
export async function loadLocale(locale: unknown): Promise<LocaleTag> {
  const tag = typeof locale === 'string' ? matchTag(locale) : undefined;
  if (!tag) return 'en-GB';
  try {
    const catalogue = await coreSection.load(tag);
    return catalogue.meta.tag === tag ? tag : 'en-GB';
  } catch {
    return 'en-GB';
  }
}
const words = new Map<BaseWords, Words>();

/** The base words for a locale tag already available (built in or loaded); en-GB's for anything else. */
export function baseFor(locale: unknown): BaseWords {
  const tag = typeof locale === 'string' ? matchTag(locale) : undefined;
  return tag ? coreSection.get(tag) : enGBBase;
}

/**
 * The locale's whole catalogue when one has loaded (cy, es, a registered loader's: they load whole),
 * else undefined: the built-in en-GB and en-US bases leave their results' and taper words to
 * result-words.ts and taper-words.ts, which only what shows them loads.
 */
export function wholeCatalogue(locale: unknown): Catalogue | undefined {
  const base = baseFor(locale);
  return 'flag' in base && 'taper' in base ? base as Catalogue : undefined;
}

/** Adds the on-demand loader of a locale's core catalogue (the locale entry modules call this). */
export function registerCoreLoader(tag: LocaleTag, load: () => Promise<Catalogue>): void {
  coreLoaders[tag] = load;
}

type OmeWords = (params: unknown, tag: LocaleTag) => string;
let omeWords: OmeWords | undefined;
/**
 * How `Words.omeFailure` words an OME/MME failure: set by result-words.ts when it loads, which everything
 * that shows a result (and so a flag that quotes a failure) loads; '' until then.
 */
export function registerOmeWords(describe: OmeWords): void {
  omeWords = describe;
}

/** The locale's formatters plus the catalogue's units and names, made once per catalogue. */
export function wordsFor(locale: unknown): Words {
  const catalogue = baseFor(locale);
  const known = words.get(catalogue);
  if (known) return known;
  const format = formatters(catalogue.meta.tag);
  const drug = (id: unknown) => (OPIOID_IDS.some((known) => known === id) ? catalogue.drug[id as NameOf] : '');
  const made: Words = {
    ...format,
    catalogue,
    dose(value, unit, perDay = true) {
      const amount = format.mg(value);
      const units = unit === 'MME' ? catalogue.unit.MME : catalogue.unit.OME;
      return amount === '' ? '' : perDay ? units.perDay(amount) : units.amount(amount);
    },
    drug,
    issue: (issue) => describeIssue(issue as ValidationIssue, catalogue.meta.tag),
    omeFailure: (params) => omeWords?.(params, catalogue.meta.tag) ?? '',
    names(refs, type) {
      if (!Array.isArray(refs)) return '';
      const names = refs.map((ref: unknown) => nameOf(ref as NameRef, drug)).filter((name) => name !== '');
      return format.list([...new Set(names)], type);
    },
  };
  words.set(catalogue, made);
  return made;
}

type NameOf = (typeof OPIOID_IDS)[number];

function nameOf(ref: NameRef | undefined, drug: (id: unknown) => string): string {
  if (typeof ref !== 'object' || ref === null) return '';
  if ('drug' in ref) return drug(ref.drug);
  return typeof ref.text === 'string' ? ref.text.replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').trim() : '';
}

/** Runs a message, never throwing: a host-made result with odd parameters gives '' rather than an error. */
export function say(message: ((params: Params, words: Words) => string) | undefined, params: unknown, locale: unknown): string {
  if (typeof message !== 'function') return '';
  try {
    return message(typeof params === 'object' && params !== null ? params as Params : {}, wordsFor(locale));
  } catch {
    return '';
  }
}

/**
 * A validation issue in words: its rule's sentence with the field's name ("Doses per day is required.").
 * An issue without a code (made by a host or an older caller) keeps its own message.
 */
export function describeIssue(issue: Pick<ValidationIssue, 'code' | 'params' | 'message'>, locale?: unknown): string {
  if (typeof issue !== 'object' || issue === null) return '';
  const catalogue = baseFor(locale);
  const code = issue.code;
  if (typeof code !== 'string' || !Object.hasOwn(catalogue.issue, code)) return typeof issue.message === 'string' ? issue.message : '';
  const params = typeof issue.params === 'object' && issue.params !== null ? issue.params : {};
  const field = typeof params.field === 'string' ? params.field : undefined;
  const label = field === undefined ? catalogue.thisValue : Object.hasOwn(catalogue.field, field) ? catalogue.field[field] as string : field;
  const message = catalogue.issue[code];
  try {
    return message ? message(params, wordsFor(locale), label) : '';
  } catch {
    return '';
  }
}
// The element layer words coded issues through this (issue-words.ts) once the catalogue is here.
registerCoreIssueWords(describeIssue);

/** A medication line's dose in words ('' for a line that fails the schema). */
export function describeDose(line: unknown, locale?: unknown): string {
  const parsed = parseWith(MedicationLineSchema, line);
  return parsed.ok ? describeParsedDose(parsed.value, locale) : '';
}

/** `describeDose` for a line the schema has already accepted (a line of a plan `parsePlan` returned): not validated again. */
export function describeParsedDose(line: MedicationLine, locale?: unknown): string {
  return say(baseFor(locale).text.doseLine, line, locale);
}

/** "Friday 6 March 2026" / "Friday, March 6, 2026"; the weekday counted, not asked of the time zone. */
export function formatDateWithWeekday(date: unknown, locale?: unknown): string {
  if (!isIsoDate(date)) return '';
  const catalogue = baseFor(locale);
  const weekday = catalogue.text.weekdays[((daysBetween('1970-01-01', date) % 7) + 7) % 7];
  const long = wordsFor(locale).date(date, 'long');
  return weekday && long ? catalogue.text.weekdayDate(weekday, long) : '';
}

/**
 * The discharge-summary sentence (OUCh 2023; MHRA 2020): the stop date with the last dose and the days
 * of treatment, or the review date. '' when the input cannot make a true sentence (see the core's
 * `stopDateSentence`, which this words in any catalogue).
 */
export function describeStopDate(input: unknown, locale?: unknown): string {
  try {
    if (typeof input !== 'object' || input === null) return '';
    const { drug, product, startDate, stopDate, kind, indication } = input as Record<string, unknown>;
    if ((kind !== 'stop' && kind !== 'review') || !isIsoDate(startDate) || !isIsoDate(stopDate)) return '';
    const length = daysBetween(startDate, stopDate);
    if (!(length >= 0)) return '';
    if (indication !== undefined && !INDICATIONS.some((known) => known === indication)) return '';
    const words = wordsFor(locale);
    const name = words.drug(drug) || (typeof drug === 'string' ? drug.replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim() : '');
    if (name === '' || name.length > 100) return '';
    if (product !== undefined && (typeof product !== 'string' || product.length > 200)) return '';
    return say(baseFor(locale).text.stopSentence, {
      name, product, indication, kind, length,
      on: formatDateWithWeekday(stopDate, locale), lastDose: formatDateWithWeekday(addDays(stopDate as IsoDate, -1), locale),
    }, locale);
  } catch {
    return '';
  }
}

/** A due date from today, worded for a due date ("overdue by 3 days", never "yesterday"). */
export function describeDueDate(today: unknown, date: unknown, locale?: unknown): { days: number; text: string } {
  const days = isIsoDate(today) && isIsoDate(date) ? daysBetween(today, date) : Number.NaN;
  return { days, text: Number.isFinite(days) ? say(baseFor(locale).text.relative, { days }, locale) : '' };
}

/** Time left before a stop date: "5 days left", "stops today", "stop date passed 2 days ago". */
export function describeDaysLeft(today: unknown, stopDate: unknown, locale?: unknown): string {
  const days = isIsoDate(today) && isIsoDate(stopDate) ? daysBetween(today, stopDate) : Number.NaN;
  return Number.isFinite(days) ? say(baseFor(locale).text.daysLeft, { days }, locale) : '';
}
