/**
 * Taper schedules: the dates and daily doses of a planned reduction to zero (REFERENCE §4).
 *
 * Two readings of "reduce by 10%" are both in use, and a schedule always says which one it is:
 * - `basis: 'original'` takes the percentage of the *starting* dose off every step: equal reductions,
 *   a straight line to zero (Opioids Aware 2020: 5–10% every 2–6 weeks; NHS Sheffield: 10% every
 *   2 weeks).
 * - `basis: 'current'` takes the percentage of the dose *now*: each reduction is smaller than the
 *   last (100 → 90 → 81 → 72.9 …), so the end is slower, which the CDC 2022 guideline advises
 *   ("slow the taper as patients reach lower dosages").
 * `cdcShortCourseTaper` joins the two as CDC 2022 describes for weeks to months of use.
 *
 * Real doses come in tablet strengths, so a schedule can round every step to a multiple of `roundTo`
 * and marks where it did. Rounding never makes a taper faster than planned: each dose is rounded *up*,
 * and no single rounded cut is larger than the planned cut (see `taperSchedule`). The whole schedule is computed on calendar-date strings (`dates.ts`), so it
 * is the same in every time zone. No function here throws: bad input gives `{ ok: false, issues }`.
 */
import * as z from 'zod/mini';
import { addDays, daysBetween, isIsoDate, type IsoDate } from './dates.js';
import { parseWith, type ValidationIssue } from './parse.js';
import { type OpioidId } from './ids.js';
import { TaperPlanSchema, type TaperPlan } from './schema.js';

/**
 * Most reduction intervals one schedule may take. A 0.25%-of-original taper needs exactly 400, and a
 * taper longer than that (over 15 years even at 2-weekly steps) is a typing mistake, not a plan; the
 * limit also guarantees every loop here ends.
 */
export const MAX_TAPER_INTERVALS = 400;

/**
 * CDC 2022 on the end of any taper: "Once the smallest available dose is reached, the interval between
 * doses can be extended, and opioids may be stopped when taken less than once a day." Every schedule
 * therefore keeps its lowest dose for this many extra reduction intervals before the stop, and its notes
 * say so (`lowest-dose-extended`).
 */
export const LOWEST_DOSE_EXTRA_INTERVALS = 1;

/**
 * The fastest pace Opioids Aware (FPM/RCoA 2020, "Tapering and stopping") describes: 10% every
 * 2 weeks. Schedules beyond it are allowed (it is a clinical decision) but get a note: a pace faster
 * on average, or a single cut larger than 10% however long the interval (20% every 4 weeks averages
 * the same pace but each cut is twice the largest the guidance describes, and withdrawal follows the
 * size of a cut). Smaller cuts more often at the same pace (5% every week) are gentler, not noted.
 */
const OPIOIDS_AWARE_FASTEST_PERCENT = 10;
const OPIOIDS_AWARE_SHORTEST_INTERVAL_DAYS = 14;

/** CDC 2022, weeks-to-months of use: 10% of the original dose per week … */
const CDC_SHORT_COURSE_PERCENT = 10;
const CDC_SHORT_COURSE_INTERVAL_DAYS = 7;
/** … until about 30% of the original dose remains, then 10% of the remaining dose per week. */
const CDC_SHORT_COURSE_SWITCH_PERCENT = 30;

/** Citations as data (names and years); what they say is worded by the locale catalogues. */
const SOURCE_PERCENT_TAPER = 'Opioids Aware (Faculty of Pain Medicine, 2020); CDC Clinical Practice Guideline 2022';
const SOURCE_CDC = 'CDC Clinical Practice Guideline 2022';

/** The input of `cdcShortCourseTaper`: a taper plan without the rate, which the scheme fixes. */
export const CdcShortCourseTaperSchema = z.pick(TaperPlanSchema, {
  startDate: true, startDose: true, roundTo: true, minimumDose: true, holds: true, drug: true, unit: true,
});
export type CdcShortCourseTaperInput = z.infer<typeof CdcShortCourseTaperSchema>;

