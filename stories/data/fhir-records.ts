/**
 * Fictional FHIR R4 records for the FHIR stories, the EPR demo and the element tests: the shapes UK
 * records arrive in (dm+d-coded MedicationRequests with structured dosage, GP MedicationStatements with
 * free-text doses only, a stopped order still in the record). People and identifiers are invented
 * (NHS number 999 123 4567 is a test number). Every figure can be checked by hand against
 * clinical/REFERENCE.md §1, as noted beside each resource. Dates count from DEMO_TODAY (2026-11-21).
 */
import { DEMO_TODAY } from './plans.js';

type Resource = Record<string, unknown>;
const bundle = (id: string, resources: Resource[]): Resource => ({
  resourceType: 'Bundle', id, type: 'collection', timestamp: `${DEMO_TODAY}T09:00:00Z`,
  entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${String(resource.id)}`, resource })),
});
const DMD = 'http://snomed.info/sct';
const patient: Resource = {
  resourceType: 'Patient', id: 'robert-ashworth',
  identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9991234567' }],
  name: [{ use: 'official', family: 'Ashworth', given: ['Robert'], prefix: ['Mr'] }], birthDate: '1965-05-14',
};
const subject = { reference: 'Patient/robert-ashworth' };

/** Morphine 60 mg MR capsules, dm+d VMP, one twice a day (structured): 120 mg/day × 1 = 120 mg/day OME. */
export const morphineMrRequest: Resource = {
  resourceType: 'MedicationRequest', id: 'rx-morphine-mr', status: 'active', intent: 'order', subject,
  medicationCodeableConcept: {
    coding: [{ system: DMD, code: '36127611000001107', display: 'Morphine 60mg modified-release capsules' }],
    text: 'Morphine 60mg modified-release capsules',
  },
  authoredOn: '2022-11-21',
  dosageInstruction: [{
    text: 'One capsule twice a day (8am and 8pm)',
    timing: { repeat: { frequency: 2, period: 1, periodUnit: 'd' } },
    doseAndRate: [{ doseQuantity: { value: 1, unit: 'capsule' } }],
  }],
};

/**
 * A GP record's MedicationStatement with a text-only UK dose (GP Connect sends dosage as text):
 * Oramorph 10 mg/5 ml, 2.5 ml up to four times a day when required = 5 mg × 4 = at most 20 mg/day OME.
 */
export const oramorphTextStatement: Resource = {
  resourceType: 'MedicationStatement', id: 'gp-oramorph', status: 'active', subject,
  medicationCodeableConcept: { text: 'Oramorph 10mg/5ml oral solution' },
  effectivePeriod: { start: '2026-06-02' },
  dosage: [{ text: '2.5ml up to four times a day when required' }],
};

/** Codeine 30 mg tablets, stopped when morphine began: listed, never totalled. */
export const codeineStoppedRequest: Resource = {
  resourceType: 'MedicationRequest', id: 'rx-codeine', status: 'stopped', intent: 'order', subject,
  medicationCodeableConcept: { coding: [{ system: DMD, code: '42010411000001105', display: 'Codeine 30mg tablets' }], text: 'Codeine 30mg tablets' },
  authoredOn: '2021-03-02',
  dosageInstruction: [{ text: 'Two tablets four times a day', timing: { repeat: { frequency: 4, period: 1, periodUnit: 'd' } }, doseAndRate: [{ doseQuantity: { value: 2, unit: 'tablet' } }] }],
};

/** Pregabalin 150 mg, twice a day: a gabapentinoid listed with the plan (MHRA 2019 caution). */
export const pregabalinRequest: Resource = {
  resourceType: 'MedicationRequest', id: 'rx-pregabalin', status: 'active', intent: 'order', subject,
  medicationCodeableConcept: { text: 'Pregabalin 150mg capsules' },
  authoredOn: '2024-01-15',
  dosageInstruction: [{ text: '150 mg twice a day', timing: { repeat: { frequency: 2, period: 1, periodUnit: 'd' } }, doseAndRate: [{ doseQuantity: { value: 150, unit: 'mg' } }] }],
};

/** Oxycodone 5 mg capsules "as directed": a dose no reader can safely count, so the total is incomplete. */
export const oxycodoneAsDirected: Resource = {
  resourceType: 'MedicationStatement', id: 'gp-oxycodone', status: 'active', subject,
  medicationCodeableConcept: { text: 'Oxycodone 5mg capsules' },
  effectivePeriod: { start: '2026-10-01' },
  dosage: [{ text: 'Take as directed' }],
};

/** The EPR demo's record: 120 mg/day OME from morphine + at most 20 from Oramorph = 140 mg/day OME; codeine stopped. */
export const eprRecord: Resource = bundle('epr-record-0042', [patient, morphineMrRequest, oramorphTextStatement, codeineStoppedRequest, pregabalinRequest]);

/** Read from text only: the Oramorph statement on its own (at most 20 mg/day OME, "dose read from text: check"). */
export const textDoseRecord: Resource = bundle('text-dose', [patient, oramorphTextStatement]);

/** An unreadable dose beside a readable one: at least 120 mg/day OME, incomplete. */
export const unreadableDoseRecord: Resource = bundle('unreadable-dose', [patient, morphineMrRequest, oxycodoneAsDirected]);

/** A stopped order beside an active one: 120 mg/day OME, complete; codeine listed as not active. */
export const stoppedOrderRecord: Resource = bundle('stopped-order', [patient, morphineMrRequest, codeineStoppedRequest]);

/** Not FHIR at all (a plan's JSON given as FHIR): the context shows an error and fires opioid-error. */
export const notFhir: Resource = { id: 'not-fhir', medications: [] };

/**
 * The discharge demo's order: oxycodone 5 mg IR capsules, 1 up to four times a day when required, from
 * discharge on 2026-11-20 (the stop-date prompt writes its stop date into a copy of this).
 */
export const dischargeOxycodoneRequest: Resource = {
  resourceType: 'MedicationRequest', id: 'discharge-oxycodone', status: 'active', intent: 'order',
  subject: { reference: 'Patient/jane-doe-demo' },
  medicationCodeableConcept: { text: 'Oxycodone 5mg immediate-release capsules' },
  authoredOn: '2026-11-20',
  dosageInstruction: [{
    text: 'One capsule up to four times a day when required for pain',
    asNeededBoolean: true,
    timing: { repeat: { frequency: 1, period: 6, periodUnit: 'h' } },
    maxDosePerPeriod: { numerator: { value: 4, unit: 'capsule' }, denominator: { value: 1, unit: 'day', code: 'd', system: 'http://unitsofmeasure.org' } },
    doseAndRate: [{ doseQuantity: { value: 1, unit: 'capsule' } }],
  }],
  dispenseRequest: { quantity: { value: 20, unit: 'capsule' } },
};
