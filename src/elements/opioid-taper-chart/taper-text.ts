/**
 * The words of the taper chart: the unit, the summary sentence, and what each table row says. Every
 * number comes from the core's schedule; this file only formats and joins them.
 */
import { formatDate, type IsoDate } from '../../core/dates.js';
import { dailyDoseUnit } from '../../core/guidance.js';
import { drugName } from '../../core/text.js';
import type { OpioidId } from '../../core/ids.js';
import type { TaperStep, TaperSummary } from '../../core/taper.js';

/** What a dose is measured in: mg of the drug itself, or oral morphine equivalents (UK) / MME (US). */
export type DoseUnit = 'mg' | 'OME' | 'MME';

/** A locale Intl accepts, else 'en-GB' (an unknown tag must not throw inside a render). */
export function usableLocale(locale: string | undefined): string {
  if (!locale) return 'en-GB';
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en-GB';
  } catch {
    return 'en-GB';
  }
}

export interface TaperWords {
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

export function taperWords(locale: string, unit: DoseUnit, drug: OpioidId | undefined, digits = MIN_DOSE_DIGITS): TaperWords {
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
  // Rounded first, so a value that rounds to zero reads "0", never "-0".
  const number = (dose: number) => numberFormat.format(roundDose(dose, digits) || 0);
  const name = drugName(drug);
  // OME/MME are written the way the core writes them for every element (`dailyDoseUnit`).
  const axisTitle = unit === 'mg'
    ? `Daily dose (mg${name ? ` of ${name}` : ''})`
    : `Daily dose (${dailyDoseUnit({ unit })})`;
  const suffix = unit === 'mg' ? ' mg' : ` ${dailyDoseUnit({ unit }, { perDay: false })}`;
  return {
    axisTitle,
    number,
    dose: (dose) => `${number(dose)}${suffix}`,
    shortDate: (date) => formatDate(date, locale, 'short'),
    date: (date) => formatDate(date, locale, 'medium'),
  };
}

function plural(count: number, noun: string, words: TaperWords): string {
  return `${words.number(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * "Reduces oxycodone from 60 mg to 0 mg a day over 140 days in 10 steps, 10% of the original dose
 * every 14 days (linear)." — from the core's summary and its description of the method.
 */
export function summarySentence(options: {
  summary: TaperSummary;
  steps: readonly TaperStep[];
  description: string | undefined;
  drug: OpioidId | undefined;
  words: TaperWords;
}): string {
  const { summary, words } = options;
  const what = drugName(options.drug) || 'the daily dose';
  let text = `Reduces ${what} from ${words.dose(summary.startDose)} to ${words.dose(summary.endDose)} a day over `
    + `${plural(summary.totalDays, 'day', words)} in ${plural(summary.reductions, 'step', words)}`;
  text += options.description ? `, ${options.description}.` : '.';
  const pauses = options.steps.filter((s) => s.pauseIntervals > 0 && !s.isStop).length;
  if (pauses > 0) text += ` It includes ${pauses === 1 ? 'a pause' : `${pauses} pauses`}.`;
  return text;
}

/** The table's "Change" cell: "−12 mg", or "Starting dose" on the first row. */
export function changeText(step: TaperStep, index: number, words: TaperWords): string {
  if (index === 0) return 'Starting dose';
  // The core gives the reduction as a positive number; a true minus sign reads as "less".
  return step.change === 0 ? 'No change' : step.change > 0 ? `−${words.dose(step.change)}` : `+${words.dose(-step.change)}`;
}

/** The table's "Notes" cell, in words: stop, pause, rounding, and which row is today's. */
export function stepNotes(step: TaperStep, words: TaperWords, isCurrent: boolean): string[] {
  const notes: string[] = [];
  if (isCurrent) notes.push('Today’s dose.');
  if (step.isStop) notes.push('Stop: no more doses from this date.');
  if (step.pauseIntervals > 0 && step.pausedUntil) {
    notes.push(`Pause: stay on this dose until ${words.date(step.pausedUntil)} (${step.pauseIntervals} extra interval${step.pauseIntervals === 1 ? '' : 's'}).`);
  }
  if (step.roundingIntervals > 0) {
    notes.push(`Kept for ${step.roundingIntervals} extra interval${step.roundingIntervals === 1 ? '' : 's'}: the next rounded dose would not have been lower.`);
  }
  if ((step.endIntervals ?? 0) > 0) {
    notes.push(`Lowest dose, kept ${step.endIntervals} extra interval${step.endIntervals === 1 ? '' : 's'} before stopping (CDC 2022: at the smallest dose, extend the interval, then stop).`);
  }
  if (step.rounded && !step.isStop) notes.push(roundingNote(step, words));
  return notes;
}

/** Why a rounded dose is not the planned one, as the core says (`roundingReason`). */
function roundingNote(step: TaperStep, words: TaperWords): string {
  switch (step.roundingReason) {
    case 'rounded-up': return `Rounded up from ${words.dose(step.unroundedDose)}.`;
    case 'cut-limited': return `Planned ${words.dose(step.unroundedDose)}; kept higher so no reduction is larger than planned.`;
    case 'after-plan': return 'After the planned reductions: coming down in steps no larger than planned.';
    // Steps made elsewhere (passed in as `.schedule`) may not say why.
    default: return `Rounded from ${words.dose(step.unroundedDose)}.`;
  }
}
