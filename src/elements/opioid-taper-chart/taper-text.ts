/**
 * The words of the taper chart: the unit, the summary sentence, and what each table row says, from the
 * chart's catalogue section and the core's words (units, drug names, dates, the method) in one locale.
 * Every number comes from the core's schedule; this file only formats and joins them.
 */
import type { TaperDescriptionParams, TaperNote, TaperStep, TaperSummary } from '../../core/taper.js';
import type { OpioidId } from '../../core/ids.js';
import type { IsoDate } from '../../core/dates.js';
import type { ValidationIssue } from '../../core/parse.js';
import { wordsFor } from '../../locales/core-words.js';
import { describeNote, describeTaper } from '../../locales/taper-words.js';
import { formatters } from '../../locales/format.js';
import type { LocaleTag, Words } from '../../locales/types.js';
import { chartSection, type ChartWords } from '../../locales/chart/index.js';
import { commonSection, describeElementIssue, givenParams } from '../../locales/common/index.js';
import type { PluralForms } from '../../locales/format.js';
import type { ChartIssue, ScheduleNote } from './taper-input.js';

/** What a dose is measured in: mg of the drug itself, or oral morphine equivalents (UK) / MME (US). */
export type DoseUnit = 'mg' | 'OME' | 'MME';

export interface TaperWords {
  tag: LocaleTag;
  /** The chart's own words in this locale. */
  chart: ChartWords;
  /** The core's words (units, names, dates, plurals) in this locale. */
  core: Words;
  /** "Daily dose (mg of morphine)", "Daily dose (mg/day OME)". */
  axisTitle: string;
  /** "60" — a dose number as the locale writes it, no unit. */
  number: (dose: number) => string;
  /** "60 mg", "60 mg OME", "60 MME". */
  dose: (dose: number) => string;
  /** "5 Mar" (en-GB) / "Mar 5" (en-US): axis ticks. */
  shortDate: (date: IsoDate) => string;
  /** "5 Mar 2026" / "Mar 5, 2026": table and text. */
  date: (date: IsoDate) => string;
  /** A count in the form `Intl.PluralRules` picks ("2 extra intervals"). */
  plural: (count: number, forms: PluralForms) => string;
}

/** Fewest and most decimals a dose is shown with (see `doseDigits`). */
const MIN_DOSE_DIGITS = 2;
const MAX_DOSE_DIGITS = 6;

/** `value` to `digits` decimals; a value too large to scale (no real dose) is left as it is. */
function roundDose(value: number, digits: number): number {
  const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
  return Number.isFinite(rounded) ? rounded : value;
}

/**
 * How many decimals this schedule's doses need so that the table and the chart never show two
 * different doses as the same number, nor a real reduction as "−0 mg": 2 for ordinary doses, more for
 * sub-milligram tapers (0.8 mg at 1% of the original dose cuts 0.008 mg a step: "0.792", "0.784", not
 * "0.79", "0.78", "0.78"). Doses that really are equal stay equal ("No change").
 */
export function doseDigits(steps: readonly TaperStep[]): number {
  const shownApart = (digits: number) => steps.every((step, i) => {
    const before = steps[i - 1];
    if (i === 0 || before === undefined) return true;
    const changed = before.dose !== step.dose;
    return (!changed || roundDose(before.dose, digits) !== roundDose(step.dose, digits))
      && (step.change === 0 || roundDose(Math.abs(step.change), digits) !== 0);
  });
  for (let digits = MIN_DOSE_DIGITS; digits < MAX_DOSE_DIGITS; digits++) if (shownApart(digits)) return digits;
  return MAX_DOSE_DIGITS;
}

/** Dose number formats by locale and decimals: built once each (an `Intl.NumberFormat` costs far more than a format call). */
const DOSE_FORMATS = new Map<string, Intl.NumberFormat>();

function doseFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let format = DOSE_FORMATS.get(key);
  if (format === undefined) {
    // Latin digits whatever the locale's default, as every number the library shows.
    format = new Intl.NumberFormat(`${locale}-u-nu-latn`, { maximumFractionDigits: digits });
    DOSE_FORMATS.set(key, format);
  }
  return format;
}

/**
 * The chart's words for one schedule in `tag` (a locale whose sections have loaded; see
 * LocaleController): numbers, dates and plurals by `Intl` for the tag itself, the chart's own phrases,
 * and the core catalogue's unit words and drug names.
 */
export function taperWords(tag: LocaleTag, unit: DoseUnit, drug: OpioidId | undefined, digits = MIN_DOSE_DIGITS): TaperWords {
  const chart = chartSection.get(tag);
  const core = wordsFor(tag);
  const intl = formatters(tag);
  const format = doseFormat(intl.locale, digits);
  // Rounded first, so a value that rounds to zero reads "0", never "-0".
  const number = (dose: number) => format.format(roundDose(dose, digits) || 0);
  // OME/MME are written with the core's unit words, as every element writes them.
  const units = unit === 'mg' ? undefined : core.catalogue.unit[unit];
  return {
    tag,
    chart,
    core,
    axisTitle: units ? chart.axis.equivalent(units.perDay('').trim()) : chart.axis.mg(core.drug(drug)),
    number,
    dose: (dose) => (units ? units.amount(number(dose)) : chart.mg(number(dose))),
    shortDate: (date) => intl.date(date, 'short'),
    date: (date) => intl.date(date, 'medium'),
    plural: (count, forms) => intl.plural(count, forms),
  };
}

