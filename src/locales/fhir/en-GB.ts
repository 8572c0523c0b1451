/**
 * en-GB: the words for the FHIR adapter's codes. The sentences (`note`, `why`, `result`) are the ones
 * `src/fhir/describe.ts` had before the catalogue, with numbers and dates now through Intl
 * ("2 December 2026", not "2026-12-02"); `opioid-elements/fhir/describe` prints these.
 */
import { str } from '../read.js';
import { shown, shownDate } from './show.js';
import type { FhirWords } from './types.js';

const DOSE_UNITS: Readonly<Record<string, string>> = {
  count: 'units', ml: 'mL', rate: 'micrograms/hour', mg: 'mg', microgram: 'micrograms',
};
const PERIOD_UNITS: Readonly<Record<string, string>> = {
  s: 'seconds', min: 'minutes', h: 'hours', d: 'days', wk: 'weeks', mo: 'months', a: 'years',
};
const unit = (value: unknown) => (typeof value === 'string' && Object.hasOwn(DOSE_UNITS, value) ? DOSE_UNITS[value] as string : typeof value === 'string' ? value : '');
const period = (value: unknown) => (typeof value === 'string' && Object.hasOwn(PERIOD_UNITS, value) ? PERIOD_UNITS[value] as string : typeof value === 'string' ? value : '');
const INDICATIONS: Readonly<Record<string, string>> = {
  acute: 'acute pain', 'chronic-non-cancer': 'chronic non-cancer pain', cancer: 'cancer pain',
  'end-of-life': 'end-of-life care', 'opioid-use-disorder': 'opioid use disorder',
};
const indication = (value: unknown) => (typeof value === 'string' && Object.hasOwn(INDICATIONS, value) ? INDICATIONS[value] as string : '?');
const STATUS: Readonly<Record<string, string>> = { 'entered-in-error': 'entered in error', 'on-hold': 'on hold' };
const status = (value: string) => STATUS[value] ?? value;

