/**
 * The two guidances the library speaks: UK (Opioids Aware, oral morphine equivalents, OME) and US
 * (CDC 2022, morphine milligram equivalents, MME). A profile holds the thresholds and the wording an
 * element needs to show a total dose; the conversion tables themselves live in `ome.ts`.
 *
 * Sources (clinical/REFERENCE.md §1–2):
 * - Faculty of Pain Medicine (RCoA), Opioids Aware, 2020, and its 2025 update as reported in secondary
 *   sources (REFERENCE.md §2 marks it [S]: the wording says "reported" wherever it is cited).
 * - Dowell D et al. CDC Clinical Practice Guideline for Prescribing Opioids for Pain, 2022.
 *   MMWR Recomm Rep 2022;71(RR-3).
 * - Sheffield NHS opioid guidance, citing Opioids Aware (specialist referral).
 */
import { GUIDANCES, type Guidance, type Indication } from './ids.js';
import { formatMg, roundMg } from './text.js';

export interface GuidanceProfile {
  id: Guidance;
  unit: 'OME' | 'MME';
  unitLong: string;
  name: string;
  /**
   * mg/day at or above which the guidance asks for a dose review: a "high dose" in the UK (Opioids
   * Aware); in the US, CDC 2022 rec. 4's 50 MME/day, which is *not* called a high dose: "reassess
   * benefits and risks before any increase" (see `thresholdMeaning`).
   */
  highDoseThreshold: number;
  /** What reaching `highDoseThreshold` means: 'high-dose' (UK) or 'reassess' (US, CDC 2022 rec. 4). */
  thresholdMeaning: 'high-dose' | 'reassess';
  /** Citation for the threshold in use (says so when it was configured locally). */
  highDoseSource: string;
  /** The same citation, short, for brackets inside a sentence: "CDC 2022, recommendation 4", "set locally". */
  highDoseCitation: string;
  /** The guidance in two words, for phrases such as "Opioids Aware has no OME factor for hydrocodone". */
  shortName: string;
  /** mg/day at or above which naloxone should be offered; only CDC 2022 sets one. */
  naloxoneThreshold: number | undefined;
  /** mg/day at or above which to refer to specialist services; only the UK guidance sets one. */
  specialistReferralThreshold: number | undefined;
  /** Plain sentences to show beside every OME/MME total (REFERENCE.md §1). */
  cautions: readonly string[];
}

/**
 * Opioids Aware update, late 2025 (reported): "high dose" lowered from 120 to 90 mg/day OME;
 * OpenPrescribing moved its high-dose measures to ≥ 90 mg/day in November 2025.
 */
export const UK_HIGH_DOSE_DEFAULT = 90;
/**
 * Opioids Aware key message (before 2025): "The risk of harm increases substantially at doses above
 * an oral morphine equivalent of 120mg/day, but there is no increased benefit." Kept for services
 * that still configure it.
 */
export const UK_HIGH_DOSE_OLDER = 120;
/**
 * CDC 2022, recommendation 4: at or above 50 MME/day, reassess benefits and risks before any increase.
 * Not a "high dose" and not a point to taper (tapering is rec. 5, only when risks outweigh benefits).
 */
const US_HIGH_DOSE = 50;
/** CDC 2022, recommendation 4: at ≥ 50 MME/day offer naloxone and overdose education. */
const US_NALOXONE = 50;
/** Sheffield NHS guidance citing Opioids Aware: refer to specialist services above ~300 mg/day OME. */
const UK_SPECIALIST_REFERRAL = 300;

// [S] in REFERENCE.md §2: seen only in secondary reports, so it is cited as reported, not as settled.
const UK_HIGH_DOSE_SOURCE = 'Opioids Aware (FPM/RCoA), reported late-2025 update: high dose lowered from 120 to 90 mg/day OME; OpenPrescribing high-dose measures ≥ 90 mg/day, November 2025';
const US_HIGH_DOSE_SOURCE = 'CDC Clinical Practice Guideline 2022, recommendation 4, MMWR RR-71(3)';
const UK_REFERRAL_SOURCE = 'Sheffield NHS opioid guidance, citing Opioids Aware: refer to specialist services above about 300 mg/day OME';

function cautions(unit: 'OME' | 'MME', plural: string): readonly string[] {
  return Object.freeze([
    `${plural} (${unit}) are approximate and do not account for individual variation.`,
    `${unit} figures estimate total opioid load and risk; they must not be used to calculate a dose when switching opioids, where the new opioid is usually started 25–50% lower than the calculated equivalent.`,
    'Methadone and fentanyl patches need particular caution.',
    `Methadone or buprenorphine doses for opioid substitution treatment (opioid use disorder) are not converted to ${unit}.`,
    `When a medicine cannot be converted, the ${unit} total is incomplete and says so.`,
  ]);
}

