/**
 * opioid-elements/fhir/describe: English (en-GB) wording for the codes `linesFromFhir` and
 * `planFromFhir` return, for tests, demos and logs. Kept apart from the adapter so the adapter carries no
 * sentences; a locale catalogue replaces this when the project's catalogues cover the FHIR codes.
 */
import type { FhirMedicationResult, Note, Params } from './types.js';

const show = (value: unknown): string => {
  if (typeof value === 'number') return String(Number(value.toFixed(3)));
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value && 'unit' in value) {
    const { value: v, unit } = value as { value: unknown; unit: unknown };
    return `${show(v)} ${show(unit)}`;
  }
  return value === undefined ? '?' : JSON.stringify(value);
};

const UNIT_WORDS: Readonly<Record<string, string>> = { count: 'units', ml: 'mL', rate: 'micrograms/hour' };
const unit = (u: unknown) => UNIT_WORDS[String(u)] ?? show(u);

const NOTES: Readonly<Record<string, (p: Params) => string>> = {
  'medicine-read-from-text': (p) => `The medicine was read from its name ("${show(p.text)}"), not from a code table.`,
  'dose-read-from-text': (p) => `The dose was read from the dose text ("${show(p.text)}").`,
  'dose-range-high': (p) => `A dose range (${show(p.low)} to ${show(p.high)} ${unit(p.unit)}) was counted at its highest.`,
  'frequency-max-used': (p) => `A frequency range (${show(p.frequency)} to ${show(p.frequencyMax)} times) was counted at its highest.`,
  'period-shortest-used': (p) => `An interval range (every ${show(p.period)} to ${show(p.periodMax)} ${show(p.unit)}) was counted at the shortest interval.`,
  'frequency-once-per-period': (p) => `No frequency was given with the period (${show(p.period)} ${show(p.unit)}): once per period was used.`,
  'doses-from-times-of-day': (p) => `No frequency was given: the ${show(p.count)} times of day listed were counted as doses a day.`,
  'dose-and-rate-first-used': (p) => `${show(p.count)} dose entries were given and none was the ordered dose: the first was used.`,
  'as-needed-maximum-used': (p) => `As needed: counted at the stated maximum of ${show(p.maxDosesPerDay)} doses a day.`,
  'as-needed-at-most-frequent': (p) => `As needed with no stated maximum: counted at its most frequent, ${show(p.dosesPerDay)} doses a day.`,
  'several-dosages': (p) => (p.used === 'sum'
    ? `${show(p.count)} dose instructions taken together were added up.`
    : `${show(p.count)} dose instructions in ${show(p.steps)} steps: the highest step was counted.`),
  'patch-dose-read-as-rate': (p) => `A patch dose of ${show(p.value)} was read as the patch rate (${show(p.rate)} micrograms/hour), not a number of patches.`,
  'patches-worn-together': (p) => `${show(p.count)} patches of ${show(p.rate)} micrograms/hour are worn together.`,
  'combination-product': (p) => `A combination product: only the opioid is counted (it also contains ${show(p.partner)}${p.strength ? ` ${show(p.strength)}` : ''}).`,
  'stop-from-inclusive-end': (p) => `The record's end date ${show(p.end)} is the last day taken, so the stop date (first day without) is ${show(p.stop)}.`,
  'stop-from-duration': (p) => `The stop date ${show(p.stop)} comes from a course of ${show(p.days)} days.`,
  'indication-assumed': (p) => `No indication was given: the plan is read as ${show(p.indication)}, so every check applies.`,
  'start-date-assumed': (p) => `No start date in the record: today (${show(p.startDate)}) was used.`,
};

const WHY: Readonly<Record<string, (p: Params) => string>> = {
  'no-medicine': () => 'the record names no medicine',
  'not-identified': () => 'its code is not in any table given and it has no name to read',
  'no-strength': (p) => `the strength of the ${show(p.drug)} product is not known, so a dose in tablets or mL cannot be converted`,
  route: (p) => `${show(p.drug)} by the ${show(p.route)} route is not converted by this library`,
  'opioid-not-converted': (p) => `${show(p.name)} is an opioid this library does not convert`,
  'no-dosage': () => 'there is no dose instruction',
  'no-timing': () => 'the dose has no timing (it is never assumed to be once a day)',
  'no-dose': () => 'there is no dose',
  'open-range': () => 'the dose range has no upper limit',
  'dose-unit': (p) => `the dose unit${p.unit ? ` (${show(p.unit)})` : ''} cannot be used for this product`,
  'patch-count': (p) => `${show(p.value)} patches at once is not a plausible dose`,
  'as-needed-no-maximum': () => 'an as-needed dose has neither a maximum nor a frequency',
  'text-not-understood': () => 'the dose text is not one this library reads safely',
  'out-of-range': (p) => `the dose is outside the plausible range (${show(p.path)})`,
  'no-status': () => 'the resource has no status',
  unreadable: () => 'the resource could not be read',
  ended: (p) => `it ended (stop date ${show(p.stop)})`,
};

export function describeNote(note: Note): string {
  const words = NOTES[note.code];
  return words ? words(note.params ?? {}) : note.code;
}

export function describeResult(result: FhirMedicationResult): string {
  switch (result.kind) {
    case 'opioid': return `${result.source}: ${result.line.drug} counted${result.assumptions.length ? ` (${result.assumptions.map(describeNote).join(' ')})` : ''}`;
    case 'concurrent': return `${result.source}: ${result.medicine.kind.replace(/-/g, ' ')}${result.medicine.name ? ` (${result.medicine.name})` : ''}, listed with the plan`;
    case 'naloxone': return `${result.source}: naloxone`;
    case 'other': return `${result.source}: another medicine, not part of the opioid plan`;
    case 'unusable': {
      const p = result.params ?? {};
      const why = typeof p.why === 'string' ? WHY[p.why]?.(p) : undefined;
      const reason = result.reason === 'not-active'
        ? why ?? `its status is ${show(p.status)}`
        : why ?? result.reason;
      return `${result.source}: not counted: ${reason}.`;
    }
  }
}