/** Which reduction rule made a schedule. */
export type TaperMethod = 'original' | 'current' | 'cdc-short-course';

/**
 * Why the planned (unrounded) curve ends where it does. A rounded schedule may take a few more
 * intervals after that to come down to 0 (see `taperSchedule`).
 */
export type TaperStopReason =
  /** The method itself reached zero (only a linear, original-basis reduction does). */
  | 'reached-zero'
  /** The next dose would have been below the smallest dose that can be given. */
  | 'below-smallest-dose';

/**
 * Why a rounded dose differs from the planned one:
 * - `rounded-up`: the planned dose rounded up to the next multiple of `roundTo`;
 * - `cut-limited`: kept higher still, so that this cut is no larger than the planned cut;
 * - `after-plan`: the planned curve had already ended (0, or below the smallest dose), and the schedule
 *   comes down to 0 in cuts no larger than planned instead of stopping from a higher dose.
 */
export type TaperRoundingReason = 'rounded-up' | 'cut-limited' | 'after-plan';

/**
 * Where the smallest dose a schedule stops below came from. `largest-cut`: a current-basis taper with
 * neither `minimumDose` nor `roundTo` never reaches zero by itself; it stops once the dose taken is no
 * larger than its largest planned cut, so that the stop is never a bigger cut than the plan's own cuts
 * (no invented floor).
 */
export type SmallestDoseSource = 'minimumDose' | 'roundTo' | 'largest-cut' | 'none';

export interface TaperStep {
  /** 0 for the starting dose; the stop step is `steps.length − 1`. */
  index: number;
  /** The first day this dose is taken. */
  date: IsoDate;
  /** Daily dose from `date`, in the plan's unit (achievable when `roundTo` is given); 0 on the stop step. */
  dose: number;
  /**
   * The planned dose before rounding (equal to `dose` when `rounded` is false); 0 once the planned
   * curve has ended (see `roundingReason: 'after-plan'`).
   */
  unroundedDose: number;
  /** True when rounding to a multiple of `roundTo` changed the dose. */
  rounded: boolean;
  /** Set when `rounded`: why the dose is not the planned one. */
  roundingReason?: TaperRoundingReason;
  /** How much lower than the previous step (0 for the first step). */
  change: number;
  /** `dose` as a percentage of the starting dose. */
  percentOfStart: number;
  /** Days this dose is taken for: until the next step's date (0 on the stop step). */
  days: number;
  /** Extra intervals at this dose from a planned pause (`holds`). */
  pauseIntervals: number;
  /** Extra intervals at this dose because rounding the next planned dose up would not have lowered it. */
  roundingIntervals: number;
  /**
   * Extra intervals at the lowest dose before the stop (CDC 2022: at the smallest dose, extend the
   * interval before stopping); `LOWEST_DOSE_EXTRA_INTERVALS` on the last dose before the stop, else 0.
   */
  endIntervals: number;
  /** Extra days at this dose beyond one interval, for any reason above (0 if none). */
  holdDays: number;
  /** Set when `holdDays > 0`: the date of the next reduction, so a chart can draw the pause. */
  pausedUntil?: IsoDate;
  /** True only for the last step (dose 0). */
  isStop: boolean;
}

export interface TaperSummary {
  startDate: IsoDate;
  startDose: number;
  /** The date of the stop step (first day on dose 0). */
  endDate: IsoDate;
  endDose: number;
  /** Days from the start date to the end date. */
  totalDays: number;
  /** Number of reductions, the stop included (steps − 1). */
  reductions: number;
}

export type TaperNoteCode =
  | 'faster-than-opioids-aware' | 'cdc-short-course-use' | 'held-for-rounding' | 'start-not-multiple' | 'rounding-lengthens'
  | 'lowest-dose-extended' | 'final-cut-larger-than-planned';

/** Something worth telling the prescriber about a valid schedule; never blocks it. Worded by `describeNote` (locales). */
export interface TaperNote {
  code: TaperNoteCode;
  /** What a sentence about the note needs, for the locale catalogues. */
  params: Record<string, unknown>;
}

