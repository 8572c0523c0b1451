/**
 * Daily oral morphine equivalents (OME, UK) and morphine milligram equivalents (MME, US).
 *
 * The two conversion tables are data, one row per drug and route, each row citing its source, so the
 * UI and the docs can show exactly what the numbers come from (clinical/REFERENCE.md §1). The core picks
 * its table on purpose: UK rows are the Opioids Aware table revised in August 2020 to match the BNF;
 * US rows are the CDC 2022 table. Superseded tables (the pre-2020 UK 150:1 fentanyl ratio, CDC 2016,
 * ANZCA) are not used anywhere. The tables and the arithmetic are in ome-convert.ts (no zod); this
 * module validates a line first.
 */
import { parseWith } from './parse.js';
import { resolveGuidance } from './guidance.js';
import { MedicationLineSchema, type MedicationLine } from './schema.js';
import type { Guidance } from './ids.js';
import {
  dailyDoseOfLine, invalid, looksParsed, omeOfLine, sumOfResults,
  type DailyDoseResult, type OmeFailure, type OmeResult,
} from './ome-convert.js';

// The tables, their types and the sum live in ome-convert.ts (no zod); this module is their public home.
export {
  OME_TABLES, omeOfCheckedLine, sumOfResults,
  type DailyDoseResult, type DailyDoseUnit, type DoseTableEntry, type OmeFailure, type OmeFailureReason,
  type OmeFailureWhy, type OmeResult, type OmeTableRow,
} from './ome-convert.js';

function parseLine(input: unknown): { ok: true; line: MedicationLine } | OmeFailure & { reason: 'invalid-input' } {
  // Its own code because zod does not report what a non-object was, so its issue would be "required".
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return invalid('not-an-object');
  const parsed = parseWith(MedicationLineSchema, input);
  if (parsed.ok) return { ok: true, line: parsed.value };
  const issue = parsed.issues[0];
  return issue ? invalid('invalid-line', issue) : invalid('not-an-object');
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
    return looksParsed(line) ? omeOfLine(line, resolveGuidance(guidance)) : dailyOme(line, { guidance });
  } catch {
    // Only a caller that skipped the schema can get here; the answer is the one dailyOme would give.
    return dailyOme(line, { guidance });
  }
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
