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

/** A note on a schedule: the core's code and parameters (worded by the catalogue), or a host's own text. */
export interface ScheduleNote {
  code?: unknown;
  params?: unknown;
  message?: unknown;
}

/** A schedule ready to draw. Words are not made here: the element says everything in its locale. */
export interface ResolvedTaper {
  steps: readonly TaperStep[];
  summary: TaperSummary;
  /** What the core's description of the method needs (`describeTaper`). */
  descriptionParams?: unknown;
  /** A description without parameters: a schedule made elsewhere, its text shown as given. */
  description?: string;
  /** The core's notes on the schedule (pace, rounding), shown under the chart. */
  notes: ScheduleNote[];
  source?: string;
  drug?: OpioidId;
  unit: DoseUnit;
  /** The plan's review dates, marked on the chart. */
  reviews: { date: IsoDate; kind: 'review' | 'mdtReview' }[];
}

/**
 * A problem with the input: the core's issue (code and parameters), or one of the chart's own codes
 * (`chart-…`), and for an attribute the value the host wrote, so the sentence can quote it back.
 */
export interface ChartIssue extends ValidationIssue {
  attribute?: { name: string; given: string };
}

export type TaperInputResult =
  | { kind: 'taper'; taper: ResolvedTaper }
  | { kind: 'issues'; title: 'cannotDraw' | 'planUnreadable'; issues: ChartIssue[] }
  | { kind: 'empty'; reason: 'noInput' | 'noTaper' | 'planProblems' };

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
    const issues = result.issues.map((issue): ChartIssue => {
      const attribute = ATTRIBUTE_OF_FIELD[issue.path];
      if (attribute === undefined) return issue;
      const given = a[attribute];
      return { ...issue, path: attribute, ...(isSet(given) ? { attribute: { name: attribute, given } } : {}) };
    });
    return { kind: 'issues', title: 'cannotDraw', issues };
  }
  return fromCoreSchedule(result, unit.unit, []);
}

/** A taper plan object (the `.taper` property, or a plan's `taper`). */
export function taperFromPlanObject(taper: unknown, guidance: Guidance, reviews: ResolvedTaper['reviews'], path = 'taper'): TaperInputResult {
  const result = taperSchedule(taper);
  if (!result.ok) {
    return {
      kind: 'issues', title: 'cannotDraw',
      issues: result.issues.map((issue) => ({ ...issue, path: issue.path ? `${path}.${issue.path}` : path })),
    };
  }
  const coreUnit = typeof taper === 'object' && taper !== null ? (taper as { unit?: unknown }).unit : undefined;
  return fromCoreSchedule(result, unitOf(coreUnit, guidance), reviews);
}

/** The plan's review dates that the chart marks. */
export function planReviews(plan: OpioidPlan): ResolvedTaper['reviews'] {
  const reviews: ResolvedTaper['reviews'] = [];
  if (plan.reviewDate) reviews.push({ date: plan.reviewDate, kind: 'review' });
  if (plan.mdtReview?.date) reviews.push({ date: plan.mdtReview.date, kind: 'mdtReview' });
  return reviews;
}

/** A validated plan (from the context or the `.plan` property). */
export function taperFromPlan(plan: OpioidPlan, guidance: Guidance): TaperInputResult {
  if (!plan.taper) return { kind: 'empty', reason: 'noTaper' };
  return taperFromPlanObject(plan.taper, guidance, planReviews(plan));
}

interface CoreSchedule {
  steps: TaperStep[];
  summary: TaperSummary;
  /** Only a schedule made elsewhere (a host's `.schedule`) has its method as text; the core's has `descriptionParams`. */
  description?: string;
  descriptionParams: object;
  notes: ScheduleNote[];
  source: string;
  drug?: OpioidId;
  unit?: 'mg' | 'ome';
}

function fromCoreSchedule(schedule: CoreSchedule, unit: DoseUnit, reviews: ResolvedTaper['reviews']): TaperInputResult {
  const taper: ResolvedTaper = {
    steps: schedule.steps,
    summary: schedule.summary,
    descriptionParams: schedule.descriptionParams,
    notes: schedule.notes,
    source: schedule.source,
    unit,
    reviews,
  };
  if (schedule.drug !== undefined) taper.drug = schedule.drug;
  return { kind: 'taper', taper };
}

