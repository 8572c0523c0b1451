/**
 * Turns whatever the host gave the chart (a schedule, a taper plan, a plan, attributes, or the
 * surrounding plan context) into one validated schedule to draw, or the issues that stop it. The
 * schedule always comes from the core (`taperSchedule`); this file only chooses the input and checks
 * that a schedule handed in from outside has the shape the chart reads.
 */
import { isIsoDate, type IsoDate } from '../../core/dates.js';
import type { ValidationIssue } from '../../core/parse.js';
import type { Guidance, OpioidId } from '../../core/ids.js';
import type { OpioidPlan } from '../../core/schema.js';
import { taperSchedule, taperSummary, type TaperStep, type TaperSummary } from '../../core/taper.js';
import type { DoseUnit } from './taper-text.js';
import { quoteValue } from '../../core/text.js';

/** Attribute values as the host wrote them (strings, or undefined when absent), by attribute name. */
export interface TaperAttributes {
  start?: string | null;
  dose?: string | null;
  percent?: string | null;
  'interval-days'?: string | null;
  basis?: string | null;
  'round-to'?: string | null;
  unit?: string | null;
  drug?: string | null;
}

/** A schedule ready to draw. */
export interface ResolvedTaper {
  steps: readonly TaperStep[];
  summary: TaperSummary;
  /** The core's words for the method, e.g. "10% of the original dose every 14 days (linear)". */
  description?: string;
  /** The core's notes on the schedule (pace, rounding), shown under the chart. */
  notes: string[];
  source?: string;
  drug?: OpioidId;
  unit: DoseUnit;
  /** The plan's review dates, marked on the chart. */
  reviews: { date: IsoDate; label: string }[];
}

export type TaperInputResult =
  | { kind: 'taper'; taper: ResolvedTaper }
  | { kind: 'issues'; title: string; issues: ValidationIssue[] }
  | { kind: 'empty'; message: string };

/** Which attribute gives each TaperPlan field, so a message names what the host wrote. */
const ATTRIBUTE_OF_FIELD: Record<string, keyof TaperAttributes> = {
  startDate: 'start', startDose: 'dose', percent: 'percent', intervalDays: 'interval-days',
  basis: 'basis', roundTo: 'round-to', unit: 'unit', drug: 'drug',
};

