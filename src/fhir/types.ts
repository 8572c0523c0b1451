/**
 * The shapes `linesFromFhir` and `planFromFhir` return (DESIGN.md, "FHIR"). Every assumption and every
 * reason is a code with parameters, never a sentence: words come from a locale catalogue (describe.ts
 * has English wording for tests and demos).
 */
import type { CodeTable } from '../core/coded-medicine.js';
import type { IsoDate } from '../core/dates.js';
import type { Guidance, Indication } from '../core/ids.js';
import type { ConcurrentMedicine, MedicationLine } from '../core/schema.js';

export type Params = Record<string, unknown>;
/** An assumption made while reading a resource, or a note about the plan: words from the catalogue. */
export interface Note { code: string; params?: Params }
/** Why the input as a whole could not be read. */
export interface Issue { path: string; code: string; params?: Params }

export type UnusableReason = 'unknown-medicine' | 'dose-unreadable' | 'not-active' | 'invalid-resource';

export type FhirMedicationResult = { source: string } & (
  | { kind: 'opioid'; line: MedicationLine; start?: IsoDate; stop?: IsoDate; assumptions: Note[] }
  | { kind: 'concurrent'; medicine: ConcurrentMedicine }
  | { kind: 'naloxone' }
  | { kind: 'other' }
  | { kind: 'unusable'; reason: UnusableReason; params?: Params }
);

export interface LinesFromFhirOptions {
  /** The date to judge "ended" against; without it, end dates in the past are not checked. */
  today?: IsoDate;
  /** Coded-medicine tables, e.g. `[rxnorm, dmd]` from 'opioid-elements/codes/rxnorm' and '/codes/dmd'. */
  codes?: readonly CodeTable[];
}

export interface PlanFromFhirOptions extends LinesFromFhirOptions {
  guidance?: Guidance;
  /** The plan's indication; without it, 'chronic-non-cancer' (every rule applies) and a note says so. */
  indication?: Indication;
  /** The plan's id; without it, the Bundle's id, else 'fhir'. */
  id?: string;
}

export type LinesFromFhirResult = { ok: true; results: FhirMedicationResult[] } | { ok: false; issues: Issue[] };
