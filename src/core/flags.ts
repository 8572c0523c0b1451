/**
 * Risk and plan-quality flags for an opioid treatment plan: the short list a busy clinician reads
 * before signing a prescription or a discharge summary. Every rule cites the guidance it comes from
 * (clinical/REFERENCE.md §1–§3) in a comment and in the flag's `source`.
 *
 * `today` is always passed in, never read from the clock, so the same plan gives the same flags in
 * every test, time zone and server. All date logic is calendar-date arithmetic (dates.ts).
 */
import { daysBetween, formatDate, isIsoDate, type IsoDate } from './dates.js';
import { ACUTE_MAX_DAYS, LONG_TERM_MONTHS, isNonCancerIndication, longTermFrom } from './durations.js';
import { BENZODIAZEPINE_OVERDOSE_DEATH } from './evidence.js';
import { doseBand, formatDailyDose, guidanceProfile, resolveGuidance } from './guidance.js';
import { OME_TABLES } from './ome.js';
import { parsePlan } from './parse.js';
import { linePurpose, planTotalDailyOme } from './plan-total.js';
import { GUIDANCES, type Guidance } from './ids.js';
import { type MedicationLine, type OpioidPlan } from './schema.js';
import { taperSchedule } from './taper.js';
import { drugName, formatMg, listNames, stripBidiControls, textLocale } from './text.js';

export const FLAG_IDS = [
  'invalid-plan',
  'high-dose',
  'naloxone',
  'benzodiazepine',
  'gabapentinoid',
  'opioid-substitution',
  'methadone-conversion',
  'incomplete-total',
  'acute-over-7-days',
  'long-term',
  'review-overdue',
  'no-stop-date',
  'no-review-date',
] as const;

/**
 * - `invalid-plan`: the plan (or `today`) could not be read, so no other check was run. It is urgent
 *   because a plan nobody could check must not look like a plan with nothing wrong.
 * - every other id: one rule below.
 */
export type FlagId = (typeof FLAG_IDS)[number];
export type FlagSeverity = 'urgent' | 'warning' | 'info';

export interface PlanFlag {
  id: FlagId;
  severity: FlagSeverity;
  /** One or two plain sentences, with the number and unit where there is one. */
  message: string;
  /** The guidance the rule comes from (name, year). */
  source: string;
}

export interface PlanFlagOptions {
  /** Which guidance to check against; defaults to the plan's own `guidance`. */
  guidance?: Guidance;
  /** The date to check on ('YYYY-MM-DD'); required, so results are reproducible. */
  today: IsoDate;
  /** A locally configured high-dose threshold in mg/day (e.g. 120); defaults to the guidance's. */
  threshold?: number;
  /** 'en-GB' (default) or 'en-US' for the dates inside messages. */
  locale?: string;
}

const SEVERITY_RANK: Readonly<Record<FlagSeverity, number>> = { urgent: 0, warning: 1, info: 2 };

// Sources, written once so the comment beside each rule and the flag's `source` agree.
const MHRA_2020_DEPENDENCE = 'MHRA Drug Safety Update, September 2020: Opioids: risk of dependence and addiction';
const OUCH_2023 = 'OUCh (Opioid Use Change) project, Newcastle, Postgrad Med J 2023';
const CDC_REC_6 = `CDC Clinical Practice Guideline 2022, recommendation 6; HL7/CDC opioid decision support (acute prescription over ${ACUTE_MAX_DAYS} days)`;
const CDC_REC_7 = 'CDC Clinical Practice Guideline 2022, recommendation 7';
const NICE_NG215 = 'NICE NG215, 2022';
const CDC_REC_8 = 'CDC Clinical Practice Guideline 2022, recommendation 8';
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
const OPIOIDS_AWARE_TABLE = 'Opioids Aware (FPM/RCoA), dose equivalents, August 2020';
const CDC_TABLE = 'CDC Clinical Practice Guideline 2022, MME conversion table';
/** CDC 2022's single methadone factor, read from the table the total uses, so the message and the sum agree. */
const US_METHADONE = OME_TABLES.us.find((row) => row.drug === 'methadone' && row.route === 'oral');
const US_METHADONE_FACTOR = US_METHADONE !== undefined && 'factor' in US_METHADONE ? US_METHADONE.factor : undefined;


