/**
 * Risk and plan-quality flags for an opioid treatment plan: the short list a busy clinician reads
 * before signing a prescription or a discharge summary. Every rule cites the guidance it comes from
 * (clinical/REFERENCE.md §1–§3) in a comment and in the flag's `sources`. A flag is a code and the
 * parameters a sentence needs; the sentences are in the locale catalogues (`describeFlag` in
 * 'opioid-elements/locales').
 *
 * `today` is always passed in, never read from the clock, so the same plan gives the same flags in
 * every test, time zone and server. All date logic is calendar-date arithmetic (dates.ts).
 */
import { daysBetween, isIsoDate, type IsoDate } from './dates.js';
import { ACUTE_MAX_DAYS, LONG_TERM_MONTHS, isNonCancerIndication, longTermFrom } from './durations.js';
import { BENZODIAZEPINE_OVERDOSE_DEATH } from './evidence.js';
import {
  IMPLAUSIBLE_TOTAL, doseBand, guidanceProfile, outsideCdcScope, resolveGuidance, thresholdFor,
  type DoseBand, type ThresholdSetting,
} from './guidance.js';
import { OME_TABLES } from './ome.js';
import { parsePlan, type ValidationIssue } from './parse.js';
import { linePurpose, parsedPlanTotal, substitutionAssumed, type PlanTotal } from './plan-total.js';
import { GUIDANCES, isSubstitutionDrug, type Guidance, type OpioidId } from './ids.js';

/** A medicine named in a flag: one of our drug ids (named by the locale catalogue) or the plan's own text. */
export type NameRef = { drug: OpioidId } | { text: string };
import { type MedicationLine, type OpioidPlan } from './schema.js';
import { taperSchedule, type TaperResult } from './taper.js';
import { roundMg, stripBidiControls } from './text.js';

export const FLAG_IDS = [
  'invalid-plan',
  'invalid-threshold',
  'implausible-total',
  'high-dose',
  'reassess-dose',
  'naloxone',
  'benzodiazepine',
  'gabapentinoid',
  'opioid-substitution',
  'over-the-counter',
  'methadone-conversion',
  'incomplete-total',
  'acute-over-7-days',
  'long-term',
  'review-overdue',
  'no-stop-date',
  'no-review-date',
  'outside-guideline-scope',
] as const;

/**
 * - `invalid-plan`: the plan (or `today`) could not be read, so no other check was run. It is urgent
 *   because a plan nobody could check must not look like a plan with nothing wrong.
 * - `invalid-threshold`: the locally set threshold is not a plausible number (see `THRESHOLD_RANGE`);
 *   no dose check was run against it.
 * - every other id: one rule below.
 */
export type FlagId = (typeof FLAG_IDS)[number];
export type FlagSeverity = 'urgent' | 'warning' | 'info';

export interface PlanFlag {
  id: FlagId;
  severity: FlagSeverity;
  /** What a sentence about this flag needs (numbers, names, dates, reasons): for the locale catalogues. */
  params: Record<string, unknown>;
  /** The guidance the rule comes from (name, year), one entry per source. */
  sources: string[];
}

export interface PlanFlagOptions {
  /** Which guidance to check against; defaults to the plan's own `guidance`. */
  guidance?: Guidance;
  /** The date to check on ('YYYY-MM-DD'); required, so results are reproducible. */
  today: IsoDate;
  /**
   * A locally agreed threshold in mg/day: a number is the UK high-dose threshold (e.g. 120); `{ us: 60 }`
   * sets the US one. It replaces the threshold of that guidance only; outside 20–500 it is an error.
   */
  threshold?: ThresholdSetting;
}

const SEVERITY_RANK: Readonly<Record<FlagSeverity, number>> = { urgent: 0, warning: 1, info: 2 };
/** Each id's place in `FLAG_IDS` (the order within a severity). */
const FLAG_ORDER: ReadonlyMap<FlagId, number> = new Map(FLAG_IDS.map((id, index) => [id, index]));

