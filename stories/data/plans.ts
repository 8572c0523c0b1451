/**
 * Realistic, fictional opioid treatment plans for stories, demos and element tests: the six scenarios of
 * clinical/REFERENCE.md §7, plus stress cases (hostile text, ten lines, invalid input).
 *
 * Every date is counted from DEMO_TODAY so stories and screenshots read the same on any day: pass
 * `today="${DEMO_TODAY}"` to the widgets. Doses are chosen so each figure can be checked by hand
 * against REFERENCE.md §1 (noted beside each plan). People, clinicians and phone numbers are invented
 * (0161 496 0xxx and (555) 010-xxxx are reserved for drama).
 */
import { addDays } from '../../src/core/dates.js';
import type { OpioidPlanInput } from '../../src/core/schema.js';

/** The fixed "today" of every demo. */
export const DEMO_TODAY = '2026-11-21';

/** DEMO_TODAY moved by `days` (negative: in the past). */
export const demoDay = (days: number): string => addDays(DEMO_TODAY, days);

/**
 * §7.1 Post-operative discharge (OUCh). 54, opioid-naive, after a knee replacement; discharged
 * yesterday with a stop date 5 days after discharge. Oxycodone 5 mg up to 4 times a day when needed:
 * at most 20 mg/day × 1.5 = 30 mg/day OME (UK), a worst case because the line is as-needed.
 */
export const postOpDischarge: OpioidPlanInput = {
  id: 'demo-post-op-knee',
  indication: 'acute',
  medications: [{
    drug: 'oxycodone', route: 'oral', strength: { value: 5, unit: 'mg' },
    asNeeded: true, maxDosesPerDay: 4, product: 'Oxycodone 5 mg immediate-release capsules', purpose: 'pain',
  }],
  startDate: demoDay(-1),
  reviewDate: demoDay(4),
  stopDate: demoDay(4),
  goals: [
    'Walk to the end of the garden with one crutch by the end of the first week',
    'Do the physiotherapy knee exercises three times a day',
  ],
  naloxoneSupplied: false,
  prescriber: { name: 'Dr Amara Okafor (FY2)', team: 'Orthopaedics, Ward 7', contact: 'Ward 7 discharge team, 0161 496 0471' },
  notes: 'Opioid-naive before surgery. GP: do not continue oxycodone beyond the stop date without a review. '
    + 'Paracetamol 1 g four times a day continues.',
  guidance: 'uk',
};

/**
 * §7.2 Long-term chronic back pain at a high dose, after an MDT review. 61, morphine MR 60 mg twice a
 * day for 4 years: 120 mg/day OME (UK), above the 90 mg/day threshold; pregabalin co-prescribed.
 * Taper: 10% of the original dose every 2 weeks, rounded to 10 mg capsules, with a pause allowed.
 */
export const chronicHighDose: OpioidPlanInput = {
  id: 'demo-chronic-back-pain',
  indication: 'chronic-non-cancer',
  medications: [{
    drug: 'morphine', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 2,
    product: 'Zomorph 60 mg modified-release capsules', purpose: 'pain',
  }],
  startDate: demoDay(-1461),
  reviewDate: demoDay(11),
  goals: [
    'Walk to the shops and back (about 400 metres) without stopping',
    'Sleep through the night at least four nights a week',
  ],
  taper: {
    startDate: demoDay(-3), startDose: 120, percent: 10, intervalDays: 14, basis: 'original',
    roundTo: 10, holds: [{ step: 4, intervals: 1 }], drug: 'morphine', unit: 'mg',
  },
  concurrentMedicines: [{ kind: 'gabapentinoid', name: 'Pregabalin', dose: '150 mg twice a day' }],
  naloxoneSupplied: false,
  prescriber: { name: 'Dr Helen Marsh', team: 'Riverside Medical Practice', contact: '0161 496 0123' },
  mdtReview: {
    date: demoDay(-10),
    outcome: 'Pain MDT (pain consultant, GP, pharmacist, physiotherapist) with the patient: reduce morphine by 10% '
      + 'of the original dose every 2 weeks, rounded to 10 mg capsules; the dose may be held for up to 4 weeks '
      + 'for a flare or withdrawal symptoms. GP prescribes; pain clinic review after 8 weeks.',
  },
  guidance: 'uk',
};

