/**
 * The conversion itself, with no validation: the two tables (UK Opioids Aware 2020, US CDC 2022) and
 * the arithmetic for a line the schema has already accepted. ome.ts adds the validating entry points
 * (`dailyOme`, `totalDailyOme`); this module needs no zod, so a page that only ever gets validated plans
 * (the risk explainer inside <opioid-plan-context>) does not download the schemas.
 *
 * Superseded tables (the pre-2020 UK 150:1 fentanyl ratio, CDC 2016, ANZCA) are not used anywhere.
 */
import { OPIOID_IDS, ROUTES, type Guidance, type OpioidId, type Route } from './ids.js';
import type { ValidationIssue } from './parse.js';
import type { MedicationLine } from './schema.js';
import { guidanceProfile, resolveGuidance } from './guidance.js';

/** Faculty of Pain Medicine (RCoA), Opioids Aware: Dose equivalents and changing opioids, rev. Aug 2020. */
const OPIOIDS_AWARE = 'Opioids Aware (FPM/RCoA), Aug 2020';
/** Dowell D et al. CDC Clinical Practice Guideline for Prescribing Opioids for Pain, 2022. */
const CDC_2022 = 'CDC Clinical Practice Guideline 2022, MMWR RR-71(3)';

/** A published strength → mg/day pair from a dose table (patch rate in µg/h → OME mg/day). */
export interface DoseTableEntry { strength: number; ome: number }

interface RowBase { drug: OpioidId; route: Route; source: string }

/**
 * How one drug and route converts:
 * - `factor`: daily dose × factor (a patch's µg/h × factor gives mg/day);
 * - `lookup`: the table's figure for a listed strength, `factor` for any other strength;
 * - `no-factor`, `specialist-advice`, `excluded`: not converted, and `why` is the code a catalogue words.
 */
export type OmeTableRow = RowBase & (
  | { status: 'factor'; factor: number }
  | { status: 'lookup'; lookup: readonly DoseTableEntry[]; factor: number }
  | { status: 'no-factor' | 'specialist-advice' | 'excluded'; why: OmeFailureWhy }
);

const UK_ROWS: readonly OmeTableRow[] = [
  { drug: 'morphine', route: 'oral', status: 'factor', factor: 1, source: OPIOIDS_AWARE },
  // 0.1, not the US 0.15: the UK table (aligned to the BNF) takes codeine as 1/10 of oral morphine.
  { drug: 'codeine', route: 'oral', status: 'factor', factor: 0.1, source: OPIOIDS_AWARE },
  { drug: 'dihydrocodeine', route: 'oral', status: 'factor', factor: 0.1, source: OPIOIDS_AWARE },
  // 0.1, not the US 0.2: the UK and US tables disagree on tramadol; each guidance keeps its own.
  { drug: 'tramadol', route: 'oral', status: 'factor', factor: 0.1, source: OPIOIDS_AWARE },
  { drug: 'tapentadol', route: 'oral', status: 'factor', factor: 0.4, source: OPIOIDS_AWARE },
  { drug: 'oxycodone', route: 'oral', status: 'factor', factor: 1.5, source: OPIOIDS_AWARE },
  { drug: 'hydromorphone', route: 'oral', status: 'factor', factor: 5, source: OPIOIDS_AWARE },
  { drug: 'hydrocodone', route: 'oral', status: 'no-factor', why: 'not-licensed-uk', source: OPIOIDS_AWARE },
  { drug: 'oxymorphone', route: 'oral', status: 'no-factor', why: 'not-licensed-uk', source: OPIOIDS_AWARE },
  // No ratio at all in the UK table, unlike CDC 2022's 4.7: Opioids Aware sends every methadone
  // conversion to a specialist.
  { drug: 'methadone', route: 'oral', status: 'specialist-advice', why: 'specialist-advice', source: OPIOIDS_AWARE },
  // The 2020 table lists these patch strengths (12 is the "12.5" patch, hence 30 not 28.8); any other
  // strength uses the table's own ratio of 2.4 mg/day per µg/h. Not the superseded pre-2020 150:1 ratio.
  {
    drug: 'fentanyl', route: 'transdermal', status: 'lookup', factor: 2.4, source: OPIOIDS_AWARE,
    lookup: [
      { strength: 12, ome: 30 }, { strength: 25, ome: 60 }, { strength: 50, ome: 120 },
      { strength: 75, ome: 180 }, { strength: 100, ome: 240 },
    ],
  },
  // 7-day patches 5/10/15/20 µg/h → 12/24/36/48 and 3–4-day patches 35/52.5/70 µg/h → 84/126/168
  // mg/day: every listed strength is exactly 2.4 per µg/h, so one factor reproduces the table.
  { drug: 'buprenorphine', route: 'transdermal', status: 'factor', factor: 2.4, source: OPIOIDS_AWARE },
  { drug: 'buprenorphine', route: 'sublingual', status: 'no-factor', why: 'not-in-uk-table', source: OPIOIDS_AWARE },
];

