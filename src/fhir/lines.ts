/**
 * `linesFromFhir`: every MedicationRequest and MedicationStatement in the input gives exactly one result
 * (DESIGN.md): an opioid line with its assumptions, a concurrent medicine (benzodiazepine, gabapentinoid,
 * opioid substitution treatment), naloxone, another medicine, or `unusable` with the reason. Never throws.
 */
import type { CodeTable, CodedMedicine, ProductStrength } from '../core/coded-medicine.js';
import { addDays, isIsoDate, type IsoDate } from '../core/dates.js';
import { parseWith } from '../core/parse.js';
import { MedicationLineSchema, type ConcurrentMedicine, type MedicationLine } from '../core/schema.js';
import { readDosage, type DoseReading } from './dosage.js';
import type { DoseUnit } from './dose-text.js';
import { identifyMedicine } from './medicine.js';
import { hasOudReason, isActiveOudCondition } from './opioid-use-disorder.js';
import { datePart, isObject, list, num, obj, str, type Json } from './read.js';
import { collectResources, type MedicationEntry } from './resources.js';
import type { FhirMedicationResult, LinesFromFhirOptions, LinesFromFhirResult, Note, Params, UnusableReason } from './types.js';

type Opioid = Extract<CodedMedicine, { kind: 'opioid' }>;
type Result = FhirMedicationResult;

interface Context { today?: IsoDate; tables: readonly CodeTable[]; oud: boolean; index: Map<string, Json> }

class Unusable {
  constructor(readonly reason: UnusableReason, readonly params?: Params) {}
}

const ACTIVE: readonly string[] = ['active'];
const MAX_TEXT = 200;

/** Display text from another system: no control or bidi characters, at most 200 characters. */
function cleanText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
  return clean.length === 0 ? undefined : clean.slice(0, MAX_TEXT);
}

function tablesOf(codes: unknown): CodeTable[] {
  return list(codes).filter((t): t is CodeTable =>
    isObject(t) && typeof t.lookup === 'function' && Array.isArray(t.systems));
}

function readOptions(options: unknown): { today?: IsoDate; tables: CodeTable[] } {
  const o = obj(options);
  const today = o && isIsoDate(o.today) ? o.today : undefined;
  return { ...(today ? { today } : {}), tables: tablesOf(o?.codes) };
}

function dosagesOf(resource: Json): unknown[] {
  return resource.resourceType === 'MedicationStatement' ? list(resource.dosage) : list(resource.dosageInstruction);
}

/** Status: only what is being taken now counts (a draft order only inside a CDS Hooks request). */
function checkStatus(entry: MedicationEntry): void {
  const { resource } = entry;
  const status = str(resource.status);
  if (status === undefined) throw new Unusable('invalid-resource', { why: 'no-status' });
  if (!(ACTIVE.includes(status) || (entry.draft && status === 'draft'))) throw new Unusable('not-active', { status });
  // STU3 MedicationStatement.taken: 'n' (not taking) or 'unk'.
  if (resource.taken === 'n') throw new Unusable('not-active', { status, taken: 'n' });
}

/**
 * Start and stop. FHIR's Period.end is inclusive (the last day taken); our stopDate is the first day
 * without the medicine, so stop = end + 1 day. boundsDuration (days) from a start gives stop = start + days.
 */
function datesOf(resource: Json, assumptions: Note[]): { start?: IsoDate; stop?: IsoDate } {
  const repeats = dosagesOf(resource).map((d) => obj(obj(obj(d)?.timing)?.repeat));
  const bounds = repeats.map((r) => obj(r?.boundsPeriod)).find((p) => p !== undefined);
  let start: IsoDate | undefined;
  let end: IsoDate | undefined;
  if (resource.resourceType === 'MedicationStatement') {
    const period = obj(resource.effectivePeriod);
    start = datePart(period?.start) ?? datePart(resource.effectiveDateTime);
    end = datePart(period?.end);
  } else {
    start = datePart(bounds?.start) ?? datePart(resource.authoredOn);
  }
  end ??= datePart(bounds?.end);
  if (end !== undefined) {
    const stop = addDays(end, 1);
    assumptions.push({ code: 'stop-from-inclusive-end', params: { end, stop } });
    return { ...(start ? { start } : {}), ...(stop ? { stop } : {}) };
  }
  const duration = repeats.map((r) => obj(r?.boundsDuration)).find((q) => q !== undefined);
  const days = num(duration?.value);
  const unit = str(duration?.code) ?? str(duration?.unit);
  if (start && days !== undefined && Number.isInteger(days) && days > 0 && (unit === 'd' || unit === 'day' || unit === 'days')) {
    const stop = addDays(start, days);
    if (stop) {
      assumptions.push({ code: 'stop-from-duration', params: { days, stop } });
      return { start, stop };
    }
  }
  return start ? { start } : {};
}