// Sources, written once so the comment beside each rule and the flag's `sources` agree.
const MHRA_2020_DEPENDENCE = 'MHRA Drug Safety Update, September 2020: Opioids: risk of dependence and addiction';
const OUCH_2023 = 'OUCh (Opioid Use Change) project, Newcastle, Postgrad Med J 2023';
const CDC_REC_4 = 'CDC Clinical Practice Guideline 2022, recommendation 4';
const CDC_REC_6 = `CDC Clinical Practice Guideline 2022, recommendation 6; HL7/CDC opioid decision support (acute prescription over ${ACUTE_MAX_DAYS} days)`;
const CDC_REC_7 = 'CDC Clinical Practice Guideline 2022, recommendation 7';
const NICE_NG215 = 'NICE NG215, 2022';
const CDC_REC_8 = 'CDC Clinical Practice Guideline 2022, recommendation 8';
const CDC_SCOPE = 'CDC Clinical Practice Guideline 2022, scope: not for sickle cell disease, cancer-related pain, palliative or end-of-life care';
const MHRA_2020_BENZODIAZEPINES = 'MHRA Drug Safety Update, March 2020: benzodiazepines and opioids';
const PARK_2015 = 'Park TW et al. BMJ 2015;350:h2698';
const MHRA_GABAPENTINOIDS = 'MHRA Drug Safety Updates, 2019 and March 2020: gabapentinoids and opioids';
const GOMES_2017 = 'Gomes T et al. PLoS Med 2017;14:e1002396';
const CDC_OUD = 'CDC Clinical Practice Guideline 2022: conversion factors "should not be applied to dosage decisions related to the management of opioid use disorder"';
/**
 * REFERENCE.md §3 records joint pain/addiction review and an agreed end date (e.g. off within 90 days)
 * as accepted practice without a single published source; the wording says so rather than invent one.
 */
const JOINT_CARE = 'Accepted UK practice for people in opioid substitution treatment who need opioids for pain: joint pain and addiction review, agreed end date (no single guideline)';
/** Reliance on over-the-counter codeine is one of the reasons a pain service involves an addiction service (issue 8 seed: joint pain/addiction clinics). */
const OTC_CODEINE = 'MHRA 2009 (over-the-counter codeine: pack sizes and warnings on addiction); accepted UK pain/addiction practice';
const OPIOIDS_AWARE_TABLE = 'Opioids Aware (FPM/RCoA), dose equivalents, August 2020';
const CDC_TABLE = 'CDC Clinical Practice Guideline 2022, MME conversion table';
const VALIDATION = 'opioid-elements plan validation (no clinical check was run)';
const PLAUSIBILITY = 'opioid-elements plausibility check';
/** CDC 2022's single methadone factor, read from the table the total uses, so the sentence and the sum agree. */
const US_METHADONE = OME_TABLES.us.find((row) => row.drug === 'methadone' && row.route === 'oral');
const US_METHADONE_FACTOR = US_METHADONE !== undefined && 'factor' in US_METHADONE ? US_METHADONE.factor : undefined;


function flag(id: FlagId, severity: FlagSeverity, sources: string[], params: Record<string, unknown> = {}): PlanFlag {
  return { id, severity, params, sources };
}

/** `reason`: 'plan' (with the first three `issues`), 'today' or 'unreadable'. */
function invalidPlan(reason: 'plan' | 'today' | 'unreadable', issues: readonly ValidationIssue[] = []): PlanFlag[] {
  return [flag('invalid-plan', 'urgent', [VALIDATION], { reason, issues: issues.slice(0, 3) })];
}

/** Lines prescribed for pain (`linePurpose`: the line's purpose; else methadone/buprenorphine in an OUD plan are substitution). */
function isForPain(line: MedicationLine, plan: OpioidPlan): boolean {
  return linePurpose(line, plan) === 'pain';
}

/**
 * Rules about dependence in pain care (stop date, long-term use) apply to non-cancer pain: in cancer
 * pain and at the end of life treatment follows the illness, and a flag there that is always "wrong"
 * would teach clinicians to ignore flags. (MHRA 2020 frames its dependence warning on non-cancer pain.)
 * An opioid-use-disorder plan with an analgesic (oxycodone beside methadone) is such a plan too.
 */
