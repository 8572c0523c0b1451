/**
 * One row of the review list per person, from the same core calls as the plan card: `parsePlan`,
 * `planFlags`, `planTotalDailyOme`, `doseBand`, `taperSchedule` / `currentStep` / `nextStep`. No DOM and
 * no words: a row holds codes, numbers and dates; review-format.ts turns the visible ones into words.
 *
 * A row is small on purpose (a large integrated care board lists 100,000 people): it keeps the host's
 * own plan object (the inline plan card reads it again), the flags' ids, severities and parameters (not
 * their sentences), and the few numbers the table sorts and filters by.
 */
import { daysBetween, type IsoDate } from '../../core/dates.js';
import { assessPlan, type FlagId, type FlagSeverity } from '../../core/flags.js';
import { guidanceProfile, IMPLAUSIBLE_TOTAL, type DoseBandId, type GuidanceProfile } from '../../core/guidance.js';
import type { CareRole, Guidance, Indication, OpioidId } from '../../core/ids.js';
import type { ValidationIssue } from '../../core/parse.js';
import { linePurpose } from '../../core/plan-total.js';
import type { OpioidPlan } from '../../core/schema.js';
import { currentStep, nextStep, type TaperResult } from '../../core/taper.js';
import { roundMg, stripBidiControls } from '../../core/text.js';

/** The display fields a host may give for a person; the element never asks for more. */
export const PERSON_FIELDS = ['name', 'identifier', 'age', 'note'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];
export type ReviewPerson = Partial<Record<PersonField, string>>;

/** What a host puts in `.plans`: a plan, or `{ plan, person: { name, identifier, age, note } }` (the fields may also sit beside `plan`). */
export interface ReviewEntryInput {
  plan: unknown;
  person?: Partial<Record<PersonField, string | number>>;
  name?: string;
  identifier?: string;
  age?: string | number;
  note?: string;
}

/** Conditions a filter or a summary figure selects, one bit each, so 100,000 rows filter in a few ms. */
export const CONDITIONS = [
  'review-missing-or-overdue', 'no-review-date', 'review-overdue', 'co-prescribed', 'benzodiazepine', 'gabapentinoid',
  'opioid-substitution', 'on-taper', 'long-term', 'incomplete-total', 'above-threshold', 'acute-no-stop-date',
  'invalid', 'duplicate',
] as const;
export type ConditionId = (typeof CONDITIONS)[number];
export const conditionBit = (id: ConditionId): number => 1 << CONDITIONS.indexOf(id);
/** Each condition's bit, worked out once (not an indexOf per condition per row). */
const BIT = Object.fromEntries(CONDITIONS.map((id) => [id, conditionBit(id)])) as Readonly<Record<ConditionId, number>>;

export interface RowFlag {
  id: FlagId;
  severity: FlagSeverity;
  params: Record<string, unknown>;
}

export type TaperStatus =
  | { status: 'none' }
  | { status: 'problem' }
  | { status: 'planned'; startDate: IsoDate; dose: number; unit: 'mg' | 'ome'; drug: OpioidId | undefined }
  | { status: 'active'; dose: number; unit: 'mg' | 'ome'; drug: OpioidId | undefined; next: { date: IsoDate; dose: number; isStop: boolean } | undefined }
  | { status: 'finished'; endDate: IsoDate };

export interface CareTeamEntry {
  role: CareRole | 'prescriber';
  /** Name, else team, as the host wrote it (direction controls removed). */
  who: string;
}

