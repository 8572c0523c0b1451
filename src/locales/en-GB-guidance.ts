/**
 * The en-GB names of the guidances and the cautions that go wherever an OME/MME figure shows
 * (REFERENCE.md §1): one copy, used by the core catalogue (`enGB.guidance`, `enGB.cautions`) and by the
 * risk explainer's en-GB wording, so a patient page with only the explainer has them without the
 * whole core catalogue.
 */
export const enGBGuidance = {
  uk: 'UK: Opioids Aware (FPM/RCoA, 2020)',
  us: 'US: CDC Clinical Practice Guideline (2022)',
  label: (name: string, unitLong: string, unit: string) => `${name} — ${unitLong} (${unit})`,
};

/**
 * CDC 2022 recommendation 6 on an acute course, one copy for the prompt's warning and the card's flag
 * (a sentence the two must say alike). Not CDC 2016's "3 days or less … more than 7 rarely", which the
 * 2022 guideline dropped.
 */
export const enGBAcuteDurationAdvice = 'For acute pain, prescribe no more than is needed for the expected duration of pain severe enough to need opioids';

export const enGBUnitLong = { OME: 'oral morphine equivalent', MME: 'morphine milligram equivalents' } as const;

export const enGBCautions = (unit: 'OME' | 'MME'): string[] => [
  `${unit === 'OME' ? 'Oral morphine equivalents' : 'Morphine milligram equivalents'} (${unit}) are approximate and do not account for individual variation.`,
  `${unit} figures estimate total opioid load and risk; they must not be used to calculate a dose when switching opioids, where the new opioid is usually started 25–50% lower than the calculated equivalent.`,
  'Methadone and fentanyl patches need particular caution.',
  `Methadone or buprenorphine doses for opioid substitution treatment (opioid use disorder) are not converted to ${unit}.`,
  `When a medicine cannot be converted, the ${unit} total is incomplete and says so.`,
];