function isNonCancerPainPlan(plan: OpioidPlan): boolean {
  return isNonCancerIndication(plan.indication)
    && plan.medications.some((line) => isForPain(line, plan));
}

/** The plan has a taper that can be worked out (`taperSchedule`) and reaches 0 mg: an end-of-treatment plan. */
function taperEndsAtZero(plan: OpioidPlan, known?: TaperResult): boolean {
  if (plan.taper === undefined) return false;
  const schedule = known ?? taperSchedule(plan.taper);
  return schedule.ok && schedule.steps[schedule.steps.length - 1]?.dose === 0;
}

function readOptions(options: unknown): { guidance: unknown; today: unknown; threshold: unknown } {
  if (typeof options !== 'object' || options === null) {
    return { guidance: undefined, today: undefined, threshold: undefined };
  }
  const { guidance, today, threshold } = options as Record<string, unknown>;
  return { guidance, today, threshold };
}

/**
 * Every flag that applies to `plan` on `today`, urgent first, then warnings, then information; within
 * a severity, in the order of `FLAG_IDS`. Never throws: a plan that fails validation, or a `today`
 * that is not a calendar date, gives the single flag `invalid-plan`; a threshold that is not plausible,
 * the single flag `invalid-threshold`.
 */
export function planFlags(plan: OpioidPlan | unknown, options: PlanFlagOptions): PlanFlag[] {
  try {
    return checkPlan(plan, options);
  } catch {
    // Only reachable through hostile input (a getter or proxy that throws): still report, never throw.
    return invalidPlan('unreadable');
  }
}

function checkPlan(input: unknown, rawOptions: unknown): PlanFlag[] {
  const options = readOptions(rawOptions);
  if (!isIsoDate(options.today)) {
    return invalidPlan('today');
  }
  const parsed = parsePlan(input);
  if (!parsed.ok) return invalidPlan('plan', parsed.issues);
  return checkParsedPlan(parsed.plan, options, options.today, {});
}

interface KnownResults {
  total?: PlanTotal;
  /** `taperSchedule(plan.taper)`, when the plan has a taper. */
  schedule?: TaperResult;
}

export type PlanAssessment =
  | {
    ok: true;
    plan: OpioidPlan;
    guidance: Guidance;
    total: PlanTotal;
    /** `doseBand` of the total, as the plan card shows it; undefined for an implausible total or an invalid threshold. */
    band: DoseBand | undefined;
    /** `taperSchedule(plan.taper)`; undefined when the plan has no taper. */
    schedule: TaperResult | undefined;
    flags: PlanFlag[];
  }
  | { ok: false; issues: ValidationIssue[]; flags: PlanFlag[] };

/**
 * One pass over a plan for a list of thousands (the review list): `parsePlan` once, then the same total,
 * band, taper schedule and flags that `planTotalDailyOme`, `doseBand`, `taperSchedule` and `planFlags`
 * give, each worked out once (planFlags alone would parse the plan and work out the total again).
 * Never throws.
 */
export function assessPlan(input: unknown, options: PlanFlagOptions): PlanAssessment {
  try {
    const read = readOptions(options);
    const parsed = parsePlan(input);
    // The flags planFlags gives for these (checkPlan), without parsing the plan a second time.
    if (!isIsoDate(read.today)) return { ok: false, issues: parsed.ok ? [] : parsed.issues, flags: invalidPlan('today') };
    if (!parsed.ok) return { ok: false, issues: parsed.issues, flags: invalidPlan('plan', parsed.issues) };
    return assessParsed(parsed.plan, read, read.today);
  } catch {
    return unreadableAssessment();
  }
}

/**
 * `assessPlan` for a plan that `parsePlan` already returned (a widget validates its input once, to show
 * the problems itself): the same total, band, schedule and flags, without validating the plan again.
 * Never throws.
 */
export function assessParsedPlan(plan: OpioidPlan, options: PlanFlagOptions): PlanAssessment {
  try {
    const read = readOptions(options);
    if (!isIsoDate(read.today)) return { ok: false, issues: [], flags: planFlags(plan, options) };
    return assessParsed(plan, read, read.today);
  } catch {
    return unreadableAssessment();
  }
}

