/**
 * The two guidances the library speaks: UK (Opioids Aware, oral morphine equivalents, OME) and US
 * (CDC 2022, morphine milligram equivalents, MME). A profile holds the thresholds and their sources
 * (data, one copy); the words an element shows beside a total (the guidance's name, the unit spelt out,
 * the cautions) are in the locale catalogues (`catalogue.guidance`, `catalogue.unit`, `catalogue.cautions`),
 * and the conversion tables themselves live in `ome.ts`.
 *
 * Sources (clinical/REFERENCE.md §1–2):
 * - Faculty of Pain Medicine (RCoA), Opioids Aware, 2020, and its 2025 update as reported in secondary
 *   sources (REFERENCE.md §2 marks it [S]: the wording says "reported" wherever it is cited).
 * - Dowell D et al. CDC Clinical Practice Guideline for Prescribing Opioids for Pain, 2022.
 *   MMWR Recomm Rep 2022;71(RR-3).
 * - Sheffield NHS opioid guidance, citing Opioids Aware (specialist referral).
 */
import { GUIDANCES, type Guidance, type Indication } from './ids.js';
import { roundMg } from './text.js';

export interface GuidanceProfile {
  id: Guidance;
  unit: 'OME' | 'MME';
  /**
   * mg/day at or above which the guidance asks for a dose review: a "high dose" in the UK (Opioids
   * Aware); in the US, CDC 2022 rec. 4's 50 MME/day, which is *not* called a high dose: "reassess
   * benefits and risks before any increase" (see `thresholdMeaning`).
   */
  highDoseThreshold: number;
  /** What reaching `highDoseThreshold` means: 'high-dose' (UK) or 'reassess' (US, CDC 2022 rec. 4). */
  thresholdMeaning: 'high-dose' | 'reassess';
  /** Citation of the guidance's threshold (a local setting keeps it and says so with `thresholdSetLocally`). */
  highDoseSource: string;
  /**
   * The guidance's own citation, short, for brackets inside a sentence: "CDC 2022, recommendation 4".
   * When `thresholdSetLocally`, the catalogue says "set locally" instead.
   */
  highDoseCitation: string;
  /** The threshold is a local setting (`options.highDoseThreshold`), not the guidance's default. */
  thresholdSetLocally: boolean;
  /** The guidance's default that a locally set threshold replaced (only when `thresholdSetLocally`). */
  replacedThreshold?: number;
  /** mg/day at or above which naloxone should be offered; only CDC 2022 sets one. */
  naloxoneThreshold: number | undefined;
  /** mg/day at or above which to refer to specialist services; only the UK guidance sets one. */
  specialistReferralThreshold: number | undefined;
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

const PROFILES: Readonly<Record<Guidance, GuidanceProfile>> = {
  uk: {
    id: 'uk',
    unit: 'OME',
    highDoseThreshold: UK_HIGH_DOSE_DEFAULT,
    thresholdMeaning: 'high-dose',
    highDoseSource: UK_HIGH_DOSE_SOURCE,
    highDoseCitation: 'Opioids Aware, reported 2025 update',
    thresholdSetLocally: false,
    naloxoneThreshold: undefined,
    specialistReferralThreshold: UK_SPECIALIST_REFERRAL,
  },
  us: {
    id: 'us',
    unit: 'MME',
    highDoseThreshold: US_HIGH_DOSE,
    thresholdMeaning: 'reassess',
    highDoseSource: US_HIGH_DOSE_SOURCE,
    highDoseCitation: 'CDC 2022, recommendation 4',
    thresholdSetLocally: false,
    naloxoneThreshold: US_NALOXONE,
    specialistReferralThreshold: undefined,
  },
};

/** 'uk' or 'us'; anything else (a typo, a missing attribute) is read as 'uk', the library default. */
export function resolveGuidance(value: unknown): Guidance {
  return GUIDANCES.find((id) => id === value) ?? 'uk';
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
    // The citation stays the guidance's own; the catalogue says the threshold was set locally and which
    // default it replaced (the core holds no sentences).
    thresholdSetLocally: true,
    replacedThreshold: base.highDoseThreshold,
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
  /**
   * What the band's phrase needs (`describeBand` in the locales: "Below the high-dose threshold of
   * 90 mg/day OME"): threshold, unit, and `naloxone` for US; `setLocally` and the default it replaced
   * when the threshold is a local setting.
   */
  params: { threshold: number; unit: 'OME' | 'MME'; naloxone?: boolean; setLocally?: boolean; replacedThreshold?: number };
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
  const band = (id: DoseBandId, threshold: number, source: string, naloxoneToo?: boolean): DoseBand => ({
    id,
    params: {
      threshold, unit: profile.unit,
      ...(naloxoneToo === undefined ? {} : { naloxone: naloxoneToo }),
      // A band placed against a locally set threshold says so, with the default it replaced.
      ...(source === highDoseSource && profile.thresholdSetLocally && profile.replacedThreshold !== undefined
        ? { setLocally: true, replacedThreshold: profile.replacedThreshold } : {}),
    },
    threshold, source,
  });
  if (total > IMPLAUSIBLE_TOTAL) return band('implausible', IMPLAUSIBLE_TOTAL, 'opioid-elements plausibility check');
  const noDoseAdvice = outsideCdcScope(opts.indication);
  if (us && noDoseAdvice) return band('outside-scope', high, CDC_SCOPE_SOURCE);
  if (referral !== undefined && total >= referral && !noDoseAdvice) return band('specialist-referral', referral, UK_REFERRAL_SOURCE);
  if (total >= high) {
    if (noDoseAdvice) return band('information', high, highDoseSource);
    if (us) return band('reassess', high, highDoseSource, naloxone !== undefined && high >= naloxone);
    return band('high-dose', high, highDoseSource);
  }
  return band(complete ? 'below-threshold' : 'incomplete', high, highDoseSource);
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