export interface TaperSchedule {
  ok: true;
  method: TaperMethod;
  steps: TaperStep[];
  startDate: IsoDate;
  startDose: number;
  intervalDays: number;
  roundTo?: number;
  /** The dose the schedule stops below (see `smallestDoseSource`); undefined if none applied. */
  smallestDose?: number;
  smallestDoseSource: SmallestDoseSource;
  stopReason: TaperStopReason;
  summary: TaperSummary;
  /** What the method's description needs, for the locale catalogues (`describeTaper`). */
  descriptionParams: TaperDescriptionParams;
  /** The guidance the method comes from. */
  source: string;
  notes: TaperNote[];
  drug?: OpioidId;
  unit?: 'mg' | 'ome';
}

export interface TaperDescriptionParams {
  method: TaperMethod;
  percent: number;
  intervalDays: number;
  roundTo?: number;
  /** Set when rounding made the schedule longer than planned. */
  extraDays?: number;
  reductions?: number;
  plannedIntervals?: number;
  smallestDose?: number;
  smallestDoseSource: SmallestDoseSource;
}

export type TaperResult = TaperSchedule | { ok: false; issues: ValidationIssue[] };

/**
 * A taper schedule from a plan: `steps[0]` is the starting dose on the start date, each next step
 * one interval later (longer where the plan pauses, or where rounding could not lower the dose), and
 * the last step is 0. Never throws.
 *
 * Rounding (`roundTo`) must never make a taper faster than the prescriber planned, least of all near
 * the end, where Opioids Aware 2020 ("longer use → slower") and CDC 2022 ("slow the taper as patients
 * reach lower dosages"; "at the smallest strength, extend the interval, then stop") ask for the
 * gentlest steps. Rounding to the *nearest* multiple does not manage that: 120 mg at 10% of the
 * original every 14 days in 10 mg steps would go 40 → 20 mg, a 50% cut. So the planned (unrounded)
 * curve is kept as it is, and after k intervals the rounded dose is
 *
 *   rounded_k = ceilToStep( max( planned_k, previous − maxCut_k ) ),
 *   maxCut_k  = roundTo × max(1, ⌊plannedCut_k / roundTo⌋),
 *
 * where `ceilToStep` rounds *up* to a multiple of `roundTo` (never below the planned curve, so never
 * ahead of the plan), `previous` is the dose being taken, and `plannedCut_k` = planned_{k−1} − planned_k
 * on the method's curve: no single rounded cut is larger than the planned one, except that a cut is
 * never smaller than one `roundTo` step. If `rounded_k` is not below the previous dose, the previous
 * dose is **kept for another interval** (`roundingIntervals`). Once the planned curve has ended (0, or
 * below the smallest dose), the schedule carries on down in cuts of at most `maxCut_k`, one interval
 * apart, and stops when the next dose would be 0 or below the smallest dose. With the example above:
 * 120, 110, 100, … 20, 10, 0, twelve 10 mg cuts instead of ten uneven ones. Unrounded schedules follow
 * the planned curve exactly.
 */
export function taperSchedule(input: unknown): TaperResult {
  const parsed = parseWith(TaperPlanSchema, input);
  if (!parsed.ok) return parsed;
  const plan: TaperPlan = parsed.value;
  const fraction = plan.percent / 100;
  const idealAt = plan.basis === 'original'
    // Scale the start by the remaining fraction (not start − k × step) so 60 − 9 × 6 lands on 6 exactly.
    ? (k: number) => plan.startDose * remainingFraction(k * plan.percent, plan.percent)
    : (k: number) => plan.startDose * Math.pow(1 - fraction, k);
  const smallest = smallestDoseFor(plan.basis === 'current', plan.startDose - idealAt(1), plan.minimumDose, plan.roundTo);
  const notes: TaperNote[] = [];
  const cutTooLarge = plan.percent > OPIOIDS_AWARE_FASTEST_PERCENT;
  const paceTooFast = plan.percent / plan.intervalDays > OPIOIDS_AWARE_FASTEST_PERCENT / OPIOIDS_AWARE_SHORTEST_INTERVAL_DAYS;
  if (cutTooLarge || paceTooFast) {
    notes.push({
      code: 'faster-than-opioids-aware',
      params: { percent: plan.percent, intervalDays: plan.intervalDays },
    });
  }
  return buildSchedule({
    method: plan.basis, percent: plan.percent, startDate: plan.startDate, startDose: plan.startDose, intervalDays: plan.intervalDays,
    roundTo: plan.roundTo, holds: plan.holds ?? [], idealAt, smallest, notes, drug: plan.drug, unit: plan.unit,
    source: SOURCE_PERCENT_TAPER,
  });
}