/**
 * §7.3 Opioid substitution treatment with chronic pain (joint pain/addiction clinic). 38, methadone 60 mg
 * daily for opioid use disorder; oxycodone MR 10 mg three times a day added for a flare. UK total is
 * incomplete (methadone: specialist advice); oxycodone alone is 30 mg × 1.5 = 45 mg/day OME.
 * Agreed: off oxycodone within 90 days.
 */
export const ostWithChronicPain: OpioidPlanInput = {
  id: 'demo-ost-chronic-pain',
  indication: 'chronic-non-cancer',
  medications: [
    {
      drug: 'methadone', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 1,
      product: 'Methadone 1 mg/mL oral solution, 60 mL daily (supervised)', purpose: 'opioid-use-disorder',
    },
    {
      drug: 'oxycodone', route: 'oral', strength: { value: 10, unit: 'mg' }, dosesPerDay: 3,
      product: 'Oxycodone 10 mg modified-release tablets', purpose: 'pain',
    },
  ],
  startDate: demoDay(-20),
  reviewDate: demoDay(8),
  stopDate: demoDay(70),
  goals: ['Get back to part-time work at the garage', 'Stay on a stable methadone dose'],
  concurrentMedicines: [{
    kind: 'opioid-substitution', drug: 'methadone', name: 'Methadone (Community Drug and Alcohol Service)',
    dose: '60 mg once a day, supervised',
  }],
  naloxoneSupplied: true,
  riskFactors: { substanceUseDisorder: true },
  // Joint pain/addiction care: who prescribes and who reviews what (REFERENCE.md §3).
  careTeam: [
    { role: 'pain-service', name: 'Dr Priya Natarajan', team: 'Pain Management Service', responsibilities: ['prescribes', 'reviews'] },
    { role: 'addiction-service', team: 'Community Drug and Alcohol Service', contact: '0113 496 0421', responsibilities: ['prescribes'] },
    { role: 'gp', name: 'Dr Helen Okafor', team: 'Riverside Surgery' },
  ],
  mdtReview: {
    date: demoDay(-21),
    outcome: 'Joint pain and addiction clinic: oxycodone added for the flare after a failed facet-joint injection; '
      + 'off oxycodone within 90 days; methadone unchanged and managed by the drug and alcohol service.',
  },
  guidance: 'uk',
};

/**
 * §7.4 Primary-care opioid review service. 47, co-codamol 30/500 two tablets four times a day for 18
 * months: codeine 60 mg × 4 = 240 mg/day → 24 mg/day OME (UK, × 0.1) or 36 MME/day (US, × 0.15).
 */
export const primaryCareCodeine: OpioidPlanInput = {
  id: 'demo-primary-care-codeine',
  indication: 'chronic-non-cancer',
  medications: [{
    drug: 'codeine', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 4,
    product: 'Co-codamol 30/500 tablets, two tablets', purpose: 'pain',
  }],
  startDate: demoDay(-548),
  reviewDate: demoDay(28),
  goals: [
    'Understand what the codeine is doing for my pain, and what it might be doing to me',
    'Keep gardening through the spring',
  ],
  prescriber: { name: 'Sam Adeyemi, clinical pharmacist', team: 'Opioid Review Service, Northgate Primary Care Network' },
  notes: 'Knee and back pain. Wants to understand their relationship with opioids before deciding whether to reduce; '
    + 'benefits and harms discussed at this dose. Review in 4 weeks.',
  guidance: 'uk',
};

/**
 * §7.5 Transdermal patch. 72, osteoarthritis, falls risk; buprenorphine 10 micrograms/hour 7-day patch:
 * 10 × 2.4 = 24 mg/day OME (UK). Excluded from MME under CDC 2022, so the US view is incomplete.
 */
export const buprenorphinePatch: OpioidPlanInput = {
  id: 'demo-buprenorphine-patch',
  indication: 'chronic-non-cancer',
  medications: [{
    drug: 'buprenorphine', route: 'transdermal', strength: { value: 10, unit: 'microgram/hour' },
    product: 'Butec 10 micrograms/hour 7-day patch', purpose: 'pain',
  }],
  startDate: demoDay(-120),
  reviewDate: demoDay(12),
  goals: ['Walk to church on Sundays', 'No more falls this winter'],
  prescriber: { name: 'Dr Aled Rees', team: 'Bryn Surgery', contact: '0161 496 0580' },
  notes: 'Osteoarthritis of both knees and the left hip. Two falls this year: falls risk, bone health reviewed. '
    + 'New patch every Monday; rotate the site.',
  guidance: 'uk',
};