/** A problem found here: one of the chart's own codes (its catalogue section words them) or the core's. */
function chartIssue(path: string, code: string, params?: Record<string, unknown>): ChartIssue {
  return params ? { path, code, params, message: '' } : { path, code, message: '' };
}

const notASchedule = () => chartIssue('schedule', 'chart-not-a-schedule');

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** What each step field the chart and table read must be: a date, a dose (a number, 0 or more), a number, true or false. */
type StepCheck = 'date' | 'optional-date' | 'dose' | 'number' | 'boolean';
const STEP_FIELDS: ReadonlyArray<[keyof TaperStep, StepCheck]> = [
  ['date', 'date'], ['dose', 'dose'], ['unroundedDose', 'number'], ['change', 'number'], ['days', 'number'],
  ['pauseIntervals', 'number'], ['roundingIntervals', 'number'], ['rounded', 'boolean'], ['isStop', 'boolean'],
  ['pausedUntil', 'optional-date'],
];

/** A value's type as the core's issues name it (`wrong-type`'s `received`). */
function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' ? 'not a finite number' : typeof value;
}

/** A wrong step field as the core's own validation codes (worded by the core catalogue, as the schema's issues are). */
function stepFieldIssue(path: string, field: string, check: StepCheck, value: unknown): ChartIssue[] {
  const issue = (code: string, params: Record<string, unknown> = {}) => [chartIssue(path, code, { field, ...params })];
  if (value === undefined) return check === 'optional-date' ? [] : issue('required');
  if (check === 'date' || check === 'optional-date') return isIsoDate(value) ? [] : issue('not-a-date');
  const expected = check === 'boolean' ? 'boolean' : 'number';
  if (check === 'boolean' ? typeof value !== 'boolean' : !isNumber(value)) return issue('wrong-type', { expected, received: typeName(value) });
  return check === 'dose' && (value as number) < 0 ? issue('too-small', { min: 0, inclusive: true }) : [];
}

/** Checks one step of a schedule handed in from outside (as the core makes them); returns its problems. */
function stepIssues(step: unknown, i: number, previous: unknown): ChartIssue[] {
  if (typeof step !== 'object' || step === null) return [chartIssue(`schedule[${i}]`, 'chart-step-not-an-object')];
  const s = step as Record<string, unknown>;
  const issues = STEP_FIELDS.flatMap(([field, check]) => stepFieldIssue(`schedule[${i}].${field}`, field, check, s[field]));
  const before = (previous as { date?: unknown } | undefined)?.date;
  if (issues.length === 0 && typeof before === 'string' && (s.date as string) <= before) {
    issues.push(chartIssue(`schedule[${i}].date`, 'chart-step-date-order'));
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
      return { kind: 'issues', title: 'cannotDraw', issues: schedule.issues as ValidationIssue[] };
    }
    steps = schedule.steps;
  }
  if (!Array.isArray(steps) || steps.length === 0) return { kind: 'issues', title: 'cannotDraw', issues: [notASchedule()] };
  const issues: ChartIssue[] = [];
  steps.forEach((step, i) => { if (issues.length < 20) issues.push(...stepIssues(step, i, steps[i - 1])); });
  const summary = issues.length === 0 ? taperSummary(steps as TaperStep[]) : undefined;
  if (issues.length > 0 || summary === undefined) {
    return { kind: 'issues', title: 'cannotDraw', issues: issues.length > 0 ? issues : [notASchedule()] };
  }
  const unit = isSet(unitAttribute) ? unitFrom(unitAttribute, guidance).unit : unitOf(schedule.unit, guidance);
  const taper: ResolvedTaper = {
    steps: steps as TaperStep[],
    summary,
    notes: Array.isArray(schedule.notes) ? schedule.notes.filter((n): n is ScheduleNote => typeof n === 'object' && n !== null) : [],
    unit,
    reviews: [],
  };
  // The core's schedules carry the description's parameters; one made elsewhere may have only text.
  if (typeof schedule.descriptionParams === 'object' && schedule.descriptionParams !== null) taper.descriptionParams = schedule.descriptionParams;
  else if (typeof schedule.description === 'string') taper.description = schedule.description;
  if (typeof schedule.source === 'string') taper.source = schedule.source;
  if (typeof schedule.drug === 'string') taper.drug = schedule.drug;
  return { kind: 'taper', taper };
}