function isSet(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** A numeric attribute as a number; text that is not a number is passed on so the core names the field. */
function numberOrText(value: string | null | undefined): number | string | undefined {
  if (!isSet(value)) return undefined;
  const number = Number(value.trim());
  return Number.isFinite(number) ? number : value;
}

/** True when the host configured the chart with attributes (any of the ones that define a taper). */
export function hasTaperAttributes(a: TaperAttributes): boolean {
  return [a.start, a.dose, a.percent, a['interval-days'], a.basis].some(isSet);
}

/** 'mg' (default), 'ome' or 'mme'; MME is the same core unit as OME, named the US way. */
function unitFrom(value: string | null | undefined, guidance: Guidance): { core: string | undefined; unit: DoseUnit } {
  if (!isSet(value)) return { core: undefined, unit: 'mg' };
  const wanted = value.trim().toLowerCase();
  if (wanted === 'mme') return { core: 'ome', unit: 'MME' };
  if (wanted === 'ome') return { core: 'ome', unit: guidance === 'us' ? 'MME' : 'OME' };
  return { core: wanted === 'mg' ? 'mg' : value, unit: 'mg' };
}

function unitOf(coreUnit: unknown, guidance: Guidance): DoseUnit {
  return coreUnit === 'ome' ? (guidance === 'us' ? 'MME' : 'OME') : 'mg';
}

/** A taper from attributes; the core validates every value and we say which attribute was wrong. */
export function taperFromAttributes(a: TaperAttributes, guidance: Guidance): TaperInputResult {
  const unit = unitFrom(a.unit, guidance);
  const plan: Record<string, unknown> = {
    startDate: isSet(a.start) ? a.start.trim() : undefined,
    startDose: numberOrText(a.dose),
    percent: numberOrText(a.percent),
    intervalDays: numberOrText(a['interval-days']),
    basis: isSet(a.basis) ? a.basis.trim() : undefined,
    roundTo: numberOrText(a['round-to']),
    unit: unit.core,
    drug: isSet(a.drug) ? a.drug.trim() : undefined,
  };
  for (const key of Object.keys(plan)) if (plan[key] === undefined) delete plan[key];
  const result = taperSchedule(plan);
  if (!result.ok) {
    const issues = result.issues.map((issue) => {
      const attribute = ATTRIBUTE_OF_FIELD[issue.path];
      if (attribute === undefined) return issue;
      const given = a[attribute];
      return {
        path: attribute,
        message: isSet(given) ? `${issue.message} The ${attribute} attribute says ${quoteValue(given)}.` : issue.message,
      };
    });
    return { kind: 'issues', title: 'The taper cannot be drawn', issues };
  }
  return fromCoreSchedule(result, unit.unit, []);
}

/** A taper plan object (the `.taper` property, or a plan's `taper`). */
export function taperFromPlanObject(taper: unknown, guidance: Guidance, reviews: ResolvedTaper['reviews'], path = 'taper'): TaperInputResult {
  const result = taperSchedule(taper);
  if (!result.ok) {
    return {
      kind: 'issues', title: 'The taper cannot be drawn',
      issues: result.issues.map((issue) => ({ ...issue, path: issue.path ? `${path}.${issue.path}` : path })),
    };
  }
  const coreUnit = typeof taper === 'object' && taper !== null ? (taper as { unit?: unknown }).unit : undefined;
  return fromCoreSchedule(result, unitOf(coreUnit, guidance), reviews);
}

/** The plan's review dates that the chart marks. */
export function planReviews(plan: OpioidPlan): ResolvedTaper['reviews'] {
  const reviews: ResolvedTaper['reviews'] = [];
  if (plan.reviewDate) reviews.push({ date: plan.reviewDate, label: 'Review' });
  if (plan.mdtReview?.date) reviews.push({ date: plan.mdtReview.date, label: 'MDT review' });
  return reviews;
}

/** A validated plan (from the context or the `.plan` property). */
export function taperFromPlan(plan: OpioidPlan, guidance: Guidance): TaperInputResult {
  if (!plan.taper) return { kind: 'empty', message: 'This plan has no taper schedule.' };
  return taperFromPlanObject(plan.taper, guidance, planReviews(plan));
}

interface CoreSchedule {
  steps: TaperStep[];
  summary: TaperSummary;
  description: string;
  notes: { message: string }[];
  source: string;
  drug?: OpioidId;
  unit?: 'mg' | 'ome';
}

function fromCoreSchedule(schedule: CoreSchedule, unit: DoseUnit, reviews: ResolvedTaper['reviews']): TaperInputResult {
  const taper: ResolvedTaper = {
    steps: schedule.steps,
    summary: schedule.summary,
    description: schedule.description,
    notes: schedule.notes.map((n) => n.message),
    source: schedule.source,
    unit,
    reviews,
  };
  if (schedule.drug !== undefined) taper.drug = schedule.drug;
  return { kind: 'taper', taper };
}

const NOT_A_SCHEDULE = 'Schedule must be the result of taperSchedule() or cdcShortCourseTaper(), or its list of steps.';

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The step fields the chart and table read, how to check each, and what to say when it is wrong. */
const STEP_FIELDS: ReadonlyArray<[keyof TaperStep, (value: unknown) => boolean, string]> = [
  ['date', isIsoDate, 'must be a real calendar date written YYYY-MM-DD (for example 2026-03-05)'],
  ['dose', (v) => isNumber(v) && v >= 0, 'must be a number, 0 or more'],
  ['unroundedDose', isNumber, 'must be a number'],
  ['change', isNumber, 'must be a number'],
  ['days', isNumber, 'must be a number'],
  ['pauseIntervals', isNumber, 'must be a number'],
  ['roundingIntervals', isNumber, 'must be a number'],
  ['rounded', (v) => typeof v === 'boolean', 'must be true or false'],
  ['isStop', (v) => typeof v === 'boolean', 'must be true or false'],
  ['pausedUntil', (v) => v === undefined || isIsoDate(v), 'must be a calendar date written YYYY-MM-DD'],
];

/** Checks one step of a schedule handed in from outside (as the core makes them); returns its problems. */
function stepIssues(step: unknown, i: number, previous: unknown): ValidationIssue[] {
  if (typeof step !== 'object' || step === null) {
    return [{ path: `schedule[${i}]`, message: 'Each step must be an object with a date and a dose.' }];
  }
  const s = step as Record<string, unknown>;
  const issues = STEP_FIELDS.flatMap(([field, valid, says]) =>
    valid(s[field]) ? [] : [{ path: `schedule[${i}].${field}`, message: `${field === 'dose' ? 'Dose' : field === 'date' ? 'Date' : field} ${says}.` }]);
  const before = (previous as { date?: unknown } | undefined)?.date;
  if (issues.length === 0 && typeof before === 'string' && (s.date as string) <= before) {
    issues.push({ path: `schedule[${i}].date`, message: 'Date must be after the previous step’s date.' });
  }
  return issues;
}

/**
 * The `.schedule` property: a result of `taperSchedule()` / `cdcShortCourseTaper()` (its issues are
 * shown when it is `{ ok: false }`), or a list of its steps.
 */
export function taperFromSchedule(value: unknown, unitAttribute: string | null | undefined, guidance: Guidance): TaperInputResult {
  let steps: unknown = value;
  let schedule: Partial<CoreSchedule> & { ok?: unknown; issues?: unknown } = {};
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    schedule = value as typeof schedule;
    if (schedule.ok === false && Array.isArray(schedule.issues)) {
      return { kind: 'issues', title: 'The taper cannot be drawn', issues: schedule.issues as ValidationIssue[] };
    }
    steps = schedule.steps;
  }
  if (!Array.isArray(steps) || steps.length === 0) {
    return { kind: 'issues', title: 'The taper cannot be drawn', issues: [{ path: 'schedule', message: NOT_A_SCHEDULE }] };
  }
  const issues: ValidationIssue[] = [];
  steps.forEach((step, i) => { if (issues.length < 20) issues.push(...stepIssues(step, i, steps[i - 1])); });
  const summary = issues.length === 0 ? taperSummary(steps as TaperStep[]) : undefined;
  if (issues.length > 0 || summary === undefined) {
    return { kind: 'issues', title: 'The taper cannot be drawn', issues: issues.length > 0 ? issues : [{ path: 'schedule', message: NOT_A_SCHEDULE }] };
  }
  const unit = isSet(unitAttribute) ? unitFrom(unitAttribute, guidance).unit : unitOf(schedule.unit, guidance);
  const taper: ResolvedTaper = {
    steps: steps as TaperStep[],
    summary,
    notes: Array.isArray(schedule.notes) ? schedule.notes.flatMap((n) => typeof n?.message === 'string' ? [n.message] : []) : [],
    unit,
    reviews: [],
  };
  if (typeof schedule.description === 'string') taper.description = schedule.description;
  if (typeof schedule.source === 'string') taper.source = schedule.source;
  if (typeof schedule.drug === 'string') taper.drug = schedule.drug;
  return { kind: 'taper', taper };
}