function mgOf(strength: ProductStrength): number {
  return strength.unit === 'mg' ? strength.value : strength.value / 1000;
}

/** The patch rate of one patch in µg/h, if the product says. */
function patchRate(medicine: Opioid): number | undefined {
  const s = medicine.strength;
  if (!s || s.per?.unit !== 'hour') return undefined;
  return (s.unit === 'mg' ? s.value * 1000 : s.value) / s.per.value;
}

type Part = { patch: true; rate: number } | { patch: false; doseMg: number; perDay: number; asNeeded: boolean };

const MAX_PATCHES = 6;

function patchPart(reading: DoseReading, medicine: Opioid, assumptions: Note[]): Part {
  const amount = reading.amount;
  const rate = patchRate(medicine);
  if (!amount) throw new Unusable('dose-unreadable', { why: 'no-dose' });
  if (amount.unit === 'rate') return { patch: true, rate: amount.value };
  if (rate === undefined) throw new Unusable('unknown-medicine', { why: 'no-strength', drug: medicine.drug });
  // "25 ug/h" sent as 25 patches, or as "25 ug": the product's rate, not a count (research §1a).
  if ((amount.unit === 'count' && amount.value > MAX_PATCHES) || amount.unit === 'microgram') {
    if (amount.value === rate) {
      assumptions.push({ code: 'patch-dose-read-as-rate', params: { value: amount.value, rate } });
      return { patch: true, rate };
    }
    throw new Unusable('dose-unreadable', { why: amount.unit === 'count' ? 'patch-count' : 'dose-unit', value: amount.value, unit: amount.unit });
  }
  if (amount.unit !== 'count') throw new Unusable('dose-unreadable', { why: 'dose-unit', unit: amount.unit });
  if (amount.value !== 1) assumptions.push({ code: 'patches-worn-together', params: { count: amount.value, rate } });
  return { patch: true, rate: amount.value * rate };
}

/** The mg of drug in `value` of `unit`, for this product. */
function toMg(value: number, unit: string, medicine: Opioid): number {
  const s = medicine.strength;
  if (unit === 'mg') return value;
  if (unit === 'microgram') return value / 1000;
  if (unit === 'count') {
    if (!s) throw new Unusable('unknown-medicine', { why: 'no-strength', drug: medicine.drug });
    if (s.per?.unit === 'ml' || s.per?.unit === 'hour') throw new Unusable('dose-unreadable', { why: 'dose-unit', unit: 'count' });
    return value * mgOf(s) / (s.per?.value ?? 1);
  }
  if (unit === 'ml') {
    if (!s) throw new Unusable('unknown-medicine', { why: 'no-strength', drug: medicine.drug });
    if (s.per?.unit !== 'ml') throw new Unusable('dose-unreadable', { why: 'dose-unit', unit: 'ml' });
    return value * mgOf(s) / s.per.value;
  }
  throw new Unusable('dose-unreadable', { why: 'dose-unit', unit });
}