/**
 * "Reduces oxycodone from 60 mg to 0 mg a day over 154 days in 10 steps, 10% of the original dose
 * every 14 days (linear)." — from the core's summary and its description of the method.
 */
export function summarySentence(options: {
  summary: TaperSummary;
  steps: readonly TaperStep[];
  /** The method's parameters from the core (`describeTaper`), or a description made elsewhere. */
  descriptionParams?: unknown;
  description?: string | undefined;
  drug: OpioidId | undefined;
  words: TaperWords;
}): string {
  const { summary, words } = options;
  const { summary: say } = words.chart;
  const method = options.descriptionParams !== undefined
    ? describeTaper({ descriptionParams: options.descriptionParams as TaperDescriptionParams }, words.tag)
    : options.description ?? '';
  let text = say.reduces(say.what(words.core.drug(options.drug)), words.dose(summary.startDose), words.dose(summary.endDose),
    words.plural(summary.totalDays, say.days), words.plural(summary.reductions, say.steps), method);
  const pauses = options.steps.filter((s) => s.pauseIntervals > 0 && !s.isStop).length;
  if (pauses > 0) text += ` ${words.plural(pauses, say.pauses)}`;
  return text;
}

/** The table's "Change" cell: "−12 mg", or "Starting dose" on the first row. */
export function changeText(step: TaperStep, index: number, words: TaperWords): string {
  const { table } = words.chart;
  if (index === 0) return table.starting;
  // The core gives the reduction as a positive number; a true minus sign reads as "less".
  return step.change === 0 ? table.noChange : step.change > 0 ? table.less(words.dose(step.change)) : table.more(words.dose(-step.change));
}

/** The table's "Notes" cell, in words: stop, pause, rounding, and which row is today's. */
export function stepNotes(step: TaperStep, words: TaperWords, isCurrent: boolean): string[] {
  const { note } = words.chart;
  const extra = (count: number) => words.plural(count, note.extraIntervals);
  const notes: string[] = [];
  if (isCurrent) notes.push(note.today);
  if (step.isStop) notes.push(note.stop);
  if (step.pauseIntervals > 0 && step.pausedUntil) notes.push(note.pause(words.date(step.pausedUntil), extra(step.pauseIntervals)));
  if (step.roundingIntervals > 0) notes.push(note.heldForRounding(extra(step.roundingIntervals)));
  if ((step.endIntervals ?? 0) > 0) notes.push(note.lowestKept(extra(step.endIntervals)));
  if (step.rounded && !step.isStop) notes.push(roundingNote(step, words));
  return notes;
}

/** Why a rounded dose is not the planned one, as the core says (`roundingReason`). */
function roundingNote(step: TaperStep, words: TaperWords): string {
  const { note } = words.chart;
  const planned = words.dose(step.unroundedDose);
  switch (step.roundingReason) {
    case 'rounded-up': return note.roundedUp(planned);
    case 'cut-limited': return note.cutLimited(planned);
    case 'after-plan': return note.afterPlan;
    // Steps made elsewhere (passed in as `.schedule`) may not say why.
    default: return note.rounded(planned);
  }
}

/** A note on the schedule in words: the core's code through the catalogue, else a host's own text. */
export function noteText(note: ScheduleNote, tag: LocaleTag): string {
  if (typeof note.code === 'string') return describeNote(note as Pick<TaperNote, 'code' | 'params'>, tag);
  return typeof note.message === 'string' ? note.message : '';
}

/** The chart's own problem codes (taper-input.ts) in words. */
function chartIssueText(issue: ChartIssue, chart: ChartWords): string | undefined {
  const { issue: says } = chart;
  switch (issue.code) {
    case 'chart-not-a-schedule': return says.notASchedule;
    case 'chart-step-not-an-object': return says.stepNotObject;
    case 'chart-step-date-order': return says.dateNotAfter;
    default: return undefined;
  }
}

/**
 * A problem as the chart shows it and tells the host, with its message in `tag`'s words: the chart's
 * own codes, else the shared settings codes and the core's (`describeElementIssue`), and after a
 * sentence about an attribute the value the host wrote.
 */
export function issueText(issue: ChartIssue, tag: LocaleTag): ValidationIssue {
  const chart = chartSection.get(tag);
  const { attribute, ...rest } = issue;
  let message = chartIssueText(rest, chart) ?? describeElementIssue(rest, tag);
  // The value quoted back as every settings problem quotes it (one line, 40 characters at most).
  if (attribute) message += ` ${chart.issue.attributeSays(attribute.name, commonSection.get(tag).given.quoted((givenParams(attribute.given) as { given: string }).given))}`;
  return { ...rest, message };
}
