/**
 * Everything the plan card shows, as words, from one validated plan: every number comes from the core
 * (`dailyDose`, `planTotalDailyOme`, `doseBand`, `taperSchedule`, `planFlags`) and is only rounded for
 * display here (`formatMg`, `formatDailyDose`). No DOM; the templates in plan-card-templates.ts lay this out.
 */
import { addDays, daysBetween, formatDate, type IsoDate } from '../../core/dates.js';
import { planFlags, type PlanFlag } from '../../core/flags.js';
import { doseBand, formatDailyDose, guidanceLabel, guidanceProfile, type DoseBand, type GuidanceProfile } from '../../core/guidance.js';
import { dailyDose, type OmeResult } from '../../core/ome.js';
import { linePurpose, planTotalDailyOme, substitutionAssumed, type PlanTotal } from '../../core/plan-total.js';
import type { Guidance } from '../../core/ids.js';
import type { CareTeamMember, MedicationLine, OpioidPlan } from '../../core/schema.js';
import { currentStep, nextStep, taperSchedule, type TaperResult, type TaperStep } from '../../core/taper.js';
import { daysLeftText, doseInWords, drugName, formatMg, indicationName, listNames, relativeDays, textLocale, capitalise } from '../../core/text.js';

export interface MedicationRow {
  /** The product as prescribed, else the drug's name. */
  name: string;
  /** The generic name (and purpose) under a product name; '' when the name already is the drug. */
  detail: string;
  dose: string;
  daily: string;
  /** The line's OME/MME in words, or why it has none ("Not converted: …"). */
  equivalent: string;
  converted: boolean;
  /** The figure is the worst case of an as-needed line. */
  maximum: boolean;
}

export interface TotalModel {
  complete: boolean;
  /** The total is not a number anyone takes (a unit or typing error): it is not shown as a number. */
  implausible: boolean;
  /** The headline: "120 mg/day OME", or "Incomplete: at least 45 mg/day OME — methadone could not be converted". */
  text: string;
  /** Short form for the compact card. */
  short: string;
  /** Why lines were not counted, in the core's words. */
  reasons: string[];
  /** Some line is an as-needed maximum: the total is a worst case. */
  includesMaximum: boolean;
  /** From the core's `doseBand`, told whether the total is complete (`incomplete`: it cannot be placed). */
  band: DoseBand | undefined;
}

export interface DueDate {
  date: string;
  /** "in 12 days", "overdue by 3 days", "5 days left"; '' when there is no date. */
  relative: string;
  overdue: boolean;
  /**
   * No stop date is recorded and this is the day the taper reaches 0 mg (MHRA 2020: the taper is the
   * plan for the end of treatment); the card says so rather than pass it off as a recorded stop date.
   */
  fromTaper?: boolean;
  /** A stop date: the last day the medicine is taken (the stop date is the first day without it). */
  lastDose?: string;
}

export interface TaperModel {
  description: string;
  /** The dose in force today (or when the taper starts). */
  current: string;
  /** The next change of dose in words, or why there is none. */
  next: string;
  problem: string;
}

export interface CareTeamRow {
  role: string;
  /** Name, team and contact, as the host gave them (free text). */
  who: string[];
  /** "Prescribes", "Reviews", "Prescribes and reviews", or ''. */
  responsibilities: string;
}

export interface PlanCardModel {
  plan: OpioidPlan;
  /** Risk factors recorded on the plan, in words (history of overdose, of substance use disorder). */
  riskFactors: string[];
  careTeam: CareTeamRow[];
  profile: GuidanceProfile;
  indication: string;
  guidanceName: string;
  rows: MedicationRow[];
  drugs: string;
  total: TotalModel;
  start: string;
  review: DueDate | undefined;
  stop: DueDate | undefined;
  taper: TaperModel | undefined;
  flags: PlanFlag[];
  urgentCount: number;
  warningCount: number;
  locale: string;
  date: (value: IsoDate) => string;
}


/** Why a line has no OME/MME, in a few words; the core's full sentence is listed at the total. */
function notConverted(line: MedicationLine, plan: OpioidPlan, result: OmeResult & { ok: false }, profile: GuidanceProfile): string {
  const drug = drugName(line.drug);
  switch (result.reason) {
    case 'specialist-advice': return `Not converted: ${drug} needs specialist advice`;
    case 'excluded': return linePurpose(line, plan) === 'opioid-use-disorder'
      ? `Not converted: ${drug} for opioid use disorder is never converted to ${profile.unit}`
      : `Not converted: ${drug} is excluded from ${profile.unit}`;
    case 'no-factor': return `Not converted: ${profile.shortName} has no ${profile.unit} factor for ${drug}`;
    default: return 'Not converted: this line could not be read';
  }
}