const PROFILES: Readonly<Record<Guidance, GuidanceProfile>> = {
  uk: {
    id: 'uk',
    unit: 'OME',
    unitLong: 'oral morphine equivalent',
    name: 'UK: Opioids Aware (FPM/RCoA, 2020)',
    highDoseThreshold: UK_HIGH_DOSE_DEFAULT,
    thresholdMeaning: 'high-dose',
    highDoseSource: UK_HIGH_DOSE_SOURCE,
    highDoseCitation: 'Opioids Aware, reported 2025 update',
    shortName: 'Opioids Aware',
    naloxoneThreshold: undefined,
    specialistReferralThreshold: UK_SPECIALIST_REFERRAL,
    cautions: cautions('OME', 'Oral morphine equivalents'),
  },
  us: {
    id: 'us',
    unit: 'MME',
    unitLong: 'morphine milligram equivalents',
    name: 'US: CDC Clinical Practice Guideline (2022)',
    highDoseThreshold: US_HIGH_DOSE,
    thresholdMeaning: 'reassess',
    highDoseSource: US_HIGH_DOSE_SOURCE,
    highDoseCitation: 'CDC 2022, recommendation 4',
    shortName: 'CDC 2022',
    naloxoneThreshold: US_NALOXONE,
    specialistReferralThreshold: undefined,
    cautions: cautions('MME', 'Morphine milligram equivalents'),
  },
};

/** 'uk' or 'us'; anything else (a typo, a missing attribute) is read as 'uk', the library default. */
export function resolveGuidance(value: unknown): Guidance {
  return GUIDANCES.find((id) => id === value) ?? 'uk';
}

/**
 * The guidance and its unit, as the UI names them wherever an OME/MME figure shows:
 * "UK: Opioids Aware (FPM/RCoA, 2020) — oral morphine equivalent (OME)".
 */
export function guidanceLabel(profile: Pick<GuidanceProfile, 'name' | 'unitLong' | 'unit'>): string {
  // '' rather than "undefined — undefined" for something that is not a profile.
  const { name, unitLong, unit } = typeof profile === 'object' && profile !== null ? profile : ({} as Partial<GuidanceProfile>);
  if (typeof name !== 'string' || typeof unitLong !== 'string' || typeof unit !== 'string') return '';
  return `${name} — ${unitLong} (${unit})`;
}

/**
 * The unit as each guidance writes a daily dose: "mg/day OME" (UK) or "MME/day" (US); with
 * `perDay: false`, an amount where the sentence already says "a day": "mg OME" or "MME".
 */
export function dailyDoseUnit(profile: Pick<GuidanceProfile, 'unit'>, options?: { perDay?: boolean }): string {
  const perDay = options?.perDay !== false;
  // '' for something that is not a profile: never a unit the caller did not ask for.
  const unit: unknown = typeof profile === 'object' && profile !== null ? profile.unit : undefined;
  if (unit !== 'OME' && unit !== 'MME') return '';
  return unit === 'OME' ? (perDay ? 'mg/day OME' : 'mg OME') : (perDay ? 'MME/day' : 'MME');
}

/**
 * "90 mg/day OME" (UK) or "50 MME/day" (US), rounded for reading (`formatMg`: "1,200", "52.5"). The one
 * formatter for a daily OME/MME figure: flags, bands, the plan card and the taper chart all use it.
 */
export function formatDailyDose(value: number, profile: Pick<GuidanceProfile, 'unit'>, locale?: string): string {
  const amount = formatMg(value, locale);
  const unit = dailyDoseUnit(profile);
  // '' when either part is missing: never " mg/day OME" without its number.
  return amount !== '' && unit !== '' ? `${amount} ${unit}` : '';
}

/**
 * A locally set threshold outside this range is a typing mistake (1200 for 120, 9 for 90), not a
 * policy: it is reported as an error rather than quietly making every total "below the threshold".
 * 20 is CDC 2022's lowest dose band; 500 is well above the ~300 mg/day at which UK guidance already
 * refers to specialist services.
 */
export const THRESHOLD_RANGE = Object.freeze({ min: 20, max: 500 });

/** A threshold set for one guidance only: a number is the UK's (Opioids Aware asks for it to be configurable). */
export type ThresholdSetting = number | Partial<Record<Guidance, number>>;

