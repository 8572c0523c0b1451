/**
 * A validated plan's total daily OME/MME, with no validation of its own: the rule for what a line is
 * for (`linePurpose`) and the total of lines the schema has already accepted. plan-total.ts adds the
 * validating entry point (`planTotalDailyOme`); this module needs no zod, so the risk explainer, which
 * only ever receives plans <opioid-plan-context> has validated, does not download the schemas.
 */
import { OPIOID_IDS, PURPOSES, isSubstitutionDrug, type Guidance, type OpioidId } from './ids.js';
import { omeOfCheckedLine, sumOfResults, type OmeResult } from './ome-convert.js';
import type { MedicationLine, OpioidPlan } from './schema.js';

export type LinePurpose = (typeof PURPOSES)[number];

export interface PlanTotal {
  /** OME (uk) or MME (us), mg/day, summed over the lines that converted; not rounded for display. */
  value: number;
  /** False as soon as one line did not convert (or the plan could not be read). */
  complete: boolean;
  /** One result per medication line, in the plan's order. */
  lines: OmeResult[];
  /** Generic names of the medicines that were not converted, each once, in the plan's order. */
  notConverted: string[];
  /** The same medicines as drug ids (for the locale catalogues to name), each once, in the plan's order. */
  notConvertedDrugs: OpioidId[];
  /** A converted line is an as-needed line counted at its most doses a day: the total is a worst case. */
  asNeededMaximum: boolean;
}

/**
 * Why a line is prescribed: its own `purpose`; without one, opioid use disorder for methadone or
 * buprenorphine when the whole plan is for opioid use disorder (substitution treatment), else pain.
 */
export function linePurpose(line: Pick<MedicationLine, 'purpose' | 'drug'>, plan: Pick<OpioidPlan, 'indication'>): LinePurpose {
  // `?.`: plain-JavaScript callers may pass anything, and the core never throws.
  if (line?.purpose !== undefined) return line.purpose;
  return plan?.indication === 'opioid-use-disorder' && isSubstitutionDrug(line?.drug) ? 'opioid-use-disorder' : 'pain';
}

/** The line is read as substitution treatment only because of the plan's indication: the card says so. */
export function substitutionAssumed(line: Pick<MedicationLine, 'purpose' | 'drug'>, plan: Pick<OpioidPlan, 'indication'>): boolean {
  return line?.purpose === undefined && linePurpose(line, plan) === 'opioid-use-disorder';
}

export const unreadablePlanTotal = (): PlanTotal => ({ value: 0, complete: false, lines: [], notConverted: [], notConvertedDrugs: [], asNeededMaximum: false });

/**
 * The total of a plan `parsePlan` returned (or <opioid-plan-context> shares), each line read with
 * `linePurpose` and converted without validating it again. A line that does not look validated is
 * `invalid-input` and makes the total incomplete; never a silent partial sum. Never throws.
 */
export function validatedPlanTotal(plan: OpioidPlan, guidance: Guidance): PlanTotal {
  try {
    return totalOfLines(plan, (line) => omeOfCheckedLine(line, guidance));
  } catch {
    return unreadablePlanTotal();
  }
}

/**
 * A validated plan's lines, each with its purpose (`linePurpose`), converted by `convert` and summed with
 * their names: the one reading of a parsed plan, whichever converter the caller trusts. May throw on a
 * plan that skipped the schema; callers catch.
 */
export function totalOfLines(plan: OpioidPlan, convert: (line: MedicationLine) => OmeResult): PlanTotal {
  const lines = plan.medications.map((line) => (line.purpose === undefined ? { ...line, purpose: linePurpose(line, plan) } : line));
  return withNames(lines, sumOfResults(lines.map(convert)));
}

export function withNames(lines: readonly unknown[], total: { value: number; complete: boolean; lines: OmeResult[] }): PlanTotal {
  // Plain loops (this runs once per plan, for every row of a list of thousands): each drug once, in order.
  // Our drug ids are the generic (INN) names, the same in UK and US English, so the names are the ids.
  const notConvertedDrugs: OpioidId[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    if (total.lines[index]?.ok === true) continue;
    const drug = (lines[index] as Partial<MedicationLine> | undefined)?.drug;
    if (OPIOID_IDS.includes(drug as OpioidId) && !notConvertedDrugs.includes(drug as OpioidId)) notConvertedDrugs.push(drug as OpioidId);
  }
  const notConverted: string[] = [...notConvertedDrugs];
  let asNeededMaximum = false;
  for (const line of total.lines) {
    if (line.ok && line.asNeededMaximum) {
      asNeededMaximum = true;
      break;
    }
  }
  return { value: total.value, complete: total.complete, lines: total.lines, notConverted, notConvertedDrugs, asNeededMaximum };
}
