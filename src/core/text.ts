/**
 * The one text helper the core itself needs, and it is not a sentence: the number a dose is shown as
 * (`roundMg`, so a threshold and the shown total always agree). Every sentence, name, number, date and
 * quoted value a person reads is worded by the locale catalogues ('opioid-elements/locales':
 * `describeDose`, `describeStopDate`, `describeDueDate`, `describeDaysLeft`, `formatDateWithWeekday`,
 * `wordsFor(tag).drug`, `formatters(tag).mg`; a bad setting's value: `quoteGiven` in locales/common).
 *
 * Pure functions, no DOM, and none of them throws.
 */
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