export type ThresholdCheck =
  | { ok: true; value: number | undefined }
  | { ok: false; code: 'threshold-out-of-range' | 'threshold-not-a-number'; params: { value: unknown; min: number; max: number; guidance: Guidance } };

/**
 * The locally set threshold that applies to `guidance`: a plain number is a UK threshold (CDC 2022's
 * 50 MME/day is not changed by it); `{ us: 60 }` sets the US one. `value: undefined` when none applies.
 * Never throws.
 */
export function thresholdFor(setting: unknown, guidance: unknown): ThresholdCheck {
  const id = resolveGuidance(guidance);
  let value: unknown;
  if (setting === undefined || setting === null || setting === '') return { ok: true, value: undefined };
  if (typeof setting === 'object') value = GUIDANCES.includes(id) ? (setting as Partial<Record<string, unknown>>)[id] : undefined;
  else value = id === 'uk' ? setting : undefined;
  if (value === undefined) return { ok: true, value: undefined };
  const params = { value, min: THRESHOLD_RANGE.min, max: THRESHOLD_RANGE.max, guidance: id };
  if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, code: 'threshold-not-a-number', params };
  if (value < THRESHOLD_RANGE.min || value > THRESHOLD_RANGE.max) return { ok: false, code: 'threshold-out-of-range', params };
  return { ok: true, value };
}

/**
 * The profile for `guidance`. A service may set its own high-dose threshold (Opioids Aware asks for
 * it to be configurable); anything that is not a number in `THRESHOLD_RANGE` keeps the default (callers
 * check it first with `thresholdFor`, which reports it), and a custom threshold's source says it was set
 * locally and which default it replaced.
 */
export function guidanceProfile(guidance?: Guidance | unknown, options?: { highDoseThreshold?: number }): GuidanceProfile {
  const base = PROFILES[resolveGuidance(guidance)];
  const custom: unknown = typeof options === 'object' && options !== null ? options.highDoseThreshold : undefined;
  if (!isPositive(custom) || custom < THRESHOLD_RANGE.min || custom > THRESHOLD_RANGE.max || custom === base.highDoseThreshold) {
    return base;
  }
  return {
    ...base,
    highDoseThreshold: custom,
    highDoseSource: `Locally configured (replaces the default of ${formatDailyDose(base.highDoseThreshold, base)}: ${base.highDoseSource})`,
    highDoseCitation: 'set locally',
  };
}

/**
 * Totals above this are not shown as a number: far beyond any dose described even in palliative care,
 * they are almost always a unit or typing error (micrograms entered as mg, an extra zero). The plan gets
 * an urgent flag instead (flags.ts `implausible-total`).
 */
export const IMPLAUSIBLE_TOTAL = 10_000;

/** CDC 2022 does not apply to cancer pain, palliative or end-of-life care (REFERENCE.md §2, scope). */
export function outsideCdcScope(indication: unknown): boolean {
  return indication === 'cancer' || indication === 'end-of-life';
}

/**
 * - `incomplete`: the total is incomplete (a medicine could not be converted) and below the threshold,
 *   so it cannot be placed against it at all.
 * - `high-dose` (UK) / `reassess` (US, CDC 2022 rec. 4): at or above the guidance's threshold.
 * - `information`: UK, a cancer or end-of-life plan at or above the threshold: told, never "taper".
 * - `outside-scope`: US, a cancer or end-of-life plan: CDC 2022 gives no dose advice there.
 * - `implausible`: a total above `IMPLAUSIBLE_TOTAL`: not shown as a number.
 */
export type DoseBandId = 'below-threshold' | 'incomplete' | 'high-dose' | 'reassess' | 'information'
  | 'specialist-referral' | 'outside-scope' | 'implausible';

export interface DoseBand {
  id: DoseBandId;
  /** What the band's phrase needs (`describeBand` in the locales): threshold, unit, and `naloxone` for US. */
  params: { threshold: number; unit: 'OME' | 'MME'; naloxone?: boolean };
  /** One plain phrase for the UI, e.g. "Below the high-dose threshold of 90 mg/day OME". */
  label: string;
  /** The threshold (mg/day) this band is measured against. */
  threshold: number;
  source: string;
}

/** CDC 2022 scope, quoted in the HL7 opioid-cds-r4 PlanDefinitions. */
const CDC_SCOPE_SOURCE = 'CDC Clinical Practice Guideline 2022, scope: not for sickle cell disease, cancer-related pain, palliative or end-of-life care';

