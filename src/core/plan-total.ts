/**
 * A plan's total daily OME/MME: the one place that reads a plan's lines the way the plan is written,
 * so the flags, the plan card and the risk explainer can never disagree about the same plan.
 *
 * `totalDailyOme` (ome.ts) keeps its contract (DESIGN.md): it looks only at each line. A plan adds one
 * rule (REFERENCE.md §3): methadone or buprenorphine with no `purpose` in a plan whose indication is
 * `opioid-use-disorder` is opioid substitution treatment, which CDC 2022 says must not be converted
 * ("should not be applied to dosage decisions related to the management of opioid use disorder").
 * Counting it would, for example, turn a US methadone 60 mg substitution dose into 282 MME/day, a
 * high-dose flag and an overdose band. Only those two drugs can be substitution treatment: oxycodone or
 * morphine in the same plan is an analgesic, converted, counted and checked like any other, so a
 * pain medicine can never vanish from the total by being in an OUD plan.
 */
import { GUIDANCES, OPIOID_IDS, PURPOSES, isSubstitutionDrug, type Guidance, type Indication, type OpioidId } from './ids.js';
import { omeOfParsedLine, sumOfResults, totalDailyOme, type OmeResult } from './ome.js';
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

const unreadable = (): PlanTotal => ({ value: 0, complete: false, lines: [], notConverted: [], notConvertedDrugs: [], asNeededMaximum: false });

/**
 * The plan's total daily OME/MME under `guidance` (default: the plan's own guidance, else 'uk'), each
 * line read with `linePurpose`. Never throws: something that is not a plan gives an incomplete zero.
 */
export function planTotalDailyOme(plan: OpioidPlan | unknown, options?: { guidance?: Guidance }): PlanTotal {
  try {
    if (typeof plan !== 'object' || plan === null || Array.isArray(plan)) return unreadable();
    const { medications, indication, guidance: own } = plan as Partial<Record<keyof OpioidPlan, unknown>>;
    if (!Array.isArray(medications)) return unreadable();
    const wanted = typeof options === 'object' && options !== null ? options.guidance : undefined;
    const guidance = GUIDANCES.find((id) => id === wanted) ?? GUIDANCES.find((id) => id === own) ?? 'uk';
    // What a line with no purpose is for; a line that is not an object is left for dailyOme to report.
    const lines: unknown[] = Array.from(medications, (line: unknown) => {
      if (typeof line !== 'object' || line === null || Array.isArray(line)) return line;
      const { purpose, drug } = line as Partial<MedicationLine>;
      return purpose === undefined
        ? { ...line, purpose: linePurpose({ drug: drug as MedicationLine['drug'] }, { indication: indication as Indication }) }
        : line;
    });
    return withNames(lines, totalDailyOme(lines, { guidance }));
  } catch {
    // Only reachable through hostile input (a getter or proxy that throws).
    return unreadable();
  }
}

/**
 * `planTotalDailyOme` for a plan `parsePlan` returned: each line converted without being validated a
 * second time (`omeOfParsedLine`). Same result.
 */
export function parsedPlanTotal(plan: OpioidPlan, guidance: Guidance): PlanTotal {
  try {
    const lines = plan.medications.map((line) => (line.purpose === undefined ? { ...line, purpose: linePurpose(line, plan) } : line));
    return withNames(lines, sumOfResults(lines.map((line) => omeOfParsedLine(line, guidance))));
  } catch {
    // Only a caller that skipped the schema can get here: read it the safe, validating way.
    return planTotalDailyOme(plan, { guidance });
  }
}

/** Our drug ids are the generic (INN) names, the same in UK and US English; '' for anything else. */
function genericName(drug: unknown): string {
  return OPIOID_IDS.includes(drug as OpioidId) ? drug as OpioidId : '';
}

function withNames(lines: readonly unknown[], total: { value: number; complete: boolean; lines: OmeResult[] }): PlanTotal {
  // Plain loops (this runs once per plan, for every row of a list of thousands): each name once, in order.
  const notConverted: string[] = [];
  const notConvertedDrugs: OpioidId[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    if (total.lines[index]?.ok === true) continue;
    const drug = (lines[index] as Partial<MedicationLine> | undefined)?.drug;
    const name = genericName(drug);
    if (name !== '' && !notConverted.includes(name)) notConverted.push(name);
    if (OPIOID_IDS.includes(drug as OpioidId) && !notConvertedDrugs.includes(drug as OpioidId)) notConvertedDrugs.push(drug as OpioidId);
  }
  let asNeededMaximum = false;
  for (const line of total.lines) {
    if (line.ok && line.asNeededMaximum) {
      asNeededMaximum = true;
      break;
    }
  }
  return { value: total.value, complete: total.complete, lines: total.lines, notConverted, notConvertedDrugs, asNeededMaximum };
}
