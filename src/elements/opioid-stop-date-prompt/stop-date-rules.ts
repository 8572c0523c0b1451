/**
 * What the stop-date prompt offers for each indication. The dates come from the core (`addDays`,
 * `addCalendarMonths`, `daysBetween`) and so do the warnings (`stopDateWarnings`, shared with the plan
 * flags); this file only says which lengths are offered and where each comes from.
 *
 * Why the lengths live here and not in the core: they are the prompt's wording of the guidance (its
 * quick choices), not a clinical calculation on a plan. The warning thresholds match the core's
 * plan flags (`acute-over-7-days`, `long-term` in src/core/flags.ts, which also counts calendar months with `addCalendarMonths`) so the prompt and the plan card
 * never disagree about the same date.
 */
import { addCalendarMonths, addDays, daysBetween, isIsoDate, type IsoDate } from '../../core/dates.js';
import type { Indication, StopDateKind } from '../../core/ids.js';
import type { LengthUnit } from '../../locales/prompt/types.js';

export { STOP_DATE_KINDS, type StopDateKind } from '../../core/ids.js';

/**
 * A quick choice is a length, not a date: "5 days" from whatever the start is. Its words come from the
 * prompt's catalogue (`length(unit, count)`).
 */
export interface StopDateLength {
  unit: LengthUnit;
  count: number;
}
type ChoiceRule = StopDateLength;

interface IndicationRule {
  /** The kinds that make sense; the first is the default. */
  kinds: readonly StopDateKind[];
  choices: readonly ChoiceRule[];
}

const days = (count: number): ChoiceRule => ({ unit: 'days', count });
const weeks = (count: number): ChoiceRule => ({ unit: 'weeks', count });
/** Calendar months (core `addCalendarMonths`), as MHRA 2020's "more than 3 months" is counted. */
const months = (count: number): ChoiceRule => ({ unit: 'months', count });

const RULES: Readonly<Record<Indication, IndicationRule>> = {
  // CDC 2022, recommendation 6: for acute pain, no more than needed for the expected duration of pain
  // severe enough to need opioids (the HL7/CDC decision support flags more than 7 days). A review
  // date makes no sense for a short acute course: it ends on a stop date.
  acute: { kinds: ['stop'], choices: [days(3), days(5), days(7)] },
  // CDC 2022, recommendation 7: follow up within 1–4 weeks of starting or increasing, then at least
  // every 3 months. Review is the default; a planned stop is still allowed (MHRA 2020: agree a plan
  // for the end of treatment before starting).
  'chronic-non-cancer': { kinds: ['review', 'stop'], choices: [weeks(2), weeks(4), months(3)] },
  // No guideline sets a review interval for cancer pain (CDC 2022 excludes cancer and palliative
  // care); the same 2 weeks / 4 weeks / 3 months points are offered and the clinician chooses.
  cancer: { kinds: ['review', 'stop'], choices: [weeks(2), weeks(4), months(3)] },
  // At the end of life needs change within days, so only short review dates, and no stop date:
  // analgesia there follows the illness (NICE NG215 is about chronic pain, not the last weeks of life).
  'end-of-life': { kinds: ['review'], choices: [days(7), weeks(2), weeks(4)] },
  // Opioid substitution treatment with pain (REFERENCE.md §3): long-term analgesic opioids need a joint
  // pain/addiction review and an agreed end date, e.g. off within 90 days.
  'opioid-use-disorder': { kinds: ['stop', 'review'], choices: [weeks(4), weeks(8), days(90)] },
};

/** Every indication the prompt knows (the plan schema's, through the `Record<Indication, …>` type). */
export const KNOWN_INDICATIONS = Object.keys(RULES) as Indication[];

/** The prompt's rules for `indication`; undefined for one we do not know. */
export function indicationRule(indication: unknown): IndicationRule | undefined {
  return typeof indication === 'string' && Object.hasOwn(RULES, indication) ? RULES[indication as Indication] : undefined;
}

export interface QuickChoice {
  date: IsoDate;
  /** Days from the start date to `date`. */
  days: number;
  /** The length chosen, kept so the date can follow a new start. */
  length: StopDateLength;
}

/** The date `length` after `start` (calendar months counted as months); '' without a real start. */
export function dateAfter(start: IsoDate, length: StopDateLength): IsoDate {
  if (!isIsoDate(start)) return '';
  const date = length.unit === 'months' ? addCalendarMonths(start, length.count) : addDays(start, length.count * (length.unit === 'weeks' ? 7 : 1));
  return isIsoDate(date) ? date : '';
}

/**
 * A length read back from saved form state: a whole number of days, weeks or months, else undefined.
 * State saved before the catalogue (`{ label: '2 weeks', days: 14 }`, `{ label, months }`) still reads.
 */
export function readLength(saved: unknown): StopDateLength | undefined {
  if (typeof saved !== 'object' || saved === null) return undefined;
  const { unit, count, label, days, months } = saved as Record<string, unknown>;
  const whole = (n: unknown): n is number => Number.isInteger(n) && (n as number) > 0 && (n as number) <= 1000;
  if ((unit === 'days' || unit === 'weeks' || unit === 'months') && whole(count)) return { unit, count };
  if (label !== undefined && (typeof label !== 'string' || label.length > 40)) return undefined;
  if (whole(months) && days === undefined) return { unit: 'months', count: months };
  if (whole(days) && months === undefined) {
    return days % 7 === 0 && /week/.test(String(label)) ? { unit: 'weeks', count: days / 7 } : { unit: 'days', count: days };
  }
  return undefined;
}

/** The quick choices for `indication` counted from `start`; none without a real start date. */
export function quickChoices(indication: unknown, start: IsoDate): QuickChoice[] {
  const rule = indicationRule(indication);
  if (!rule || !isIsoDate(start)) return [];
  return rule.choices.flatMap((choice) => {
    const date = dateAfter(start, choice);
    return date ? [{ date, days: daysBetween(start, date), length: choice }] : [];
  });
}

export { stopDateWarnings, type StopDateWarning } from '../../core/durations.js';
