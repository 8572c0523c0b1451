/**
 * The words for what the FHIR adapter (`src/fhir`) returns (`fhir` section): the assumptions it made
 * while reading a resource (`Note` codes), why a resource could not be used (`UnusableReason` and the
 * `why` in its params), what stopped the record being read at all (issue codes), and the plan card's
 * phrases around them. The adapter speaks in codes and parameters only; every word is here.
 *
 * Two forms of each assumption: `note`, a full sentence (logs, Node, `opioid-elements/fhir/describe`),
 * and `rowNote`, the few words shown under a medicine row on the card ("dose read from text: check").
 * Parameters come from another system: read them with the guards in `read.ts`; numbers and dates go
 * through `Formatters`.
 */
import type { Formatters } from '../format.js';
import type { SectionWords } from '../section.js';
import type { Params } from '../types.js';

/** Every assumption code the adapter emits (src/fhir/dosage.ts, lines.ts, medicine.ts, plan.ts). */
export const FHIR_NOTE_CODES = [
  'medicine-read-from-text', 'dose-read-from-text', 'dose-range-high', 'frequency-max-used', 'period-shortest-used',
  'frequency-once-per-period', 'doses-from-times-of-day', 'dose-and-rate-first-used', 'as-needed-maximum-used',
  'as-needed-at-most-frequent', 'several-dosages', 'patch-dose-read-as-rate', 'patches-worn-together',
  'combination-product', 'stop-from-inclusive-end', 'stop-from-duration', 'indication-assumed', 'start-date-assumed',
] as const;
export type FhirNoteCode = typeof FHIR_NOTE_CODES[number];

/** Every `why` an unusable result carries in its params. */
export const FHIR_WHY_CODES = [
  'no-medicine', 'not-identified', 'no-strength', 'route', 'opioid-not-converted', 'no-dosage', 'no-timing', 'no-dose',
  'open-range', 'dose-unit', 'patch-count', 'as-needed-no-maximum', 'text-not-understood', 'out-of-range', 'no-status',
  'unreadable', 'ended',
] as const;
export type FhirWhyCode = typeof FHIR_WHY_CODES[number];

export type FhirReason = 'unknown-medicine' | 'dose-unreadable' | 'not-active' | 'invalid-resource';

/** Why a record could not be read into a plan at all (`planFromFhir` issues), and the out functions' issues. */
export const FHIR_ISSUE_CODES = [
  'not-fhir', 'not-json', 'unreadable', 'no-opioid', 'too-many', 'no-start-date', 'invalid-plan', 'not-a-medication-request',
  'invalid-date', 'not-after-start', 'not-a-medication-statement', 'required', 'invalid',
] as const;
export type FhirIssueCode = typeof FHIR_ISSUE_CODES[number];

export type FhirMessage = (params: Params, f: Formatters) => string;

export interface FhirWords extends SectionWords {
  /** An assumption as a full sentence. */
  note: Readonly<Record<FhirNoteCode, FhirMessage>>;
  /** An assumption in a few words, under the medicine row it changed (no capital, no full stop). */
  rowNote: Readonly<Record<FhirNoteCode, FhirMessage>>;
  /** Why a resource could not be used, as a clause ("there is no dose instruction"). */
  why: Readonly<Record<FhirWhyCode, FhirMessage>>;
  /** The reason in a word or two, as a label before the clause ("Dose unreadable"). */
  reason: Readonly<Record<FhirReason, string>>;
  /** A concurrent medicine's kind inside a log line. */
  concurrentKind: Readonly<Record<'benzodiazepine' | 'gabapentinoid' | 'opioid-substitution', string>>;
  /** A not-active resource with no `why`: "its status is stopped". */
  status: (status: string) => string;
  /** One result as a line of a log (`describeResult`). */
  result: {
    /** "MedicationRequest/a: morphine counted (notes)". */
    opioid: (source: string, drug: string, notes: string) => string;
    concurrent: (source: string, kind: string, name: string) => string;
    naloxone: (source: string) => string;
    other: (source: string) => string;
    /** "MedicationRequest/a: not counted: the dose has no timing." */
    unusable: (source: string, why: string) => string;
  };
  /** Why the record as a whole could not be read (the context's error block). */
  issue: Readonly<Record<FhirIssueCode, FhirMessage>>;
  /** Anything else the adapter said. */
  otherIssue: string;
  /** Problems with <opioid-plan-context>'s FHIR settings (`given` is the host's text, at most 40 characters). */
  context: {
    indicationNotKnown: (given: string, known: string) => string;
    codesNotKnown: (given: string, known: string) => string;
  };
  /** The plan card's phrases for a plan read from FHIR. */
  card: {
    /** Read before a row's notes by screen readers and shown as their label: "From the record". */
    rowNotesLabel: string;
    /** The heading of the list of resources not counted: "Not counted from the record (2)". */
    notCountedHeading: (count: string) => string;
    /** A resource the total leaves out (its name, when it has one, and why): "Codeine 30 mg tablets — not active: ...". */
    notCounted: (name: string, reason: string, why: string) => string;
    /** The plan's own assumptions (indication, start date): their heading. */
    planNotesHeading: string;
    /** The total when some medicine in the record could not be read: "Incomplete: at least 120 mg/day OME — 1 medicine in the record could not be read". */
    incomplete: (counted: string, count: number, f: Formatters) => string;
    incompleteShort: (counted: string, count: number, f: Formatters) => string;
    /** Named for a resource whose medicine could not be named. */
    unnamed: string;
  };
}
