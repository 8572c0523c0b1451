/**
 * opioid-elements/fhir: FHIR R4 in and out, DOM-free, for browsers and Node 20. Depends on the core
 * only; coded-medicine tables are separate entries ('opioid-elements/codes/rxnorm', '/codes/dmd')
 * passed in `options.codes`. Results speak in codes and parameters; `opioid-elements/fhir/describe`
 * has English wording for them.
 */
export { linesFromFhir } from './lines.js';
export { planFromFhir, type PlanFromFhirResult } from './plan.js';
export { readMedicineName } from './medicine-name.js';
export { readDoseText, type TextDose } from './dose-text.js';
export type {
  FhirMedicationResult, Issue as FhirIssue, LinesFromFhirOptions, LinesFromFhirResult, Note as FhirNote,
  PlanFromFhirOptions, UnusableReason,
} from './types.js';
export type { CodeTable, CodedMedicine, ProductStrength, ProductRoute, ProductForm } from '../core/coded-medicine.js';
export { medicationRequestWithStopDate, transferOfCareStatement, carePlanFromPlan, lastDayTaken, type FhirOut, type CarePlanOptions } from './out.js';
export { cdsHooksCards, type CdsCard, type CdsCardOptions, type FlagLike } from './cds-hooks.js';
