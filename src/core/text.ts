/**
 * The few text helpers the core itself needs, none of them a sentence: the number a dose is shown as
 * (`roundMg`, so a threshold and the shown total always agree) and a value quoted in a host's error
 * (`quoteValue`). Every sentence, name, number and date a person reads is worded by the locale
 * catalogues ('opioid-elements/locales': `describeDose`, `describeStopDate`, `describeDueDate`,
 * `describeDaysLeft`, `formatDateWithWeekday`, `wordsFor(tag).drug`, `formatters(tag).mg`).
 *
 * Pure functions, no DOM, and none of them throws.
 */
import { stripBidiControls } from './bidi.js';

// Direction controls (why they are stripped: bidi.ts); part of the core's exports through this module.
export { stripBidiControls } from './bidi.js';

/**
 * The number a dose is shown as (2 decimals below 10, else 1; the locales' `formatters(tag).mg` prints
 * it). Comparisons with a threshold use this, so a shown total and its band always agree: 89.96 is shown
 * as "90" and is at or above 90, never "90 … below 90". NaN for anything that is not a finite number.
 */
export function roundMg(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return Number.NaN;
  const factor = Math.abs(value) < 10 ? 100 : 10;
  // `|| 0` so a value that rounds to zero is 0, never -0.
  return Math.round(value * factor) / factor || 0;
}

/**
 * A value as an error message quotes it: “60mg”, cut at 40 characters so a pasted essay cannot flood
 * the error block, and without direction controls (stripBidiControls), which would otherwise reverse
 * the rest of the message. A value with no text of its own is described, not quoted: "an object"
 * (never "[object Object]", and never a throw from an object without toString), "an empty value"
 * (undefined, null), "an invalid number" (NaN), "an infinite number".
 */
export function quoteValue(value: unknown): string {
  if (value === undefined || value === null) return 'an empty value';
  if (typeof value === 'object' || typeof value === 'function') return 'an object';
  if (typeof value === 'number' && Number.isNaN(value)) return 'an invalid number';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'an infinite number';
  const text = typeof value === 'string' ? stripBidiControls(value) : String(value);
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
}
