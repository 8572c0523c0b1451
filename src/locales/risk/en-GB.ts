/**
 * en-GB: the reviewed wording of `<opioid-risk-explainer>`, plain words for a reading age of about 11
 * (short sentences, every term explained). The numbers are the core's (`core/risk/figures.ts`).
 *
 * No advice inside the numbers ("should", "safe"): the questions for the review are where the
 * patient's choices are raised. Time spans and populations are worded from the cited papers.
 */
import type { RiskWording } from './types.js';
import { enGBCautions, enGBGuidance, enGBUnitLong } from '../en-GB-guidance.js';

const COMPARISON = 'Beside this, the overdose figure for your dose: at {band}, about {count} in every {denominator} people had an overdose each year.';
const COMPARISON_NO_BAND = 'We do not have an overdose figure for your dose to put beside this. These are the figures for other doses:';
const CAVEAT = 'The two numbers come from different studies that counted different things. Do not multiply them together.';

/** The guidance a dose was counted by, named as the core catalogue names it (one copy: en-GB-guidance.ts). */
const label = (id: 'uk' | 'us', unit: 'OME' | 'MME') => enGBGuidance.label(enGBGuidance[id], enGBUnitLong[unit], unit);

export const enGBRisk: RiskWording = {
  meta: { tag: 'en-GB', reviewed: true },
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
  figures: {
    pain: {
      title: 'Less pain',
      sentence: 'About {count} more people in every {denominator} noticed that their pain was less when they took opioids than when they took a dummy pill (placebo).',
      main: { label: 'Extra people who noticed less pain', who: 'the extra people who noticed less pain because of the opioid' },
    },
    function: {
      title: 'Doing more day to day',
      sentence: 'About {count} more people in every {denominator} found they could do more day to day, such as walking or getting dressed, when they took opioids than when they took a dummy pill.',
      main: { label: 'Extra people who could do more', who: 'the extra people who could do more because of the opioid' },
    },
    vomiting: {
      title: 'Being sick (vomiting)',
      sentence: 'About {people} in every {denominator} people taking opioids were sick (vomited). About {comparisonPeople} in every {denominator} people taking a dummy pill were sick too.',
      main: { label: 'Taking opioids', who: 'people who were sick' },
      comparison: { label: 'Taking a dummy pill (placebo)', who: 'people who were sick' },
    },
    misuse: {
      title: 'Misuse',
      sentence: 'Between {low} and {high} in every {denominator} people taking opioids for long-term pain misused them. This means taking them in a way the doctor did not mean, such as taking more than prescribed.',
      main: { label: 'Taking opioids for long-term pain', who: 'people who misused their opioids' },
    },
    addiction: {
      title: 'Addiction',
      sentence: 'Between {low} and {high} in every {denominator} people taking opioids for long-term pain became addicted to them. Addiction means feeling you must take opioids even when they are harming you.',
      main: { label: 'Taking opioids for long-term pain', who: 'people who became addicted' },
    },
    stopping: {
      title: 'Stopping long-term opioids',
      sentence: 'For every {denominator} people who stop taking opioids after taking them for a long time, about {count} death is prevented.',
      main: { label: 'People who stop long-term opioids', who: 'the person whose death is prevented' },
    },
  },
  overdose: {
    title: 'Accidental overdose',
    sentence: 'At {band}, about {count} in every {denominator} people had an overdose each year.',
    who: 'people who had an overdose in a year',
    bandBelow: '{atLeast} to under {below} mg a day',
    bandFrom: '{atLeast} mg a day or more',
    bandsHeading: 'Overdoses each year, by dose',
    bandItem: '{band}: about {count} in every {denominator} people',
    yourBand: 'your dose',
    approximateBand: 'approximate',
    noFigure: 'We do not have an overdose figure for {dose}. The study only gave figures for the doses listed here. We do not guess the numbers in between.',
    unknownDose: 'We do not know your dose, so we cannot say which overdose figure fits you. The figures for different doses are listed here.',
    incompleteTotal: 'We cannot say which overdose figure fits you. Your total dose could not be worked out, because at least one of your medicines cannot be counted as morphine. The figures for different doses are listed here.',
  },
  extraRisks: {
    benzodiazepine: {
      title: 'If you also take a benzodiazepine',
      sentence: 'Benzodiazepines are calming medicines, such as diazepam. In people taking opioids who also took a benzodiazepine, the risk of dying from an overdose was about {relative} times as high as in people who did not.',
      comparison: COMPARISON,
      comparisonNoBand: COMPARISON_NO_BAND,
      caveat: CAVEAT,
    },
    gabapentinoid: {
      // Opioid-related death is rare, so odds and chance are close; "chance" is the plain word.
      title: 'If you also take gabapentin or pregabalin',
      sentence: 'Gabapentin and pregabalin are medicines for nerve pain. In people taking opioids who also took gabapentin, the chance of dying from an opioid overdose was about {relative}% higher than in people who did not. Pregabalin works in a similar way.',
      comparison: COMPARISON,
      comparisonNoBand: COMPARISON_NO_BAND,
      caveat: CAVEAT,
    },
  },
  studies: {
    busse: { population: '{people} adults with long-term pain not caused by cancer, in {trials} trials', timeSpan: 'Trials that lasted at least {weeks} weeks' },
    vowles: { population: 'Adults taking opioids by mouth for long-term pain, in {studies} studies', timeSpan: 'While taking opioids for long-term pain (how long differed between studies)' },
    dunn: { population: '{people} people in the USA taking opioids for long-term pain not caused by cancer', timeSpan: 'Each year' },
    park: { population: 'US veterans taking opioids for pain', timeSpan: 'The years each person was followed in the study' },
    gomes: { population: 'People taking opioids in Ontario, Canada', timeSpan: 'The years the study covered' },
    medsip: { population: 'People in England who had taken opioids for more than {months} months', timeSpan: 'Not stated in the summary we used' },
  },
  cite: '{lead} and others, {journal}, {year}',
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
  // The core catalogue's en-GB guidance names and cautions (one copy, en-GB-guidance.ts), so a patient
  // page need not download the whole core catalogue for them; T-EXPL-057 holds them to the catalogue's.
  guidance: {
    label: { uk: label('uk', 'OME'), us: label('us', 'MME') },
    cautions: { uk: enGBCautions('OME'), us: enGBCautions('MME') },
  },
  review: null,
};
