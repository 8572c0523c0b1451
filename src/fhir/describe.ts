/**
 * opioid-elements/fhir/describe: words for the codes `linesFromFhir` and `planFromFhir` return, and for
 * CDS Hooks cards (`cdsCardWords`), for Node users, logs and tests. The words live in the locale
 * catalogues (src/locales/fhir and the core's: en-GB, en-US, draft cy and es); this entry calls them,
 * en-GB unless a locale is given (cy and es once loaded: `fhirSection.load('cy')` from
 * 'opioid-elements/locales/fhir', `loadLocale('cy')` from 'opioid-elements/locales', or the widgets).
 * The adapter itself carries no sentences; this file is the one part of src/fhir that reads words.
 */
import { describeFhirNote, describeFhirResult, describeFhirIssue } from '../locales/fhir/index.js';
import { describeFlag } from '../locales/index.js';
import type { LocaleTag } from '../locales/types.js';
import type { CdsCardOptions, FlagLike } from './cds-hooks.js';
import type { FhirMedicationResult, Issue, Note } from './types.js';

/** An assumption as a sentence: "The dose was read from the dose text ("1 tab bd")." */
export function describeNote(note: Note, locale: LocaleTag = 'en-GB'): string {
  return describeFhirNote(note, locale);
}

/** One result as a line: "MedicationRequest/a: not counted: the dose has no timing (…)." */
export function describeResult(result: FhirMedicationResult, locale: LocaleTag = 'en-GB'): string {
  return describeFhirResult(result, locale);
}

/** Why a record (or a resource going out) could not be used. */
export function describeIssue(issue: Issue, locale: LocaleTag = 'en-GB'): string {
  return describeFhirIssue(issue, locale);
}

/** The CDS Hooks summary limit (fewer than 140 characters): a longer sentence goes whole into the detail too. */
const MAX_SUMMARY = 139;

/**
 * The library's own words for CDS Hooks cards, in a locale: `cdsHooksCards(flags, { ...cdsCardWords('en-US') })`.
 * The summary is the flag's sentence (`describeFlag`); when it is longer than a summary may be, the
 * card's detail holds it whole, so nothing is lost to the cut.
 */
export function cdsCardWords(locale: LocaleTag = 'en-GB'): Required<Pick<CdsCardOptions, 'summary' | 'detail'>> {
  const words = (flag: FlagLike) => describeFlag({ id: flag.id as never, params: (flag.params ?? {}) as Record<string, unknown> }, locale);
  return {
    summary: words,
    detail: (flag) => {
      const text = words(flag).replace(/\s+/g, ' ').trim();
      return text.length > MAX_SUMMARY ? text : undefined;
    },
  };
}