/**
 * Where a total daily OME/MME sits against the profile's thresholds. `undefined` when the total is
 * not a number we can place (NaN, negative, infinite): an element then shows no band rather than a
 * wrong one.
 *
 * The total is compared as it is shown (`roundMg`), so a shown "90" is never "below 90".
 * `complete: false` (the total left out a medicine it could not convert): the total is placed only
 * against a threshold it already reaches, since the missing medicines can only add to it; below the
 * threshold it is `incomplete`, never "below". `indication`: cancer and end-of-life plans get
 * information (UK) or no dose advice at all (US, outside CDC 2022's scope). Flags, the plan card and any
 * other caller share this one rule.
 */
export function doseBand(totalMgPerDay: number, profile: GuidanceProfile,
  options?: { complete?: boolean; indication?: Indication | string }): DoseBand | undefined {
  if (!(Number.isFinite(totalMgPerDay) && totalMgPerDay >= 0) || !isUsableProfile(profile)) return undefined;
  const opts = typeof options === 'object' && options !== null ? options : {};
  const complete = opts.complete !== false;
  const total = roundMg(totalMgPerDay);
  const { highDoseThreshold: high, highDoseSource, specialistReferralThreshold: referral, naloxoneThreshold: naloxone } = profile;
  const us = profile.unit === 'MME';
  if (total > IMPLAUSIBLE_TOTAL) {
    return {
      id: 'implausible',
      params: { threshold: IMPLAUSIBLE_TOTAL, unit: profile.unit },
      label: `Not shown: a total above ${formatDailyDose(IMPLAUSIBLE_TOTAL, profile)} is almost certainly a unit or typing error; check every dose`,
      threshold: IMPLAUSIBLE_TOTAL,
      source: 'opioid-elements plausibility check',
    };
  }
  const noDoseAdvice = outsideCdcScope(opts.indication);
  if (us && noDoseAdvice) {
    return {
      id: 'outside-scope',
      params: { threshold: high, unit: profile.unit },
      label: 'No dose advice: CDC 2022 does not cover cancer pain, palliative or end-of-life care',
      threshold: high,
      source: CDC_SCOPE_SOURCE,
    };
  }
  if (referral !== undefined && total >= referral && !noDoseAdvice) {
    return {
      id: 'specialist-referral',
      params: { threshold: referral, unit: profile.unit },
      label: `At or above ${formatDailyDose(referral, profile)}: refer to specialist services`,
      threshold: referral,
      source: UK_REFERRAL_SOURCE,
    };
  }
  if (total >= high) {
    if (noDoseAdvice) {
      return {
        id: 'information',
        params: { threshold: high, unit: profile.unit },
        label: `At or above the high-dose threshold of ${formatDailyDose(high, profile)}, for information: in cancer pain and at the end of life the dose follows the illness`,
        threshold: high,
        source: highDoseSource,
      };
    }
    if (us) {
      const offerNaloxone = naloxone !== undefined && high >= naloxone;
      return {
        id: 'reassess',
        params: { threshold: high, unit: profile.unit, naloxone: offerNaloxone },
        label: `At or above ${formatDailyDose(high, profile)}: reassess benefits and risks before any increase${offerNaloxone ? '; offer naloxone' : ''}`,
        threshold: high,
        source: highDoseSource,
      };
    }
    return {
      id: 'high-dose',
      params: { threshold: high, unit: profile.unit },
      label: `At or above the high-dose threshold of ${formatDailyDose(high, profile)}: review the plan with the patient`,
      threshold: high,
      source: highDoseSource,
    };
  }
  if (!complete) {
    return {
      id: 'incomplete',
      params: { threshold: high, unit: profile.unit },
      label: us
        ? `Cannot be compared with ${formatDailyDose(high, profile)}: the total is incomplete`
        : `Cannot be compared with the high-dose threshold of ${formatDailyDose(high, profile)}: the total is incomplete`,
      threshold: high,
      source: highDoseSource,
    };
  }
  const label = us
    ? `Below ${formatDailyDose(high, profile)}: reassess benefits and risks before any increase to ${formatMg(high)} or more`
    : `Below the high-dose threshold of ${formatDailyDose(high, profile)}`;
  return { id: 'below-threshold', params: { threshold: high, unit: profile.unit }, label, threshold: high, source: highDoseSource };
}

function isPositive(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/** Callers in plain JavaScript can pass anything; a band needs a known guidance and a real threshold. */
function isUsableProfile(profile: unknown): profile is GuidanceProfile {
  if (typeof profile !== 'object' || profile === null) return false;
  const { id, highDoseThreshold } = profile as Partial<GuidanceProfile>;
  return GUIDANCES.some((known) => known === id) && isPositive(highDoseThreshold);
}