/**
 * CDC 2022's scheme for people who have taken opioids for weeks to months: 10% of the original dose
 * every week until about 30% of it remains, then 10% of the remaining dose every week, stopping once
 * the next dose would be below the smallest dose that can be given (`minimumDose`, else `roundTo`;
 * with neither, once the dose is no larger than the first planned cut). Same result shape and rounding
 * rules as `taperSchedule`. Never throws.
 */
export function cdcShortCourseTaper(input: unknown): TaperResult {
  const parsed = parseWith(CdcShortCourseTaperSchema, input);
  if (!parsed.ok) return parsed;
  const plan: CdcShortCourseTaperInput = parsed.value;
  const linearIntervals = (100 - CDC_SHORT_COURSE_SWITCH_PERCENT) / CDC_SHORT_COURSE_PERCENT;
  const idealAt = (k: number) => k <= linearIntervals
    ? plan.startDose * remainingFraction(k * CDC_SHORT_COURSE_PERCENT, CDC_SHORT_COURSE_PERCENT)
    : plan.startDose * (CDC_SHORT_COURSE_SWITCH_PERCENT / 100)
      * Math.pow(1 - CDC_SHORT_COURSE_PERCENT / 100, k - linearIntervals);
  const smallest = smallestDoseFor(true, plan.startDose - idealAt(1), plan.minimumDose, plan.roundTo);
  const notes: TaperNote[] = [{
    code: 'cdc-short-course-use',
    // CDC 2022 gives this pace for weeks to months of use; for a year or more, ~10% a month or slower.
    params: {},
  }];
  return buildSchedule({
    method: 'cdc-short-course', percent: CDC_SHORT_COURSE_PERCENT, startDate: plan.startDate, startDose: plan.startDose,
    intervalDays: CDC_SHORT_COURSE_INTERVAL_DAYS, roundTo: plan.roundTo, holds: plan.holds ?? [], idealAt, smallest,
    notes, drug: plan.drug, unit: plan.unit, source: SOURCE_CDC,
  });
}

/**
 * A step as the functions below read it: an object with a calendar date and a finite dose. Steps can
 * come from a host page (the chart's `.schedule`), so anything else is possible.
 */
function isReadableStep(step: unknown): step is TaperStep {
  if (typeof step !== 'object' || step === null) return false;
  const { date, dose } = step as Partial<TaperStep>;
  return isIsoDate(date) && typeof dose === 'number' && Number.isFinite(dose);
}

/** Every step readable (`Array.from`: a hole in a sparse array is read as `undefined`, not skipped). */
function readableSteps(steps: unknown): steps is readonly TaperStep[] {
  return Array.isArray(steps) && Array.from(steps as unknown[]).every(isReadableStep);
}

/** Start, end, length and number of reductions of a schedule; undefined for an empty or unreadable one. */
export function taperSummary(steps: readonly TaperStep[]): TaperSummary | undefined {
  if (!Array.isArray(steps) || steps.length === 0) return undefined;
  const first: unknown = steps[0];
  const last: unknown = steps[steps.length - 1];
  if (!isReadableStep(first) || !isReadableStep(last)) return undefined;
  const totalDays = daysBetween(first.date, last.date);
  const reductions = steps.length - 1;
  return {
    startDate: first.date,
    startDose: first.dose,
    endDate: last.date,
    endDose: last.dose,
    totalDays,
    reductions,
  };
}

