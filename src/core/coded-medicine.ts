/**
 * What a medicine code (RxNorm, dm+d) or a medicine's name tells us: the shape shared by the optional
 * code tables (`opioid-elements/codes/rxnorm`, `/codes/dmd`) and the FHIR adapter (`opioid-elements/fhir`).
 * Types and constant lists only, with no runtime logic: both layers depend on the core and on nothing
 * else, so the one definition lives here.
 */
import type { OpioidId } from './ids.js';

/** Every route a product can have; the core converts only oral, transdermal and sublingual lines. */
export const PRODUCT_ROUTES = [
  'oral', 'transdermal', 'sublingual', 'buccal', 'nasal', 'rectal', 'parenteral', 'inhalation', 'other',
] as const;
export type ProductRoute = (typeof PRODUCT_ROUTES)[number];

export const PRODUCT_FORMS = [
  'tablet', 'capsule', 'solution', 'suspension', 'granules', 'patch', 'lozenge', 'film', 'spray',
  'injection', 'suppository', 'implant', 'other',
] as const;
export type ProductForm = (typeof PRODUCT_FORMS)[number];

/** Immediate or modified (prolonged, extended, sustained) release. */
export type Release = 'IR' | 'MR';

/**
 * The amount of the drug in one unit of the product: per tablet/capsule/patch when `per` is absent,
 * or per `per.value` of `per.unit` (5 mg per 5 mL, 0.025 mg per hour, 0.1 mg per actuation).
 */
export interface ProductStrength {
  value: number;
  unit: 'mg' | 'microgram';
  per?: { value: number; unit: 'ml' | 'hour' | 'actuation' };
}

/** The non-opioid partner of a combination product (co-codamol 30/500: paracetamol 500 mg). */
export interface CombinationPartner { name: string; strength?: ProductStrength }

export type CodedMedicine =
  | {
    kind: 'opioid';
    drug: OpioidId;
    route: ProductRoute;
    form: ProductForm;
    /** Missing when the code or name does not say (e.g. "Oral Form Oxycodone"). */
    strength?: ProductStrength;
    release?: Release;
    /** Patches: how long one patch is worn (72, 96 or 168 hours). */
    patchHours?: number;
    partner?: CombinationPartner;
    /** Set only for products used for opioid use disorder alone (buprenorphine with naloxone, depot buprenorphine). */
    purpose?: 'opioid-use-disorder';
  }
  /** An opioid outside the library's twelve (pethidine, pentazocine…), or a product with two of them. */
  | { kind: 'other-opioid'; name: string }
  | { kind: 'benzodiazepine' | 'gabapentinoid'; name: string }
  | { kind: 'naloxone' };

/** One coded-medicine table, loaded on demand; the FHIR adapter asks each table in turn. */
export interface CodeTable {
  /** 'rxnorm' or 'dmd'. */
  id: string;
  /** FHIR `Coding.system` URIs this table answers for. */
  systems: readonly string[];
  /** What a code means; `undefined` when the table does not know it. */
  lookup(code: string): CodedMedicine | undefined;
  /** Where the data came from, its date and licence: shown with any figure built on it. */
  source: string;
}
