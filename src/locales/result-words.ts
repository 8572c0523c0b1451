/**
 * The words for the core's results: plan flags, dose bands and why a line has no OME/MME figure. Only
 * what shows them loads this (the plan card, the review list's inline card, opioid-elements/locales);
 * the stop-date prompt, the context and the taper chart do not. en-US uses en-GB's results (its units
 * and bands come from the core's parameters); a loaded catalogue (cy, es) is whole and gives its own.
 */
import type { PlanFlag } from '../core/flags.js';
import type { DoseBand } from '../core/guidance.js';
import type { OmeFailure, OmeFailureWhy } from '../core/ome.js';
import { registerOmeWords, say, wholeCatalogue } from './core-words.js';
import { enGBResults } from './en-GB-results.js';
import type { Params, ResultWords } from './types.js';

/** The results' words for a locale: a loaded catalogue's own, else en-GB's. */
export function resultsFor(locale: unknown): ResultWords {
  return wholeCatalogue(locale) ?? enGBResults;
}

function omeFailureWords(params: unknown, locale: unknown): string {
  const why = typeof params === 'object' && params !== null ? (params as Params).why : undefined;
  const { ome } = resultsFor(locale);
  return typeof why === 'string' && Object.hasOwn(ome, why) ? say(ome[why as OmeFailureWhy], params, locale) : '';
}
// A flag that quotes a failure ('incomplete-total') words it through Words.omeFailure.
registerOmeWords(omeFailureWords);

/** A plan flag in words ('' for a flag id the catalogue does not know). */
export function describeFlag(flag: Pick<PlanFlag, 'id' | 'params'>, locale?: unknown): string {
  if (typeof flag !== 'object' || flag === null) return '';
  const { flag: words } = resultsFor(locale);
  return say(Object.hasOwn(words, flag.id) ? words[flag.id] : undefined, flag.params, locale);
}

/** Why a medicine line has no OME/MME figure, in words ('' for a result that converted). */
export function describeOmeFailure(result: Pick<OmeFailure, 'params'>, locale?: unknown): string {
  if (typeof result !== 'object' || result === null) return '';
  return omeFailureWords(result.params, locale);
}

/** Where a total sits against the guidance's thresholds, in one phrase ('' for no band). */
export function describeBand(band: Pick<DoseBand, 'id' | 'params'> | undefined, locale?: unknown): string {
  if (typeof band !== 'object' || band === null) return '';
  const { band: words } = resultsFor(locale);
  return say(Object.hasOwn(words, band.id) ? words[band.id] : undefined, band.params, locale);
}
