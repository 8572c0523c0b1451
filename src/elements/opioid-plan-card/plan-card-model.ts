/**
 * Everything the plan card shows, as words, from one validated plan: every number comes from the core
 * (`dailyDose`, `totalDailyOme`, `doseBand`, `taperSchedule`, `planFlags`) and is only rounded for
 * display here (`formatMg`). No DOM; the templates in plan-card-templates.ts lay this out.
 */
import { daysBetween, formatDate, type IsoDate } from '../../core/dates.js';
import { planFlags, type PlanFlag } from '../../core/flags.js';
import { doseBand, guidanceProfile, type DoseBand, type GuidanceProfile } from '../../core/guidance.js';
import { dailyDose, totalDailyOme, type OmeResult } from '../../core/ome.js';
import type { Guidance } from '../../core/ids.js';
import type { MedicationLine, OpioidPlan } from '../../core/schema.js';
import { currentStep, nextStep, taperSchedule, type TaperResult, type TaperStep } from '../../core/taper.js';
import {
  daysLeftText, doseInWords, drugName, formatMg, indicationName, relativeDays, textLocale,
} from '../../core/text.js';

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
  /** The headline: "120 mg/day OME", or "Incomplete: at least 45 mg/day OME — methadone could not be converted". */
  text: string;
  /** Short form for the compact card. */
  short: string;
  /** Why lines were not counted, in the core's words. */
  reasons: string[];
  /** Some line is an as-needed maximum: the total is a worst case. */
  includesMaximum: boolean;
  band: DoseBand | undefined;
  /** Said instead of a band when an incomplete total is below the threshold (it cannot be placed). */
  bandUnknown: string;
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
}

export interface TaperModel {
  description: string;
  /** The dose in force today (or when the taper starts). */
  current: string;
  /** The next change of dose in words, or why there is none. */
  next: string;
  problem: string;
}

