/**
 * The library's identifiers (guidance, drugs, routes, indications…) as plain constant lists, with no
 * zod: code that only needs a name or a date (the text helpers, the stop-date prompt) can import
 * these without pulling the validator into its bundle. schema.ts builds its schemas from them.
 */
export const GUIDANCES = ['uk', 'us'] as const;
export const OPIOID_IDS = [
  'morphine', 'codeine', 'dihydrocodeine', 'tramadol', 'tapentadol', 'oxycodone',
  'hydromorphone', 'hydrocodone', 'oxymorphone', 'methadone', 'fentanyl', 'buprenorphine',
] as const;
export const ROUTES = ['oral', 'transdermal', 'sublingual'] as const;
export const STRENGTH_UNITS = ['mg', 'microgram/hour'] as const;
export const INDICATIONS = ['acute', 'chronic-non-cancer', 'cancer', 'end-of-life', 'opioid-use-disorder'] as const;
/** Why a line is prescribed: opioid substitution doses are never converted to OME/MME (CDC 2022). */
export const PURPOSES = ['pain', 'opioid-use-disorder'] as const;
export const CONCURRENT_KINDS = ['benzodiazepine', 'gabapentinoid', 'opioid-substitution'] as const;
/**
 * Only these two can be opioid substitution treatment (REFERENCE.md §3): any other opioid in a plan,
 * whatever the plan's indication, is an analgesic and is converted, counted and checked.
 */
export const SUBSTITUTION_DRUGS = ['methadone', 'buprenorphine'] as const;
/** Where a line comes from: over-the-counter codeine is counted too, and named, because reliance on it is a reason to involve an addiction service. */
export const LINE_SOURCES = ['prescribed', 'over-the-counter'] as const;
/** Who in a care team does what (joint pain/addiction care is the norm for people in substitution treatment who have pain). */
export const CARE_ROLES = ['pain-service', 'addiction-service', 'gp', 'palliative-care', 'pharmacist', 'other'] as const;
export const CARE_RESPONSIBILITIES = ['prescribes', 'reviews'] as const;
export const TAPER_BASES = ['original', 'current'] as const;

export type Guidance = (typeof GUIDANCES)[number];
export type OpioidId = (typeof OPIOID_IDS)[number];
export type Route = (typeof ROUTES)[number];
export type Indication = (typeof INDICATIONS)[number];
export type SubstitutionDrug = (typeof SUBSTITUTION_DRUGS)[number];
export type LineSource = (typeof LINE_SOURCES)[number];
export type CareRole = (typeof CARE_ROLES)[number];
export type CareResponsibility = (typeof CARE_RESPONSIBILITIES)[number];

/** True for methadone and buprenorphine, the only opioids that can be substitution treatment. */
export function isSubstitutionDrug(drug: unknown): drug is SubstitutionDrug {
  return SUBSTITUTION_DRUGS.some((id) => id === drug);
}

/** What a date on a discharge summary means: the opioid stops, or is reviewed. */
export const STOP_DATE_KINDS = ['stop', 'review'] as const;
export type StopDateKind = (typeof STOP_DATE_KINDS)[number];
