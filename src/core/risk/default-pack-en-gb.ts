/**
 * The en-GB content pack of `<opioid-risk-explainer>`: plain words for a reading age of about 11 (short
 * sentences, every term explained) and the figures of clinical/REFERENCE.md §5, each with its source.
 *
 * Rules kept here (Harding Center fact boxes; Zikmund-Fisher et al. Med Decis Making 2014):
 * absolute numbers out of 100 or 1,000, the same denominator for compared groups, benefits and harms
 * side by side, population, time span and source under every number, relative risks only beside the
 * absolute overdose figure, and no advice inside the numbers ("should", "safe") — the questions for the
 * review are where the patient's choices are raised.
 *
 * Time spans and populations are worded from the cited papers; REFERENCE.md gives the figures.
 */
import type { RiskPack } from './pack-schema.js';
import { BENZODIAZEPINE_OVERDOSE_DEATH } from '../evidence.js';

const BUSSE = {
  short: 'Busse and others, JAMA, 2018',
  full: 'Busse JW, Wang L, Kamaleldin M, et al. Opioids for chronic noncancer pain: a systematic review and meta-analysis. JAMA 2018;320(23):2448–2460.',
};
const BUSSE_POPULATION = '26,169 adults with long-term pain not caused by cancer, in 96 trials';
const BUSSE_TIME = 'Trials that lasted at least 4 weeks';

const VOWLES = {
  short: 'Vowles and others, Pain, 2015',
  full: 'Vowles KE, McEntee ML, Julnes PS, Frohe T, Ney JP, van der Goes DN. Rates of opioid misuse, abuse, and addiction in chronic pain: a systematic review and data synthesis. Pain 2015;156(4):569–576.',
};
const VOWLES_POPULATION = 'Adults taking opioids by mouth for long-term pain, in 38 studies';
const VOWLES_TIME = 'While taking opioids for long-term pain (how long differed between studies)';

