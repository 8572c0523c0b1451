/**
 * The plan card's own words: headings, labels, the phrases around the core's results (the total, the
 * rows, the dates, the taper's next step) and the compact line. The core's results themselves (flags,
 * bands, OME failures, doses, dates, cautions, the guidance's name) come from the core catalogue.
 *
 * Every value is a string, a function of already formatted strings, or a set of plural forms
 * (`PluralForms`, chosen by `Intl.PluralRules`; Welsh has six), so no number is ever formatted here.
 */
import type { CareTeamMember, ConcurrentMedicine } from '../../core/schema.js';
import type { Guidance } from '../../core/ids.js';
import type { PluralForms } from '../format.js';
import type { SectionWords } from '../section.js';

export type CompactBandId = 'high-dose' | 'specialist-referral' | 'reassess';

export interface CardWords extends SectionWords {
  /** "Opioid treatment plan: Chronic non-cancer pain". */
  title: (indication: string) => string;
  guidanceUsed: string;
  /** The guidance in two words, inside a phrase ("Opioids Aware has no OME factor for …"): names, kept as they are. */
  guidanceShortName: Record<Guidance, string>;
  /** "Source: …" (the source itself stays as the core cites it). */
  source: (source: string) => string;
  /** A band against a locally set threshold: "Set locally (replaces the default of 90 mg/day OME: <guidance's source>)". */
  localSource: (defaultDose: string, source: string) => string;
  /** A worst case (an as-needed line's OME/MME, a total with one): "at most 30 mg/day OME". */
  atMost: (dose: string) => string;
  /** A line whose OME/MME is above the plausibility limit: never shown as a number (a unit slip). */
  implausibleLine: string;

  flags: {
    heading: string;
    /** "Flags (3)". */
    headingCount: (count: string) => string;
    none: string;
  };

  table: {
    /** "Opioid medicines (2)". */
    caption: (count: string) => string;
    medicine: string;
    dose: string;
    dailyDose: string;
    /** The OME/MME column: "OME (mg/day)", "MME (per day)". */
    unitColumn: Record<'OME' | 'MME', string>;
    /** Under an as-needed line's daily dose. */
    maximumNote: string;
  };

  row: {
    /** A patch's daily dose: "25 micrograms/hour, continuously". */
    patchDaily: (amount: string) => string;
    /** An as-needed line's most a day: "up to 20 mg/day". */
    upToDaily: (amount: string) => string;
    /** "60 mg/day". */
    daily: (amount: string) => string;
    substitutionAssumed: string;
    substitution: string;
    overTheCounter: string;
    notConverted: {
      specialistAdvice: (drug: string) => string;
      substitution: (drug: string, unit: string) => string;
      excluded: (drug: string, unit: string) => string;
      noFactor: (guidance: string, unit: string, drug: string) => string;
      unreadable: string;
    };
  };

  total: {
    /** "Total daily dose (oral morphine equivalent, OME)". */
    label: (unitLong: string, unit: string) => string;
    implausible: (unit: string) => string;
    implausibleShort: (unit: string) => string;
    atLeast: (dose: string) => string;
    noTotal: (unit: string) => string;
    noTotalShort: (unit: string) => string;
    /** "Incomplete: at least 45 mg/day OME — methadone could not be converted". */
    incomplete: (counted: string, names: string) => string;
    incompleteShort: (counted: string, names: string) => string;
    includesMaximum: string;
    /** The cautions list's accessible name. */
    cautionsLabel: (unit: string) => string;
  };

  dates: {
    started: string;
    review: string;
    stop: string;
    noReview: string;
    noStop: string;
    endOfTaper: string;
    endOfTaperNote: string;
    /** "The first day without the medicine; last dose on 24 November 2026." */
    lastDose: (date: string) => string;
    /** "52 days ago": a taper that has ended. */
    daysAgo: PluralForms;
  };

  taper: {
    heading: string;
    cannotWorkOut: (issues: string) => string;
    /** "morphine 120 mg/day": a taper dose in mg of the drug. */
    drugDose: (drug: string, amount: string) => string;
    /** "2 December 2026 (in 11 days)". */
    when: (date: string, relative: string) => string;
    finished: (date: string) => string;
    nextStop: (drug: string, when: string) => string;
    /** Named when the taper gives no drug. */
    theOpioid: string;
    next: (dose: string, when: string) => string;
    starts: (when: string, dose: string) => string;
    now: (dose: string, since: string) => string;
  };

  goals: { heading: string; none: string };

  concurrent: {
    heading: string;
    none: string;
    kind: Record<ConcurrentMedicine['kind'], string>;
    nameNotRecorded: string;
    naloxone: string;
    naloxoneSupplied: string;
    naloxoneNotSupplied: string;
    naloxoneNotRecorded: string;
    riskFactor: string;
    overdoseHistory: string;
    substanceUseDisorder: string;
  };

  careTeam: {
    heading: string;
    role: Record<CareTeamMember['role'], string>;
    prescribesAndReviews: string;
    prescribes: string;
    reviews: string;
  };

  mdt: string;
  prescriber: string;
  notRecorded: string;
  notes: string;

  /** The card's own problems and empty states. */
  cannotShow: string;
  contextProblem: string;
  empty: string;

  compact: {
    noUrgentFlags: string;
    urgentFlags: PluralForms;
    warnings: PluralForms;
    /** Joins the two counts: "1 urgent flag, 3 warnings". */
    counts: (urgent: string, warnings: string) => string;
    band: Record<CompactBandId, string>;
    /** "(reassess before any increase: at or above 50 MME/day)". */
    bandAt: (band: string, dose: string) => string;
    /** "UK: Opioids Aware (FPM/RCoA, 2020), OME: approximate — see cautions". */
    guidance: (name: string, unit: string) => string;
    /** "Review in 30 days (21 December 2026)". */
    review: (relative: string, date: string) => string;
    noReview: string;
    taperEnds: (date: string, relative: string) => string;
    stop: (date: string, relative: string) => string;
    noStop: string;
    cautions: (unit: string) => string;
  };
}