/**
 * The step in force on `today` (the last one whose date is on or before it); undefined before the
 * start or for a date that is not a calendar date. After the end it is the stop step. Compares
 * 'YYYY-MM-DD' strings, which sort as dates, so no time zone is involved.
 */
export function currentStep(steps: readonly TaperStep[], today: IsoDate): TaperStep | undefined {
  if (!readableSteps(steps) || !isIsoDate(today)) return undefined;
  let found: TaperStep | undefined;
  for (const step of steps) {
    if (step.date <= today) found = step;
    else break;
  }
  return found;
}

/** The first step after `today` (the next change of dose); undefined once the stop step has begun. */
export function nextStep(steps: readonly TaperStep[], today: IsoDate): TaperStep | undefined {
  if (!readableSteps(steps) || !isIsoDate(today)) return undefined;
  return steps.find((step) => step.date > today);
}

// ---------------------------------------------------------------------------------------------------

interface ScheduleSpec {
  method: TaperMethod;
  /** The method's rate (for CDC's short course, its first 10%). */
  percent: number;
  startDate: IsoDate;
  startDose: number;
  intervalDays: number;
  roundTo: number | undefined;
  holds: readonly { step: number; intervals: number }[];
  /**
   * The planned (unrounded) dose after `k` intervals, k ≥ 0 (`idealAt(0)` is the start), continued
   * past the end of the taper without stopping (a linear one goes below 0), so the planned cut
   * `idealAt(k − 1) − idealAt(k)` is defined for every k.
   */
  idealAt: (k: number) => number;
  smallest: { dose: number | undefined; source: SmallestDoseSource };
  notes: TaperNote[];
  source: string;
  drug: OpioidId | undefined;
  unit: 'mg' | 'ome' | undefined;
}

/** One dose of the schedule before dates are laid out. */
interface DoseRun {
  dose: number;
  unroundedDose: number;
  rounded: boolean;
  roundingReason?: TaperRoundingReason;
  roundingIntervals: number;
}

function smallestDoseFor(needsFloor: boolean, largestPlannedCut: number, minimumDose?: number, roundTo?: number):
  { dose: number | undefined; source: SmallestDoseSource } {
  if (minimumDose !== undefined) return { dose: minimumDose, source: 'minimumDose' };
  if (roundTo !== undefined) return { dose: roundTo, source: 'roundTo' };
  // A linear taper reaches zero by itself in at most ⌈100 / percent⌉ steps and needs no floor.
  if (!needsFloor) return { dose: undefined, source: 'none' };
  return { dose: clean(largestPlannedCut), source: 'largest-cut' };
}