const US_ROWS: readonly OmeTableRow[] = [
  { drug: 'morphine', route: 'oral', status: 'factor', factor: 1, source: CDC_2022 },
  { drug: 'codeine', route: 'oral', status: 'factor', factor: 0.15, source: CDC_2022 },
  { drug: 'dihydrocodeine', route: 'oral', status: 'no-factor', why: 'not-in-us-table', source: CDC_2022 },
  { drug: 'tramadol', route: 'oral', status: 'factor', factor: 0.2, source: CDC_2022 },
  { drug: 'tapentadol', route: 'oral', status: 'factor', factor: 0.4, source: CDC_2022 },
  { drug: 'oxycodone', route: 'oral', status: 'factor', factor: 1.5, source: CDC_2022 },
  // 5, as in the UK table; the superseded CDC 2016 table used 4.
  { drug: 'hydromorphone', route: 'oral', status: 'factor', factor: 5, source: CDC_2022 },
  { drug: 'hydrocodone', route: 'oral', status: 'factor', factor: 1, source: CDC_2022 },
  { drug: 'oxymorphone', route: 'oral', status: 'factor', factor: 3, source: CDC_2022 },
  // One factor with a caution in CDC 2022; the 2016 table's dose-dependent 4/8/10/12 scale is superseded.
  // The UK gives no factor at all (specialist advice), so the same line converts in one guidance only.
  { drug: 'methadone', route: 'oral', status: 'factor', factor: 4.7, source: CDC_2022 },
  { drug: 'fentanyl', route: 'transdermal', status: 'factor', factor: 2.4, source: CDC_2022 },
  // CDC 2022 leaves buprenorphine out of MME by any route: a partial agonist with a ceiling effect.
  ...ROUTES.map((route): OmeTableRow => ({ drug: 'buprenorphine', route, status: 'excluded', why: 'partial-agonist', source: CDC_2022 })),
];

/** Both conversion tables, for the UI and the docs to show as they are. */
export const OME_TABLES: Readonly<Record<Guidance, readonly OmeTableRow[]>> = { uk: UK_ROWS, us: US_ROWS };

export type OmeFailureReason = 'no-factor' | 'specialist-advice' | 'excluded' | 'invalid-input';
/**
 * Why a line has no figure, for the locale catalogues: `not-licensed-uk`, `specialist-advice`,
 * `not-in-uk-table`, `not-in-us-table`, `partial-agonist`, `route-not-in-table`, `opioid-use-disorder`,
 * or, for `invalid-input`, `not-an-object`, `invalid-line` (with the first validation issue) and `too-large`.
 */
export type OmeFailureWhy =
  | 'not-licensed-uk' | 'specialist-advice' | 'not-in-uk-table' | 'not-in-us-table' | 'partial-agonist'
  | 'route-not-in-table' | 'opioid-use-disorder' | 'not-an-object' | 'invalid-line' | 'too-large';

export type OmeFailure = {
  ok: false;
  reason: OmeFailureReason;
  /** What a sentence needs: `why`, and `drug`, `route`, `guidance`, `unit` or `issue` where they apply. */
  params: { why: OmeFailureWhy; drug?: OpioidId; route?: Route; guidance?: Guidance; unit?: 'OME' | 'MME'; issue?: ValidationIssue };
};

export type OmeResult =
  | {
    ok: true;
    /** OME (uk) or MME (us), mg/day; not rounded for display (float noise only is removed). */
    value: number;
    unit: 'mg/day';
    /** The line's daily dose the figure was computed from, in `doseUnit`. */
    dailyDose: number;
    doseUnit: DailyDoseUnit;
    /** The factor used; `undefined` when the figure is read from a dose table (UK fentanyl strengths). */
    factor: number | undefined;
    /** True when the daily dose is an as-needed line's maximum: a worst case, and the UI says so. */
    asNeededMaximum: boolean;
    source: string;
  }
  | OmeFailure;

export type DailyDoseUnit = 'mg/day' | 'microgram/hour';
export type DailyDoseResult =
  | { ok: true; value: number; unit: DailyDoseUnit; asNeededMaximum: boolean }
  | { ok: false; reason: 'invalid-input'; params: OmeFailure['params'] };

/**
 * Products and sums of decimal factors leave binary float noise (0.1 × 3 = 0.30000000000000004).
 * Six decimal places removes it so hand-computed figures compare exactly, while keeping far more
 * precision than any dose needs; rounding for display is the UI's job.
 */
export function removeFloatNoise(value: number): number {
  // A whole number (most doses and totals) has no noise to remove: skip the text round trip. -0 still
  // takes it (it comes back as 0), and so does anything too large for toFixed to write exactly.
  if (Number.isInteger(value) && value !== 0 && value > -1e15 && value < 1e15) return value;
  return Number(value.toFixed(6));
}

export function invalid(why: 'not-an-object' | 'invalid-line' | 'too-large', issue?: ValidationIssue): OmeFailure & { reason: 'invalid-input' } {
  return { ok: false, reason: 'invalid-input', params: issue ? { why, issue } : { why } };
}

