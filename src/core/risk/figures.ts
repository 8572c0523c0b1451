/**
 * The figures of `<opioid-risk-explainer>` and their sources, one copy for every language: counts,
 * denominators, dose bands, relative figures and citations (clinical/REFERENCE.md §5). The words
 * around them are the locales' (src/locales/risk); `riskPack` in src/locales/risk puts the two
 * together into a `RiskPack`.
 *
 * Rules kept here (Harding Center fact boxes; Zikmund-Fisher et al. Med Decis Making 2014): absolute
 * numbers out of 100 or 1,000, the same denominator for compared groups, and population, time span and
 * source under every number. The numbers that describe a population or a time span (26,169 adults,
 * 96 trials, at least 4 weeks) are here too, so no translation can change them: the locales word them
 * with `{placeholders}`.
 */
import { BENZODIAZEPINE_OVERDOSE_DEATH } from '../evidence.js';
import type { CountRange } from './pack-schema.js';

/**
 * A study (or programme) a figure comes from. The full reference stays in the language it was
 * published in; the short one under a figure is worded by the locale from `lead`, `journal` and `year`
 * ("Busse and others, JAMA, 2018"), or is a `name` shown as it is.
 */
export interface RiskStudy {
  cite: { lead: string; journal: string; year: string } | { name: string };
  full: string;
  /** REFERENCE.md marks [S] (or [P/S]): seen only in a secondary copy, so the explainer says "approximate". */
  approximate: boolean;
  /** The numbers inside the locale's population and time-span wording. */
  numbers: Readonly<Record<string, number>>;
}

export const RISK_STUDIES = {
  // Busse JW et al. JAMA 2018: 96 trials, 26,169 people, chronic non-cancer pain, trials ≥ 4 weeks.
  busse: {
    cite: { lead: 'Busse', journal: 'JAMA', year: '2018' },
    full: 'Busse JW, Wang L, Kamaleldin M, et al. Opioids for chronic noncancer pain: a systematic review and meta-analysis. JAMA 2018;320(23):2448–2460.',
    approximate: false,
    numbers: { people: 26169, trials: 96, weeks: 4 },
  },
  // Vowles KE et al. Pain 2015: 38 studies, adults on long-term oral opioids for chronic pain.
  vowles: {
    cite: { lead: 'Vowles', journal: 'Pain', year: '2015' },
    full: 'Vowles KE, McEntee ML, Julnes PS, Frohe T, Ney JP, van der Goes DN. Rates of opioid misuse, abuse, and addiction in chronic pain: a systematic review and data synthesis. Pain 2015;156(4):569–576.',
    approximate: false,
    numbers: { studies: 38 },
  },
  // Dunn KM et al. Ann Intern Med 2010: 9,940 people on long-term opioids, US HMO.
  dunn: {
    cite: { lead: 'Dunn', journal: 'Annals of Internal Medicine', year: '2010' },
    full: 'Dunn KM, Saunders KW, Rutter CM, et al. Opioid prescriptions for chronic pain and overdose: a cohort study. Ann Intern Med 2010;152(2):85–92.',
    approximate: false,
    numbers: { people: 9940 },
  },
  park: {
    cite: { lead: 'Park', journal: 'BMJ', year: '2015' },
    full: 'Park TW, Saitz R, Ganoczy D, Ilgen MA, Bohnert ASB. Benzodiazepine prescribing patterns and deaths from drug overdose among US veterans receiving opioid analgesics: case-cohort study. BMJ 2015;350:h2698.',
    approximate: false,
    numbers: {},
  },
  // [P/S] in REFERENCE.md: approximate.
  gomes: {
    cite: { lead: 'Gomes', journal: 'PLOS Medicine', year: '2017' },
    full: 'Gomes T, Juurlink DN, Antoniou T, Mamdani MM, Paterson JM, van den Brink W. Gabapentin, opioids, and the risk of opioid-related death: a population-based nested case-control study. PLoS Med 2017;14(10):e1002396.',
    approximate: true,
    numbers: {},
  },
  // NHS England MedSIP [S]: people on opioids for more than 3 months, England.
  medsip: {
    cite: { name: 'NHS England, Medication Safety Improvement Programme (MedSIP)' },
    full: 'NHS England. Medication Safety Improvement Programme (MedSIP): opioids for long-term pain. Figure taken from a secondary summary.',
    approximate: true,
    numbers: { months: 3 },
  },
} as const satisfies Record<string, RiskStudy>;