export interface ReviewRow {
  /** Position in the host's input, 0-based: a stable key, and "row N" in messages (N = index + 1). */
  index: number;
  person: ReviewPerson;
  /** The plan's id ('' when it has none we can read). */
  planId: string;
  status: 'ok' | 'invalid';
  /** Why the plan could not be checked (invalid rows only). */
  issues: ValidationIssue[];
  /** The index of an earlier row with the same plan id: this row is shown but counted once. */
  duplicateOf: number | undefined;
  /** The host's plan as given (for the inline plan card); undefined for an invalid row. */
  plan: unknown;
  indication: Indication | undefined;
  /** mg/day OME (uk) or MME (us), not rounded; NaN for an invalid row. */
  total: number;
  complete: boolean;
  implausible: boolean;
  asNeededMaximum: boolean;
  /** The medicines whose OME/MME could not be worked out (named by the catalogue when shown). */
  notConvertedDrugs: OpioidId[];
  band: DoseBandId | undefined;
  drugs: OpioidId[];
  overTheCounter: boolean;
  substitution: boolean;
  startDate: IsoDate | undefined;
  /** Days from the start to today (negative: starts later); NaN when unknown. */
  daysOn: number;
  reviewDate: IsoDate | undefined;
  /** Days from today to the review (negative: overdue); NaN when there is none. */
  reviewDays: number;
  flags: RowFlag[];
  urgent: number;
  warnings: number;
  conditions: number;
  taper: TaperStatus;
  careTeam: CareTeamEntry[];
  /** The host's display fields and the plan id, lower case, for the text search. */
  search: string;
}

export interface AssessOptions {
  guidance: Guidance;
  today: IsoDate;
  /** A locally agreed UK high-dose threshold (mg/day OME), already checked with `thresholdFor`. */
  threshold: number | undefined;
  locale: string;
}

/** A profile for these options, made once per list rather than once per row. */
export function profileFor(options: AssessOptions): GuidanceProfile {
  return guidanceProfile(options.guidance, { highDoseThreshold: options.guidance === 'uk' ? options.threshold : undefined });
}

function displayText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = stripBidiControls(value).trim().slice(0, 200);
  return text === '' ? undefined : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An entry's plan and display fields: `{ plan, person }`, `{ plan, name, … }`, or a bare plan. */
export function readEntry(entry: unknown): { plan: unknown; person: ReviewPerson; problems?: ValidationIssue[] } {
  try {
    if (!isRecord(entry) || !('plan' in entry)) return { plan: entry, person: {} };
    // review-fhir.ts: a patient whose records the FHIR adapter could not read into a plan.
    const problems = Array.isArray(entry.problems) ? (entry.problems as ValidationIssue[]) : undefined;
    const source = isRecord(entry.person) ? entry.person : entry;
    const person: ReviewPerson = {};
    for (const field of PERSON_FIELDS) {
      const text = displayText(source[field]);
      if (text !== undefined) person[field] = text;
    }
    return problems ? { plan: entry.plan, person, problems } : { plan: entry.plan, person };
  } catch {
    // A getter that throws is bad input: the row says the plan could not be read.
    return { plan: undefined, person: {} };
  }
}

function planIdOf(plan: unknown): string {
  try {
    if (typeof plan === 'string') {
      const match = /"id"\s*:\s*"([^"]{1,100})"/.exec(plan);
      return match ? stripBidiControls(match[1] ?? '') : '';
    }
    return isRecord(plan) && typeof plan.id === 'string' ? stripBidiControls(plan.id).slice(0, 100) : '';
  } catch {
    return '';
  }
}

function taperStatus(schedule: TaperResult | undefined, today: IsoDate): TaperStatus {
  if (schedule === undefined) return { status: 'none' };
  if (!schedule.ok || schedule.steps.length === 0) return { status: 'problem' };
  const unit = schedule.unit === 'ome' ? 'ome' : 'mg';
  const drug = schedule.drug;
  const now = currentStep(schedule.steps, today);
  if (now === undefined) return { status: 'planned', startDate: schedule.startDate, dose: schedule.startDose, unit, drug };
  const next = nextStep(schedule.steps, today);
  if (now.isStop || (next === undefined && now.dose === 0)) return { status: 'finished', endDate: schedule.summary.endDate };
  return { status: 'active', dose: now.dose, unit, drug, next: next && { date: next.date, dose: next.dose, isStop: next.isStop } };
}