/**
 * §7.6 US primary care. 45, hydrocodone 10 mg four times a day (40 MME) plus tramadol 50 mg twice a day
 * (100 × 0.2 = 20 MME): 60 MME/day, above CDC 2022's 50; no naloxone yet; alprazolam co-prescribed.
 */
export const usPrimaryCare: OpioidPlanInput = {
  id: 'demo-us-primary-care',
  indication: 'chronic-non-cancer',
  medications: [
    {
      drug: 'hydrocodone', route: 'oral', strength: { value: 10, unit: 'mg' }, dosesPerDay: 4,
      product: 'Hydrocodone bitartrate/acetaminophen 10 mg/325 mg tablets', purpose: 'pain',
    },
    {
      drug: 'tramadol', route: 'oral', strength: { value: 50, unit: 'mg' }, dosesPerDay: 2,
      product: 'Tramadol 50 mg tablets', purpose: 'pain',
    },
  ],
  startDate: demoDay(-400),
  reviewDate: demoDay(30),
  goals: ['Play with my grandchildren on the floor', 'Return to light duties at work'],
  concurrentMedicines: [{ kind: 'benzodiazepine', name: 'Alprazolam', dose: '0.5 mg twice a day' }],
  naloxoneSupplied: false,
  prescriber: { name: 'Maria Alvarez, MD', team: 'Lakeside Family Medicine', contact: '(555) 010-0142' },
  guidance: 'us',
};

/** The six REFERENCE.md §7 scenarios, in order, with a short label for pickers. */
export const SCENARIOS: ReadonlyArray<{ label: string; plan: OpioidPlanInput }> = [
  { label: 'Post-operative discharge (UK)', plan: postOpDischarge },
  { label: 'Chronic back pain, high dose, MDT review (UK)', plan: chronicHighDose },
  { label: 'Opioid substitution treatment with chronic pain (UK)', plan: ostWithChronicPain },
  { label: 'Primary-care codeine review (UK)', plan: primaryCareCodeine },
  { label: 'Buprenorphine patch (UK)', plan: buprenorphinePatch },
  { label: 'US primary care (CDC 2022)', plan: usPrimaryCare },
];

/**
 * An opioid-use-disorder plan as an addiction service records it: buprenorphine with no stated purpose
 * (read as substitution treatment, and the card says so) and morphine for a broken wrist, which is an
 * analgesic: counted, and checked for a stop date (REFERENCE.md §3).
 */
export const oudPlanWithAnalgesic: OpioidPlanInput = {
  id: 'demo-oud-with-analgesic',
  indication: 'opioid-use-disorder',
  medications: [
    { drug: 'buprenorphine', route: 'sublingual', strength: { value: 16, unit: 'mg' }, dosesPerDay: 1, product: 'Buprenorphine 8 mg sublingual tablets, two daily' },
    { drug: 'morphine', route: 'oral', strength: { value: 10, unit: 'mg' }, asNeeded: true, maxDosesPerDay: 4, product: 'Oramorph 10 mg/5 mL oral solution' },
  ],
  startDate: demoDay(-4),
  reviewDate: demoDay(3),
  riskFactors: { substanceUseDisorder: true, overdoseHistory: true },
  naloxoneSupplied: true,
  careTeam: [
    { role: 'addiction-service', team: 'Community Drug and Alcohol Service', responsibilities: ['prescribes', 'reviews'] },
    { role: 'gp', name: 'Dr Tom Ellis', team: 'Harbour Medical Practice', responsibilities: ['prescribes'] },
  ],
  guidance: 'uk',
};

/**
 * Primary care: prescribed tramadol plus co-codamol the person buys over the counter. The bought codeine
 * is counted (8 × 30 mg × 0.1 = 24 mg/day OME) and named, because reliance on it is a reason to involve
 * an addiction service.
 */
