/**
 * Course-length rules, shared by the plan flags and the stop-date prompt so that the card and the
 * prompt never disagree about the same dates.
 */
import { addCalendarMonths, daysBetween, isIsoDate, type IsoDate } from './dates.js';
import type { StopDateKind } from './ids.js';

/** An acute prescription longer than this is flagged (HL7/CDC opioid decision support, after CDC 2022 rec. 6). */
export const ACUTE_MAX_DAYS = 7;
/** Non-cancer use beyond this many calendar months raises dependence risk (MHRA Drug Safety Update, Sept 2020). */
export const LONG_TERM_MONTHS = 3;

/** Cancer pain and care at the end of life are outside MHRA 2020's dependence warning. */
export function isNonCancerIndication(indication: unknown): boolean {
  return indication !== 'cancer' && indication !== 'end-of-life';
}

/**
 * The last day before use counts as long-term: the start plus 3 calendar months (30 November →
 * 28 February), since "more than 3 months" is counted in months by clinicians and patients.
 * '' for an invalid start.
 */
export function longTermFrom(start: IsoDate): IsoDate {
  return addCalendarMonths(start, LONG_TERM_MONTHS);
}

export type StopDateWarningCode = 'acute-over-7-days' | 'non-cancer-over-3-months';

export interface StopDateWarning {
  id: StopDateWarningCode;
  /** What the catalogue words the warning by (the prompt section's `warning`); the same as `id`. */
  code: StopDateWarningCode;
  /**
   * acute-over-7-days: `days` (the course), `limit` (7), `source`. non-cancer-over-3-months: `kind`,
   * `months` (3), `reviewMonths` (CDC 2022 rec. 7's review interval), `source`, `reviewSource`.
   * Sources are data, one copy, here.
   */
  params: Readonly<Record<string, string | number>>;
}

/**
 * Warnings for a planned stop or review date, as codes (the prompt's catalogue section words them).
 * They inform; they never make the date invalid.
 */
export function stopDateWarnings(indication: unknown, start: IsoDate, date: IsoDate, kind: StopDateKind): StopDateWarning[] {
  const length = daysBetween(start, date);
  if (!isIsoDate(start) || !(length >= 0)) return [];
  const warnings: StopDateWarning[] = [];
  if (indication === 'acute' && length > ACUTE_MAX_DAYS) {
    warnings.push({
      id: 'acute-over-7-days',
      code: 'acute-over-7-days',
      params: { days: length, limit: ACUTE_MAX_DAYS, source: 'CDC 2022, recommendation 6' },
    });
  }
  const limit = longTermFrom(start);
  if (isNonCancerIndication(indication) && limit !== '' && date > limit) {
    // A review this late also misses CDC 2022 rec. 7: review long-term use at least every 3 months.
    warnings.push({
      id: 'non-cancer-over-3-months',
      code: 'non-cancer-over-3-months',
      params: { kind, months: LONG_TERM_MONTHS, reviewMonths: 3, source: 'MHRA 2020', reviewSource: 'CDC 2022' },
    });
  }
  return warnings;
}