function oralPart(reading: DoseReading, medicine: Opioid, assumptions: Note[]): Part {
  let { amount, maxPerDay } = reading;
  if (!amount && maxPerDay) {
    // Only a maximum: "up to 8 tablets a day" is 8 doses of one tablet; "up to 60 mg a day" one dose of 60 mg.
    const counted = maxPerDay.unit === 'count' || maxPerDay.unit === 'dose';
    amount = counted ? { value: 1, unit: 'count' } : { value: maxPerDay.value, unit: maxPerDay.unit as DoseUnit };
    maxPerDay = { value: counted ? maxPerDay.value : 1, unit: 'dose' };
  }
  if (!amount) throw new Unusable('dose-unreadable', { why: 'no-dose' });
  const doseMg = toMg(amount.value, amount.unit, medicine);
  if (!Number.isFinite(doseMg) || doseMg <= 0) throw new Unusable('dose-unreadable', { why: 'no-dose' });
  if (!reading.asNeeded) {
    if (reading.perDay === undefined) throw new Unusable('dose-unreadable', { why: 'no-timing' });
    return { patch: false, doseMg, perDay: reading.perDay, asNeeded: false };
  }
  if (maxPerDay) {
    const maxDoses = maxPerDay.unit === 'dose' ? maxPerDay.value : toMg(maxPerDay.value, maxPerDay.unit, medicine) / doseMg;
    assumptions.push({ code: 'as-needed-maximum-used', params: { maxDosesPerDay: maxDoses } });
    return { patch: false, doseMg, perDay: maxDoses, asNeeded: true };
  }
  if (reading.perDay !== undefined) {
    assumptions.push({ code: 'as-needed-at-most-frequent', params: { dosesPerDay: reading.perDay } });
    return { patch: false, doseMg, perDay: reading.perDay, asNeeded: true };
  }
  throw new Unusable('dose-unreadable', { why: 'as-needed-no-maximum' });
}

const tidy = (value: number) => Number(value.toFixed(6));

/**
 * Several dosages: the same `sequence` means taken together (summed); different sequences follow one
 * another (a taper), so the highest step is the worst case. No sequence at all is read as together.
 */
function combine(parts: { part: Part; sequence: unknown }[], assumptions: Note[]): Part {
  if (parts.length === 1) return (parts[0] as { part: Part }).part;
  const groups = new Map<string, Part[]>();
  for (const { part, sequence } of parts) {
    const key = typeof sequence === 'number' ? String(sequence) : 'none';
    groups.set(key, [...(groups.get(key) ?? []), part]);
  }
  const sums = [...groups.values()].map((group): Part => {
    if (group.length === 1) return group[0] as Part;
    if (group.every((p) => p.patch)) return { patch: true, rate: group.reduce((sum, p) => sum + (p.patch ? p.rate : 0), 0) };
    const oral = group.filter((p): p is Extract<Part, { patch: false }> => !p.patch);
    const first = oral[0] as Extract<Part, { patch: false }>;
    if (oral.every((p) => p.doseMg === first.doseMg && p.asNeeded === first.asNeeded)) {
      return { ...first, perDay: oral.reduce((sum, p) => sum + p.perDay, 0) };
    }
    return { patch: false, doseMg: oral.reduce((sum, p) => sum + p.doseMg * p.perDay, 0), perDay: 1, asNeeded: false };
  });
  const daily = (p: Part) => (p.patch ? p.rate : p.doseMg * p.perDay);
  const highest = sums.reduce((best, p) => (daily(p) > daily(best) ? p : best));
  assumptions.push({
    code: 'several-dosages',
    params: { count: parts.length, used: groups.size === 1 ? 'sum' : 'highest-step', steps: groups.size },
  });
  return highest;
}

function opioidLine(resource: Json, medicine: Opioid, name: string | undefined, assumptions: Note[]): MedicationLine {
  const route = medicine.route;
  if (route !== 'oral' && route !== 'transdermal' && route !== 'sublingual') {
    throw new Unusable('unknown-medicine', { why: 'route', drug: medicine.drug, route });
  }
  const dosages = dosagesOf(resource);
  if (dosages.length === 0) throw new Unusable('dose-unreadable', { why: 'no-dosage' });
  const patch = route === 'transdermal';
  const parts = dosages.map((dosage, index) => {
    const outcome = readDosage(dosage, { patch });
    if (!outcome.ok) throw new Unusable('dose-unreadable', { ...outcome.params, ...(dosages.length > 1 ? { dosage: index } : {}) });
    assumptions.push(...outcome.reading.assumptions);
    const part = patch ? patchPart(outcome.reading, medicine, assumptions) : oralPart(outcome.reading, medicine, assumptions);
    return { part, sequence: obj(dosage)?.sequence };
  });
  const part = combine(parts, assumptions);
  const product = cleanText(name);
  const line: MedicationLine = part.patch
    ? { drug: medicine.drug, route, strength: { value: tidy(part.rate), unit: 'microgram/hour' } }
    : {
      drug: medicine.drug, route, strength: { value: tidy(part.doseMg), unit: 'mg' },
      ...(part.asNeeded ? { asNeeded: true, maxDosesPerDay: tidy(part.perDay) } : { dosesPerDay: tidy(part.perDay) }),
    };
  if (product) line.product = product;
  if (medicine.partner) {
    assumptions.push({ code: 'combination-product', params: { partner: medicine.partner.name, ...(medicine.partner.strength ? { strength: medicine.partner.strength } : {}) } });
  }
  const checked = parseWith(MedicationLineSchema, line);
  if (!checked.ok) throw new Unusable('dose-unreadable', { why: 'out-of-range', path: checked.issues[0]?.path ?? '' });
  return checked.value;
}

