/**
 * opioid-elements/codes/dmd: UK dm+d codes (SNOMED CT identifiers of VMPs and AMPs) → drug, strength,
 * route, form, release, patch hours and combination partner, for
 * `linesFromFhir(input, { codes: [dmd] })`. An AMP resolves to its VMP and an old VMP id to the current
 * one (`dmd.canonical(code)` says which).
 *
 * Built by scripts/build-code-tables.mjs from the OpenSAFELY opioid-containing-medicines codelists
 * (opensafely/opioids-covid-research @0e45b0d, MIT), whose codes and names are dm+d data published by the
 * NHS Business Services Authority under the Open Government Licence v3.0. Strengths and forms are read
 * from the VMP names (the codelists carry no strength columns). Opioid substitution products (BNF 4.10),
 * benzodiazepines, gabapentinoids and naloxone are not in these codelists and are recognised by name.
 */
import { data } from './dmd-data.js';
import { decodeTable, type GeneratedCodeTable } from './table.js';

export type { GeneratedCodeTable } from './table.js';
export const dmd: GeneratedCodeTable = decodeTable(data);
export default dmd;
