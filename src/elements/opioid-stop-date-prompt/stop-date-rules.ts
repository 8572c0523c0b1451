/**
 * What the stop-date prompt offers for each indication, and the two non-blocking warnings it shows.
 * The dates themselves come from the core (`addDays`, `addCalendarMonths`, `daysBetween`); this file
 * only says which lengths are offered and where each comes from.
 *
 * Why the lengths live here and not in the core: they are the prompt's wording of the guidance (its
 * quick choices), not a clinical calculation on a plan. The warning thresholds match the core's
 * plan flags (`acute-over-7-days`, `long-term` in src/core/flags.ts) so the prompt and the plan card
 * never disagree about the same date.
 */
import { addDays, daysBetween, isIsoDate, type IsoDate } from '../../core/dates.js';
import { addCalendarMonths } from '../../core/flags.js';
import type { Indication } from '../../core/schema.js';

export type StopDateKind = 'stop' | 'review';
export const STOP_DATE_KINDS: readonly StopDateKind[] = ['stop', 'review'];

interface ChoiceRule {
  /** How the length is said, e.g. "5 days", "3 months". */
  label: string;
  days?: number;
  months?: number;
}

interface IndicationRule {
  /** The kinds that make sense; the first is the default. */
  kinds: readonly StopDateKind[];
  choices: readonly ChoiceRule[];
}

const days = (count: number): ChoiceRule => ({ label: `${count} days`, days: count });
const weeks = (count: number): ChoiceRule => ({ label: `${count} weeks`, days: count * 7 });
/** Calendar months (core `addCalendarMonths`), as MHRA 2020's "more than 3 months" is counted. */
const months = (count: number): ChoiceRule => ({ label: `${count} months`, months: count });

const RULES: Readonly<Record<Indication, IndicationRule>> = {
  // CDC 2022, recommendation 6: for acute pain, 3 days or less is often enough and more than 7 days
  // is rarely needed. A review date makes no sense for a short acute course: it ends on a stop date.
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

/** The prompt's rules for `indication`; undefined for one we do not know. */
export function indicationRule(indication: unknown): IndicationRule | undefined {
  return typeof indication === 'string' && Object.hasOwn(RULES, indication) ? RULES[indication as Indication] : undefined;
}

export interface QuickChoice {
  label: string;
  date: IsoDate;
  /** Days from the start date to `date`. */
  days: number;
}

/** The quick choices for `indication` counted from `start`; none without a real start date. */
export function quickChoices(indication: unknown, start: IsoDate): QuickChoice[] {
  const rule = indicationRule(indication);
  if (!rule || !isIsoDate(start)) return [];
  return rule.choices.flatMap((choice) => {
    const date = choice.months !== undefined ? addCalendarMonths(start, choice.months) : addDays(start, choice.days ?? 0);
    return isIsoDate(date) ? [{ label: choice.label, date, days: daysBetween(start, date) }] : [];
  });
}

/** HL7/CDC opioid decision support flags acute prescriptions over 7 days (after CDC 2022 rec. 6). */
const ACUTE_MAX_DAYS = 7;
/** MHRA Drug Safety Update, Sept 2020: use for more than 3 months in non-cancer pain raises dependence risk. */
const NON_CANCER_MAX_MONTHS = 3;

export interface StopDateWarning {
  id: 'acute-over-7-days' | 'non-cancer-over-3-months';
  message: string;
}

/** Warnings for a chosen date. They inform; they never make the date invalid. */
export function stopDateWarnings(indication: unknown, start: IsoDate, date: IsoDate): StopDateWarning[] {
  const rule = indicationRule(indication);
  const length = daysBetween(start, date);
  if (!rule || !(length >= 0)) return [];
  const warnings: StopDateWarning[] = [];
  if (indication === 'acute' && length > ACUTE_MAX_DAYS) {
    warnings.push({
      id: 'acute-over-7-days',
      message: `This is a ${length}-day course, longer than 7 days. For acute pain 3 days or less is often enough and more than 7 days is rarely needed; reassess the need (CDC 2022, recommendation 6).`,
    });
  }
  // Cancer pain and the end of life are outside MHRA 2020's dependence warning (same rule as the core's
  // `long-term` flag).
  const nonCancer = indication !== 'cancer' && indication !== 'end-of-life';
  const limit = addCalendarMonths(start, NON_CANCER_MAX_MONTHS);
  if (nonCancer && limit !== '' && date > limit) {
    warnings.push({
      id: 'non-cancer-over-3-months',
      message: 'This date is more than 3 months after the start. Opioid use beyond 3 months for non-cancer pain increases the risk of dependence and addiction; agree the plan for ending treatment with the patient (MHRA 2020).',
    });
  }
  return warnings;
}