function flag(id: FlagId, severity: FlagSeverity, message: string, source: string): PlanFlag {
  return { id, severity, message, source };
}

function invalidPlan(reason: string): PlanFlag[] {
  return [flag('invalid-plan', 'urgent',
    `This plan could not be checked for risks: ${reason}`,
    'opioid-elements plan validation (no clinical check was run)')];
}

/** Lines prescribed for pain (`linePurpose`: the line's purpose, else the plan's indication). */
function isForPain(line: MedicationLine, plan: OpioidPlan): boolean {
  return linePurpose(line, plan) === 'pain';
}

/**
 * Rules about dependence in pain care (stop date, long-term use) apply to non-cancer pain: in cancer
 * pain and at the end of life treatment follows the illness, and a flag there that is always "wrong"
 * would teach clinicians to ignore flags. (MHRA 2020 frames its dependence warning on non-cancer pain.)
 */
function isNonCancerPainPlan(plan: OpioidPlan): boolean {
  return isNonCancerIndication(plan.indication)
    && plan.medications.some((line) => isForPain(line, plan));
}

/** The plan has a taper that can be worked out (`taperSchedule`) and reaches 0 mg: an end-of-treatment plan. */
function taperEndsAtZero(plan: OpioidPlan): boolean {
  if (plan.taper === undefined) return false;
  const schedule = taperSchedule(plan.taper);
  return schedule.ok && schedule.steps[schedule.steps.length - 1]?.dose === 0;
}

function readOptions(options: unknown): { guidance: unknown; today: unknown; threshold: unknown; locale: unknown } {
  if (typeof options !== 'object' || options === null) {
    return { guidance: undefined, today: undefined, threshold: undefined, locale: undefined };
  }
  const { guidance, today, threshold, locale } = options as Record<string, unknown>;
  return { guidance, today, threshold, locale };
}

/**
 * Every flag that applies to `plan` on `today`, urgent first, then warnings, then information; within
 * a severity, in the order of `FLAG_IDS`. Never throws: a plan that fails validation, or a `today`
 * that is not a calendar date, gives the single flag `invalid-plan`.
 */
export function planFlags(plan: OpioidPlan | unknown, options: PlanFlagOptions): PlanFlag[] {
  try {
    return checkPlan(plan, options);
  } catch {
    // Only reachable through hostile input (a getter or proxy that throws): still report, never throw.
    return invalidPlan('it could not be read.');
  }
}

