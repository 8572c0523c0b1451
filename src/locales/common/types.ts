/**
 * Words every element shares: the error block (its title when a widget fails, "…and 3 more"), and the
 * problems with the settings a host writes on any widget or on `<opioid-plan-context>` (guidance,
 * today, the UK threshold). A typed object, so a missing or an extra key is a type error.
 */
import type { PluralForms } from '../format.js';
import type { SectionWords } from '../section.js';

/** How a setting's value is quoted back when it is not text ("not an empty value"). */
export interface GivenWords {
  /** The value as typed, in the language's quotation marks: “eu”. */
  quoted: (text: string) => string;
  empty: string;
  object: string;
  invalidNumber: string;
  infiniteNumber: string;
}

export interface CommonWords extends SectionWords {
  /** The error block's title when a widget failed while displaying its data. */
  somethingWentWrong: string;
  /** The one problem listed under it; `detail` is the script error's own (English) text. */
  couldNotDisplay: (detail: string) => string;
  /** Under a list cut short: "…and 3 more." */
  more: PluralForms;
  /** `<opioid-plan-context>`'s error block. */
  contextTitle: string;
  /** `guidance` is not "uk" or "us"; `given` is the value quoted (`GivenWords`). */
  guidanceNotKnown: (given: string) => string;
  /** `today` is not a `YYYY-MM-DD` calendar date. */
  todayNotADate: (given: string) => string;
  settingsUnreadable: string;
  /** A UK high-dose threshold that is not a number of mg/day OME within the range. */
  thresholdRange: (min: string, max: string) => string;
  given: GivenWords;
}
