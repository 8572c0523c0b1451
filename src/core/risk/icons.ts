/**
 * How many people an icon array fills for a published count. Icons are whole people, so a count with
 * a decimal (vomiting 5.9 in 100, Busse 2018) is drawn rounded to the nearest whole person and the
 * explainer prints the published figure under the picture. A range (misuse 21–29 in 100, Vowles 2015)
 * fills its lower end solid and stripes the people up to its upper end: the solid part is what every
 * study found at least, the striped part is where the studies disagreed.
 */
import type { CountRange } from './pack-schema.js';

export interface IconCounts {
  /** Solid people. */
  filled: number;
  /** Striped people after the solid ones (a range's uncertain part); 0 for a single number. */
  striped: number;
}

/**
 * Whole people for a published count, never fewer than 0 nor more than `total`; 0 when either is not
 * a finite number (no picture can be drawn from it).
 */
export function wholePeople(count: number, total: number): number {
  if (typeof count !== 'number' || typeof total !== 'number' || !Number.isFinite(count) || !Number.isFinite(total)) return 0;
  return Math.max(Math.min(Math.max(Math.round(count), 0), total), 0);
}

/** Solid and striped people for a count or a range; none for anything else. */
export function iconCounts(count: number | CountRange, total: number): IconCounts {
  if (typeof count === 'number') return { filled: wholePeople(count, total), striped: 0 };
  if (typeof count !== 'object' || count === null) return { filled: 0, striped: 0 };
  const filled = wholePeople(count.low, total);
  return { filled, striped: Math.max(wholePeople(count.high, total) - filled, 0) };
}