function dailyText(line: MedicationLine, locale: string): string {
  const dose = dailyDose(line);
  if (!dose.ok) return '';
  const amount = formatMg(dose.value, locale);
  if (dose.unit === 'microgram/hour') {
    return textLocale(locale) === 'en-US' ? `${amount} mcg/hour, continuously` : `${amount} micrograms/hour, continuously`;
  }
  return dose.asNeededMaximum ? `up to ${amount} mg/day` : `${amount} mg/day`;
}

function medicationRow(line: MedicationLine, plan: OpioidPlan, result: OmeResult | undefined, profile: GuidanceProfile, locale: string): MedicationRow {
  const drug = drugName(line.drug);
  const purpose = linePurpose(line, plan) !== 'opioid-use-disorder' ? ''
    : substitutionAssumed(line, plan) ? 'read as opioid substitution treatment (no purpose stated; the plan is for opioid use disorder)'
    : 'opioid substitution treatment';
  const source = line.source === 'over-the-counter' ? 'bought over the counter' : '';
  const product = line.product?.trim();
  const maximum = result?.ok === true && result.asNeededMaximum;
  return {
    name: product || capitalise(drug),
    detail: [product ? drug : '', purpose, source].filter(Boolean).join(', '),
    dose: doseInWords(line, locale),
    daily: dailyText(line, locale),
    equivalent: result === undefined ? 'Not converted: this line could not be read'
      : result.ok ? `${maximum ? 'at most ' : ''}${formatDailyDose(result.value, profile, locale)}`
      : notConverted(line, plan, result, profile),
    converted: result?.ok === true,
    maximum,
  };
}

function totalModel(total: PlanTotal, profile: GuidanceProfile, plan: OpioidPlan, locale: string): TotalModel {
  const { value, complete, lines, asNeededMaximum: includesMaximum } = total;
  const band = doseBand(value, profile, { complete, indication: plan.indication });
  const figure = formatDailyDose(value, profile, locale);
  const names = listNames(total.notConverted);
  let text = figure;
  let short = figure;
  const implausible = band === undefined || band.id === 'implausible';
  if (implausible) {
    // Never shown as a number (nor as "∞"): a total no one takes means a dose or unit was mistyped.
    text = `Not shown: the ${profile.unit} total is implausibly large; check every dose and its unit`;
    short = `${profile.unit} total not shown: check doses`;
  } else if (!complete) {
    const counted = value > 0 ? `at least ${figure}` : `no ${profile.unit} total can be given`;
    text = `Incomplete: ${counted} — ${names} could not be converted`;
    short = `Incomplete: ${value > 0 ? `at least ${figure}` : `no ${profile.unit} total`} — ${names} not converted`;
  } else if (includesMaximum) {
    short = `at most ${figure}`;
  }
  return {
    complete,
    implausible,
    text,
    short,
    reasons: [...new Set(lines.flatMap((line) => (line.ok ? [] : [line.message])))],
    includesMaximum,
    band,
  };
}

function dueDate(today: IsoDate, date: IsoDate | undefined, kind: 'review' | 'stop', format: (value: IsoDate) => string, locale: string): DueDate | undefined {
  if (date === undefined) return undefined;
  const relative = kind === 'review' ? relativeDays(today, date, locale) : { days: Number.NaN, text: daysLeftText(today, date, locale) };
  const due: DueDate = { date: format(date), relative: relative.text, overdue: kind === 'review' && relative.days < 0 };
  // REFERENCE.md §3: the stop date is the first day without the medicine, so the last dose is the day before.
  if (kind === 'stop') due.lastDose = format(addDays(date, -1));
  return due;
}

/** The day a taper that can be worked out reaches 0 mg: "9 March 2027", "in 108 days" / "3 days ago". */
function taperEnd(schedule: TaperResult | undefined, today: IsoDate, format: (value: IsoDate) => string, locale: string): DueDate | undefined {
  const last = schedule?.ok ? schedule.steps[schedule.steps.length - 1] : undefined;
  if (last === undefined || last.dose !== 0) return undefined;
  const ago = -daysBetween(today, last.date);
  const relative = ago > 0
    ? `${new Intl.NumberFormat(textLocale(locale)).format(ago)} day${ago === 1 ? '' : 's'} ago`
    : relativeDays(today, last.date, locale).text;
  return { date: format(last.date), relative, overdue: false, fromTaper: true };
}

