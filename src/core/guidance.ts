/**
 * The two guidances the library speaks: UK (Opioids Aware, oral morphine equivalents, OME) and US
 * (CDC 2022, morphine milligram equivalents, MME). A profile holds the thresholds and the wording an
 * element needs to show a total dose; the conversion tables themselves live in `ome.ts`.
 *
 * Sources (clinical/REFERENCE.md §1–2):
 * - Faculty of Pain Medicine (RCoA), Opioids Aware, 2020, and its reported 2025 update.
 * - Dowell D et al. CDC Clinical Practice Guideline for Prescribing Opioids for Pain, 2022.
 *   MMWR Recomm Rep 2022;71(RR-3).
 * - Sheffield NHS opioid guidance, citing Opioids Aware (specialist referral).
 */
import { GUIDANCES, type Guidance } from './ids.js';

export interface GuidanceProfile {
  id: Guidance;
  unit: 'OME' | 'MME';
  unitLong: string;
  name: string;
  /** mg/day at or above which a total counts as a high dose. */
  highDoseThreshold: number;
  /** Citation for the threshold in use (says so when it was configured locally). */
  highDoseSource: string;
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
/** CDC 2022, recommendation 4: pause and reassess before increasing to ≥ 50 MME/day. */
const US_HIGH_DOSE = 50;
/** CDC 2022, recommendation 4: at ≥ 50 MME/day offer naloxone and overdose education. */
const US_NALOXONE = 50;
/** Sheffield NHS guidance citing Opioids Aware: refer to specialist services above ~300 mg/day OME. */
const UK_SPECIALIST_REFERRAL = 300;

const UK_HIGH_DOSE_SOURCE = 'Opioids Aware (FPM/RCoA) update, 2025: high dose lowered from 120 to 90 mg/day OME';
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
    highDoseSource: UK_HIGH_DOSE_SOURCE,
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
    highDoseSource: US_HIGH_DOSE_SOURCE,
    naloxoneThreshold: US_NALOXONE,
    specialistReferralThreshold: undefined,
    cautions: cautions('MME', 'Morphine milligram equivalents'),
  },
};

/** 'uk' or 'us'; anything else (a typo, a missing attribute) is read as 'uk', the library default. */
export function resolveGuidance(value: unknown): Guidance {
  return GUIDANCES.find((id) => id === value) ?? 'uk';
}

/** "90 mg/day OME" (UK) or "50 MME/day" (US), as each guidance writes its doses. */
export function formatDailyDose(value: number, profile: GuidanceProfile): string {
  return profile.unit === 'OME' ? `${value} mg/day OME` : `${value} MME/day`;
}

/**
 * The profile for `guidance`. A service may set its own high-dose threshold (Opioids Aware asks for
 * it to be configurable); anything that is not a positive finite number keeps the default, and a
 * custom threshold's source says it was set locally and which default it replaced.
 */
export function guidanceProfile(guidance?: Guidance | unknown, options?: { highDoseThreshold?: number }): GuidanceProfile {
  const base = PROFILES[resolveGuidance(guidance)];
  const custom: unknown = typeof options === 'object' && options !== null ? options.highDoseThreshold : undefined;
  if (!isPositive(custom) || custom === base.highDoseThreshold) {
    return base;
  }
  return {
    ...base,
    highDoseThreshold: custom,
    highDoseSource: `Locally configured (replaces the default of ${formatDailyDose(base.highDoseThreshold, base)}: ${base.highDoseSource})`,
  };
}

export type DoseBandId = 'below-threshold' | 'high-dose' | 'specialist-referral';

export interface DoseBand {
  id: DoseBandId;
  /** One plain phrase for the UI, e.g. "Below the high-dose threshold of 90 mg/day OME". */
  label: string;
  /** The threshold (mg/day) this band is measured against. */
  threshold: number;
  source: string;
}

/**
 * Where a total daily OME/MME sits against the profile's thresholds. `undefined` when the total is
 * not a number we can place (NaN, negative, infinite): an element then shows no band rather than a
 * wrong one.
 */
export function doseBand(totalMgPerDay: number, profile: GuidanceProfile): DoseBand | undefined {
  if (!(Number.isFinite(totalMgPerDay) && totalMgPerDay >= 0) || !isUsableProfile(profile)) return undefined;
  const { highDoseThreshold: high, highDoseSource, specialistReferralThreshold: referral, naloxoneThreshold: naloxone } = profile;
  if (referral !== undefined && totalMgPerDay >= referral) {
    return {
      id: 'specialist-referral',
      label: `At or above ${formatDailyDose(referral, profile)}: refer to specialist services`,
      threshold: referral,
      source: UK_REFERRAL_SOURCE,
    };
  }
  const us = profile.unit === 'MME';
  if (totalMgPerDay >= high) {
    const offerNaloxone = naloxone !== undefined && high >= naloxone;
    const label = us
      ? `At or above ${formatDailyDose(high, profile)}: reassess${offerNaloxone ? ', and offer naloxone' : ''}`
      : `At or above the high-dose threshold of ${formatDailyDose(high, profile)}: review the plan with the patient`;
    return { id: 'high-dose', label, threshold: high, source: highDoseSource };
  }
  const label = us
    ? `Below ${formatDailyDose(high, profile)}: reassess before any increase to ${high} or more`
    : `Below the high-dose threshold of ${formatDailyDose(high, profile)}`;
  return { id: 'below-threshold', label, threshold: high, source: highDoseSource };
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
