/**
 * Evidence that methadone or buprenorphine is opioid substitution treatment rather than pain relief:
 * a Condition (or a request's reason) of opioid use disorder.
 *
 * SNOMED CT codes: the dependence and abuse members of the CDC "Conditions indicating opioid misuse"
 * value set (cqframework/opioid-cds-r4 `input/vocabulary/valueset/opioid-misuse-disorders.json`,
 * expansion 2023-05-25, CC0-1.0); its poisoning, overdose, withdrawal and intoxication members are left
 * out because they are not a diagnosis of use disorder. ICD-10 and ICD-10-CM: category F11 "Mental and
 * behavioural disorders due to use of opioids" (the value set's ICD-10-CM members are all F11.x).
 */
import { codings, conceptTexts, list, obj, str, type Json } from './read.js';

const SNOMED_OUD: ReadonlySet<string> = new Set([
  '5602001', '191909007', '191912005', '191913000', '191914006', '145121000119106', '520841000124109',
  '75544000', '191819002', '191820008', '191821007', '231477003', '231478008', '231479000', '231480002',
  '426001001', '703845008', '1255013006', '1255015004', '1255018002', '1255019005', '1081000119105',
]);

const OUD_TEXT = /opioid use disorder|opioid dependen|opiate dependen|opioid addiction|heroin dependen|opioid substitution|opioid replacement|opioid agonist (therapy|treatment)/i;

export function isOudConcept(concept: unknown): boolean {
  const coded = codings(concept).some(({ system, code }) => {
    if (!code || !system) return false;
    if (/snomed/.test(system)) return SNOMED_OUD.has(code);
    if (/icd-?10/i.test(system)) return /^F11(\.|$|\d)/i.test(code);
    return false;
  });
  return coded || conceptTexts(concept).some((text) => OUD_TEXT.test(text));
}

/** A Condition of opioid use disorder that is not resolved, refuted or entered in error. */
export function isActiveOudCondition(condition: Json): boolean {
  const clinical = codings(condition.clinicalStatus).map((c) => c.code).concat(str(condition.clinicalStatus) ?? []);
  const verification = codings(condition.verificationStatus).map((c) => c.code).concat(str(condition.verificationStatus) ?? []);
  if (clinical.some((c) => c === 'resolved' || c === 'inactive')) return false;
  if (verification.some((c) => c === 'refuted' || c === 'entered-in-error')) return false;
  return isOudConcept(condition.code);
}

/** The request or statement gives opioid use disorder as its reason. */
export function hasOudReason(resource: Json): boolean {
  return [...list(resource.reasonCode), ...list(resource.reasonReference).map((r) => ({ text: str(obj(r)?.display) }))]
    .some(isOudConcept);
}