const unreadableAssessment = (): PlanAssessment => (
  { ok: false, issues: [{ path: '', code: 'unreadable', params: {} }], flags: invalidPlan('unreadable') });

function assessParsed(plan: OpioidPlan, read: ReturnType<typeof readOptions>, today: IsoDate): PlanAssessment {
  const guidance: Guidance = GUIDANCES.some((id) => id === read.guidance) ? resolveGuidance(read.guidance) : plan.guidance;
  const total = parsedPlanTotal(plan, guidance);
  const schedule = plan.taper === undefined ? undefined : taperSchedule(plan.taper);
  const flags = checkParsedPlan(plan, read, today, { total, schedule });
  const threshold = thresholdFor(read.threshold, guidance);
  const implausible = !Number.isFinite(total.value) || roundMg(total.value) > IMPLAUSIBLE_TOTAL;
  const band = !threshold.ok || implausible ? undefined
    : doseBand(total.value, guidanceProfile(guidance, { highDoseThreshold: threshold.value }), { complete: total.complete, indication: plan.indication });
  return { ok: true, plan, guidance, total, band, schedule, flags };
}

/** The rules, for a plan `parsePlan` returned; `known` holds what the caller already worked out for it. */
function checkParsedPlan(plan: OpioidPlan, options: ReturnType<typeof readOptions>, today: IsoDate, known: KnownResults): PlanFlag[] {
  const guidance: Guidance = GUIDANCES.some((id) => id === options.guidance)
    ? resolveGuidance(options.guidance) : plan.guidance;
  const threshold = thresholdFor(options.threshold, guidance);
  if (!threshold.ok) return [flag('invalid-threshold', 'urgent', [VALIDATION], { ...threshold.params, code: threshold.code })];
  const profile = guidanceProfile(guidance, { highDoseThreshold: threshold.value });
  // The plan's own reading of its lines: methadone or buprenorphine for opioid use disorder is never
  // counted (CDC 2022), whether or not each line says so; every other opioid always is.
  const total = known.total ?? parsedPlanTotal(plan, guidance);
  const flags: PlanFlag[] = [];
  const noDoseAdvice = guidance === 'us' && outsideCdcScope(plan.indication);
  const shownTotal = roundMg(total.value);

  // implausible-total — a total no one takes (a unit or typing error) is never shown as a number or
  // placed in a band: it is urgent, because every other figure on the card is then in doubt.
  if (!(Number.isFinite(total.value)) || shownTotal > IMPLAUSIBLE_TOTAL) {
    flags.push(flag('implausible-total', 'urgent', [PLAUSIBILITY], { limit: IMPLAUSIBLE_TOTAL, unit: profile.unit }));
  }
  const band = flags.length > 0 ? undefined : doseBand(total.value, profile, { complete: total.complete, indication: plan.indication });
  const counted = {
    total: total.value, complete: total.complete, unit: profile.unit, threshold: profile.highDoseThreshold,
    citation: profile.highDoseCitation, setLocally: profile.thresholdSetLocally, belowThreshold: shownTotal < profile.highDoseThreshold,
  };

  // high-dose (UK) — Opioids Aware, reported 2025 update, 90 mg/day OME (configurable; 120 in the 2020
  // key message). Placed by the core's `doseBand`: an incomplete total that already reaches a threshold
  // is flagged too (the missing lines can only add to it). Cancer pain and end of life: information only,
  // never "consider a taper" (the dose follows the illness).
  if (band?.id === 'high-dose' || band?.id === 'specialist-referral' || band?.id === 'information') {
    // A locally set threshold may sit above the referral level; `belowThreshold` lets the sentence say
    // so rather than claim "above". Sheffield NHS guidance citing Opioids Aware: refer to specialist
    // services above ~300 mg/day OME (urgent); cancer pain and end of life: information.
    const severity: FlagSeverity = band.id === 'information' ? 'info' : band.id === 'specialist-referral' ? 'urgent' : 'warning';
    const sources = band.id === 'specialist-referral' ? [profile.highDoseSource, band.source] : [profile.highDoseSource];
    flags.push(flag('high-dose', severity, sources, {
      ...counted, band: band.id, indication: plan.indication, referral: band.id === 'specialist-referral' ? band.threshold : undefined,
    }));
  }

  // reassess-dose (US) — CDC 2022 rec. 4: at or above 50 MME/day, reassess benefits and risks before any
  // increase. Not a "high dose" and not a point to taper (rec. 5 tapers only when risks outweigh
  // benefits). The same words as the card's dose band, so the two never contradict each other.
  if (band?.id === 'reassess') {
    flags.push(flag('reassess-dose', 'warning', [profile.highDoseSource], { ...counted, band: band.id }));
  }

  // outside-guideline-scope — CDC 2022 does not apply to cancer pain, palliative or end-of-life care:
  // the total still shows, and one line says why no US dose advice is given.
  if (noDoseAdvice) {
    flags.push(flag('outside-guideline-scope', 'info', [CDC_SCOPE], { indication: plan.indication, unit: profile.unit }));
  }

  // incomplete-total — REFERENCE.md §1: a line that cannot be converted (no factor, specialist
  // advice, excluded) makes the total incomplete, and it must say so: never a silent partial sum.
  if (!total.complete) {
    flags.push(flag('incomplete-total', 'warning', [guidance === 'uk' ? OPIOIDS_AWARE_TABLE : CDC_TABLE],
      {
        counted: total.value, unit: profile.unit, notConverted: total.notConvertedDrugs.map((drug) => ({ drug })),
        reasons: total.lines.flatMap((result) => (result.ok ? [] : [result.reason])),
        failures: total.lines.flatMap((result) => (result.ok ? [] : [result.params])),
      }));
  }

  // no-stop-date — MHRA 2020: before starting, agree a plan for the end of treatment. OUCh 2023: acute
  // opioids started in hospital often reach primary care "without a clear stop date", so for an acute
  // plan it is a warning; for other non-cancer plans, information. A taper that can be worked out and
  // ends at 0 mg is such a plan (its last step is the stop), so it needs no separate stop date.
  if (plan.stopDate === undefined && isNonCancerPainPlan(plan) && !taperEndsAtZero(plan, known.schedule)) {
    flags.push(plan.indication === 'acute'
      ? flag('no-stop-date', 'warning', [MHRA_2020_DEPENDENCE, OUCH_2023], { indication: plan.indication })
      : flag('no-stop-date', 'info', [MHRA_2020_DEPENDENCE], { indication: plan.indication }));
  }

  // no-review-date — CDC 2022 rec. 7: follow up within 1–4 weeks of starting, then at least every
  // 3 months; NICE NG215: decisions are documented in a reviewable plan. Not raised for an acute plan
  // that already has a stop date (the stop date ends it) or at the end of life.
  const reviewNeeded = plan.indication !== 'end-of-life' && !(plan.indication === 'acute' && plan.stopDate !== undefined);
  if (plan.reviewDate === undefined && reviewNeeded) {
    flags.push(flag('no-review-date', 'info', [CDC_REC_7, NICE_NG215]));
  }

  // review-overdue — CDC 2022 rec. 7 (regular review). Due today is not yet overdue.
  if (plan.reviewDate !== undefined) {
    const late = daysBetween(plan.reviewDate, today);
    if (late > 0) flags.push(flag('review-overdue', 'warning', [CDC_REC_7], { reviewDate: plan.reviewDate, days: late }));
  }

  // long-term — MHRA 2020: use for more than 3 months in non-cancer pain increases the risk of
  // dependence and addiction, even at therapeutic doses. Counted in calendar months from the start date
  // to today (see addCalendarMonths); a start date in the future is simply not long-term.
  const threeMonthsOn = longTermFrom(plan.startDate);
  if (isNonCancerPainPlan(plan) && threeMonthsOn !== '' && today > threeMonthsOn) {
    flags.push(flag('long-term', 'warning', [MHRA_2020_DEPENDENCE], { startDate: plan.startDate, months: LONG_TERM_MONTHS }));
  }

  // acute-over-7-days — CDC 2022 rec. 6: prescribe no more than needed for the expected duration of
  // severe acute pain; the HL7/CDC opioid decision support flags acute prescriptions over 7 days.
  // Planned duration when there is a stop date (stop − start: the stop date is the first day without
  // the medicine), time so far when there is none.
  if (plan.indication === 'acute') {
    if (plan.stopDate !== undefined) {
      const planned = daysBetween(plan.startDate, plan.stopDate);
      if (planned > ACUTE_MAX_DAYS) {
        flags.push(flag('acute-over-7-days', 'warning', [CDC_REC_6], { days: planned, limit: ACUTE_MAX_DAYS, planned: true }));
      }
    } else {
      const sofar = daysBetween(plan.startDate, today);
      if (sofar > ACUTE_MAX_DAYS) {
        flags.push(flag('acute-over-7-days', 'warning', [CDC_REC_6], { days: sofar, limit: ACUTE_MAX_DAYS, planned: false }));
      }
    }
  }

  const concurrent = plan.concurrentMedicines ?? [];
  const concurrentRefs = (kind: string) => concurrent
    .filter((medicine) => medicine.kind === kind)
    .map((medicine): NameRef => (stripBidiControls(medicine.name).trim() ? { text: stripBidiControls(medicine.name).trim() } : { drug: medicine.drug as OpioidId }));
  const benzodiazepine = concurrent.some((medicine) => medicine.kind === 'benzodiazepine');

  // benzodiazepine — MHRA March 2020: co-prescribe with an opioid only if there is no alternative, at
  // the lowest dose for the shortest time, and monitor for respiratory depression. Park 2015: overdose
  // death risk about 3.9 times that without, in US veterans (a relative figure, so it names its
  // population). Urgent: the combination can stop breathing.
  if (benzodiazepine) {
    const park = BENZODIAZEPINE_OVERDOSE_DEATH;
    flags.push(flag('benzodiazepine', 'urgent', [MHRA_2020_BENZODIAZEPINES, PARK_2015], {
        names: concurrentRefs('benzodiazepine'), relative: park.relative, population: park.population, citation: park.citation,
      }));
  }

  // gabapentinoid — MHRA 2019/2020: pregabalin and gabapentin with opioids risk respiratory
  // depression; Gomes 2017: about 49% higher odds of opioid-related death with gabapentin.
  if (concurrent.some((medicine) => medicine.kind === 'gabapentinoid')) {
    flags.push(flag('gabapentinoid', 'warning', [MHRA_GABAPENTINOIDS, GOMES_2017], { names: concurrentRefs('gabapentinoid') }));
  }

  // opioid-substitution — people in opioid substitution treatment who need opioids for pain: short-term
  // analgesia for acute pain is widely accepted, long-term analgesic opioids need joint pain/addiction
  // review and an agreed end date (REFERENCE.md §3; `acute` tells the words which to say), and
  // substitution doses are not converted to OME/MME (CDC 2022). A methadone/buprenorphine line with no
  // purpose in an OUD plan is read as substitution treatment, and the flag says so.
  const substitutionLines = plan.medications.filter((line) => !isForPain(line, plan));
  const substitution = concurrent.filter((medicine) => medicine.kind === 'opioid-substitution');
  const inSubstitutionTreatment = substitution.length > 0 || substitutionLines.length > 0 || plan.indication === 'opioid-use-disorder';
  if (inSubstitutionTreatment) {
    flags.push(flag('opioid-substitution', 'warning', [JOINT_CARE, CDC_OUD], {
        unit: profile.unit,
        acute: plan.indication === 'acute',
        names: [
          ...substitution.map((medicine): NameRef => (medicine.drug ? { drug: medicine.drug } : { text: medicine.name ?? '' })),
          ...substitutionLines.map((line): NameRef => ({ drug: line.drug })),
        ],
        assumed: plan.medications.filter((line) => substitutionAssumed(line, plan)).map((line): NameRef => ({ drug: line.drug })),
        analgesics: plan.medications.filter((line) => isForPain(line, plan)).map((line): NameRef => ({ drug: line.drug })),
      }));
  }

  // over-the-counter — codeine bought without a prescription (co-codamol, codeine with ibuprofen) is
  // counted in the total like any other line, and named, because reliance on it is one reason a pain
  // service involves an addiction service.
  const overTheCounter = plan.medications.filter((line) => line.source === 'over-the-counter');
  if (overTheCounter.length > 0) {
    flags.push(flag('over-the-counter', 'info', [OTC_CODEINE], {
        names: overTheCounter.map((line): NameRef => (stripBidiControls(line.product).trim() ? { text: stripBidiControls(line.product).trim() } : { drug: line.drug })),
      }));
  }

  // methadone-conversion — UK: Opioids Aware 2020 gives no factor ("conversions should always be
  // undertaken with specialist advice"). US: CDC 2022 gives 4.7, with a caution (long, variable
  // half-life; the superseded 2016 scale rose with dose) — but only for methadone taken for pain:
  // methadone for opioid use disorder is never converted, and saying "counted with 4.7" beside a
  // total that (rightly) leaves it out would contradict the card. The OST and incomplete-total flags
  // speak for that methadone.
  const methadone = plan.medications.filter((line) => line.drug === 'methadone');
  const methadoneCounted = methadone.some((line) => linePurpose(line, plan) === 'pain');
  if (guidance === 'uk' ? methadone.length > 0 : methadoneCounted) {
    flags.push(guidance === 'uk'
      ? flag('methadone-conversion', 'warning', [OPIOIDS_AWARE_TABLE], { guidance })
      : flag('methadone-conversion', 'warning', [CDC_TABLE], { guidance, factor: US_METHADONE_FACTOR }));
  }

  // naloxone — US only (CDC 2022 rec. 8): offer naloxone when any factor that raises overdose risk is
  // present: a history of overdose, a history of substance use disorder (anyone in opioid substitution
  // treatment has one), ≥ 50 MME/day, or a benzodiazepine. Outside CDC's scope (cancer, end of life) the
  // dose reason is not raised; the others still are. UK guidance sets no naloxone rule of this kind, so
  // the UK profile has no naloxone threshold and this is never raised there.
  const naloxoneAt = profile.naloxoneThreshold;
  if (naloxoneAt !== undefined && plan.naloxoneSupplied !== true) {
    const codes: string[] = [];
    if (!noDoseAdvice && band !== undefined && shownTotal >= naloxoneAt) codes.push('dose');
    if (benzodiazepine) codes.push('benzodiazepine');
    if (plan.riskFactors?.overdoseHistory === true) codes.push('overdose-history');
    const substanceUse = plan.riskFactors?.substanceUseDisorder === true || inSubstitutionTreatment
      || plan.medications.some((line) => isSubstitutionDrug(line.drug) && linePurpose(line, plan) === 'opioid-use-disorder');
    if (substanceUse) codes.push('substance-use-disorder');
    if (codes.length > 0) {
      flags.push(flag('naloxone', 'warning', [CDC_REC_8, ...(codes.includes('dose') ? [CDC_REC_4] : [])], {
          reasons: codes, total: total.value, complete: total.complete, unit: profile.unit, threshold: naloxoneAt,
          substitution: inSubstitutionTreatment,
        }));
    }
  }

  return inFlagOrder(flags);
}

/** Urgent first, then warnings, then information; within a severity, the order of `FLAG_IDS`. */
function flagRank(item: PlanFlag): number {
  return SEVERITY_RANK[item.severity] * FLAG_IDS.length + (FLAG_ORDER.get(item.id) ?? 0);
}

/**
 * `flags` sorted by `flagRank`, in place: an insertion sort, stable like Array.prototype.sort and
 * cheaper for the handful of flags a plan has (this runs once per plan, for every row of a list).
 */
function inFlagOrder(flags: PlanFlag[]): PlanFlag[] {
  for (let i = 1; i < flags.length; i += 1) {
    const item = flags[i] as PlanFlag;
    const rank = flagRank(item);
    let j = i - 1;
    while (j >= 0 && flagRank(flags[j] as PlanFlag) > rank) {
      flags[j + 1] = flags[j] as PlanFlag;
      j -= 1;
    }
    flags[j + 1] = item;
  }
  return flags;
}
