/**
 * The figures above the table, as the outcome measures an opioid review service reports: how many
 * people, how many (and what share) at or above the high-dose threshold, with no review date, with an
 * overdue review, co-prescribed a benzodiazepine or gabapentinoid, on a taper, and acute plans without
 * a stop date. Every figure counts rows whose condition bit the core's flags set (review-model.ts), so
 * the summary and the rows never disagree. Plans that could not be checked and repeated plan ids are
 * counted apart and left out of the other figures (a plan nobody checked is never "nothing wrong").
 */
import { conditionBit, type ConditionId, type ReviewRow } from './review-model.js';

export const SUMMARY_MEASURES = [
  'above-threshold', 'no-review-date', 'review-overdue', 'co-prescribed', 'on-taper', 'acute-no-stop-date',
] as const satisfies readonly ConditionId[];
export type SummaryMeasure = (typeof SUMMARY_MEASURES)[number];

export interface ReviewSummary {
  /** People whose plan could be checked, each plan id once. */
  people: number;
  counts: Record<SummaryMeasure, number>;
  /** counts ÷ people (0–1); 0 when there are no people. */
  shares: Record<SummaryMeasure, number>;
  /** Rows whose plan could not be checked. */
  invalid: number;
  /** Rows that repeat an earlier row's plan id (shown, counted once). */
  duplicates: number;
  /** Every row, whatever its state. */
  rows: number;
}

export function reviewSummary(rows: readonly ReviewRow[]): ReviewSummary {
  // One pass over the rows, the figures counted in a typed array by position (no lookup by name per row).
  const bits = SUMMARY_MEASURES.map((id) => conditionBit(id));
  const tally = new Float64Array(bits.length);
  let people = 0;
  let invalid = 0;
  let duplicates = 0;
  for (const row of rows) {
    if (row.duplicateOf !== undefined) { duplicates += 1; continue; }
    if (row.status === 'invalid') { invalid += 1; continue; }
    people += 1;
    const conditions = row.conditions;
    for (let m = 0; m < bits.length; m += 1) if ((conditions & (bits[m] as number)) !== 0) tally[m] = (tally[m] as number) + 1;
  }
  const counts = Object.fromEntries(SUMMARY_MEASURES.map((id, m) => [id, tally[m] as number])) as Record<SummaryMeasure, number>;
  const shares = Object.fromEntries(SUMMARY_MEASURES.map((id) => [id, people === 0 ? 0 : counts[id] / people])) as Record<SummaryMeasure, number>;
  return { people, counts, shares, invalid, duplicates, rows: rows.length };
}
