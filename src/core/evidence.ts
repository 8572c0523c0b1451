/**
 * Published figures that more than one part of the library states (a clinician flag and the patient
 * explainer's content pack), written once so the two can never drift apart (clinical/REFERENCE.md §5).
 */

/**
 * Park TW et al. BMJ 2015;350:h2698 (case-cohort study): in US veterans receiving opioid analgesics,
 * the risk of death from drug overdose with a benzodiazepine was about 3.9 times that without. A
 * relative figure: it is always given with its population (a code the locale catalogues word:
 * `catalogue.population`, "US veterans on opioids").
 */
export const BENZODIAZEPINE_OVERDOSE_DEATH = Object.freeze({
  relative: 3.9,
  population: 'us-veterans-on-opioids' as const,
  citation: 'Park 2015',
});

/** The study populations a figure in the core names (worded by `catalogue.population`). */
export type StudyPopulation = typeof BENZODIAZEPINE_OVERDOSE_DEATH.population;
