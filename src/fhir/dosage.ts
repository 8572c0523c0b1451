/**
 * One FHIR Dosage (R4, and the STU3 shape UK GP Connect and Transfer of Care send) → the dose and how
 * often, at the worst case, with every assumption recorded.
 *
 * Where this differs from the HL7/CDC CQL (research §1d), on purpose:
 * - no timing at all is never "once a day": the dose is unreadable;
 * - an as-needed dose honours `maxDosePerPeriod`, in preference to the frequency;
 * - `doseAndRate` with several entries uses the `ordered` one (opioid-cds-r4 does the same);
 * - `25 ug/h` is a patch rate, not 25 patches.
 */
import { readDoseText, type DoseUnit, type TextDose } from './dose-text.js';
import { codings, list, num, obj, str, type Json } from './read.js';
import type { Note, Params } from './types.js';

export interface DoseReading extends TextDose {
  assumptions: Note[];
}
export type DoseOutcome = { ok: true; reading: DoseReading } | { ok: false; params: Params };

const DAYS_PER_UNIT: Readonly<Record<string, number>> = {
  s: 1 / 86400, sec: 1 / 86400, second: 1 / 86400, seconds: 1 / 86400,
  min: 1 / 1440, minute: 1 / 1440, minutes: 1 / 1440,
  h: 1 / 24, hr: 1 / 24, hour: 1 / 24, hours: 1 / 24,
  d: 1, day: 1, days: 1, wk: 7, week: 7, weeks: 7, mo: 30, month: 30, months: 30, a: 365, year: 365, years: 365,
};

/** The Timing abbreviations of the FHIR value set (and the UK ones) as doses a day. */
const TIMING_CODES: Readonly<Record<string, number>> = {
  QD: 1, OD: 1, AM: 1, PM: 1, BED: 1, QHS: 1, HS: 1, NOCTE: 1, MANE: 1, BID: 2, BD: 2, TID: 3, TDS: 3, QID: 4, QDS: 4,
  QOD: 0.5, Q1H: 24, Q2H: 12, Q3H: 8, Q4H: 6, Q6H: 4, Q8H: 3, Q12H: 2, Q24H: 1, WK: 1 / 7, MO: 1 / 30,
};

/** A Quantity as a dose amount: mass, volume, a count of units, or a patch rate in µg/h. */
export function amountOf(quantity: unknown): { value: number; unit: DoseUnit } | { value: number; unit: undefined; raw?: string } | undefined {
  const q = obj(quantity);
  const value = num(q?.value);
  if (!q || value === undefined || value <= 0) return undefined;
  const raw = (str(q.code) ?? str(q.unit) ?? '').trim();
  const unit = raw.toLowerCase().replace(/[{}[\]]/g, '').replace(/\s+/g, '');
  if (/^(mg|milligrams?)$/.test(unit)) return { value, unit: 'mg' };
  if (/^(g|grams?)$/.test(unit)) return { value: value * 1000, unit: 'mg' };
  if (/^(ug|mcg|µg|micrograms?)$/.test(unit)) return { value, unit: 'microgram' };
  if (/^(ml|millilit(re|er)s?)$/.test(unit)) return { value, unit: 'ml' };
  if (/^(ug|mcg|µg|micrograms?)\/(h|hr|hour)$/.test(unit)) return { value, unit: 'rate' };
  if (/^(mg|milligrams?)\/(h|hr|hour)$/.test(unit)) return { value: value * 1000, unit: 'rate' };
  if (/^(tab|tabs|tablets?|tbl|cap|caps|capsules?|patch|patches|actuat|actuations?|puffs?|sprays?|dose|doses|each|lozenges?|films?|sachets?|supp|suppositor(y|ies)|1)$/.test(unit)) {
    return { value, unit: 'count' };
  }
  // v3-orderableDrugForm codes (TAB, CAP, PATCH…) are counts of that form.
  if (str(q.system) === 'http://terminology.hl7.org/CodeSystem/v3-orderableDrugForm') return { value, unit: 'count' };
  return { value, unit: undefined, ...(raw ? { raw } : {}) };
}