export const DEFAULT_PACK_EN_GB: RiskPack = {
  id: 'default-en-gb',
  locale: 'en-GB',
  text: {
    title: 'Opioids for long-term pain: what they can and cannot do',
    intro: 'Opioids are strong painkillers, such as morphine, codeine, oxycodone, tramadol and fentanyl. '
      + 'This page shows what happened to people in research studies who took opioids for pain that lasted a long time. '
      + 'The numbers cannot tell you what will happen to you. They can help you and your care team talk about what is right for you.',
    howToRead: 'How to read the pictures. Each shape is one person.',
    legendFilled: 'Filled in: the people the sentence is about.',
    legendOutline: 'Outline only: everyone else in the group.',
    legendStriped: 'Striped: the studies did not agree exactly. The true number is somewhere in the striped part.',
    benefitsHeading: 'What opioids can do',
    harmsHeading: 'What harm opioids can do',
    stoppingHeading: 'What happens when people stop',
    harmsListHeading: 'Other harms, in plain words',
    questionsHeading: 'Questions to ask at your next review',
    glossaryHeading: 'What the words mean',
    sourcesHeading: 'Where the numbers come from',
    yourDose: 'Your dose: {dose}.',
    doseAmount: '{dose} mg a day',
    doseExplained: 'This is all the opioid you take in a day, counted as if it were morphine. It is a rough guide, not an exact measure.',
    worstCase: 'This total counts the most you are allowed of any medicine you take only when needed.',
    guidanceUsed: 'Your care team worked out this total using {guidance}.',
    cautionsHeading: 'Notes about this total, for your care team',
    populationLabel: 'Who was studied',
    timeSpanLabel: 'Over what time',
    sourceLabel: 'Source',
    approximate: 'Approximate: we took this figure from a summary of the research, not from the original report.',
    studyFigure: 'The study figure was {count} in {denominator}. The picture shows {people}, to the nearest whole person.',
    iconLabel: 'Picture of {total} people. {filled} are filled in: {who}.',
    iconLabelRange: 'Picture of {total} people. {filled} are filled in and more are striped, up to {high}: {who}.',
    iconLabelOne: 'Picture of {total} people. {filled} is filled in: {who}.',
    iconLabelRangeOne: 'Picture of {total} people. {filled} is filled in and more are striped, up to {high}: {who}.',
    packError: 'This information about opioids cannot be shown',
    inputError: 'Some of the details given to this page could not be used',
  },
  benefits: [
    {
      // Busse 2018: pain −0.69 points on a 0–10 scale vs placebo, where 1 point is the smallest difference
      // people notice; the modelled risk difference for reaching that 1 point is about 12 in 100.
      id: 'pain',
      title: 'Less pain',
      sentence: 'About {count} more people in every {denominator} noticed that their pain was less when they took opioids than when they took a dummy pill (placebo).',
      denominator: 100,
      main: { label: 'Extra people who noticed less pain', who: 'the extra people who noticed less pain because of the opioid', count: 12 },
      population: BUSSE_POPULATION,
      timeSpan: BUSSE_TIME,
      source: BUSSE,
      approximate: false,
    },
    {
      // Busse 2018: physical function, about 8–9 more in 100 reach the smallest noticeable improvement.
      // One whole figure is drawn, so we show the lower one with "about": a benefit is never overstated.
      id: 'function',
      title: 'Doing more day to day',
      sentence: 'About {count} more people in every {denominator} found they could do more day to day, such as walking or getting dressed, when they took opioids than when they took a dummy pill.',
      denominator: 100,
      main: { label: 'Extra people who could do more', who: 'the extra people who could do more because of the opioid', count: 8 },
      population: BUSSE_POPULATION,
      timeSpan: BUSSE_TIME,
      source: BUSSE,
      approximate: false,
    },
  ],
  harms: [
    {
      // Busse 2018: vomiting 5.9 in 100 on opioids vs 2.3 in 100 on placebo (same denominator).
      id: 'vomiting',
      title: 'Being sick (vomiting)',
      sentence: 'About {people} in every {denominator} people taking opioids were sick (vomited). About {comparisonPeople} in every {denominator} people taking a dummy pill were sick too.',
      denominator: 100,
      main: { label: 'Taking opioids', who: 'people who were sick', count: 5.9 },
      comparison: { label: 'Taking a dummy pill (placebo)', who: 'people who were sick', count: 2.3 },
      population: BUSSE_POPULATION,
      timeSpan: BUSSE_TIME,
      source: BUSSE,
      approximate: false,
    },
    {
      // Vowles 2015: misuse 21–29 in 100 (the range across studies is shown as a range).
      id: 'misuse',
      title: 'Misuse',
      sentence: 'Between {low} and {high} in every {denominator} people taking opioids for long-term pain misused them. This means taking them in a way the doctor did not mean, such as taking more than prescribed.',
      denominator: 100,
      main: { label: 'Taking opioids for long-term pain', who: 'people who misused their opioids', count: { low: 21, high: 29 } },
      population: VOWLES_POPULATION,
      timeSpan: VOWLES_TIME,
      source: VOWLES,
      approximate: false,
    },
    {
      // Vowles 2015: addiction 8–12 in 100.
      id: 'addiction',
      title: 'Addiction',
      sentence: 'Between {low} and {high} in every {denominator} people taking opioids for long-term pain became addicted to them. Addiction means feeling you must take opioids even when they are harming you.',
      denominator: 100,
      main: { label: 'Taking opioids for long-term pain', who: 'people who became addicted', count: { low: 8, high: 12 } },
      population: VOWLES_POPULATION,
      timeSpan: VOWLES_TIME,
      source: VOWLES,
      approximate: false,
    },
  ],
  overdose: {
    // Dunn 2010: overdose (fatal and non-fatal) per year, about 2 in 1,000 at 1 to < 20 mg/day, 3 in 1,000
    // at 20 to < 50, 7 in 1,000 at 50 to < 100 and 18 in 1,000 at ≥ 100 (REFERENCE.md §5). The bands are
    // half-open, as the study's are: 20 mg/day is in the 20–50 band, 19.5 in the lowest. 0.2%, 0.7% and
    // 1.8% are in the abstract [P]; 0.3% comes from a research summary of the paper [S], so that band is
    // marked approximate.
    title: 'Accidental overdose',
    sentence: 'At {band}, about {count} in every {denominator} people had an overdose each year.',
    who: 'people who had an overdose in a year',
    denominator: 1000,
    bands: [
      { id: 'low', label: '1 to under 20 mg a day', atLeast: 1, below: 20, count: 2 },
      { id: 'lower-middle', label: '20 to under 50 mg a day', atLeast: 20, below: 50, count: 3, approximate: true },
      { id: 'middle', label: '50 to under 100 mg a day', atLeast: 50, below: 100, count: 7 },
      { id: 'high', label: '100 mg a day or more', atLeast: 100, count: 18 },
    ],
    bandsHeading: 'Overdoses each year, by dose',
    bandItem: '{band}: about {count} in every {denominator} people',
    yourBand: 'your dose',
    approximateBand: 'approximate',
    noFigure: 'We do not have an overdose figure for {dose}. The study only gave figures for the doses listed here. We do not guess the numbers in between.',
    unknownDose: 'We do not know your dose, so we cannot say which overdose figure fits you. The figures for different doses are listed here.',
    incompleteTotal: 'We cannot say which overdose figure fits you. Your total dose could not be worked out, because at least one of your medicines cannot be counted as morphine. The figures for different doses are listed here.',
    population: '9,940 people in the USA taking opioids for long-term pain not caused by cancer',
    timeSpan: 'Each year',
    source: {
      short: 'Dunn and others, Annals of Internal Medicine, 2010',
      full: 'Dunn KM, Saunders KW, Rutter CM, et al. Opioid prescriptions for chronic pain and overdose: a cohort study. Ann Intern Med 2010;152(2):85–92.',
    },
    approximate: false,
  },
  extraRisks: {
    benzodiazepine: {
      // Park 2015: overdose death risk about 3.9 times higher with a benzodiazepine (US veterans).
      // A death risk from one study must not be multiplied by an overdose rate from another (Dunn), so
      // the absolute figure is shown beside it, unmultiplied, with the caveat.
      title: 'If you also take a benzodiazepine',
      sentence: 'Benzodiazepines are calming medicines, such as diazepam. In people taking opioids who also took a benzodiazepine, the risk of dying from an overdose was about {relative} times as high as in people who did not.',
      // The figure is written once, in core/evidence.ts, where the clinician flag reads it too.
      relative: BENZODIAZEPINE_OVERDOSE_DEATH.relative,
      comparison: 'Beside this, the overdose figure for your dose: at {band}, about {count} in every {denominator} people had an overdose each year.',
      comparisonNoBand: 'We do not have an overdose figure for your dose to put beside this. These are the figures for other doses:',
      caveat: 'The two numbers come from different studies that counted different things. Do not multiply them together.',
      population: 'US veterans taking opioids for pain',
      timeSpan: 'The years each person was followed in the study',
      source: {
        short: 'Park and others, BMJ, 2015',
        full: 'Park TW, Saitz R, Ganoczy D, Ilgen MA, Bohnert ASB. Benzodiazepine prescribing patterns and deaths from drug overdose among US veterans receiving opioid analgesics: case-cohort study. BMJ 2015;350:h2698.',
      },
      approximate: false,
    },
    gabapentinoid: {
      // Gomes 2017: about 49% higher odds of opioid-related death with gabapentin ([P/S]: approximate).
      // Opioid-related death is rare, so odds and chance are close; "chance" is the plain word.
      title: 'If you also take gabapentin or pregabalin',
      sentence: 'Gabapentin and pregabalin are medicines for nerve pain. In people taking opioids who also took gabapentin, the chance of dying from an opioid overdose was about {relative}% higher than in people who did not. Pregabalin works in a similar way.',
      relative: 49,
      comparison: 'Beside this, the overdose figure for your dose: at {band}, about {count} in every {denominator} people had an overdose each year.',
      comparisonNoBand: 'We do not have an overdose figure for your dose to put beside this. These are the figures for other doses:',
      caveat: 'The two numbers come from different studies that counted different things. Do not multiply them together.',
      population: 'People taking opioids in Ontario, Canada',
      timeSpan: 'The years the study covered',
      source: {
        short: 'Gomes and others, PLOS Medicine, 2017',
        full: 'Gomes T, Juurlink DN, Antoniou T, Mamdani MM, Paterson JM, van den Brink W. Gabapentin, opioids, and the risk of opioid-related death: a population-based nested case-control study. PLoS Med 2017;14(10):e1002396.',
      },
      approximate: true,
    },
  },
  stopping: {
    // NHS England MedSIP [S]: for every 62 people who stop long-term opioids, about 1 death is prevented.
    // Shown out of 62, the source's own group: "about 16 in 1,000" would be a number the source does not
    // give, and this figure is not compared with another group, so no common denominator is needed.
    id: 'stopping',
    title: 'Stopping long-term opioids',
    sentence: 'For every {denominator} people who stop taking opioids after taking them for a long time, about {count} death is prevented.',
    denominator: 62,
    main: { label: 'People who stop long-term opioids', who: 'the person whose death is prevented', count: 1 },
    population: 'People in England who had taken opioids for more than 3 months',
    timeSpan: 'Not stated in the summary we used',
    source: {
      short: 'NHS England, Medication Safety Improvement Programme (MedSIP)',
      full: 'NHS England. Medication Safety Improvement Programme (MedSIP): opioids for long-term pain. Figure taken from a secondary summary.',
    },
    approximate: true,
  },
  // MHRA Drug Safety Update, September 2020; NHS England; Specialist Pharmacy Service.
  harmsInWords: [
    'Dependence: your body gets used to opioids, so you feel unwell if you stop suddenly.',
    'Addiction: feeling you must take opioids, even when they harm you.',
    'Tolerance: over time, the same dose may work less well.',
    'Withdrawal: feeling unwell, for example sweating, shaking or feeling sick, if you stop or cut down too quickly.',
    'Accidental overdose: too much opioid in your body. It can slow down or stop your breathing, and it can kill.',
    'More pain: opioids can sometimes make you more sensitive to pain. Doctors call this hyperalgesia.',
    'Feeling sleepy, and "brain fog": finding it hard to think clearly.',
    'Constipation: finding it hard to poo.',
    'Breathing too slowly.',
    'Hormone changes: lower sex hormones, an early menopause, and less interest in sex.',
    'Changes to your immune system, which is how your body fights infection.',
    'Falls and broken bones.',
  ],
  questions: [
    'Are my opioids still helping me do the things that matter to me?',
    'What is my total dose in mg a day, and what does it mean for me?',
    'Could a lower dose work as well for me?',
    'If I want to cut down or stop, how would we do it slowly and safely?',
    'What else could help my pain, such as exercise, physiotherapy or a pain management course?',
    'Do any of my other medicines make opioids riskier for me?',
    'Should I have naloxone at home? Naloxone is a medicine that can reverse an overdose.',
    'When is my next review, and who do I contact if I have problems before then?',
  ],
  // Terms the words above already explain are not repeated here: opioid (the intro), addiction, misuse,
  // benzodiazepine and gabapentin (their sentences), and dependence, tolerance, withdrawal and overdose
  // (the harms list).
  glossary: [
    { term: 'mg a day', meaning: 'Milligrams a day. A milligram (mg) is a tiny amount of medicine. "mg a day" is how much you take in a whole day.' },
    { term: 'Counted as morphine (OME or MME)', meaning: 'Opioids have different strengths. To add them up, each one is counted as the amount of morphine it is like. In the UK this is called oral morphine equivalent (OME). In the USA it is called morphine milligram equivalent (MME).' },
    { term: 'In every hundred', meaning: 'Out of a group of one hundred people like the people in the study.' },
    { term: 'Dummy pill (placebo)', meaning: 'A pill with no medicine in it. Studies compare a medicine with a dummy pill to see what the medicine itself does.' },
    { term: 'Per cent (%)', meaning: 'Out of every hundred. A chance that is fifty per cent higher is one and a half times as high.' },
    { term: 'Approximate', meaning: 'Close to the real number, but not exact.' },
    { term: 'Review', meaning: 'A meeting with your doctor, nurse or pharmacist to check how your medicines are working for you.' },
  ],
};

/**
 * The built-in pack for a locale. Only en-GB is written so far, so every locale gets it (its numbers
 * are formatted in en-GB too, to match its words); a site that needs another language supplies a
 * reviewed pack of its own.
 */
export function builtInRiskPack(_locale?: unknown): RiskPack {
  return DEFAULT_PACK_EN_GB;
}