function careTeamOf(plan: OpioidPlan): CareTeamEntry[] {
  // The person's name where there is one; a team is already said by its role ("Pain service").
  const team: CareTeamEntry[] = (plan.careTeam ?? []).map((member) => ({
    role: member.role, who: stripBidiControls(member.name ?? (member.role === 'other' ? member.team : '') ?? '').trim(),
  }));
  const prescriber = plan.prescriber && stripBidiControls(plan.prescriber.name ?? plan.prescriber.team ?? '').trim();
  if (team.length === 0 && prescriber) team.push({ role: 'prescriber', who: prescriber });
  return team;
}

const ABOVE_THRESHOLD: ReadonlySet<DoseBandId> = new Set(['high-dose', 'specialist-referral', 'reassess', 'information']);

function searchText(person: ReviewPerson, planId: string): string {
  // The non-empty fields joined by NUL (a search never matches across two fields), in one string.
  let text = '';
  for (const part of [person.name, person.identifier, person.age, person.note, planId]) {
    if (part) text = text === '' ? part : `${text}\u0000${part}`;
  }
  return text.toLowerCase();
}

function invalidRow(index: number, person: ReviewPerson, planId: string, issues: ValidationIssue[]): ReviewRow {
  return {
    index, person, planId, status: 'invalid', issues, duplicateOf: undefined, plan: undefined, indication: undefined,
    total: Number.NaN, complete: false, implausible: false, asNeededMaximum: false, notConvertedDrugs: [], band: undefined,
    drugs: [], overTheCounter: false, substitution: false, startDate: undefined, daysOn: Number.NaN,
    reviewDate: undefined, reviewDays: Number.NaN,
    // The core's own flag for a plan nobody could check: urgent, so the row is never read as "nothing wrong".
    flags: [{ id: 'invalid-plan', severity: 'urgent', params: { reason: 'plan' } }], urgent: 1, warnings: 0,
    conditions: conditionBit('invalid'), taper: { status: 'none' }, careTeam: [], search: searchText(person, planId),
  };
}

/**
 * One person's row. Never throws: a plan that fails validation is an invalid row with its issues
 * (never dropped, never counted as "nothing wrong").
 *
 * Runs once per person before the first screen (10,000 people: 10,000 calls), so the row is built in
 * one pass over the flags and one over the medicines, with no Set, closure or array made only to be read.
 */