function typeName(entry: Json): string | undefined {
  const type = obj(entry.type);
  return (str(type?.text) ?? codings(type).map((c) => c.code).find((c) => c !== undefined))?.toLowerCase();
}

/** The doseAndRate entry to read: the `ordered` one when several are given (Epic sends three). */
function chooseDoseAndRate(dosage: Json, assumptions: Note[]): Json | undefined {
  const entries = list(dosage.doseAndRate).map(obj).filter((e): e is Json => e !== undefined);
  if (entries.length === 0) {
    // STU3 puts dose[x] and rate[x] on the Dosage itself.
    const { doseQuantity, doseSimpleQuantity, doseRange, rateQuantity } = dosage;
    if (doseQuantity === undefined && doseSimpleQuantity === undefined && doseRange === undefined && rateQuantity === undefined) return undefined;
    return { doseQuantity: doseQuantity ?? doseSimpleQuantity, doseRange, rateQuantity };
  }
  if (entries.length === 1) return entries[0];
  const ordered = entries.find((e) => typeName(e) === 'ordered');
  if (ordered) return ordered;
  const untyped = entries.filter((e) => typeName(e) === undefined);
  if (untyped.length === 1) return untyped[0];
  assumptions.push({ code: 'dose-and-rate-first-used', params: { count: entries.length, type: typeName(entries[0] as Json) } });
  return entries[0];
}

type Amount = { value: number; unit: DoseUnit };

function readDose(entry: Json | undefined, assumptions: Note[]): { ok: true; amount?: Amount; low?: number } | { ok: false; params: Params } {
  if (!entry) return { ok: true };
  const rate = amountOf(entry.rateQuantity);
  if (rate?.unit === 'rate') return { ok: true, amount: rate as Amount };
  if (entry.doseRange !== undefined) {
    const range = obj(entry.doseRange);
    const high = amountOf(range?.high);
    const low = amountOf(range?.low);
    if (!high) return { ok: false, params: { why: 'open-range' } };
    if (high.unit === undefined) return { ok: false, params: { why: 'dose-unit', unit: high.raw } };
    assumptions.push({ code: 'dose-range-high', params: { low: low?.value, high: high.value, unit: high.unit } });
    return { ok: true, amount: high as Amount, ...(low ? { low: low.value } : {}) };
  }
  if (entry.doseQuantity === undefined) return { ok: true };
  const dose = amountOf(entry.doseQuantity);
  if (!dose) return { ok: false, params: { why: 'no-dose' } };
  if (dose.unit === undefined) {
    // No unit at all: for a tablet, capsule or patch this is a count (lines.ts decides, with an assumption).
    return dose.raw === undefined ? { ok: true, amount: { value: dose.value, unit: 'count' } } : { ok: false, params: { why: 'dose-unit', unit: dose.raw } };
  }
  return { ok: true, amount: dose as Amount };
}

function perDayOf(repeat: Json | undefined, timing: Json | undefined, assumptions: Note[]): number | undefined {
  if (repeat) {
    const frequency = num(repeat.frequency);
    const frequencyMax = num(repeat.frequencyMax);
    const period = num(repeat.period);
    const periodMax = num(repeat.periodMax);
    const unit = str(repeat.periodUnit);
    const daysPer = unit ? DAYS_PER_UNIT[unit.toLowerCase()] : undefined;
    if (period !== undefined && period > 0 && daysPer !== undefined) {
      const times = frequencyMax ?? frequency ?? 1;
      if (frequencyMax !== undefined && frequency !== undefined && frequencyMax > frequency) {
        assumptions.push({ code: 'frequency-max-used', params: { frequency, frequencyMax } });
      }
      if (frequency === undefined && frequencyMax === undefined) assumptions.push({ code: 'frequency-once-per-period', params: { period, unit } });
      // "Every 4–6 hours": the shorter interval, the most doses in a day.
      if (periodMax !== undefined && periodMax > period) assumptions.push({ code: 'period-shortest-used', params: { period, periodMax, unit } });
      if (times > 0) return times / (period * daysPer);
    }
    const times = [...list(repeat.timeOfDay), ...list(repeat.when)].filter((t) => typeof t === 'string');
    if (frequency === undefined && period === undefined && times.length > 0) {
      const count = new Set(times).size;
      assumptions.push({ code: 'doses-from-times-of-day', params: { count } });
      return count;
    }
  }
  for (const code of [...codings(timing?.code).map((c) => c.code), str(obj(timing?.code)?.text)]) {
    const perDay = code ? TIMING_CODES[code.toUpperCase().replace(/\s+/g, '')] : undefined;
    if (perDay !== undefined) return perDay;
  }
  return undefined;
}