export interface PlanCardModel {
  plan: OpioidPlan;
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

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "120 mg/day OME" (UK) or "60 MME/day" (US), rounded for reading. */
export function equivalentText(value: number, profile: GuidanceProfile, locale: string): string {
  const amount = formatMg(value, locale);
  return profile.unit === 'OME' ? `${amount} mg/day OME` : `${amount} MME/day`;
}

/** "a", "a and b", "a, b and c", each name once. */
function listNames(names: readonly string[]): string {
  const unique = [...new Set(names)];
  return unique.length <= 1 ? unique[0] ?? '' : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/** Why a line has no OME/MME, in a few words; the core's full sentence is listed at the total. */
function notConverted(line: MedicationLine, result: OmeResult & { ok: false }, profile: GuidanceProfile): string {
  const drug = drugName(line.drug);
  switch (result.reason) {
    case 'specialist-advice': return `Not converted: ${drug} needs specialist advice`;
    case 'excluded': return line.purpose === 'opioid-use-disorder'
      ? `Not converted: ${drug} for opioid use disorder is never converted to ${profile.unit}`
      : `Not converted: ${drug} is excluded from ${profile.unit}`;
    case 'no-factor': return `Not converted: ${profile.id === 'uk' ? 'Opioids Aware' : 'CDC 2022'} has no ${profile.unit} factor for ${drug}`;
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

function medicationRow(line: MedicationLine, result: OmeResult | undefined, profile: GuidanceProfile, locale: string): MedicationRow {
  const drug = drugName(line.drug);
  const purpose = line.purpose === 'opioid-use-disorder' ? 'opioid substitution treatment' : '';
  const product = line.product?.trim();
  const maximum = result?.ok === true && result.asNeededMaximum;
  return {
    name: product || capitalise(drug),
    detail: [product ? drug : '', purpose].filter(Boolean).join(', '),
    dose: doseInWords(line, locale),
    daily: dailyText(line, locale),
    equivalent: result === undefined ? 'Not converted: this line could not be read'
      : result.ok ? `${maximum ? 'at most ' : ''}${equivalentText(result.value, profile, locale)}`
      : notConverted(line, result, profile),
    converted: result?.ok === true,
    maximum,
  };
}

function totalModel(plan: OpioidPlan, profile: GuidanceProfile, locale: string, lines: OmeResult[], value: number, complete: boolean): TotalModel {
  const figure = equivalentText(value, profile, locale);
  const missing = plan.medications.filter((_, i) => lines[i]?.ok !== true).map((line) => drugName(line.drug));
  const names = listNames(missing);
  const includesMaximum = lines.some((line) => line.ok && line.asNeededMaximum);
  let text = figure;
  let short = figure;
  if (!complete) {
    const counted = value > 0 ? `at least ${figure}` : `no ${profile.unit} total can be given`;
    text = `Incomplete: ${counted} — ${names} could not be converted`;
    short = `Incomplete: ${value > 0 ? `at least ${figure}` : `no ${profile.unit} total`} — ${names} not converted`;
  } else if (includesMaximum) {
    short = `at most ${figure}`;
  }
  // An incomplete total can only be placed against a threshold it already reaches: the missing lines
  // can only add to it. Below the threshold, it cannot be placed at all.
  const band = doseBand(value, profile);
  const placeable = complete || (band !== undefined && band.id !== 'below-threshold');
  return {
    complete,
    text,
    short,
    reasons: [...new Set(lines.flatMap((line) => (line.ok ? [] : [line.message])))],
    includesMaximum,
    band: placeable ? band : undefined,
    bandUnknown: placeable ? '' : `Cannot be compared with the high-dose threshold of ${equivalentText(profile.highDoseThreshold, profile, locale)}: the total is incomplete.`,
  };
}

function dueDate(today: IsoDate, date: IsoDate | undefined, kind: 'review' | 'stop', format: (value: IsoDate) => string, locale: string): DueDate | undefined {
  if (date === undefined) return undefined;
  const relative = kind === 'review' ? relativeDays(today, date, locale) : { days: Number.NaN, text: daysLeftText(today, date, locale) };
  return { date: format(date), relative: relative.text, overdue: kind === 'review' && relative.days < 0 };
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

function taperModel(schedule: TaperResult | undefined, today: IsoDate, format: (value: IsoDate) => string, locale: string): TaperModel | undefined {
  if (schedule === undefined) return undefined;
  if (!schedule.ok) {
    return { description: '', current: '', next: '', problem: `The taper schedule cannot be worked out: ${schedule.issues.map((issue) => issue.message).join(' ')}` };
  }
  const unit = schedule.unit === 'ome' ? ' OME' : '';
  const drug = schedule.drug === undefined ? '' : `${drugName(schedule.drug)} `;
  const step: TaperStep | undefined = nextStep(schedule.steps, today);
  const now = currentStep(schedule.steps, today);
  const dose = (value: number) => `${drug}${formatMg(value, locale)} mg/day${unit}`;
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

export interface PlanCardOptions {
  guidance: Guidance;
  today: IsoDate;
  locale: string;
  /** A locally configured UK high-dose threshold (mg/day OME); ignored for US guidance. */
  threshold: number | undefined;
}

/** The card's words for `plan`, read under `guidance` on `today`. */
export function planCardModel(plan: OpioidPlan, options: PlanCardOptions): PlanCardModel {
  const { guidance, today, locale } = options;
  // Opioids Aware asks for the UK threshold to be configurable; CDC 2022's 50 MME/day is fixed.
  const threshold = guidance === 'uk' ? options.threshold : undefined;
  const profile = guidanceProfile(guidance, { highDoseThreshold: threshold });
  const total = totalDailyOme(plan.medications, { guidance });
  const format = (value: IsoDate) => formatDate(value, textLocale(locale), 'long');
  const flags = planFlags(plan, { guidance, today, threshold, locale });
  const schedule = plan.taper === undefined ? undefined : taperSchedule(plan.taper);
  return {
    plan,
    profile,
    indication: indicationName(plan.indication),
    guidanceName: `${profile.name} — ${profile.unitLong} (${profile.unit})`,
    rows: plan.medications.map((line, i) => medicationRow(line, total.lines[i], profile, locale)),
    drugs: capitalise(listNames(plan.medications.map((line) => drugName(line.drug)))),
    total: totalModel(plan, profile, locale, total.lines, total.value, total.complete),
    start: format(plan.startDate),
    review: dueDate(today, plan.reviewDate, 'review', format, locale),
    // A recorded stop date comes first; without one, a taper to 0 mg says when treatment ends.
    stop: dueDate(today, plan.stopDate, 'stop', format, locale) ?? taperEnd(schedule, today, format, locale),
    taper: taperModel(schedule, today, format, locale),
    flags,
    urgentCount: flags.filter((flag) => flag.severity === 'urgent').length,
    warningCount: flags.filter((flag) => flag.severity === 'warning').length,
    locale,
    date: format,
  };
}
