/**
 * Axis tick maths for the taper chart: pure numbers, no DOM, no dates (the element turns day offsets
 * into calendar dates with the core's `addDays`).
 *
 * Dose ticks are "nice" numbers (1, 2 or 5 × 10^n apart) from 0, because a reader compares a dose with
 * the nearest round gridline; an axis that starts above 0 would exaggerate each reduction.
 */

/** Multiples of 10^n a reader finds easy to count in. */
const NICE_MULTIPLES = [1, 2, 5, 10] as const;

/** Drops floating-point dust (0.30000000000000004 → 0.3) so tick labels print as written. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** The smallest 1, 2 or 5 × 10^n that is at least `rough` (1 for anything not positive and finite). */
export function niceStep(rough: number): number {
  if (!(Number.isFinite(rough) && rough > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const multiple = NICE_MULTIPLES.find((m) => clean(m * power) >= rough) ?? 10;
  return clean(multiple * power);
}

export interface DoseTicks {
  /** Distance between ticks: 1, 2 or 5 × 10^n. */
  step: number;
  /** The axis maximum: the first tick at or above the largest value. */
  top: number;
  /** 0, step, 2·step … top. */
  values: number[];
}

/**
 * Ticks from 0 that cover `max` with at most `maxIntervals` gaps (at least 1). A `max` that is not
 * positive still gets a usable axis (0 to 1) rather than a division by zero.
 */
export function doseTicks(max: number, maxIntervals: number): DoseTicks {
  const intervals = Math.max(1, Math.floor(Number.isFinite(maxIntervals) ? maxIntervals : 1));
  const highest = Number.isFinite(max) && max > 0 ? max : 1;
  const step = niceStep(highest / intervals);
  const count = Math.max(1, Math.ceil(clean(highest / step)));
  const values = Array.from({ length: count + 1 }, (_, i) => clean(i * step));
  return { step, top: values[values.length - 1] ?? step, values };
}

/**
 * Whole-day gaps a calendar reader recognises: days, a week, a fortnight, four weeks, a quarter,
 * half a year, a year (and multiples of a year for very long schedules).
 */
export const CALENDAR_DAY_STEPS: readonly number[] = [1, 2, 7, 14, 28, 56, 91, 182, 364, 728, 1456, 2912];

/**
 * The smallest whole-day gap between date ticks whose labels do not collide: consecutive ticks must be
 * at least `labelWidth + minGap` pixels apart. `preferred` steps (e.g. the taper interval, so ticks fall
 * on reduction days) join the calendar steps as candidates.
 */
export function dayTickStep(
  pixelsPerDay: number,
  labelWidth: number,
  minGap = 8,
  preferred: readonly number[] = [],
): number {
  const needed = labelWidth + minGap;
  const candidates = [...new Set([...CALENDAR_DAY_STEPS, ...preferred.filter((d) => Number.isInteger(d) && d > 0)])]
    .sort((a, b) => a - b);
  if (!(Number.isFinite(pixelsPerDay) && pixelsPerDay > 0)) return candidates[candidates.length - 1] ?? 1;
  const fits = candidates.find((days) => days * pixelsPerDay >= needed);
  // Longer than every candidate: whole years, as many as it takes.
  return fits ?? Math.ceil(needed / pixelsPerDay / 364) * 364;
}

/** Day offsets 0, step, 2·step … up to and including `spanDays` when it falls on a step. */
export function dayTicks(spanDays: number, step: number): number[] {
  if (!(Number.isInteger(step) && step > 0) || !(Number.isFinite(spanDays) && spanDays >= 0)) return [0];
  const count = Math.floor(spanDays / step);
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}
