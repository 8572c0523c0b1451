import { createContext } from '@lit/context';
import type { ValidationIssue } from '../core/parse.js';
import type { Guidance } from '../core/ids.js';
import type { OpioidPlan } from '../core/schema.js';
import type { IsoDate } from '../core/dates.js';
import type { FhirMedicationResult, Note as FhirNote } from '../fhir/types.js';

/** One medication resource of a FHIR record and what became of it, with the medicine's name as the record gives it. */
export type ContextFhirResult = FhirMedicationResult & { name?: string };

/** What <opioid-plan-context> shares with every widget inside it. */
export interface PlanContextValue {
  /** The validated plan; undefined when there is none or it failed validation (see `issues`). */
  plan: OpioidPlan | undefined;
  guidance: Guidance;
  /** The calendar date the widgets treat as today. */
  today: IsoDate;
  locale: string;
  /** The host allows draft catalogues (`allow-draft-locales` on <opioid-plan-context>): cy, es. */
  allowDraftLocales?: boolean;
  /** Validation problems with the plan the provider was given; empty when it is valid. */
  issues: ValidationIssue[];
  /**
   * When the plan was read from FHIR: one result per medication resource, in the record's order (the
   * opioid results are the plan's lines, in the same order); a stopped or unreadable resource is here
   * and not in the plan. Undefined for a plan given as plan JSON.
   */
  fhirResults?: readonly ContextFhirResult[];
  /** What reading the record assumed about the plan as a whole (its indication, its start date). */
  fhirNotes?: readonly FhirNote[];
}

// A string key (not a Symbol) so two copies of the library on one page still find each other.
export const planContext = createContext<PlanContextValue | undefined>('opioid-elements/plan');