function checkPlan(input: unknown, rawOptions: unknown): PlanFlag[] {
  const options = readOptions(rawOptions);
  if (!isIsoDate(options.today)) {
    return invalidPlan("today's date is missing or is not a calendar date written YYYY-MM-DD.");
  }
  const today = options.today;
  const parsed = parsePlan(input);
  if (!parsed.ok) {
    const first = parsed.issues.slice(0, 3).map((issue) => issue.message).join(' ');
    return invalidPlan(first || 'it is not a valid plan.');
  }
  const plan = parsed.plan;
  const locale = textLocale(options.locale);
  const guidance: Guidance = GUIDANCES.some((id) => id === options.guidance)
    ? resolveGuidance(options.guidance) : plan.guidance;
  // guidanceProfile keeps the default for anything that is not a positive finite number.
  const profile = guidanceProfile(guidance, { highDoseThreshold: options.threshold as number | undefined });
  // The plan's own reading of its lines: substitution treatment in an opioid-use-disorder plan is never
  // counted (CDC 2022), whether or not each line says so.
  const total = planTotalDailyOme(plan, { guidance });
  const dose = (value: number) => formatDailyDose(value, profile, locale);
  const date = (value: IsoDate) => formatDate(value, locale, 'long');
  const flags: PlanFlag[] = [];

  // high-dose — UK: Opioids Aware, reported 2025 update, 90 mg/day OME (configurable; 120 in the 2020
  // key message). US: CDC 2022 rec. 4, 50 MME/day. Placed by the core's `doseBand`: an incomplete total
  // that already reaches a threshold is flagged too (the missing lines can only add to it).
  const band = doseBand(total.value, profile, { complete: total.complete });
  if (band?.id === 'high-dose' || band?.id === 'specialist-referral') {
    const what = total.complete ? `Total ${dose(total.value)} is` : `Total is at least ${dose(total.value)} (not every medicine could be counted), which is`;
    // A locally set threshold may sit above the referral level; the sentence then says so rather than claim "above".
    const side = total.value >= profile.highDoseThreshold ? 'at or above' : 'below';
    let message = `${what} ${side} the high-dose threshold of ${dose(profile.highDoseThreshold)} (${profile.highDoseCitation}).`;
    let source = profile.highDoseSource;
    let severity: FlagSeverity = 'warning';
    // Sheffield NHS guidance citing Opioids Aware: refer to specialist services above ~300 mg/day OME.
    if (band.id === 'specialist-referral') {
      severity = 'urgent';
      message += ` At ${dose(band.threshold)} or more, refer to specialist pain services.`;
      source = `${source}; ${band.source}`;
    } else {
      message += ' Review the benefit and harms with the patient and consider a taper.';
    }
    flags.push(flag('high-dose', severity, message, source));
  }

  // incomplete-total — REFERENCE.md §1: a line that cannot be converted (no factor, specialist
  // advice, excluded) makes the total incomplete, and it must say so: never a silent partial sum.
  if (!total.complete) {
    const names = listNames(total.notConverted);
    const reasons = [...new Set(total.lines.flatMap((result) => (result.ok ? [] : [result.message])))].join(' ');
    const head = total.value > 0
      ? `The ${profile.unit} total is incomplete: ${dose(total.value)} counted, without ${names}.`
      : `No ${profile.unit} total can be given: ${names} could not be counted.`;
    flags.push(flag('incomplete-total', 'warning', `${head} ${reasons}`,
      guidance === 'uk' ? OPIOIDS_AWARE_TABLE : CDC_TABLE));
  }

  // no-stop-date — MHRA 2020: before starting, agree a plan for the end of treatment. OUCh 2023: acute
  // opioids started in hospital often reach primary care "without a clear stop date", so for an acute
  // plan it is a warning; for other non-cancer plans, information. A taper that can be worked out and
  // ends at 0 mg is such a plan (its last step is the stop), so it needs no separate stop date.
  if (plan.stopDate === undefined && isNonCancerPainPlan(plan) && !taperEndsAtZero(plan)) {
    flags.push(plan.indication === 'acute'
      ? flag('no-stop-date', 'warning',
        'No stop date is set for this acute prescription. Agree the end of treatment before starting and give the GP a clear stop date (MHRA 2020; OUCh).',
        `${MHRA_2020_DEPENDENCE}; ${OUCH_2023}`)
      : flag('no-stop-date', 'info',
        'No stop date or end-of-treatment plan is recorded. Agree with the patient how and when treatment will end (MHRA 2020).',
        MHRA_2020_DEPENDENCE));
  }

  // no-review-date — CDC 2022 rec. 7: follow up within 1–4 weeks of starting, then at least every
  // 3 months; NICE NG215: decisions are documented in a reviewable plan. Not raised for an acute plan
  // that already has a stop date (the stop date ends it) or at the end of life.
  const reviewNeeded = plan.indication !== 'end-of-life' && !(plan.indication === 'acute' && plan.stopDate !== undefined);
  if (plan.reviewDate === undefined && reviewNeeded) {
    flags.push(flag('no-review-date', 'info',
      'No review date is set. Review within 1–4 weeks of starting or increasing, then at least every 3 months (CDC 2022).',
      `${CDC_REC_7}; ${NICE_NG215}`));
  }

  // review-overdue — CDC 2022 rec. 7 (regular review). Due today is not yet overdue.
  if (plan.reviewDate !== undefined) {
    const late = daysBetween(plan.reviewDate, today);
    if (late > 0) {
      flags.push(flag('review-overdue', 'warning',
        `The review was due on ${date(plan.reviewDate)} and is overdue by ${late} day${late === 1 ? '' : 's'}.`,
        CDC_REC_7));
    }
  }

  // long-term — MHRA 2020: use for more than 3 months in non-cancer pain increases the risk of
  // dependence and addiction, even at therapeutic doses. Counted in calendar months from the start date
  // to today (see addCalendarMonths); a start date in the future is simply not long-term.
  const threeMonthsOn = longTermFrom(plan.startDate);
  if (isNonCancerPainPlan(plan) && threeMonthsOn !== '' && today > threeMonthsOn) {
    flags.push(flag('long-term', 'warning',
      `Opioids started on ${date(plan.startDate)}, more than ${LONG_TERM_MONTHS} months ago. Use beyond ${LONG_TERM_MONTHS} months for non-cancer pain increases the risk of dependence and addiction; review the benefit with the patient (MHRA 2020).`,
      MHRA_2020_DEPENDENCE));
  }

  // acute-over-7-days — CDC 2022 rec. 6: prescribe no more than needed for the expected duration of
  // severe acute pain; the HL7/CDC opioid decision support flags acute prescriptions over 7 days.
  // Planned duration when there is a stop date, time so far when there is none.
  if (plan.indication === 'acute') {
    if (plan.stopDate !== undefined) {
      const planned = daysBetween(plan.startDate, plan.stopDate);
      if (planned > ACUTE_MAX_DAYS) {
        flags.push(flag('acute-over-7-days', 'warning',
          `The planned acute course is ${planned} days, longer than ${ACUTE_MAX_DAYS}. Acute pain rarely needs opioids for more than ${ACUTE_MAX_DAYS} days; reassess the need (CDC 2022, recommendation 6).`,
          CDC_REC_6));
      }
    } else {
      const sofar = daysBetween(plan.startDate, today);
      if (sofar > ACUTE_MAX_DAYS) {
        flags.push(flag('acute-over-7-days', 'warning',
          `This acute prescription started ${sofar} days ago and has no stop date. Acute pain rarely needs opioids for more than ${ACUTE_MAX_DAYS} days; reassess the need (CDC 2022, recommendation 6).`,
          CDC_REC_6));
      }
    }
  }

  const concurrent = plan.concurrentMedicines ?? [];
  const concurrentNames = (kind: string) => listNames(concurrent
    .filter((medicine) => medicine.kind === kind)
    .map((medicine) => stripBidiControls(medicine.name).trim() || drugName(medicine.drug)));
  const benzodiazepine = concurrent.some((medicine) => medicine.kind === 'benzodiazepine');

  // benzodiazepine — MHRA March 2020: co-prescribe with an opioid only if there is no alternative, at
  // the lowest dose for the shortest time, and monitor for respiratory depression. Park 2015: overdose
  // death risk about 3.9 times that without, in US veterans (a relative figure, so it names its
  // population). Urgent: the combination can stop breathing.
  if (benzodiazepine) {
    const names = concurrentNames('benzodiazepine');
    const park = BENZODIAZEPINE_OVERDOSE_DEATH;
    flags.push(flag('benzodiazepine', 'urgent',
      `A benzodiazepine${names ? ` (${names})` : ''} is prescribed with an opioid: about ${formatMg(park.relative, locale)} times the overdose death risk, in ${park.population} (${park.citation}). Use together only if there is no alternative, at the lowest dose for the shortest time, and monitor for slowed breathing (MHRA 2020).`,
      `${MHRA_2020_BENZODIAZEPINES}; ${PARK_2015}`));
  }

  // gabapentinoid — MHRA 2019/2020: pregabalin and gabapentin with opioids risk respiratory
  // depression; Gomes 2017: about 49% higher odds of opioid-related death with gabapentin.
  if (concurrent.some((medicine) => medicine.kind === 'gabapentinoid')) {
    const names = concurrentNames('gabapentinoid');
    flags.push(flag('gabapentinoid', 'warning',
      `A gabapentinoid${names ? ` (${names})` : ''} is prescribed with an opioid, which raises the risk of slowed breathing and opioid-related death. Use the lowest doses and monitor (MHRA 2020; Gomes 2017).`,
      `${MHRA_GABAPENTINOIDS}; ${GOMES_2017}`));
  }

  // opioid-substitution — people in opioid substitution treatment who need opioids for pain: long-term
  // analgesic opioids need joint pain/addiction review and an agreed end date (REFERENCE.md §3), and
  // substitution doses are not converted to OME/MME (CDC 2022).
  const substitutionLines = plan.medications.filter((line) => !isForPain(line, plan));
  const substitution = concurrent.filter((medicine) => medicine.kind === 'opioid-substitution');
  if (substitution.length > 0 || substitutionLines.length > 0 || plan.indication === 'opioid-use-disorder') {
    const names = listNames([
      ...substitution.map((medicine) => drugName(medicine.drug) || medicine.name),
      ...substitutionLines.map((line) => drugName(line.drug)),
    ]);
    flags.push(flag('opioid-substitution', 'warning',
      `The patient is in opioid substitution treatment${names ? ` (${names})` : ''}. Opioids for pain need a joint pain and addiction review and an agreed end date; substitution doses are not converted to ${profile.unit} (CDC 2022).`,
      `${JOINT_CARE}; ${CDC_OUD}`));
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
      ? flag('methadone-conversion', 'warning',
        'Methadone has no OME factor in the UK, so it is not in the total. Any conversion to or from methadone needs specialist advice (Opioids Aware 2020).',
        OPIOIDS_AWARE_TABLE)
      : flag('methadone-conversion', 'warning',
        `Methadone is counted with the CDC 2022 factor${US_METHADONE_FACTOR === undefined ? '' : ` of ${formatMg(US_METHADONE_FACTOR, locale)} MME per mg`}, an approximation: its effect varies between people and builds up over days. Do not use it to calculate a switch; seek specialist advice (CDC 2022).`,
        CDC_TABLE));
  }

  // naloxone — US only (CDC 2022 rec. 8): offer naloxone and overdose education at ≥ 50 MME/day, or
  // when a benzodiazepine is co-prescribed. UK guidance sets no dose threshold for naloxone, so the UK
  // profile has none and this is never raised there.
  const naloxoneAt = profile.naloxoneThreshold;
  if (naloxoneAt !== undefined && plan.naloxoneSupplied !== true) {
    const reasons: string[] = [];
    if (total.value >= naloxoneAt) {
      reasons.push(`The total is ${total.complete ? '' : 'at least '}${dose(total.value)} (${dose(naloxoneAt)} or more)`);
    }
    if (benzodiazepine) reasons.push(reasons.length === 0 ? 'A benzodiazepine is co-prescribed' : 'a benzodiazepine is co-prescribed');
    if (reasons.length > 0) {
      flags.push(flag('naloxone', 'warning',
        `${reasons.join(', and ')}, but naloxone is not recorded as supplied. Offer naloxone and overdose education to the patient and household (CDC 2022, recommendation 8).`,
        CDC_REC_8));
    }
  }

  return flags.sort((a, b) =>
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || FLAG_IDS.indexOf(a.id) - FLAG_IDS.indexOf(b.id));
}