export type RiskStudyId = keyof typeof RISK_STUDIES;

export interface FigureNumbers {
  id: string;
  study: RiskStudyId;
  denominator: number;
  main: number | CountRange;
  comparison?: number | CountRange;
}

/** Figures in the order the explainer shows them. */
export const RISK_FIGURES = {
  benefits: [
    // Busse 2018: pain −0.69 points on a 0–10 scale vs placebo, where 1 point is the smallest difference
    // people notice; the modelled risk difference for reaching that 1 point is about 12 in 100.
    { id: 'pain', study: 'busse', denominator: 100, main: 12 },
    // Busse 2018: physical function, about 8–9 more in 100 reach the smallest noticeable improvement.
    // One whole figure is drawn, so we show the lower one with "about": a benefit is never overstated.
    { id: 'function', study: 'busse', denominator: 100, main: 8 },
  ],
  harms: [
    // Busse 2018: vomiting 5.9 in 100 on opioids vs 2.3 in 100 on placebo (same denominator).
    { id: 'vomiting', study: 'busse', denominator: 100, main: 5.9, comparison: 2.3 },
    // Vowles 2015: misuse 21–29 in 100, addiction 8–12 in 100 (the range across studies, shown as a range).
    { id: 'misuse', study: 'vowles', denominator: 100, main: { low: 21, high: 29 } },
    { id: 'addiction', study: 'vowles', denominator: 100, main: { low: 8, high: 12 } },
  ],
  // Dunn 2010: overdose (fatal and non-fatal) per year, about 2 in 1,000 at 1 to < 20 mg/day, 3 in 1,000
  // at 20 to < 50, 7 in 1,000 at 50 to < 100 and 18 in 1,000 at ≥ 100 (REFERENCE.md §5). The bands are
  // half-open, as the study's are: 20 mg/day is in the 20–50 band, 19.5 in the lowest. 0.2%, 0.7% and
  // 1.8% are in the abstract [P]; 0.3% comes from a research summary of the paper [S], so that band is
  // marked approximate.
  overdose: {
    study: 'dunn',
    denominator: 1000,
    bands: [
      { id: 'low', atLeast: 1, below: 20, count: 2 },
      { id: 'lower-middle', atLeast: 20, below: 50, count: 3, approximate: true },
      { id: 'middle', atLeast: 50, below: 100, count: 7 },
      { id: 'high', atLeast: 100, count: 18 },
    ],
  },
  // A death risk from one study must not be multiplied by an overdose rate from another (Dunn), so the
  // explainer shows the absolute figure beside each, unmultiplied, with a caveat.
  extraRisks: {
    // Park 2015: overdose death risk about 3.9 times higher with a benzodiazepine (US veterans); written
    // once, in core/evidence.ts, where the clinician flag reads it too.
    benzodiazepine: { study: 'park', relative: BENZODIAZEPINE_OVERDOSE_DEATH.relative },
    // Gomes 2017: about 49% higher odds of opioid-related death with gabapentin.
    gabapentinoid: { study: 'gomes', relative: 49 },
  },
  // NHS England MedSIP [S]: for every 62 people who stop long-term opioids, about 1 death is prevented.
  // Shown out of 62, the source's own group: "about 16 in 1,000" would be a number the source does not
  // give, and this figure is not compared with another group, so no common denominator is needed.
  stopping: { id: 'stopping', study: 'medsip', denominator: 62, main: 1 },
} as const;