/** Strength × doses per day (× factor) can overflow to Infinity; that is not a dose anyone takes. */
export const TOO_LARGE = Object.freeze(invalid('too-large'));

/** The line's daily dose, not yet cleaned of float noise: the OME is computed from this, then rounded once. */
export function doseOf(line: MedicationLine): DailyDoseResult {
  // A patch's daily exposure is its rate; the table's factor turns µg/h into mg/day of morphine.
  if (line.route === 'transdermal') {
    return { ok: true, value: line.strength.value * (line.patchCount ?? 1), unit: 'microgram/hour', asNeededMaximum: false };
  }
  const asNeededMaximum = line.asNeeded === true && line.maxDosesPerDay !== undefined;
  const dosesPerDay = asNeededMaximum ? line.maxDosesPerDay : line.dosesPerDay;
  // The schema already requires one of the two; this keeps the type honest, never a silent zero.
  if (dosesPerDay === undefined) return invalid('invalid-line', { path: 'dosesPerDay', code: 'doses-per-day-required', params: { field: 'dosesPerDay' } });
  return { ok: true, value: line.strength.value * dosesPerDay, unit: 'mg/day', asNeededMaximum };
}

export function dailyDoseOfLine(line: MedicationLine): DailyDoseResult {
  const dose = doseOf(line);
  if (!dose.ok) return dose;
  const value = removeFloatNoise(dose.value);
  return Number.isFinite(value) ? { ...dose, value } : TOO_LARGE;
}

export function omeOfLine(line: MedicationLine, guidance: Guidance): OmeResult {
  const unit = guidanceProfile(guidance).unit;
  const parsed = { line };
  const { drug, route, purpose } = line;

  const row = OME_TABLES[guidance].find((candidate) => candidate.drug === drug && candidate.route === route);
  if (row === undefined) {
    return { ok: false, reason: 'no-factor', params: { why: 'route-not-in-table', drug, route, guidance, unit } };
  }
  if (row.status !== 'factor' && row.status !== 'lookup') {
    return { ok: false, reason: row.status, params: { why: row.why, drug, route, guidance, unit } };
  }
  if (purpose === 'opioid-use-disorder') {
    // CDC 2022: conversion factors "should not be applied to dosage decisions related to the management
    // of opioid use disorder".
    return { ok: false, reason: 'excluded', params: { why: 'opioid-use-disorder', drug, route, guidance, unit } };
  }

  const dose = doseOf(parsed.line);
  if (!dose.ok) return dose;
  // A table lookup is per patch (the table lists patch strengths); patches worn together add up.
  const listed = row.status === 'lookup' ? row.lookup.find((entry) => entry.strength === parsed.line.strength.value) : undefined;
  const value = listed ? removeFloatNoise(listed.ome * (parsed.line.patchCount ?? 1)) : removeFloatNoise(dose.value * row.factor);
  if (!Number.isFinite(value)) return TOO_LARGE;
  return {
    ok: true, value, unit: 'mg/day',
    dailyDose: removeFloatNoise(dose.value), doseUnit: dose.unit, factor: listed ? undefined : row.factor,
    asNeededMaximum: dose.asNeededMaximum, source: row.source,
  };
}

/**
 * `dailyOme` for a line of a validated plan, with no validating fallback: a line that does not look
 * like one the schema accepted is `invalid-input` (`why: 'invalid-line'`), never converted and never a
 * silent zero. For callers that only ever hold validated plans; `omeOfParsedLine` (ome.ts) re-validates
 * an odd line instead, to report what is wrong with it.
 */
export function omeOfCheckedLine(line: MedicationLine, guidance: Guidance): OmeResult {
  try {
    return looksParsed(line) ? omeOfLine(line, resolveGuidance(guidance)) : invalid('invalid-line');
  } catch {
    return invalid('invalid-line');
  }
}

/** A cheap look at the fields the figure uses (a line `parsePlan` returned always passes). */
export function looksParsed(line: MedicationLine): boolean {
  return typeof line === 'object' && line !== null && OPIOID_IDS.includes(line.drug) && ROUTES.includes(line.route)
    && typeof line.strength === 'object' && line.strength !== null && Number.isFinite(line.strength.value);
}

/** The total of already-computed line results: only the lines that converted, and whether all did. */
export function sumOfResults(results: OmeResult[]): { value: number; complete: boolean; lines: OmeResult[] } {
  if (!Array.isArray(results)) return { value: 0, complete: false, lines: [] };
  const ok = (result: unknown): result is OmeResult & { ok: true } =>
    typeof result === 'object' && result !== null && (result as OmeResult).ok === true && Number.isFinite((result as { value?: unknown }).value);
  const value = removeFloatNoise(results.reduce((sum, result) => (ok(result) ? sum + result.value : sum), 0));
  return { value, complete: results.length > 0 ? results.every(ok) : true, lines: results };
}
