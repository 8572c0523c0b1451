/**
 * The words for a taper: its method, its summary and its notes. Loaded by the taper chart and the plan
 * card. en-US uses en-GB's; a loaded catalogue (cy, es) is whole and gives its own.
 */
import type { TaperNote, TaperSchedule, TaperSummary } from '../core/taper.js';
import { say, wholeCatalogue } from './core-words.js';
import { enGBTaper } from './en-GB-taper.js';
import type { Params, TaperCatalogue } from './types.js';

/** The taper words for a locale: a loaded catalogue's own, else en-GB's. */
function taperFor(locale: unknown): TaperCatalogue['taper'] {
  return (wholeCatalogue(locale) ?? enGBTaper).taper;
}

/** A taper schedule's method in words ('' for anything that is not a schedule). */
export function describeTaper(schedule: Pick<TaperSchedule, 'descriptionParams'>, locale?: unknown): string {
  if (typeof schedule !== 'object' || schedule === null) return '';
  return say(taperFor(locale).description, schedule.descriptionParams, locale);
}

/** "from 60 mg to 0 over 154 days in 10 steps". */
export function describeTaperSummary(summary: TaperSummary | undefined, locale?: unknown): string {
  return say(taperFor(locale).summary, summary as unknown as Params, locale);
}

/** A taper note in words ('' for a code the catalogue does not know). */
export function describeNote(note: Pick<TaperNote, 'code' | 'params'>, locale?: unknown): string {
  if (typeof note !== 'object' || note === null) return '';
  const { note: words } = taperFor(locale);
  return say(Object.hasOwn(words, note.code) ? words[note.code] : undefined, note.params, locale);
}