/** maxDosePerPeriod (a Ratio in R4, a list in R5): the most allowed in a day, the tightest if several. */
function maxPerDayOf(dosage: Json): { value: number; unit: DoseUnit | 'dose' } | undefined {
  const ratios = Array.isArray(dosage.maxDosePerPeriod) ? dosage.maxDosePerPeriod : [dosage.maxDosePerPeriod];
  let best: { value: number; unit: DoseUnit | 'dose' } | undefined;
  for (const ratio of ratios) {
    const r = obj(ratio);
    const numerator = amountOf(r?.numerator);
    const denominator = obj(r?.denominator);
    const per = num(denominator?.value) ?? 1;
    const unit = str(denominator?.code) ?? str(denominator?.unit);
    const days = unit ? DAYS_PER_UNIT[unit.toLowerCase()] : undefined;
    if (!numerator || numerator.unit === undefined || numerator.unit === 'rate' || days === undefined || per <= 0) continue;
    const value = numerator.value / (per * days);
    if (!best || (best.unit === numerator.unit && value < best.value)) best = { value, unit: numerator.unit };
  }
  return best;
}

/**
 * One Dosage: structured first; free text when the structure says nothing about the dose and timing.
 * A patch needs no timing (its daily exposure is its rate, however often it is changed).
 */
export function readDosage(dosage: unknown, options: { patch: boolean }): DoseOutcome {
  const d = obj(dosage);
  if (!d) return { ok: false, params: { why: 'no-dosage' } };
  const assumptions: Note[] = [];
  const timing = obj(d.timing);
  const repeat = obj(timing?.repeat);
  const dose = readDose(chooseDoseAndRate(d, assumptions), assumptions);
  const perDay = perDayOf(repeat, timing, assumptions);
  const asNeeded = d.asNeededBoolean === true || obj(d.asNeededCodeableConcept) !== undefined;
  const maxPerDay = maxPerDayOf(d);

  const structured = dose.ok && (dose.amount !== undefined || maxPerDay !== undefined)
    && (perDay !== undefined || (asNeeded && maxPerDay !== undefined) || (options.patch && dose.amount !== undefined));
  if (!structured) {
    const text = str(d.text) ?? str(d.patientInstruction);
    const fromText = readDoseText(text);
    if (fromText && (fromText.perDay !== undefined || fromText.maxPerDay !== undefined)) {
      const notes: Note[] = [{ code: 'dose-read-from-text', params: { text } }];
      if (fromText.low !== undefined) notes.push({ code: 'dose-range-high', params: { low: fromText.low, high: fromText.amount?.value, unit: fromText.amount?.unit } });
      return { ok: true, reading: { ...fromText, assumptions: notes } };
    }
    if (!dose.ok) return dose;
    if (dose.amount === undefined && maxPerDay === undefined) return { ok: false, params: { why: text ? 'text-not-understood' : 'no-dose' } };
    return { ok: false, params: { why: asNeeded ? 'as-needed-no-maximum' : 'no-timing' } };
  }
  if (!dose.ok) return dose;
  const reading: DoseReading = { asNeeded, assumptions };
  if (dose.amount) reading.amount = dose.amount;
  if (dose.low !== undefined) reading.low = dose.low;
  if (perDay !== undefined) reading.perDay = perDay;
  if (maxPerDay) reading.maxPerDay = maxPerDay;
  return { ok: true, reading };
}