function buildSchedule(spec: ScheduleSpec): TaperResult {
  // A smallest dose at or above the start would make the first step the stop: a one-step "taper" is an
  // abrupt stop, which NICE NG215 and CDC 2022 warn against, so it is a mistake to report.
  if (spec.smallest.source === 'minimumDose' && spec.smallest.dose !== undefined && spec.smallest.dose >= spec.startDose) {
    return { ok: false, issues: [{ path: 'minimumDose', code: 'minimum-at-or-above-start', params: { field: 'minimumDose' } }] };
  }
  const doses = doseRuns(spec);
  if (!doses.ok) return doses;
  const { runs, stopReason, plannedIntervals } = doses;

  // Holds name steps of the finished schedule (what the prescriber sees), so they are applied after
  // the doses are known. A pause on the stop step, or past it, would silently do nothing: report it.
  const pauses = new Map<number, number>();
  const issues: ValidationIssue[] = [];
  spec.holds.forEach((hold, i) => {
    if (hold.step >= runs.length - 1) {
      issues.push({
        path: `holds[${i}].step`,
        code: 'pause-on-stop',
        params: { field: 'step', reductions: runs.length - 1 },
      });
    } else {
      // Two pauses on one step add up (both were asked for).
      pauses.set(hold.step, (pauses.get(hold.step) ?? 0) + hold.intervals);
    }
  });
  if (issues.length > 0) return { ok: false, issues };

  // The lowest dose (the last before the stop) is kept longer before stopping (CDC 2022).
  const lowest = runs.length - 2;
  const endIntervalsAt = (i: number) => (i === lowest ? LOWEST_DOSE_EXTRA_INTERVALS : 0);
  const dates: IsoDate[] = [spec.startDate];
  // Days each dose is taken for: the next date is this many days later (addDays), so no date is read again.
  const daysAt: number[] = [];
  for (let i = 0; i < runs.length - 1; i++) {
    const run = runs[i] as DoseRun;
    const days = (1 + run.roundingIntervals + endIntervalsAt(i) + (pauses.get(i) ?? 0)) * spec.intervalDays;
    const next = addDays(dates[i] as IsoDate, days);
    if (!isIsoDate(next)) {
      return { ok: false, issues: [{ path: 'startDate', code: 'start-too-late', params: { field: 'startDate' } }] };
    }
    dates.push(next);
    daysAt.push(days);
  }

  const steps: TaperStep[] = runs.map((run, i) => {
    const date = dates[i] as IsoDate;
    const isStop = i === runs.length - 1;
    const pauseIntervals = pauses.get(i) ?? 0;
    const endIntervals = endIntervalsAt(i);
    const holdDays = (pauseIntervals + run.roundingIntervals + endIntervals) * spec.intervalDays;
    const nextDate = dates[i + 1];
    const step: TaperStep = {
      index: i,
      date,
      dose: run.dose,
      unroundedDose: run.unroundedDose,
      rounded: run.rounded,
      change: i === 0 ? 0 : clean((runs[i - 1] as DoseRun).dose - run.dose),
      percentOfStart: clean((run.dose / spec.startDose) * 100),
      days: nextDate === undefined ? 0 : daysAt[i] as number,
      pauseIntervals,
      roundingIntervals: run.roundingIntervals,
      endIntervals,
      holdDays,
      isStop,
    };
    if (run.roundingReason !== undefined) step.roundingReason = run.roundingReason;
    if (holdDays > 0 && nextDate !== undefined) step.pausedUntil = nextDate;
    return step;
  });

  const notes = [...spec.notes];
  const descriptionParams: TaperDescriptionParams = {
    method: spec.method, percent: spec.percent, intervalDays: spec.intervalDays, smallestDoseSource: spec.smallest.source,
  };
  if (spec.roundTo !== undefined) descriptionParams.roundTo = spec.roundTo;
  if (spec.smallest.dose !== undefined) descriptionParams.smallestDose = spec.smallest.dose;
  if (spec.roundTo !== undefined) {
    // Intervals actually taken, pauses aside, against the intervals of the planned (unrounded) curve.
    const intervals = runs.reduce((sum, run) => sum + run.roundingIntervals, 0) + runs.length - 1;
    if (intervals > plannedIntervals) {
      const days = (count: number) => count * spec.intervalDays;
      // Pauses lengthen both alike, so only the difference and the number of reductions are given.
      Object.assign(descriptionParams, { extraDays: days(intervals - plannedIntervals), reductions: runs.length - 1, plannedIntervals });
      // Each dose is rounded up, never down, and no cut is larger than planned: large late cuts are the
      // hardest to tolerate (Opioids Aware 2020: longer use, slower taper; CDC 2022: slow down at lower doses).
      notes.push({ code: 'rounding-lengthens', params: { roundTo: spec.roundTo, extraDays: days(intervals - plannedIntervals) } });
    }
    if (clean(spec.startDose / spec.roundTo) % 1 !== 0) {
      notes.push({ code: 'start-not-multiple', params: { startDose: spec.startDose, roundTo: spec.roundTo } });
    }
    const heldSteps = steps.filter((s) => s.roundingIntervals > 0);
    if (heldSteps.length > 0) {
      notes.push({ code: 'held-for-rounding', params: { roundTo: spec.roundTo, doses: heldSteps.map((s) => s.dose) } });
    }
  }
  const last = steps[lowest];
  if (last !== undefined && !last.isStop) {
    const extraDays = LOWEST_DOSE_EXTRA_INTERVALS * spec.intervalDays;
    notes.push({ code: 'lowest-dose-extended', params: { dose: last.dose, days: last.days, extraDays } });
    // The stop is a cut of the whole lowest dose; it should be no larger than the plan's own cuts. It can
    // be only when the smallest dose that can be given (minimumDose, roundTo) is larger than a planned cut.
    // With `roundTo` no cut can be smaller than one step, so a stop of one step is as planned as any other.
    const largestCut = clean(spec.idealAt(0) - spec.idealAt(1));
    // Within the negligible remainder a linear taper drops (above), the stop is the planned cut.
    if (last.dose > Math.max(largestCut, spec.roundTo ?? 0) * (1 + NEGLIGIBLE_REMAINDER_OF_A_REDUCTION)) {
      // No smaller dose can be given: spacing the doses out before stopping is CDC 2022's advice.
      notes.push({ code: 'final-cut-larger-than-planned', params: { dose: last.dose, plannedCut: largestCut } });
    }
  }

  const result: TaperSchedule = {
    ok: true,
    method: spec.method,
    steps,
    startDate: spec.startDate,
    startDose: spec.startDose,
    intervalDays: spec.intervalDays,
    smallestDoseSource: spec.smallest.source,
    stopReason,
    // A schedule always has its start and stop step with valid dates, so the summary exists.
    summary: taperSummary(steps) as TaperSummary,
    descriptionParams,
    source: spec.source,
    notes,
  };
  if (spec.roundTo !== undefined) result.roundTo = spec.roundTo;
  if (spec.smallest.dose !== undefined) result.smallestDose = spec.smallest.dose;
  if (spec.drug !== undefined) result.drug = spec.drug;
  if (spec.unit !== undefined) result.unit = spec.unit;
  return result;
}

