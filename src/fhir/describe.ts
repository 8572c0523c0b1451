/**
 * opioid-elements/fhir/describe: words for the codes `linesFromFhir` and `planFromFhir` return, for
 * Node users, logs and tests. The words live in the locale catalogue's `fhir` section
 * (src/locales/fhir: en-GB, en-US, draft cy and es); this entry calls it, en-GB unless a locale is given
 * (cy and es once loaded: `fhirSection.load('cy')` from 'opioid-elements/locales/fhir' or the widgets).
 * The adapter itself carries no sentences; this file is the one part of src/fhir that reads words.
 */
import { describeFhirNote, describeFhirResult, describeFhirIssue } from '../locales/fhir/index.js';
import type { LocaleTag } from '../locales/types.js';
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