export const enGBFhir: FhirWords = {
  meta: { tag: 'en-GB', name: 'English (UK)', reviewed: true },
  note: {
    'medicine-read-from-text': (p, f) => `The medicine was read from its name ("${shown(p.text, f)}"), not from a code table.`,
    'dose-read-from-text': (p, f) => `The dose was read from the dose text ("${shown(p.text, f)}").`,
    'dose-range-high': (p, f) => `A dose range (${shown(p.low, f)} to ${shown(p.high, f)} ${unit(p.unit)}) was counted at its highest.`,
    'frequency-max-used': (p, f) => `A frequency range (${shown(p.frequency, f)} to ${shown(p.frequencyMax, f)} times) was counted at its highest.`,
    'period-shortest-used': (p, f) => `An interval range (every ${shown(p.period, f)} to ${shown(p.periodMax, f)} ${period(p.unit)}) was counted at the shortest interval.`,
    'frequency-once-per-period': (p, f) => `No frequency was given with the period (${shown(p.period, f)} ${period(p.unit)}): once per period was used.`,
    'doses-from-times-of-day': (p, f) => `No frequency was given: the ${shown(p.count, f)} times of day listed were counted as doses a day.`,
    'dose-and-rate-first-used': (p, f) => `${shown(p.count, f)} dose entries were given and none was the ordered dose: the first was used.`,
    'as-needed-maximum-used': (p, f) => `As needed: counted at the stated maximum of ${shown(p.maxDosesPerDay, f)} doses a day.`,
    'as-needed-at-most-frequent': (p, f) => `As needed with no stated maximum: counted at its most frequent, ${shown(p.dosesPerDay, f)} doses a day.`,
    'several-dosages': (p, f) => (p.used === 'sum'
      ? `${shown(p.count, f)} dose instructions taken together were added up.`
      : `${shown(p.count, f)} dose instructions in ${shown(p.steps, f)} steps: the highest step was counted.`),
    'patch-dose-read-as-rate': (p, f) => `A patch dose of ${shown(p.value, f)} was read as the patch rate (${shown(p.rate, f)} micrograms/hour), not a number of patches.`,
    'patches-worn-together': (p, f) => `${shown(p.count, f)} patches of ${shown(p.rate, f)} micrograms/hour are worn together.`,
    'combination-product': (p, f) => `A combination product: only the opioid is counted (it also contains ${shown(p.partner, f)}${p.strength ? ` ${shown(p.strength, f)}` : ''}).`,
    'stop-from-inclusive-end': (p, f) => `The record's end date ${shownDate(p.end, f)} is the last day taken, so the stop date (first day without) is ${shownDate(p.stop, f)}.`,
    'stop-from-duration': (p, f) => `The stop date ${shownDate(p.stop, f)} comes from a course of ${shown(p.days, f)} days.`,
    'indication-assumed': (p) => `No indication was given: the plan is read as ${indication(p.indication)}, so every check applies.`,
    'start-date-assumed': (p, f) => `No start date in the record: today (${shownDate(p.startDate, f)}) was used.`,
  },
  rowNote: {
    'medicine-read-from-text': () => 'medicine read from its name, not a code: check',
    'dose-read-from-text': (p, f) => `dose read from text ("${shown(p.text, f)}"): check`,
    'dose-range-high': (p, f) => `worst case of a dose range (${shown(p.low, f)} to ${shown(p.high, f)} ${unit(p.unit)})`,
    'frequency-max-used': (p, f) => `worst case of a frequency range (${shown(p.frequency, f)} to ${shown(p.frequencyMax, f)} times)`,
    'period-shortest-used': (p, f) => `worst case of an interval range (every ${shown(p.period, f)} to ${shown(p.periodMax, f)} ${period(p.unit)})`,
    'frequency-once-per-period': (p, f) => `no frequency given: once every ${shown(p.period, f)} ${period(p.unit)} assumed`,
    'doses-from-times-of-day': (p, f) => `${shown(p.count, f)} times of day counted as doses`,
    'dose-and-rate-first-used': (p, f) => `first of ${shown(p.count, f)} dose entries used: check`,
    'as-needed-maximum-used': (p, f) => `as needed: counted at its stated maximum (${shown(p.maxDosesPerDay, f)} a day)`,
    'as-needed-at-most-frequent': (p, f) => `as needed, no maximum given: counted at its most frequent (${shown(p.dosesPerDay, f)} a day)`,
    'several-dosages': (p, f) => (p.used === 'sum'
      ? `${shown(p.count, f)} dose instructions added up`
      : `highest of ${shown(p.steps, f)} steps counted`),
    'patch-dose-read-as-rate': (p, f) => `patch dose read as its rate (${shown(p.rate, f)} micrograms/hour): check`,
    'patches-worn-together': (p, f) => `${shown(p.count, f)} patches worn together`,
    'combination-product': (p, f) => `also contains ${shown(p.partner, f)}: only the opioid is counted`,
    'stop-from-inclusive-end': (p, f) => `stop date from the record's end date (last day ${shownDate(p.end, f)})`,
    'stop-from-duration': (p, f) => `stop date from a course of ${shown(p.days, f)} days`,
    'indication-assumed': (p) => `indication not given: read as ${indication(p.indication)}`,
    'start-date-assumed': (p, f) => `no start date: today (${shownDate(p.startDate, f)}) used`,
  },
  why: {
    'no-medicine': () => 'the record names no medicine',
    'not-identified': () => 'its code is not in any table given and it has no name to read',
    'no-strength': (p, f) => `the strength of the ${shown(p.drug, f)} product is not known, so a dose in tablets or mL cannot be converted`,
    route: (p, f) => `${shown(p.drug, f)} by the ${shown(p.route, f)} route is not converted by this library`,
    'opioid-not-converted': (p, f) => `${shown(p.name, f)} is an opioid this library does not convert`,
    'no-dosage': () => 'there is no dose instruction',
    'no-timing': () => 'the dose has no timing (it is never assumed to be once a day)',
    'no-dose': () => 'there is no dose',
    'open-range': () => 'the dose range has no upper limit',
    'dose-unit': (p, f) => `the dose unit${p.unit ? ` (${shown(p.unit, f)})` : ''} cannot be used for this product`,
    'patch-count': (p, f) => `${shown(p.value, f)} patches at once is not a plausible dose`,
    'as-needed-no-maximum': () => 'an as-needed dose has neither a maximum nor a frequency',
    'text-not-understood': () => 'the dose text is not one this library reads safely',
    'out-of-range': (p, f) => `the dose is outside the plausible range (${shown(p.path, f)})`,
    'no-status': () => 'the resource has no status',
    unreadable: () => 'the resource could not be read',
    ended: (p, f) => `it ended (stop date ${shownDate(p.stop, f)})`,
  },
  reason: {
    'unknown-medicine': 'Unknown medicine',
    'dose-unreadable': 'Dose unreadable',
    'not-active': 'Not active',
    'invalid-resource': 'Invalid resource',
  },
  concurrentKind: { benzodiazepine: 'benzodiazepine', gabapentinoid: 'gabapentinoid', 'opioid-substitution': 'opioid substitution' },
  status: (value) => `its status is ${status(value)}`,
  result: {
    opioid: (source, drug, notes) => `${source}: ${drug} counted${notes ? ` (${notes})` : ''}`,
    concurrent: (source, kind, name) => `${source}: ${kind}${name ? ` (${name})` : ''}, listed with the plan`,
    naloxone: (source) => `${source}: naloxone`,
    other: (source) => `${source}: another medicine, not part of the opioid plan`,
    unusable: (source, why) => `${source}: not counted: ${why}.`,
  },
  issue: {
    'not-json': () => 'The FHIR record is not valid JSON.',
    'not-fhir': () => 'This is not FHIR: give a Bundle, a list of resources or one MedicationRequest or MedicationStatement.',
    unreadable: () => 'The FHIR record could not be read.',
    'no-opioid': () => 'No opioid medicine in the record could be used, so there is no plan to show.',
    'too-many': (p, f) => `The record has ${shown(p.count, f)} opioid medicines; at most ${shown(p.max, f)} can be shown.`,
    'no-start-date': () => 'No medicine in the record has a start date, and no "today" was given to use instead.',
    'invalid-plan': (p, f) => `The plan read from the record is not valid${str(p, 'path') ? ` (${shown(p.path, f)})` : ''}.`,
    'not-a-medication-request': () => 'This is not a FHIR MedicationRequest.',
    'invalid-date': () => 'The date is not a calendar date (YYYY-MM-DD).',
    'not-after-start': (p, f) => `The stop date must be after the start date (${shownDate(p.start, f)}).`,
    'not-a-medication-statement': () => 'This is not a FHIR MedicationStatement.',
    required: () => 'A sentence for the instruction is needed.',
    invalid: () => 'This value cannot be used.',
  },
  otherIssue: 'The FHIR record could not be used.',
  context: {
    indicationNotKnown: (given, known) => `Indication must be one of ${known}, not “${given}”.`,
    codesNotKnown: (given, known) => `fhir-codes names tables from ${known}, not “${given}”.`,
  },
  card: {
    rowNotesLabel: 'From the record',
    notCountedHeading: (count) => `Not counted from the record (${count})`,
    notCounted: (name, reason, why) => `${name} — ${reason}: ${why}`,
    planNotesHeading: 'Read from the record',
    incomplete: (counted, count, f) => `Incomplete: ${counted} — ${f.plural(count, { one: '{n} medicine in the record could not be read', other: '{n} medicines in the record could not be read' })}`,
    incompleteShort: (counted, count, f) => `Incomplete: ${counted} — ${f.plural(count, { one: '{n} medicine not read', other: '{n} medicines not read' })}`,
    unnamed: 'A medicine with no name',
  },
};
