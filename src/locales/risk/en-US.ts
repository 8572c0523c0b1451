/**
 * en-US: only what differs from en-GB (the reviewed base): US terms a patient meets on US patient sites
 * ("sugar pill", "throw up", "physical therapy", "follow-up visit", "percent") and MME named first.
 * Loaded on demand, like every catalogue but en-GB.
 */
import { enGBRisk } from './en-GB.js';
import type { RiskWording } from './types.js';

const { figures, text } = enGBRisk;

export const enUSRisk: RiskWording = {
  ...enGBRisk,
  meta: { tag: 'en-US', reviewed: true },
  text: {
    ...text,
    questionsHeading: 'Questions to ask at your next follow-up visit',
  },
  figures: {
    ...figures,
    pain: { ...figures.pain, sentence: 'About {count} more people in every {denominator} noticed that their pain was less when they took opioids than when they took a sugar pill (placebo).' },
    function: { ...figures.function, sentence: 'About {count} more people in every {denominator} found they could do more day to day, such as walking or getting dressed, when they took opioids than when they took a sugar pill.' },
    vomiting: {
      title: 'Throwing up (vomiting)',
      sentence: 'About {people} in every {denominator} people taking opioids threw up (vomited). About {comparisonPeople} in every {denominator} people taking a sugar pill threw up too.',
      main: { label: 'Taking opioids', who: 'people who threw up' },
      comparison: { label: 'Taking a sugar pill (placebo)', who: 'people who threw up' },
    },
  },
  studies: {
    ...enGBRisk.studies,
    dunn: { population: '{people} people in the US taking opioids for long-term pain not caused by cancer', timeSpan: 'Each year' },
  },
  harmsInWords: enGBRisk.harmsInWords.map((harm) => harm
    .replace('or feeling sick,', 'or feeling sick to your stomach,')
    .replace('finding it hard to poo', 'having a hard time pooping')
    .replace('an early menopause', 'early menopause')),
  questions: [
    ...enGBRisk.questions.slice(0, 1),
    'What is my total daily dose in MME (morphine milligram equivalents), and what does it mean for me?',
    ...enGBRisk.questions.slice(2, 4),
    'What else could help my pain, such as exercise, physical therapy or a pain management program?',
    ...enGBRisk.questions.slice(5, 7),
    'When is my next follow-up visit, and who do I contact if I have problems before then?',
  ],
  glossary: [
    enGBRisk.glossary[0]!,
    { term: 'Counted as morphine (MME or OME)', meaning: 'Opioids have different strengths. To add them up, each one is counted as the amount of morphine it is like. In the US this is called morphine milligram equivalents (MME). In the UK it is called oral morphine equivalent (OME).' },
    enGBRisk.glossary[2]!,
    { term: 'Sugar pill (placebo)', meaning: 'A pill with no medicine in it. Studies compare a medicine with a sugar pill to see what the medicine itself does.' },
    { term: 'Percent (%)', meaning: 'Out of every hundred. A chance that is fifty percent higher is one and a half times as high.' },
    enGBRisk.glossary[5]!,
    { term: 'Follow-up visit', meaning: 'A visit with your doctor, nurse or pharmacist to check how your medicines are working for you.' },
  ],
};
