import { createContext } from '@lit/context';
import type { ValidationIssue } from '../core/parse.js';
import type { Guidance } from '../core/ids.js';
import type { OpioidPlan } from '../core/schema.js';
import type { IsoDate } from '../core/dates.js';

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
}

// A string key (not a Symbol) so two copies of the library on one page still find each other.
export const planContext = createContext<PlanContextValue | undefined>('opioid-elements/plan');