export const overTheCounterCodeine: OpioidPlanInput = {
  id: 'demo-over-the-counter',
  indication: 'chronic-non-cancer',
  medications: [
    { drug: 'tramadol', route: 'oral', strength: { value: 50, unit: 'mg' }, dosesPerDay: 4, product: 'Tramadol 50 mg capsules' },
    { drug: 'codeine', route: 'oral', strength: { value: 30, unit: 'mg' }, asNeeded: true, maxDosesPerDay: 8, product: 'Co-codamol 30/500, bought at the pharmacy', source: 'over-the-counter' },
  ],
  startDate: demoDay(-300),
  reviewDate: demoDay(14),
  careTeam: [
    { role: 'pharmacist', name: 'Sam Adeyemi', team: 'Opioid Review Service, Northgate Primary Care Network', responsibilities: ['reviews'] },
    { role: 'gp', name: 'Dr Nia Evans', team: 'Northgate Surgery', responsibilities: ['prescribes'] },
  ],
  guidance: 'uk',
};

/** Cancer pain under CDC 2022: outside the guideline's scope, so the total shows but no dose advice does. */
export const usCancerPain: OpioidPlanInput = {
  id: 'demo-us-cancer',
  indication: 'cancer',
  medications: [
    { drug: 'oxycodone', route: 'oral', strength: { value: 40, unit: 'mg' }, dosesPerDay: 2, product: 'OxyContin 40 mg extended-release tablets' },
    { drug: 'oxycodone', route: 'oral', strength: { value: 10, unit: 'mg' }, asNeeded: true, maxDosesPerDay: 4, product: 'Oxycodone 10 mg immediate-release tablets' },
  ],
  startDate: demoDay(-90),
  reviewDate: demoDay(14),
  careTeam: [{ role: 'palliative-care', name: 'Jordan Lee, NP', team: 'Lakeside Supportive Care', responsibilities: ['prescribes', 'reviews'] }],
  guidance: 'us',
};

/** A unit slip (micrograms typed as mg): a total no one takes, which the card refuses to show as a number. */
export const implausibleTotal: OpioidPlanInput = {
  id: 'demo-implausible',
  indication: 'cancer',
  medications: [
    { drug: 'hydromorphone', route: 'oral', strength: { value: 1300, unit: 'mg' }, dosesPerDay: 4, product: 'Hydromorphone 1.3 mg capsules (1300 typed)' },
    { drug: 'hydromorphone', route: 'oral', strength: { value: 1300, unit: 'mg' }, asNeeded: true, maxDosesPerDay: 6, product: 'Hydromorphone 1.3 mg capsules when needed' },
  ],
  startDate: demoDay(-10),
  reviewDate: demoDay(4),
  guidance: 'uk',
};

/** The high-dose plan whose review date passed 3 days ago. */
export const overdueReview: OpioidPlanInput = {
  ...chronicHighDose,
  id: 'demo-overdue-review',
  reviewDate: demoDay(-3),
};

/** 3,000 characters of ordinary clinical prose (spaces included), for the long-text stress case. */
export const LONG_TEXT_3000 = ('Discussed at length with the patient and their daughter, who cares for them most days. '
  + 'They would like to reduce slowly and to keep the option of pausing if sleep gets worse. ').repeat(18).slice(0, 3000);

/** A single "word" with no break opportunity: pasted URLs and identifiers do this. */
export const UNBROKEN_WORD = `https://epr.example.nhs.uk/patients/${'0123456789abcdef'.repeat(9)}`.slice(0, 190);

/**
 * Hostile and oversized free text in every text field (still a valid plan): markup that must show as
 * literal text, a right-to-left override mark, unbroken words, a goal at the 1,000-character limit and
 * 3,000 characters of MDT outcome and notes.
 */