function taperModel(schedule: TaperResult | undefined, profile: GuidanceProfile, today: IsoDate, format: (value: IsoDate) => string, locale: string): TaperModel | undefined {
  if (schedule === undefined) return undefined;
  if (!schedule.ok) {
    return { description: '', current: '', next: '', problem: `The taper schedule cannot be worked out: ${schedule.issues.map((issue) => issue.message).join(' ')}` };
  }
  const drug = schedule.drug === undefined ? '' : `${drugName(schedule.drug)} `;
  const step: TaperStep | undefined = nextStep(schedule.steps, today);
  const now = currentStep(schedule.steps, today);
  // A taper in morphine equivalents is named in the guidance's unit ("54 MME/day"), never as a dose of
  // the drug ("hydrocodone 54 mg/day OME" would read as hydrocodone milligrams); in mg it is the drug's.
  const dose = (value: number) => (schedule.unit === 'ome'
    ? formatDailyDose(value, profile, locale)
    : `${drug}${formatMg(value, locale)} mg/day`);
  const when = (value: IsoDate) => `${format(value)} (${relativeDays(today, value, locale).text})`;
  const next = step === undefined
    ? `Taper finished: stopped on ${format(schedule.summary.endDate)}.`
    : step.isStop
      ? `Next: stop ${drug.trim() || 'the opioid'} on ${when(step.date)}.`
      : `Next: ${dose(step.dose)} from ${when(step.date)}.`;
  const current = now === undefined
    ? `Starts on ${when(schedule.startDate)} at ${dose(schedule.startDose)}.`
    : now.isStop ? '' : `Now: ${dose(now.dose)} since ${format(now.date)}.`;
  return { description: capitalise(schedule.description), current, next, problem: '' };
}

const CARE_ROLE_NAMES: Readonly<Record<CareTeamMember['role'], string>> = {
  'pain-service': 'Pain service', 'addiction-service': 'Addiction service', gp: 'GP',
  'palliative-care': 'Palliative care', pharmacist: 'Pharmacist', other: 'Other',
};

function careTeamRows(plan: OpioidPlan): CareTeamRow[] {
  return (plan.careTeam ?? []).map((member) => {
    const duties = member.responsibilities ?? [];
    const prescribes = duties.includes('prescribes');
    const reviews = duties.includes('reviews');
    return {
      role: CARE_ROLE_NAMES[member.role],
      who: [member.name, member.team, member.contact].filter((part): part is string => (part?.trim() ?? '') !== ''),
      responsibilities: prescribes && reviews ? 'Prescribes and reviews' : prescribes ? 'Prescribes' : reviews ? 'Reviews' : '',
    };
  });
}

function riskFactorWords(plan: OpioidPlan): string[] {
  const factors = plan.riskFactors ?? {};
  return [
    factors.overdoseHistory === true ? 'History of overdose' : '',
    factors.substanceUseDisorder === true ? 'History of substance use disorder' : '',
  ].filter(Boolean);
}

export interface PlanCardOptions {
  guidance: Guidance;
  today: IsoDate;
  locale: string;
  /** A locally configured UK high-dose threshold (mg/day OME); it never changes the US one. */
  threshold: number | undefined;
}

/** The card's words for `plan`, read under `guidance` on `today`. */
export function planCardModel(plan: OpioidPlan, options: PlanCardOptions): PlanCardModel {
  const { guidance, today, locale } = options;
  // Opioids Aware asks for the UK threshold to be configurable; it never replaces CDC 2022's 50 MME/day.
  const threshold = options.threshold;
  const profile = guidanceProfile(guidance, { highDoseThreshold: guidance === 'uk' ? threshold : undefined });
  const total = planTotalDailyOme(plan, { guidance });
  const format = (value: IsoDate) => formatDate(value, textLocale(locale), 'long');
  const flags = planFlags(plan, { guidance, today, threshold, locale });
  const schedule = plan.taper === undefined ? undefined : taperSchedule(plan.taper);
  return {
    plan,
    riskFactors: riskFactorWords(plan),
    careTeam: careTeamRows(plan),
    profile,
    indication: indicationName(plan.indication),
    guidanceName: guidanceLabel(profile),
    rows: plan.medications.map((line, i) => medicationRow(line, plan, total.lines[i], profile, locale)),
    drugs: capitalise(listNames(plan.medications.map((line) => drugName(line.drug)))),
    total: totalModel(total, profile, plan, locale),
    start: format(plan.startDate),
    review: dueDate(today, plan.reviewDate, 'review', format, locale),
    // A recorded stop date comes first; without one, a taper to 0 mg says when treatment ends.
    stop: dueDate(today, plan.stopDate, 'stop', format, locale) ?? taperEnd(schedule, today, format, locale),
    taper: taperModel(schedule, profile, today, format, locale),
    flags,
    urgentCount: flags.filter((flag) => flag.severity === 'urgent').length,
    warningCount: flags.filter((flag) => flag.severity === 'warning').length,
    locale,
    date: format,
  };
}
