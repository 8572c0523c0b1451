/**
 * opioid-elements/locales: the words for any core result, in any catalogue, for browsers and Node
 * (a server-side template or a CDS service prints the same sentences the widgets show).
 *
 *   describeFlag(flag, 'en-GB')  // "Total 120 mg/day OME is at or above the high-dose threshold …"
 *
 * en-GB and en-US are built in; other catalogues load on demand (`loadLocale('cy')`) and are used only
 * once loaded, and draft ones only when the caller allows drafts. Inside the library, elements import
 * core-words.ts (names, doses, dates, issues), result-words.ts (flags, bands) and taper-words.ts directly, so
 * one that shows no result does not download the results' words; this entry gives both.
 */
import { baseFor, wholeCatalogue } from './core-words.js';
import { enGB } from './en-GB.js';
import { enGBResults } from './en-GB-results.js';
import { enGBTaper } from './en-GB-taper.js';
import { enUSBase } from './en-US.js';
import type { Catalogue } from './types.js';

/** en-US whole: its own base words and en-GB's results' and taper words. */
export const enUS: Catalogue = { ...enUSBase, ...enGBResults, ...enGBTaper };

export { matchTag } from './tags.js';
export type { BaseWords, Catalogue, CatalogueMeta, LocaleTag, Message, NameRef, Params, ResultWords, TaperCatalogue, Words } from './types.js';
export { formatters, type DateStyle, type Formatters, type PluralForms } from './format.js';
export { enGB } from './en-GB.js';
export { defineSection, type Section, type SectionWords } from './section.js';
export {
  coreSection, describeDaysLeft, describeDose, describeDueDate, describeIssue, describeParsedDose, describeStopDate,
  formatDateWithWeekday, loadLocale, registerCoreLoader, wordsFor,
} from './core-words.js';
export { describeBand, describeFlag, describeOmeFailure } from './result-words.js';
export { describeNote, describeTaper, describeTaperSummary } from './taper-words.js';

/** The whole catalogue for a locale tag already available (built in or loaded); en-GB for anything else. */
export function catalogueFor(locale: unknown): Catalogue {
  return wholeCatalogue(locale) ?? (baseFor(locale).meta.tag === 'en-US' ? enUS : enGB);
}