export function assessEntry(entry: unknown, index: number, options: AssessOptions): ReviewRow {
  const { plan: input, person, problems } = readEntry(entry);
  if (problems) return invalidRow(index, person, planIdOf(input), problems);
  try {
    const { guidance, today } = options;
    // One pass of the core (parse, total, band, taper schedule, flags), the same rules as the plan card.
    const assessed = assessPlan(input, { guidance, today, threshold: options.threshold });
    if (!assessed.ok) return invalidRow(index, person, planIdOf(input), assessed.issues);
    const { plan, total } = assessed;
    const implausible = !Number.isFinite(total.value) || roundMg(total.value) > IMPLAUSIBLE_TOTAL;
    const band = implausible ? 'implausible' : assessed.band?.id;
    const taper = taperStatus(assessed.schedule, today);
    const coreFlags = assessed.flags;
    const flags: RowFlag[] = new Array(coreFlags.length);
    let urgent = 0;
    let warnings = 0;
    let conditions = 0;
    for (let i = 0; i < coreFlags.length; i += 1) {
      const { id, severity, params } = coreFlags[i] as (typeof coreFlags)[number];
      flags[i] = { id, severity, params };
      if (severity === 'urgent') urgent += 1;
      else if (severity === 'warning') warnings += 1;
      switch (id) {
        case 'no-review-date': conditions |= BIT['no-review-date'] | BIT['review-missing-or-overdue']; break;
        case 'review-overdue': conditions |= BIT['review-overdue'] | BIT['review-missing-or-overdue']; break;
        case 'benzodiazepine': conditions |= BIT.benzodiazepine | BIT['co-prescribed']; break;
        case 'gabapentinoid': conditions |= BIT.gabapentinoid | BIT['co-prescribed']; break;
        case 'opioid-substitution': conditions |= BIT['opioid-substitution']; break;
        case 'long-term': conditions |= BIT['long-term']; break;
        case 'no-stop-date': if (params.indication === 'acute') conditions |= BIT['acute-no-stop-date']; break;
        default: break;
      }
    }
    if (taper.status === 'active' || taper.status === 'planned') conditions |= BIT['on-taper'];
    if (!total.complete) conditions |= BIT['incomplete-total'];
    if (band !== undefined && ABOVE_THRESHOLD.has(band)) conditions |= BIT['above-threshold'];
    const drugs: OpioidId[] = [];
    let overTheCounter = false;
    let substitution = false;
    for (const line of plan.medications) {
      if (!drugs.includes(line.drug)) drugs.push(line.drug);
      if (line.source === 'over-the-counter') overTheCounter = true;
      if (!substitution && linePurpose(line, plan) === 'opioid-use-disorder') substitution = true;
    }
    const reviewDays = plan.reviewDate === undefined ? Number.NaN : daysBetween(today, plan.reviewDate);
    return {
      index, person, planId: stripBidiControls(plan.id), status: 'ok', issues: [], duplicateOf: undefined,
      plan: input, indication: plan.indication,
      total: total.value, complete: total.complete, implausible, asNeededMaximum: total.asNeededMaximum,
      notConvertedDrugs: total.notConvertedDrugs, band,
      drugs, overTheCounter, substitution,
      startDate: plan.startDate,
      daysOn: daysBetween(plan.startDate, today),
      reviewDate: plan.reviewDate, reviewDays,
      flags, urgent, warnings,
      conditions, taper, careTeam: careTeamOf(plan), search: searchText(person, plan.id),
    };
  } catch {
    // Only reachable through hostile input (a getter or proxy that throws inside the plan).
    return invalidRow(index, person, planIdOf(input), [{ path: '', code: 'review-plan-unreadable', message: 'This plan could not be read.' }]);
  }
}

/**
 * Marks later rows whose plan id an earlier row already has (in input order). They stay in the list,
 * say so, and are left out of the summary's counts of people.
 */
export function markDuplicates(rows: ReviewRow[]): number {
  return markDuplicatesFrom(rows, 0, rows.length, new Map());
}

/**
 * `markDuplicates` for rows `from` to `to`, with `first` (plan id → earliest row) carried from the rows
 * before: a long list is marked in slices, in input order, with the same result.
 */
export function markDuplicatesFrom(rows: ReviewRow[], from: number, to: number, first: Map<string, number>): number {
  let duplicates = 0;
  const bit = conditionBit('duplicate');
  for (let i = from; i < to; i += 1) {
    const row = rows[i] as ReviewRow;
    row.duplicateOf = undefined;
    row.conditions &= ~bit;
    if (row.planId === '') continue;
    const earlier = first.get(row.planId);
    if (earlier === undefined) {
      first.set(row.planId, row.index);
    } else {
      row.duplicateOf = earlier;
      row.conditions |= bit;
      duplicates += 1;
    }
  }
  return duplicates;
}

/** Every entry's row, in input order, duplicates marked: the synchronous path (tests, small lists, Node). */
export function assessEntries(entries: readonly unknown[], options: AssessOptions): ReviewRow[] {
  const rows = entries.map((entry, index) => assessEntry(entry, index, options));
  markDuplicates(rows);
  return rows;
}

/** The display fields at least one row has, in PERSON_FIELDS order. */
export function suppliedFields(rows: readonly ReviewRow[]): PersonField[] {
  // One pass that stops once every field has been seen (a field no one has is still a pass over every
  // row, but one pass for all fields, not one per field: 100,000 rows in a few milliseconds).
  const seen = new Set<PersonField>();
  for (const row of rows) {
    for (const field of PERSON_FIELDS) if (row.person[field] !== undefined) seen.add(field);
    if (seen.size === PERSON_FIELDS.length) break;
  }
  return PERSON_FIELDS.filter((field) => seen.has(field));
}
