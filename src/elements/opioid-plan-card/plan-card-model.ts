/**
 * Everything the plan card shows, as words, from one validated plan: every number comes from the core
 * (`assessParsedPlan`: the total, band, taper schedule and flags in one pass over the plan the card
 * already validated; `dailyDoseOfParsedLine` per line), and every word from the
 * catalogues of the card's locale: the core's results through the core catalogue (`describeFlag`,
 * `describeBand`, `describeOmeFailure`, `describeTaper`, `describeDose`, dates and due dates), the card's
 * own phrases from its section (`cardSection`). No DOM; the templates in plan-card-templates.ts lay
 * this out.
 */
import { addDays, daysBetween, type IsoDate } from '../../core/dates.js';
import { assessParsedPlan, type FlagSeverity, type PlanFlag } from '../../core/flags.js';
import { IMPLAUSIBLE_TOTAL, doseBand, guidanceProfile, type DoseBand, type DoseBandId, type GuidanceProfile } from '../../core/guidance.js';
import { roundMg } from '../../core/text.js';
import { dailyDoseOfParsedLine, type OmeResult } from '../../core/ome.js';
import { linePurpose, substitutionAssumed, type PlanTotal } from '../../core/plan-total.js';
import type { Guidance } from '../../core/ids.js';
import type { CareTeamMember, MedicationLine, OpioidPlan } from '../../core/schema.js';
import { currentStep, nextStep, type TaperResult, type TaperStep } from '../../core/taper.js';
import { describeDaysLeft, describeDueDate, describeIssue, describeParsedDose, wordsFor } from '../../locales/core-words.js';
import { describeBand, describeFlag, describeOmeFailure } from '../../locales/result-words.js';
import { describeTaper } from '../../locales/taper-words.js';
import type { LocaleTag, Words } from '../../locales/types.js';
import { capitalise } from '../../locales/read.js';
import { cardSection, type CardWords, type CompactBandId } from '../../locales/card/index.js';
import type { FhirCardModel } from './plan-card-fhir.js';

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

export interface BandModel {
  id: DoseBandId;
  /** The core's phrase for the band, in the card's locale. */
  text: string;
  /** The citation, as the core gives it (sources stay one copy, in the core). */
  source: string;
  /** The compact card's few words ("reassess before any increase: at or above 50 MME/day"), for the bands worth a word there. */
  compact: string;
}

