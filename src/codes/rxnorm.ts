/**
 * opioid-elements/codes/rxnorm: RxNorm codes → drug, strength, route, form, release, patch hours and
 * combination partner, for `linesFromFhir(input, { codes: [rxnorm] })`.
 *
 * Built by scripts/build-code-tables.mjs from the HL7/CDC OMTK data (opioid-mme-r4, generated
 * 2020-10-20, Apache-2.0: 910 clinical and branded drugs with an opioid ingredient, RxCUI, strength and
 * dose form) and the CDC opioid-cds-r4 value sets (expansions of 2025-02-24, CC0-1.0: opioid analgesics,
 * buprenorphine and methadone, benzodiazepines, naloxone) and the gabapentin and pregabalin members of
 * the archived CDC "non-opioid CNS depressant medications" value set (opioid-cds-r4 @b29bdcb,
 * `archive/input/vocabulary/valueset/archive/`, expansion 2023-05-25, CC0-1.0; the current CNS depressant
 * set has no gabapentinoids). Products newer than those dates are missing.
 *
 * This product uses publicly available data courtesy of the U.S. National Library of Medicine (NLM),
 * National Institutes of Health, Department of Health and Human Services; NLM is not responsible for the
 * product and does not endorse or recommend this or any other product.
 */
import { data } from './rxnorm-data.js';
import { decodeTable, type GeneratedCodeTable } from './table.js';

export type { GeneratedCodeTable } from './table.js';
export const rxnorm: GeneratedCodeTable = decodeTable(data);
export default rxnorm;
