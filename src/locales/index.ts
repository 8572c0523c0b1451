/**
 * opioid-elements/locales: the words for any core result, in any catalogue, for browsers and Node
 * (a server-side template or a CDS service prints the same sentences the widgets show).
 *
 *   describeFlag(flag, 'en-GB')  // "Total 120 mg/day OME is at or above the high-dose threshold …"
 *
 * en-GB and en-US are built in; other catalogues load on demand (`loadLocale('cy')`) and are used only
 * once loaded, and draft ones only when the caller allows drafts.
 */
import type { PlanFlag } from '../core/flags.js';
import type { ValidationIssue } from '../core/parse.js';
import type { DoseBand } from '../core/guidance.js';
import type { TaperNote, TaperSchedule, TaperSummary } from '../core/taper.js';
import type { OmeFailure, OmeFailureWhy } from '../core/ome.js';
import { OPIOID_IDS, INDICATIONS } from '../core/ids.js';
import { addDays, daysBetween, isIsoDate, type IsoDate } from '../core/dates.js';
import { parseWith } from '../core/parse.js';
import { MedicationLineSchema, type MedicationLine } from '../core/schema.js';
import { enGB } from './en-GB.js';
import { enUS } from './en-US.js';
import { formatters } from './format.js';
import { matchTag } from './tags.js';
import { registerCoreIssueWords } from './issue-words.js';

export { matchTag } from './tags.js';
import { defineSection, type Section } from './section.js';
import type { Catalogue, LocaleTag, NameRef, Params, Words } from './types.js';

export type { Catalogue, CatalogueMeta, LocaleTag, Message, NameRef, Params, Words } from './types.js';
export { formatters, type DateStyle, type Formatters, type PluralForms } from './format.js';
export { enGB } from './en-GB.js';
export { defineSection, type Section, type SectionWords } from './section.js';

/**
 * The core's words (flags, issues, bands, tapers, doses, dates). cy and es load on demand through
 * `import()`, so a bundler splits them into their own chunks and the default bundle stays English;
 * more loaders can be added (`registerCoreLoader`).
 */
const coreLoaders: Partial<Record<LocaleTag, () => Promise<Catalogue>>> = {
  cy: () => import('./cy.js').then((module) => module.cy),
  es: () => import('./es.js').then((module) => module.es),
};
export const coreSection: Section<Catalogue> = defineSection('core', { 'en-GB': enGB, 'en-US': enUS }, coreLoaders);

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
const words = new Map<Catalogue, Words>();

/** The catalogue for a locale tag already available (built in or loaded); en-GB for anything else. */
export function catalogueFor(locale: unknown): Catalogue {
  const tag = typeof locale === 'string' ? matchTag(locale) : undefined;
  return tag ? coreSection.get(tag) : enGB;
}

/** Adds the on-demand loader of a locale's core catalogue (the locale entry modules call this). */
export function registerCoreLoader(tag: LocaleTag, load: () => Promise<Catalogue>): void {
  coreLoaders[tag] = load;
}

