/**
 * Daily oral morphine equivalents (OME, UK) and morphine milligram equivalents (MME, US).
 *
 * The two conversion tables are data, one row per drug and route, each row citing its source, so the
 * UI and the docs can show exactly what the numbers come from (clinical/REFERENCE.md §1). The core picks
 * its table on purpose: UK rows are the Opioids Aware table revised in August 2020 to match the BNF;
 * US rows are the CDC 2022 table. Superseded tables (the pre-2020 UK 150:1 fentanyl ratio, CDC 2016,
 * ANZCA) are not used anywhere.
 */
import { parseWith, type ValidationIssue } from './parse.js';
import { OPIOID_IDS, ROUTES, type Guidance, type OpioidId, type Route } from './ids.js';
import { MedicationLineSchema, type MedicationLine } from './schema.js';
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
function removeFloatNoise(value: number): number {
  // A whole number (most doses and totals) has no noise to remove: skip the text round trip. -0 still
  // takes it (it comes back as 0), and so does anything too large for toFixed to write exactly.
  if (Number.isInteger(value) && value !== 0 && value > -1e15 && value < 1e15) return value;
  return Number(value.toFixed(6));
}

function invalid(why: 'not-an-object' | 'invalid-line' | 'too-large', issue?: ValidationIssue): OmeFailure & { reason: 'invalid-input' } {
  return { ok: false, reason: 'invalid-input', params: issue ? { why, issue } : { why } };
}

/** Strength × doses per day (× factor) can overflow to Infinity; that is not a dose anyone takes. */
const TOO_LARGE = Object.freeze(invalid('too-large'));

function parseLine(input: unknown): { ok: true; line: MedicationLine } | OmeFailure & { reason: 'invalid-input' } {
  // Its own code because zod does not report what a non-object was, so its issue would be "required".
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return invalid('not-an-object');
  const parsed = parseWith(MedicationLineSchema, input);
  if (parsed.ok) return { ok: true, line: parsed.value };
  const issue = parsed.issues[0];
  return issue ? invalid('invalid-line', issue) : invalid('not-an-object');
}

/** The line's daily dose, not yet cleaned of float noise: the OME is computed from this, then rounded once. */
function doseOf(line: MedicationLine): DailyDoseResult {
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

/**
 * The daily dose of one line for the "daily dose" column: mg/day for tablets and liquids (an
 * as-needed line's maximum doses when given: the worst case), or the patch rate in microgram/hour.
 */
export function dailyDose(line: unknown): DailyDoseResult {
  const parsed = parseLine(line);
  if (!parsed.ok) return parsed;
  return dailyDoseOfLine(parsed.line);
}

/** `dailyDose` for a line the schema has already accepted (a line of a plan `parsePlan` returned): not validated again. */
export function dailyDoseOfParsedLine(line: MedicationLine): DailyDoseResult {
  try {
    return typeof line === 'object' && line !== null && typeof line.strength === 'object' && line.strength !== null
      ? dailyDoseOfLine(line) : dailyDose(line);
  } catch {
    // Only a caller that skipped the schema can get here; the answer is the one dailyDose would give.
    return dailyDose(line);
  }
}

function dailyDoseOfLine(line: MedicationLine): DailyDoseResult {
  const dose = doseOf(line);
  if (!dose.ok) return dose;
  const value = removeFloatNoise(dose.value);
  return Number.isFinite(value) ? { ...dose, value } : TOO_LARGE;
}

/**
 * One line's daily OME (uk, the default) or MME (us). Never throws: a line the guidance cannot convert
 * comes back `ok: false` with the reason and the parameters a catalogue words it from (`describeOmeFailure`).
 */
export function dailyOme(line: unknown, options?: { guidance?: Guidance }): OmeResult {
  const guidance = resolveGuidance(typeof options === 'object' && options !== null ? options.guidance : undefined);
  const parsed = parseLine(line);
  if (!parsed.ok) return parsed;
  return omeOfParsedLine(parsed.line, guidance);
}

/**
 * `dailyOme` for a line the schema has already accepted (a line of a plan `parsePlan` returned): the
 * same figure without validating the line a second time, which was most of the cost of checking a plan.
 */
export function omeOfParsedLine(line: MedicationLine, guidance: Guidance): OmeResult {
  try {
    // A cheap look at the fields the figure uses; anything odd goes through the full validation.
    const known = typeof line === 'object' && line !== null && OPIOID_IDS.includes(line.drug) && ROUTES.includes(line.route)
      && typeof line.strength === 'object' && line.strength !== null && Number.isFinite(line.strength.value);
    return known ? omeOfLine(line, resolveGuidance(guidance)) : dailyOme(line, { guidance });
  } catch {
    // Only a caller that skipped the schema can get here; the answer is the one dailyOme would give.
    return dailyOme(line, { guidance });
  }
}

function omeOfLine(line: MedicationLine, guidance: Guidance): OmeResult {
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
 * The total daily OME/MME over all lines (CDC 2022: "all sources of opioids"). `value` sums only the
 * lines that converted; `complete` is false as soon as one line did not, so a partial sum is never
 * mistaken for the whole. Not an array → nothing to add up, and not complete.
 */
export function totalDailyOme(lines: unknown[], options?: { guidance?: Guidance }):
  { value: number; complete: boolean; lines: OmeResult[] } {
  if (!Array.isArray(lines)) return { value: 0, complete: false, lines: [] };
  return sumOfResults(Array.from(lines, (line) => dailyOme(line, options)));
}

/** The total of already-computed line results: only the lines that converted, and whether all did. */
export function sumOfResults(results: OmeResult[]): { value: number; complete: boolean; lines: OmeResult[] } {
  if (!Array.isArray(results)) return { value: 0, complete: false, lines: [] };
  const ok = (result: unknown): result is OmeResult & { ok: true } =>
    typeof result === 'object' && result !== null && (result as OmeResult).ok === true && Number.isFinite((result as { value?: unknown }).value);
  const value = removeFloatNoise(results.reduce((sum, result) => (ok(result) ? sum + result.value : sum), 0));
  return { value, complete: results.length > 0 ? results.every(ok) : true, lines: results };
}
