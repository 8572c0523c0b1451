/**
 * `planFromFhir`: the opioid plan a set of FHIR medication resources describes, with one result per
 * resource beside it. An opioid that could not be used is listed in `notCounted` and makes the plan
 * `complete: false`, so a partial total is never shown as the whole (DESIGN.md).
 */
import { isIsoDate, type IsoDate } from '../core/dates.js';
import { GUIDANCES, INDICATIONS, type Guidance, type Indication } from '../core/ids.js';
import { parsePlan } from '../core/parse.js';
import type { ConcurrentMedicine, MedicationLine, OpioidPlan, OpioidPlanInput } from '../core/schema.js';
import { linesFromFhir } from './lines.js';
import { collectResources } from './resources.js';
import { obj, str } from './read.js';
import type { FhirMedicationResult, Issue, Note, PlanFromFhirOptions } from './types.js';

export type PlanFromFhirResult =
  | {
    ok: true;
    plan: OpioidPlan;
    results: FhirMedicationResult[];
    /** False when some medicine could not be read (it may be an opioid the total leaves out). */
    complete: boolean;
    /** Sources of the results whose opioid lines are in `plan.medications`, in the same order. */
    counted: string[];
    /** Sources of the results that could not be read (unknown medicine, unreadable dose, invalid resource). */
    notCounted: string[];
    /** What the plan itself assumed (the indication, the start date). */
    notes: Note[];
  }
  | { ok: false; issues: Issue[]; results?: FhirMedicationResult[] };

const MAX_LINES = 20;

/** Unusable results that leave a gap in the total; a stopped or ended order is rightly not counted. */
export function leavesGap(result: FhirMedicationResult): boolean {
  return result.kind === 'unusable' && result.reason !== 'not-active';
}

function latest(dates: readonly IsoDate[]): IsoDate | undefined {
  return dates.reduce<IsoDate | undefined>((max, d) => (max === undefined || d > max ? d : max), undefined);
}
function earliest(dates: readonly IsoDate[]): IsoDate | undefined {
  return dates.reduce<IsoDate | undefined>((min, d) => (min === undefined || d < min ? d : min), undefined);
}

export function planFromFhir(input: unknown, options?: PlanFromFhirOptions): PlanFromFhirResult {
  try {
    const o = obj(options) ?? {};
    const read = linesFromFhir(input, options);
    if (!read.ok) return read;
    const results = read.results;
    const notes: Note[] = [];
    const opioids = results.filter((r): r is Extract<FhirMedicationResult, { kind: 'opioid' }> => r.kind === 'opioid');
    if (opioids.length === 0) return { ok: false, issues: [{ path: 'medications', code: 'no-opioid' }], results };
    if (opioids.length > MAX_LINES) return { ok: false, issues: [{ path: 'medications', code: 'too-many', params: { count: opioids.length, max: MAX_LINES } }], results };

    const indication: Indication = INDICATIONS.find((i) => i === o.indication) ?? 'chronic-non-cancer';
    if (o.indication === undefined) notes.push({ code: 'indication-assumed', params: { indication } });
    const guidance: Guidance | undefined = GUIDANCES.find((g) => g === o.guidance);

    const starts = opioids.flatMap((r) => (r.start ? [r.start] : []));
    let startDate = earliest(starts);
    if (!startDate) {
      if (!isIsoDate(o.today)) return { ok: false, issues: [{ path: 'startDate', code: 'no-start-date' }], results };
      startDate = o.today;
      notes.push({ code: 'start-date-assumed', params: { startDate } });
    }
    // The plan stops when its last line stops, and only if every line has a stop date.
    const stops = opioids.flatMap((r) => (r.stop ? [r.stop] : []));
    const stopDate = stops.length === opioids.length ? latest(stops) : undefined;

    const concurrentMedicines: ConcurrentMedicine[] = results.flatMap((r) => (r.kind === 'concurrent' ? [r.medicine] : [])).slice(0, MAX_LINES);
    const collected = collectResources(input);
    const id = str(o.id) ?? (collected.ok ? collected.collected.bundleId : undefined) ?? 'fhir';
    const plan: OpioidPlanInput = {
      id: id.slice(0, 100),
      indication,
      medications: opioids.map((r): MedicationLine => r.line),
      startDate,
      ...(stopDate && stopDate >= startDate ? { stopDate } : {}),
      ...(concurrentMedicines.length > 0 ? { concurrentMedicines } : {}),
      ...(results.some((r) => r.kind === 'naloxone') ? { naloxoneSupplied: true } : {}),
      ...(guidance ? { guidance } : {}),
    };
    const parsed = parsePlan(plan);
    if (!parsed.ok) {
      return { ok: false, issues: parsed.issues.map((issue) => ({ path: issue.path, code: 'invalid-plan', params: { ...issue } })), results };
    }
    const notCounted = results.filter(leavesGap).map((r) => r.source);
    return {
      ok: true, plan: parsed.plan, results, complete: notCounted.length === 0,
      counted: opioids.map((r) => r.source), notCounted, notes,
    };
  } catch {
    return { ok: false, issues: [{ path: '', code: 'unreadable' }] };
  }
}