/** The locale's formatters plus the catalogue's units and names, made once per catalogue. */
export function wordsFor(locale: unknown): Words {
  const catalogue = catalogueFor(locale);
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
    omeFailure(params) {
      const why = typeof params === 'object' && params !== null ? (params as Params).why : undefined;
      return typeof why === 'string' && Object.hasOwn(catalogue.ome, why)
        ? say(catalogue.ome[why as OmeFailureWhy], params, catalogue.meta.tag) : '';
    },
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
function say(message: ((params: Params, words: Words) => string) | undefined, params: unknown, locale: unknown): string {
  if (typeof message !== 'function') return '';
  try {
    return message(typeof params === 'object' && params !== null ? params as Params : {}, wordsFor(locale));
  } catch {
    return '';
  }
}

/** A plan flag in words ('' for a flag id the catalogue does not know). */
export function describeFlag(flag: Pick<PlanFlag, 'id' | 'params'>, locale?: unknown): string {
  if (typeof flag !== 'object' || flag === null) return '';
  const catalogue = catalogueFor(locale);
  return say(Object.hasOwn(catalogue.flag, flag.id) ? catalogue.flag[flag.id] : undefined, flag.params, locale);
}

/**
 * A validation issue in words: its rule's sentence with the field's name ("Doses per day is required.").
 * An issue without a code (made by a host or an older caller) keeps its own message.
 */
export function describeIssue(issue: Pick<ValidationIssue, 'code' | 'params' | 'message'>, locale?: unknown): string {
  if (typeof issue !== 'object' || issue === null) return '';
  const catalogue = catalogueFor(locale);
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

/** Why a medicine line has no OME/MME figure, in words ('' for a result that converted). */
export function describeOmeFailure(result: Pick<OmeFailure, 'params'>, locale?: unknown): string {
  if (typeof result !== 'object' || result === null) return '';
  return wordsFor(locale).omeFailure(result.params);
}

/** Where a total sits against the guidance's thresholds, in one phrase ('' for no band). */
export function describeBand(band: Pick<DoseBand, 'id' | 'params'> | undefined, locale?: unknown): string {
  if (typeof band !== 'object' || band === null) return '';
  const catalogue = catalogueFor(locale);
  return say(Object.hasOwn(catalogue.band, band.id) ? catalogue.band[band.id] : undefined, band.params, locale);
}

/** A taper schedule's method in words ('' for anything that is not a schedule). */
export function describeTaper(schedule: Pick<TaperSchedule, 'descriptionParams'>, locale?: unknown): string {
  if (typeof schedule !== 'object' || schedule === null) return '';
  return say(catalogueFor(locale).taper.description, schedule.descriptionParams, locale);
}

/** "from 60 mg to 0 over 154 days in 10 steps". */
export function describeTaperSummary(summary: TaperSummary | undefined, locale?: unknown): string {
  return say(catalogueFor(locale).taper.summary, summary as unknown as Params, locale);
}

/** A taper note in words ('' for a code the catalogue does not know). */
export function describeNote(note: Pick<TaperNote, 'code' | 'params'>, locale?: unknown): string {
  if (typeof note !== 'object' || note === null) return '';
  const catalogue = catalogueFor(locale);
  return say(Object.hasOwn(catalogue.taper.note, note.code) ? catalogue.taper.note[note.code] : undefined, note.params, locale);
}

/** A medication line's dose in words ('' for a line that fails the schema). */
export function describeDose(line: unknown, locale?: unknown): string {
  const parsed = parseWith(MedicationLineSchema, line);
  return parsed.ok ? describeParsedDose(parsed.value, locale) : '';
}

/** `describeDose` for a line the schema has already accepted (a line of a plan `parsePlan` returned): not validated again. */
export function describeParsedDose(line: MedicationLine, locale?: unknown): string {
  return say(catalogueFor(locale).text.doseLine, line, locale);
}

/** "Friday 6 March 2026" / "Friday, March 6, 2026"; the weekday counted, not asked of the time zone. */
export function formatDateWithWeekday(date: unknown, locale?: unknown): string {
  if (!isIsoDate(date)) return '';
  const catalogue = catalogueFor(locale);
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
    return say(catalogueFor(locale).text.stopSentence, {
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
  return { days, text: Number.isFinite(days) ? say(catalogueFor(locale).text.relative, { days }, locale) : '' };
}

/** Time left before a stop date: "5 days left", "stops today", "stop date passed 2 days ago". */
export function describeDaysLeft(today: unknown, stopDate: unknown, locale?: unknown): string {
  const days = isIsoDate(today) && isIsoDate(stopDate) ? daysBetween(today, stopDate) : Number.NaN;
  return Number.isFinite(days) ? say(catalogueFor(locale).text.daysLeft, { days }, locale) : '';
}