/**
 * The doses, one per step, ending with 0. Each interval the planned curve gives a lower dose. Without
 * `roundTo` that dose is the next step, until the curve ends. With `roundTo` the rule in
 * `taperSchedule` picks the achievable dose; if it is not lower than the current step's dose, the
 * current step lasts one interval longer instead. `plannedIntervals` is the number of intervals the
 * planned curve takes to end (its stop step).
 */
function doseRuns(spec: ScheduleSpec):
  | { ok: true; runs: DoseRun[]; stopReason: TaperStopReason; plannedIntervals: number }
  | { ok: false; issues: ValidationIssue[] } {
  const runs: DoseRun[] = [{ dose: spec.startDose, unroundedDose: spec.startDose, rounded: false, roundingIntervals: 0 }];
  const smallest = spec.smallest.dose ?? 0;
  const roundTo = spec.roundTo;
  let plannedEnd: { interval: number; reason: TaperStopReason } | undefined;
  // The planned dose one interval earlier, `clean(spec.idealAt(k - 1))`, carried from the last turn.
  let previousIdeal = clean(spec.idealAt(0));
  for (let k = 1; k <= MAX_TAPER_INTERVALS; k++) {
    const current = runs[runs.length - 1] as DoseRun;
    const ideal = clean(spec.idealAt(k));
    const earlierIdeal = previousIdeal;
    previousIdeal = ideal;
    if (plannedEnd === undefined) {
      // 'largest-cut': stop once the dose being taken is no larger than one planned cut, so the stop is
      // never a bigger cut than the plan's own; otherwise once the next dose is below the smallest.
      const belowSmallest = spec.smallest.source === 'largest-cut'
        ? earlierIdeal <= smallest
        : ideal < smallest;
      if (!(ideal > 0)) plannedEnd = { interval: k, reason: 'reached-zero' };
      else if (belowSmallest) plannedEnd = { interval: k, reason: 'below-smallest-dose' };
    }
    // The planned dose for this interval: 0 once the planned curve has ended.
    const planned = plannedEnd === undefined ? ideal : 0;
    let dose = planned;
    let roundingReason: TaperRoundingReason | undefined;
    if (roundTo !== undefined) {
      const maxCut = largestCut(earlierIdeal - ideal, roundTo);
      const upToPlan = ceilToMultiple(planned, roundTo);
      dose = Math.max(upToPlan, ceilToMultiple(clean(current.dose - maxCut), roundTo));
      // After the planned end, a dose below the smallest that can be given is not given: stop instead.
      if (plannedEnd !== undefined && dose < smallest) dose = 0;
      roundingReason = plannedEnd !== undefined ? 'after-plan' : dose === upToPlan ? 'rounded-up' : 'cut-limited';
    }
    if (!(dose > 0)) {
      runs.push({ dose: 0, unroundedDose: 0, rounded: false, roundingIntervals: 0 });
      // The loop only stops once the planned curve has ended (a positive planned dose rounds up to a positive dose).
      const end = plannedEnd ?? { interval: k, reason: 'reached-zero' };
      return { ok: true, runs, stopReason: end.reason, plannedIntervals: end.interval };
    }
    if (dose >= current.dose) {
      current.roundingIntervals += 1;
      continue;
    }
    const run: DoseRun = { dose, unroundedDose: planned, rounded: dose !== planned, roundingIntervals: 0 };
    if (run.rounded && roundingReason !== undefined) run.roundingReason = roundingReason;
    runs.push(run);
  }
  return {
    ok: false,
    issues: [{
      path: 'percent',
      code: 'too-many-intervals',
      params: { field: 'percent', max: MAX_TAPER_INTERVALS, rounded: roundTo !== undefined },
    }],
  };
}