export interface TotalModel {
  complete: boolean;
  /** The total is not a number anyone takes (a unit or typing error): it is not shown as a number. */
  implausible: boolean;
  /** The headline: "120 mg/day OME", or "Incomplete: at least 45 mg/day OME — methadone could not be converted". */
  text: string;
  /** Short form for the compact card. */
  short: string;
  /** Why lines were not counted, in the core catalogue's sentences. */
  reasons: string[];
  /** Some line is an as-needed maximum: the total is a worst case. */
  includesMaximum: boolean;
  /** From the core's `doseBand`, told whether the total is complete (`incomplete`: it cannot be placed). */
  band: BandModel | undefined;
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

export interface FlagModel {
  id: string;
  severity: FlagSeverity;
  /** "Urgent", "Warning", "For information" in the card's locale. */
  severityText: string;
  text: string;
  source: string;
}

export interface ConcurrentRow {
  kind: string;
  /** Name and dose as recorded (free text), or the catalogue's drug name. */
  text: string;
}

export interface PlanCardModel {
  plan: OpioidPlan;
  /** For a plan read from FHIR: per-line assumptions, the resources not counted, the plan's own notes. */
  record?: FhirCardModel;
  /** The catalogue tag the words are in (the card marks its content with it as `lang`). */
  tag: LocaleTag;
  /** The card's own phrases in that locale. */
  words: CardWords;
  /** Risk factors recorded on the plan, in words (history of overdose, of substance use disorder). */
  riskFactors: string[];
  careTeam: CareTeamRow[];
  concurrent: ConcurrentRow[];
  unit: 'OME' | 'MME';
  /** "oral morphine equivalent". */
  unitLong: string;
  /** The cautions that go with every figure in this unit (REFERENCE.md §1). */
  cautions: readonly string[];
  indication: string;
  /** "UK: Opioids Aware (FPM/RCoA, 2020)". */
  guidanceTitle: string;
  /** "UK: Opioids Aware (FPM/RCoA, 2020) — oral morphine equivalent (OME)". */
  guidanceName: string;
  rows: MedicationRow[];
  drugs: string;
  total: TotalModel;
  start: string;
  review: DueDate | undefined;
  stop: DueDate | undefined;
  taper: TaperModel | undefined;
  flags: FlagModel[];
  urgentCount: number;
  warningCount: number;
  date: (value: IsoDate) => string;
  /** The locale's formatters (counts, plural forms through `Intl.PluralRules`). */
  format: Words;
}

/** What every part of the model needs: the locale's words and the guidance read. */
interface Speaker {
  tag: LocaleTag;
  w: Words;
  c: CardWords;
  profile: GuidanceProfile;
  plan: OpioidPlan;
  today: IsoDate;
  date: (value: IsoDate) => string;
  record?: FhirCardModel;
}

/** Why a line has no OME/MME, in a few words; the core catalogue's full sentence is listed at the total. */
function notConverted(line: MedicationLine, result: OmeResult & { ok: false }, s: Speaker): string {
  const drug = s.w.drug(line.drug);
  const { unit } = s.profile;
  const words = s.c.row.notConverted;
  switch (result.reason) {
    case 'specialist-advice': return words.specialistAdvice(drug);
    case 'excluded': return linePurpose(line, s.plan) === 'opioid-use-disorder' ? words.substitution(drug, unit) : words.excluded(drug, unit);
    case 'no-factor': return words.noFactor(s.c.guidanceShortName[s.profile.id], unit, drug);
    default: return words.unreadable;
  }
}

function dailyText(line: MedicationLine, s: Speaker): string {
  const dose = dailyDoseOfParsedLine(line);
  if (!dose.ok) return '';
  const amount = s.w.mg(dose.value);
  if (dose.unit === 'microgram/hour') return s.c.row.patchDaily(amount);
  return dose.asNeededMaximum ? s.c.row.upToDaily(amount) : s.c.row.daily(amount);
}

function medicationRow(line: MedicationLine, result: OmeResult | undefined, s: Speaker): MedicationRow {
  const drug = s.w.drug(line.drug);
  const purpose = linePurpose(line, s.plan) !== 'opioid-use-disorder' ? ''
    : substitutionAssumed(line, s.plan) ? s.c.row.substitutionAssumed : s.c.row.substitution;
  const source = line.source === 'over-the-counter' ? s.c.row.overTheCounter : '';
  const product = line.product?.trim();
  const maximum = result?.ok === true && result.asNeededMaximum;
  const figure = result?.ok === true ? s.w.dose(result.value, s.profile.unit) : '';
  return {
    name: product || capitalise(drug),
    detail: [product ? drug : '', purpose, source].filter(Boolean).join(', '),
    dose: describeParsedDose(line, s.tag),
    daily: dailyText(line, s),
    equivalent: result === undefined ? s.c.row.notConverted.unreadable
      // A line above the plausibility limit is a unit or typing slip: never shown as a number, like the total.
      : result.ok && roundMg(result.value) > IMPLAUSIBLE_TOTAL ? s.c.implausibleLine
      : result.ok ? (maximum ? s.c.atMost(figure) : figure)
      : notConverted(line, result, s),
    converted: result?.ok === true,
    maximum,
  };
}

const COMPACT_BANDS: readonly CompactBandId[] = ['high-dose', 'specialist-referral', 'reassess'];
const isCompactBand = (id: DoseBandId): id is CompactBandId => (COMPACT_BANDS as readonly DoseBandId[]).includes(id);

function bandModel(band: DoseBand | undefined, s: Speaker): BandModel | undefined {
  if (band === undefined) return undefined;
  const compact = isCompactBand(band.id) ? s.c.compact.bandAt(s.c.compact.band[band.id], s.w.dose(band.threshold, s.profile.unit)) : '';
  const { setLocally, replacedThreshold } = band.params;
  const source = setLocally && replacedThreshold !== undefined
    ? s.c.localSource(s.w.dose(replacedThreshold, band.params.unit), band.source) : band.source;
  return { id: band.id, text: describeBand(band, s.tag), source, compact };
}

/** `known`: the core's band for the total as the core read it (`assessParsedPlan`), when there is one. */
function totalModel(total: PlanTotal, known: DoseBand | undefined, s: Speaker): TotalModel {
  const { value, lines, asNeededMaximum: includesMaximum } = total;
  // A medicine in the FHIR record that could not be read is missing from the total as surely as one
  // that could not be converted: the total is incomplete, and says why in the record's words.
  const missing = total.complete && (s.record?.gaps ?? 0) > 0 ? s.record : undefined;
  const complete = total.complete && missing === undefined;
  const { unit } = s.profile;
  const words = s.c.total;
  // The core's band is the card's whenever the record leaves nothing out and the total can be placed;
  // otherwise (a FHIR gap, an implausible total, which the card names as a band) it is worked out here.
  const band = missing === undefined && known !== undefined ? known : doseBand(value, s.profile, { complete, indication: s.plan.indication });
  const figure = s.w.dose(value, unit);
  const names = s.w.names(total.notConvertedDrugs.map((drug) => ({ drug })));
  let text = figure;
  let short = figure;
  const implausible = band === undefined || band.id === 'implausible';
  if (implausible) {
    // Never shown as a number (nor as "∞"): a total no one takes means a dose or unit was mistyped.
    text = words.implausible(unit);
    short = words.implausibleShort(unit);
  } else if (missing) {
    text = missing.incomplete(value > 0 ? words.atLeast(figure) : words.noTotal(unit));
    short = missing.incompleteShort(value > 0 ? words.atLeast(figure) : words.noTotalShort(unit));
  } else if (!complete) {
    text = words.incomplete(value > 0 ? words.atLeast(figure) : words.noTotal(unit), names);
    short = words.incompleteShort(value > 0 ? words.atLeast(figure) : words.noTotalShort(unit), names);
  } else if (includesMaximum) {
    short = s.c.atMost(figure);
  }
  return {
    complete,
    implausible,
    text,
    short,
    reasons: [...new Set(lines.flatMap((line) => (line.ok ? [] : [describeOmeFailure(line, s.tag)])).filter(Boolean))],
    includesMaximum,
    band: bandModel(band, s),
  };
}

function dueDate(date: IsoDate | undefined, kind: 'review' | 'stop', s: Speaker): DueDate | undefined {
  if (date === undefined) return undefined;
  const relative = kind === 'review' ? describeDueDate(s.today, date, s.tag) : { days: Number.NaN, text: describeDaysLeft(s.today, date, s.tag) };
  const due: DueDate = { date: s.date(date), relative: relative.text, overdue: kind === 'review' && relative.days < 0 };
  // REFERENCE.md §3: the stop date is the first day without the medicine, so the last dose is the day before.
  if (kind === 'stop') due.lastDose = s.date(addDays(date, -1));
  return due;
}

/** The day a taper that can be worked out reaches 0 mg: "9 March 2027", "in 108 days" / "3 days ago". */
function taperEnd(schedule: TaperResult | undefined, s: Speaker): DueDate | undefined {
  const last = schedule?.ok ? schedule.steps[schedule.steps.length - 1] : undefined;
  if (last === undefined || last.dose !== 0) return undefined;
  const ago = -daysBetween(s.today, last.date);
  const relative = ago > 0 ? s.w.plural(ago, s.c.dates.daysAgo) : describeDueDate(s.today, last.date, s.tag).text;
  return { date: s.date(last.date), relative, overdue: false, fromTaper: true };
}

function taperModel(schedule: TaperResult | undefined, s: Speaker): TaperModel | undefined {
  if (schedule === undefined) return undefined;
  const words = s.c.taper;
  if (!schedule.ok) {
    return { description: '', current: '', next: '', problem: words.cannotWorkOut(schedule.issues.map((issue) => describeIssue(issue, s.tag)).join(' ')) };
  }
  const drug = schedule.drug === undefined ? '' : s.w.drug(schedule.drug);
  const step: TaperStep | undefined = nextStep(schedule.steps, s.today);
  const now = currentStep(schedule.steps, s.today);
  // A taper in morphine equivalents is named in the guidance's unit ("54 MME/day"), never as a dose of
  // the drug ("hydrocodone 54 mg/day OME" would read as hydrocodone milligrams); in mg it is the drug's.
  const dose = (value: number) => (schedule.unit === 'ome'
    ? s.w.dose(value, s.profile.unit)
    : drug ? words.drugDose(drug, s.w.mg(value)) : s.c.row.daily(s.w.mg(value)));
  const when = (value: IsoDate) => words.when(s.date(value), describeDueDate(s.today, value, s.tag).text);
  const next = step === undefined
    ? words.finished(s.date(schedule.summary.endDate))
    : step.isStop
      ? words.nextStop(drug || words.theOpioid, when(step.date))
      : words.next(dose(step.dose), when(step.date));
  const current = now === undefined
    ? words.starts(when(schedule.startDate), dose(schedule.startDose))
    : now.isStop ? '' : words.now(dose(now.dose), s.date(now.date));
  return { description: capitalise(describeTaper(schedule, s.tag)), current, next, problem: '' };
}

function careTeamRows(s: Speaker): CareTeamRow[] {
  const words = s.c.careTeam;
  return (s.plan.careTeam ?? []).map((member: CareTeamMember) => {
    const duties = member.responsibilities ?? [];
    const prescribes = duties.includes('prescribes');
    const reviews = duties.includes('reviews');
    return {
      role: words.role[member.role],
      who: [member.name, member.team, member.contact].filter((part): part is string => (part?.trim() ?? '') !== ''),
      responsibilities: prescribes && reviews ? words.prescribesAndReviews : prescribes ? words.prescribes : reviews ? words.reviews : '',
    };
  });
}

function concurrentRows(s: Speaker): ConcurrentRow[] {
  const words = s.c.concurrent;
  return (s.plan.concurrentMedicines ?? []).map((medicine) => ({
    kind: words.kind[medicine.kind],
    text: [medicine.name ?? (medicine.drug ? s.w.drug(medicine.drug) : ''), medicine.dose].filter(Boolean).join(', ') || words.nameNotRecorded,
  }));
}

function riskFactorWords(s: Speaker): string[] {
  const factors = s.plan.riskFactors ?? {};
  return [
    factors.overdoseHistory === true ? s.c.concurrent.overdoseHistory : '',
    factors.substanceUseDisorder === true ? s.c.concurrent.substanceUseDisorder : '',
  ].filter(Boolean);
}

export interface PlanCardOptions {
  guidance: Guidance;
  today: IsoDate;
  /** The catalogue the card speaks (resolved by its LocaleController). */
  tag: LocaleTag;
  /** A locally configured UK high-dose threshold (mg/day OME); it never changes the US one. */
  threshold: number | undefined;
  /** The FHIR record's words, when the plan was read from FHIR. */
  record?: FhirCardModel;
}

/**
 * The pieces of the last model a card built, each with what it was made from, so that an update that
 * changes only `today` or a date (the review date moved) does not word the medicines, the total, the
 * care team or the other medicines again, and hands the templates the same objects (which they skip
 * with `guard`). Inputs are compared by value: the plan is a new object after every `parsePlan`.
 */
export class PlanCardMemo {
  private readonly slots = new Map<string, { deps: readonly unknown[]; value: unknown }>();

