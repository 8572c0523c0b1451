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
export const TAPER_BASES = ['original', 'current'] as const;

export type Guidance = (typeof GUIDANCES)[number];
export type OpioidId = (typeof OPIOID_IDS)[number];
export type Route = (typeof ROUTES)[number];
export type Indication = (typeof INDICATIONS)[number];

/** What a date on a discharge summary means: the opioid stops, or is reviewed. */
export const STOP_DATE_KINDS = ['stop', 'review'] as const;
export type StopDateKind = (typeof STOP_DATE_KINDS)[number];
