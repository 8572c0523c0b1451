/**
 * The orders a reviewer can put the list in. The default is urgency (the order a service works
 * through): rows with more urgent flags first, then more warnings, then the highest total. A plan that
 * could not be checked carries the core's urgent `invalid-plan` flag, so it sorts with the urgent ones,
 * never to the bottom. DOM-free.
 */
import type { ReviewRow } from './review-model.js';

export const SORT_KEYS = ['urgency', 'name', 'total', 'duration', 'review', 'taper'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface ReviewSort {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: ReviewSort = { key: 'urgency', direction: 'descending' };

/** The direction a column sorts in when first chosen: the one a reviewer wants first. */
export const FIRST_DIRECTION: Readonly<Record<SortKey, SortDirection>> = {
  urgency: 'descending', name: 'ascending', total: 'descending', duration: 'descending', review: 'ascending', taper: 'ascending',
};

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A total to sort by: an implausible total is the highest (it needs checking); no total (invalid) is NaN. */
function totalKey(row: ReviewRow): number {
  if (row.status === 'invalid') return Number.NaN;
  return row.implausible ? Number.POSITIVE_INFINITY : row.total;
}

/** 'YYYY-MM-DD' as the number YYYYMMDD, which sorts as the date does (no time zone involved). */
const dateKey = (date: string) => Number(date.replaceAll('-', ''));

/** The date of the next taper change (NaN when there is none to come). */
function taperKey(row: ReviewRow): number {
  return row.taper.status === 'active' && row.taper.next ? dateKey(row.taper.next.date)
    : row.taper.status === 'planned' ? dateKey(row.taper.startDate) : Number.NaN;
}

function numberKey(row: ReviewRow, key: SortKey): number {
  switch (key) {
    case 'total': return totalKey(row);
    case 'duration': return row.daysOn;
    case 'review': return row.reviewDays;
    case 'taper': return taperKey(row);
    default: return Number.NaN;
  }
}

const orHigh = (value: number) => (Number.isNaN(value) ? Number.POSITIVE_INFINITY : value);

function nameOf(row: ReviewRow): string {
  return row.person.name ?? row.person.identifier ?? row.planId;
}

/**
 * A new array in the chosen order; `rows` is not changed. Rows without the value sorted on (no review
 * date, no taper, no total) go last in either direction; ties keep the urgency order, then input order.
 */
export function sortRows(rows: readonly ReviewRow[], sort: ReviewSort = DEFAULT_SORT): ReviewRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.key === 'name') {
    const named = rows.map((row) => ({ row, name: nameOf(row), urgency: urgencyKey(row) }));
    named.sort((a, b) => sign * collator.compare(a.name, b.name) || b.urgency - a.urgency || a.row.index - b.row.index);
    return named.map((entry) => entry.row);
  }
  const { order, compare } = keyed(rows, sort);
  order.sort(compare);
  return Array.from(order, (i) => rows[i] as ReviewRow);
}

/**
 * The positions of `rows` and how two positions compare under `sort` (not the name sort): keys read
 * once per row into typed arrays (not once per comparison, and no object per row).
 */
export function keyed(rows: readonly ReviewRow[], sort: ReviewSort): { order: Uint32Array; compare: (a: number, b: number) => number } {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const count = rows.length;
  const keys = new Float64Array(count);
  const urgency = new Float64Array(count);
  const inputIndex = new Float64Array(count);
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) {
    const row = rows[i] as ReviewRow;
    urgency[i] = urgencyKey(row);
    keys[i] = sort.key === 'urgency' ? urgency[i] as number : numberKey(row, sort.key);
    inputIndex[i] = row.index;
    order[i] = i;
  }
  const compare = (a: number, b: number): number => {
    const aKey = keys[a] as number;
    const bKey = keys[b] as number;
    const aMissing = Number.isNaN(aKey);
    const bMissing = Number.isNaN(bKey);
    if (aMissing || bMissing) {
      if (aMissing !== bMissing) return aMissing ? 1 : -1;
    } else if (aKey !== bKey) {
      return aKey < bKey ? -sign : sign;
    }
    return (urgency[b] as number) - (urgency[a] as number) || (inputIndex[a] as number) - (inputIndex[b] as number);
  };
  return { order, compare };
}

/**
 * `urgencyCompare`'s order as one number (higher is more urgent): a plan nobody could check, then
 * urgent flags, then warnings, then the total (an implausible or missing total counts as the highest).
 * Flags per plan are at most 18 (FLAG_IDS) and a shown total at most 10,000 mg/day, so the parts
 * never overlap and the number stays an exact integer below 2^53.
 */
function urgencyKey(row: ReviewRow): number {
  const total = orHigh(totalKey(row));
  const shown = Number.isFinite(total) ? Math.min(Math.max(total, 0), 10_000) : 10_001;
  return (row.status === 'invalid' ? 1e15 : 0) + row.urgent * 1e13 + row.warnings * 1e11 + Math.round(shown * 1000);
}