  get<T>(slot: string, deps: readonly unknown[], make: () => T): T {
    const known = this.slots.get(slot);
    if (known && known.deps.length === deps.length && known.deps.every((dep, i) => Object.is(dep, deps[i]))) return known.value as T;
    const value = make();
    this.slots.set(slot, { deps, value });
    return value;
  }

  /** `value`, or the one kept in `slot` when `equal` says they read the same (then the templates can skip it). */
  keep<T>(slot: string, value: T, equal: (a: T, b: T) => boolean): T {
    const known = this.slots.get(slot);
    if (known && equal(known.value as T, value)) return known.value as T;
    this.slots.set(slot, { deps: [], value });
    return value;
  }
}

/** Plain data (a parsed plan's parts) as text, to compare by value; '' for nothing. */
const valueKey = (value: unknown): string => (value === undefined ? '' : JSON.stringify(value));

const sameFlags = (a: readonly FlagModel[], b: readonly FlagModel[]) => a.length === b.length
  && a.every((flag, i) => flag.id === b[i]?.id && flag.severity === b[i]?.severity && flag.text === b[i]?.text && flag.source === b[i]?.source && flag.severityText === b[i]?.severityText);

/** The card's words for `plan` (a plan `parsePlan` returned), read under `guidance` on `today`, in the catalogues of `tag`. */
export function planCardModel(plan: OpioidPlan, options: PlanCardOptions, memo: PlanCardMemo = new PlanCardMemo()): PlanCardModel {
  const { guidance, today, tag, record } = options;
  // Opioids Aware asks for the UK threshold to be configurable; it never replaces CDC 2022's 50 MME/day.
  const threshold = options.threshold;
  const profile = guidanceProfile(guidance, { highDoseThreshold: guidance === 'uk' ? threshold : undefined });
  const w = wordsFor(tag);
  const catalogue = w.catalogue;
  const date = (value: IsoDate) => w.date(value, 'long');
  const s: Speaker = { tag, w, c: cardSection.get(tag), profile, plan, today, date, ...(record ? { record } : {}) };
  // One pass of the core over the plan the card already validated: total, band, schedule and flags.
  const assessment = assessParsedPlan(plan, { guidance, today, threshold });
  const total = assessment.ok ? assessment.total : undefined;
  const schedule = assessment.ok ? assessment.schedule : undefined;
  const coreFlags: PlanFlag[] = assessment.flags;
  const unitLong = catalogue.unit[profile.unit].long;
  const guidanceTitle = catalogue.guidance[profile.id];
  // What the medicines' words depend on: the lines, the plan's indication (a line's purpose), the guidance read and the words.
  const lines = [valueKey(plan.medications), plan.indication, profile.id, profile.highDoseThreshold, tag];
  const flags = memo.keep('flags', coreFlags.map((flag): FlagModel => ({
    id: flag.id, severity: flag.severity, severityText: catalogue.severity[flag.severity], text: describeFlag(flag, tag), source: flag.sources.join('; '),
  })), sameFlags);
  return {
    plan,
    ...(record ? { record } : {}),
    tag,
    words: s.c,
    riskFactors: memo.get('riskFactors', [valueKey(plan.riskFactors), tag], () => riskFactorWords(s)),
    careTeam: memo.get('careTeam', [valueKey(plan.careTeam), tag], () => careTeamRows(s)),
    concurrent: memo.get('concurrent', [valueKey(plan.concurrentMedicines), tag], () => concurrentRows(s)),
    unit: profile.unit,
    unitLong,
    cautions: memo.get('cautions', [profile.unit, tag], () => catalogue.cautions(profile.unit)),
    indication: catalogue.indication[plan.indication],
    guidanceTitle,
    guidanceName: catalogue.guidance.label(guidanceTitle, unitLong, profile.unit),
    rows: memo.get('rows', lines, () => plan.medications.map((line, i) => medicationRow(line, total?.lines[i], s))),
    drugs: memo.get('drugs', [valueKey(plan.medications), tag], () => capitalise(w.names(plan.medications.map((line) => ({ drug: line.drug }))))),
    total: memo.get('total', [...lines, record], () => totalModel(total ?? UNREAD_TOTAL, assessment.ok ? assessment.band : undefined, s)),
    start: date(plan.startDate),
    review: dueDate(plan.reviewDate, 'review', s),
    // A recorded stop date comes first; without one, a taper to 0 mg says when treatment ends.
    stop: dueDate(plan.stopDate, 'stop', s) ?? taperEnd(schedule, s),
    taper: taperModel(schedule, s),
    flags,
    urgentCount: coreFlags.filter((flag) => flag.severity === 'urgent').length,
    warningCount: coreFlags.filter((flag) => flag.severity === 'warning').length,
    date,
    format: w,
  };
}

/** What the core gives for a plan it could not read: an incomplete zero (only a hostile plan object gets here). */
const UNREAD_TOTAL: PlanTotal = { value: 0, complete: false, lines: [], notConverted: [], notConvertedDrugs: [], asNeededMaximum: false };