/**
 * A remainder smaller than this share of one planned reduction is not a dose: it is what is left when
 * a percentage typed to many digits almost divides 100 (199 mg by 0.5025125628% leaves 0.0000000056
 * mg), and it would become a last step no one can give. Dropping it makes the final cut larger than
 * planned by under 1% of one reduction; a real remainder (30% steps: 100, 70, 40, 10 mg) is kept.
 */
const NEGLIGIBLE_REMAINDER_OF_A_REDUCTION = 0.01;

/**
 * What is left of the original dose after `percentTaken`% has been taken off in reductions of
 * `percentPerReduction`%: 0 once it is less than a negligible share of one reduction, so 3 × 33.3…%
 * or 10 × 10% leaves exactly 0 and not 1e-14, and a near-divisor leaves no sliver of a dose.
 */
function remainingFraction(percentTaken: number, percentPerReduction: number): number {
  const remaining = 100 - percentTaken;
  return remaining < Math.max(1e-9, percentPerReduction * NEGLIGIBLE_REMAINDER_OF_A_REDUCTION) ? 0 : remaining / 100;
}

/**
 * The smallest multiple of `step` at or above `value` (the higher dose: never faster than planned).
 * `value / step` is cleaned first, so 0.3 / 0.1 = 2.9999999999999996 counts as 3, not 4.
 */
function ceilToMultiple(value: number, step: number): number {
  const rounded = clean(Math.ceil(clean(value / step)) * step);
  // A step so small that the quotient overflows cannot change the dose; keep the value as it is.
  return Number.isFinite(rounded) ? rounded : value;
}

/**
 * The largest rounded cut allowed for a planned cut: the planned cut rounded down to a multiple of
 * `step`, but at least one `step` (a smaller cut cannot be made with these doses).
 */
function largestCut(plannedCut: number, step: number): number {
  const cut = clean(Math.max(1, Math.floor(clean(plannedCut / step))) * step);
  return Number.isFinite(cut) ? cut : plannedCut;
}

/**
 * Removes binary floating-point noise (0.1 × 3 = 0.30000000000000004) by keeping 12 significant
 * digits: far finer than any dose, and relative, so it works for 0.5 mg and 5,000 mg alike.
 */
function clean(value: number): number {
  // A whole number below 10^12 already has at most 12 significant digits: nothing to remove, so no
  // text round trip (this runs several times per step). -0 still takes it (it comes back as 0).
  if (Number.isInteger(value) && value !== 0 && value > -1e12 && value < 1e12) return value;
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
}
