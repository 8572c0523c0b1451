/**
 * opioid-elements/codes/dmd: UK dm+d codes (SNOMED CT identifiers of VMPs and AMPs) → drug, strength,
 * route, form, release, patch hours and combination partner, for
 * `linesFromFhir(input, { codes: [dmd] })`. An AMP resolves to its VMP and an old VMP id to the current
 * one (`dmd.canonical(code)` says which).
 *
 * Built by scripts/build-code-tables.mjs from OpenSAFELY / OpenCodelists dm+d lists, whose codes and names
 * are dm+d data published by the NHS Business Services Authority under the Open Government Licence v3.0:
 * - opioids: the opioid-containing-medicines codelists (opensafely/opioids-covid-research @0e45b0d, MIT);
 * - benzodiazepines: user/RachelS99/dependence-forming-medications-benzodiazepines-dmd/4731b3ab
 *   (opensafely/dfms-covid19 @79e0ff6, `codelists/`, MIT); its meprobamate rows are left out;
 * - gabapentinoids: user/anschaf/gabapentinoids-dmd/7a9c2248 (opensafely/waiting-list @c0b16e1,
 *   `codelists/`, MIT); topical gabapentin (BNF 04.07.03) is left out.
 * Strengths and forms are read from the VMP names (the codelists carry no strength columns). Opioid
 * substitution products (BNF 4.10: methadone oral solution, sublingual buprenorphine 2 mg and more,
 * Espranor, Buvidal) and naloxone are in no public dm+d codelist found so far: they are recognised by
 * name, and methadone or buprenorphine with a Condition or reason of opioid use disorder is substitution
 * treatment whatever its code.
 */
import { data } from './dmd-data.js';
import { sctidOf } from './sctid.js';
import { decodeTable, type GeneratedCodeTable } from './table.js';

export type { GeneratedCodeTable } from './table.js';
export const dmd: GeneratedCodeTable = decodeTable(data, sctidOf);
export default dmd;