function concurrent(kind: ConcurrentMedicine['kind'], name: string | undefined, resource: Json, drug?: 'methadone' | 'buprenorphine'): Result & { kind: 'concurrent' } {
  const medicine: ConcurrentMedicine = { kind };
  const cleanName = cleanText(name);
  if (cleanName) medicine.name = cleanName;
  const dose = cleanText(dosagesOf(resource).map((d) => str(obj(d)?.text)).find((t) => t !== undefined));
  if (dose) medicine.dose = dose;
  if (drug) medicine.drug = drug;
  return { source: '', kind: 'concurrent', medicine };
}

function readOne(entry: MedicationEntry, context: Context): Result {
  const { resource } = entry;
  checkStatus(entry);
  const assumptions: Note[] = [];
  const { start, stop } = datesOf(resource, assumptions);
  // An order still marked active whose last day has passed is not being taken (research §1b: stale
  // "active" orders otherwise add up).
  if (stop && context.today && context.today >= stop) throw new Unusable('not-active', { why: 'ended', stop });

  const identified = identifyMedicine(resource, context.index, context.tables);
  assumptions.unshift(...identified.assumptions);
  const medicine = identified.medicine;
  if (!medicine) {
    if (identified.nothing) throw new Unusable('unknown-medicine', { why: 'no-medicine' });
    // A named medicine that is none of ours, or a code a given table answers for and does not list.
    if (identified.name !== undefined || identified.covered) return { source: entry.source, kind: 'other' };
    throw new Unusable('unknown-medicine', { why: 'not-identified' });
  }
  switch (medicine.kind) {
    case 'naloxone': return { source: entry.source, kind: 'naloxone' };
    case 'benzodiazepine':
    case 'gabapentinoid':
      return { ...concurrent(medicine.kind, identified.name ?? medicine.name, resource), source: entry.source };
    case 'other-opioid':
      throw new Unusable('unknown-medicine', { why: 'opioid-not-converted', name: medicine.name });
    case 'opioid': break;
  }
  const substitution = medicine.drug === 'methadone' || medicine.drug === 'buprenorphine';
  // Substitution treatment is not pain relief and is never converted (CDC 2022): a product made for
  // opioid use disorder, or methadone/buprenorphine (not a pain patch) alongside evidence of the disorder.
  if (substitution && (medicine.purpose === 'opioid-use-disorder'
    || (medicine.route !== 'transdermal' && (context.oud || hasOudReason(resource))))) {
    return { ...concurrent('opioid-substitution', identified.name, resource, medicine.drug as 'methadone' | 'buprenorphine'), source: entry.source };
  }
  const line = opioidLine(resource, medicine, identified.name, assumptions);
  return {
    source: entry.source, kind: 'opioid', line, ...(start ? { start } : {}), ...(stop ? { stop } : {}), assumptions,
  };
}

/** One result per medication resource, in input order. Never throws. */
export function linesFromFhir(input: unknown, options?: LinesFromFhirOptions): LinesFromFhirResult {
  try {
    const { today, tables } = readOptions(options);
    const collected = collectResources(input);
    if (!collected.ok) return collected;
    const { medications, index, conditions } = collected.collected;
    const context: Context = { tables, index, oud: conditions.some(isActiveOudCondition), ...(today ? { today } : {}) };
    const results = medications.map((entry): Result => {
      try {
        return readOne(entry, context);
      } catch (error) {
        if (error instanceof Unusable) {
          return { source: entry.source, kind: 'unusable', reason: error.reason, ...(error.params ? { params: error.params } : {}) };
        }
        return { source: entry.source, kind: 'unusable', reason: 'invalid-resource', params: { why: 'unreadable' } };
      }
    });
    return { ok: true, results };
  } catch {
    return { ok: false, issues: [{ path: '', code: 'unreadable' }] };
  }
}
