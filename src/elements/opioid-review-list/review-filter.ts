/**
 * Which rows a reviewer sees: a dose band of the chosen guidance, conditions that must all hold (no or
 * overdue review, a co-prescribed benzodiazepine or gabapentinoid, substitution treatment, a taper,
 * long-term use, an incomplete total, …), and a text search over the host's display fields and the plan
 * id only. Conditions are bits worked out once per row (review-model.ts), so 100,000 rows filter in
 * a few milliseconds. DOM-free.
 */
import type { DoseBandId } from '../../core/guidance.js';
import type { Guidance } from '../../core/ids.js';
import { conditionBit, type ConditionId, type ReviewRow } from './review-model.js';

export interface ReviewFilter {
  /** One dose band, or every band when undefined. */
  band?: DoseBandId;
  /** Every condition listed must hold. */
  conditions?: readonly ConditionId[];
  /** Words that must all appear in the person's name, identifier, age, note or plan id (any case). */
  search?: string;
}

/** The bands a list under `guidance` can show, in the order of the threshold (doseBand's ids). */
export function bandsFor(guidance: Guidance): DoseBandId[] {
  return guidance === 'us'
    ? ['below-threshold', 'reassess', 'outside-scope', 'incomplete', 'implausible']
    : ['below-threshold', 'high-dose', 'specialist-referral', 'information', 'incomplete', 'implausible'];
}

export function isFiltering(filter: ReviewFilter): boolean {
  return filter.band !== undefined || (filter.conditions?.length ?? 0) > 0 || (filter.search?.trim() ?? '') !== '';
}

/** The rows that pass `filter`, in their given order. */
export function filterRows(rows: readonly ReviewRow[], filter: ReviewFilter): ReviewRow[] {
  if (!isFiltering(filter)) return [...rows];
  const mask = (filter.conditions ?? []).reduce((bits, id) => bits | conditionBit(id), 0);
  const words = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const band = filter.band;
  return rows.filter((row) => (band === undefined || row.band === band)
    && (row.conditions & mask) === mask
    && words.every((word) => row.search.includes(word)));
}
