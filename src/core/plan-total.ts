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
import { GUIDANCES, type Guidance, type Indication } from './ids.js';
import { omeOfParsedLine, totalDailyOme } from './ome.js';
import type { MedicationLine, OpioidPlan } from './schema.js';
import { linePurpose, totalOfLines, unreadablePlanTotal as unreadable, withNames, type PlanTotal } from './validated-plan-total.js';

// What a line is for and the total of validated lines are in validated-plan-total.ts (no zod).
export { linePurpose, substitutionAssumed, validatedPlanTotal, type LinePurpose, type PlanTotal } from './validated-plan-total.js';

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
    return totalOfLines(plan, (line) => omeOfParsedLine(line, guidance));
  } catch {
    // Only a caller that skipped the schema can get here: read it the safe, validating way.
    return planTotalDailyOme(plan, { guidance });
  }
}