export const hostileTextPlan: OpioidPlanInput = {
  id: 'demo-hostile-text',
  indication: 'chronic-non-cancer',
  medications: [
    {
      drug: 'morphine', route: 'oral', strength: { value: 10, unit: 'mg' }, dosesPerDay: 2,
      product: '<img src=x onerror=alert(1)>',
    },
    {
      drug: 'codeine', route: 'oral', strength: { value: 30, unit: 'mg' }, dosesPerDay: 4,
      product: UNBROKEN_WORD,
    },
  ],
  startDate: demoDay(-30),
  reviewDate: demoDay(5),
  goals: [
    '"><script>alert(1)</script>',
    '\u202Eevif ot 01 morf niap ecuder (right-to-left override)',
    LONG_TEXT_3000.slice(0, 1000),
  ],
  concurrentMedicines: [{ kind: 'benzodiazepine', name: '<b onmouseover=alert(1)>diazepam</b>', dose: UNBROKEN_WORD }],
  prescriber: { name: '\u202EDr Mallory Override', team: UNBROKEN_WORD, contact: 'javascript:alert(1)' },
  mdtReview: { date: demoDay(-7), outcome: LONG_TEXT_3000 },
  notes: LONG_TEXT_3000,
  guidance: 'uk',
};

/**
 * The "3,000-character goal": the schema caps a goal at 1,000 characters, so this plan is
 * invalid and the widgets must say which goal is too long.
 */
export const oversizedGoalPlan: OpioidPlanInput = {
  ...postOpDischarge,
  id: 'demo-oversized-goal',
  goals: [LONG_TEXT_3000],
};

/**
 * Ten lines (a stress case for layout, not a regimen anyone should be on); every line converts under
 * UK guidance, so the UK total is complete.
 */
export const tenLinePlan: OpioidPlanInput = {
  id: 'demo-ten-lines',
  indication: 'cancer',
  medications: [
    { drug: 'morphine', route: 'oral', strength: { value: 30, unit: 'mg' }, dosesPerDay: 2, product: 'Morphine sulfate 30 mg modified-release tablets' },
    { drug: 'morphine', route: 'oral', strength: { value: 10, unit: 'mg' }, asNeeded: true, maxDosesPerDay: 6, product: 'Oramorph 10 mg/5 mL oral solution' },
    { drug: 'oxycodone', route: 'oral', strength: { value: 5, unit: 'mg' }, asNeeded: true, maxDosesPerDay: 4, product: 'Oxycodone 5 mg capsules' },
    { drug: 'codeine', route: 'oral', strength: { value: 30, unit: 'mg' }, dosesPerDay: 4 },
    { drug: 'dihydrocodeine', route: 'oral', strength: { value: 30, unit: 'mg' }, dosesPerDay: 3, product: 'Dihydrocodeine 30 mg tablets' },
    { drug: 'tramadol', route: 'oral', strength: { value: 50, unit: 'mg' }, dosesPerDay: 4, product: 'Tramadol 50 mg capsules' },
    { drug: 'tapentadol', route: 'oral', strength: { value: 50, unit: 'mg' }, dosesPerDay: 2, product: 'Palexia SR 50 mg tablets' },
    { drug: 'hydromorphone', route: 'oral', strength: { value: 1.3, unit: 'mg' }, dosesPerDay: 4, product: 'Palladone 1.3 mg capsules' },
    { drug: 'fentanyl', route: 'transdermal', strength: { value: 12, unit: 'microgram/hour' }, product: 'Fentanyl 12 micrograms/hour 72-hour patch' },
    { drug: 'buprenorphine', route: 'transdermal', strength: { value: 5, unit: 'microgram/hour' }, product: 'Butec 5 micrograms/hour 7-day patch' },
  ],
  startDate: demoDay(-60),
  reviewDate: demoDay(7),
  goals: ['Be comfortable enough to sit in the garden in the afternoons'],
  prescriber: { name: 'Dr Fiona Campbell', team: 'Palliative Care Team, St Columba Hospice' },
  guidance: 'uk',
};

/**
 * Wrong in several ways a real feed gets wrong: an empty id, an unknown indication and drug, a negative
 * strength, a date that does not exist, and a misspelt field (`stopdate`).
 */
export const invalidPlan: unknown = {
  id: '',
  indication: 'chronic',
  medications: [{ drug: 'morfine', route: 'oral', strength: { value: -10, unit: 'mg' }, dosesPerDay: 2 }],
  startDate: '2026-02-30',
  stopdate: '2026-03-01',
};

/** Truncated JSON, as a broken server template would write it. */
export const invalidPlanJson = '{"id": "demo-broken", "indication": "acute", "medications": [{"drug": "oxycodone", ';
