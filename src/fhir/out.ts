/**
 * FHIR out: where a stop or review date and the plan go (research §3). Pure functions that return
 * resources (or changed copies of the host's own) for the host to send; nothing here posts anything.
 *
 * One date rule both ways: our stopDate is the first day without the medicine, FHIR's Period.end is the
 * last day taken (inclusive), so end = stop − 1 day going out, and stop = end + 1 day coming in.
 */
import { addDays, daysBetween, isIsoDate, type IsoDate } from '../core/dates.js';
import { parsePlan } from '../core/parse.js';
import { datePart, isObject, list, obj, str, type Json } from './read.js';
import type { Issue } from './types.js';

export type FhirOut = { ok: true; resource: Json } | { ok: false; issues: Issue[] };

const UCUM = 'http://unitsofmeasure.org';

function copy(value: unknown): Json | undefined {
  if (!isObject(value)) return undefined;
  try {
    return JSON.parse(JSON.stringify(value)) as Json;
  } catch {
    return undefined;
  }
}

/** The last day of a course that stops on `stop` (its first day without the medicine). */
export function lastDayTaken(stop: IsoDate): IsoDate {
  return addDays(stop, -1);
}

/**
 * A MedicationRequest with the stop date written where US R4 systems read it: every
 * `dosageInstruction.timing.repeat.boundsPeriod.end` = stop − 1 day, and
 * `dispenseRequest.expectedSupplyDuration` = the course length in days (opioid-cds-r4 reads it for
 * acute vs long-term). Not `validityPeriod`: that is how long the prescription may be dispensed, and a
 * long one makes the order look chronic. A review date is not a course limit, so it is not written here.
 */
export function medicationRequestWithStopDate(request: unknown, options: { stopDate: IsoDate; startDate?: IsoDate }): FhirOut {
  const resource = copy(request);
  if (!resource || resource.resourceType !== 'MedicationRequest') return { ok: false, issues: [{ path: '', code: 'not-a-medication-request' }] };
  const stopDate = obj(options)?.stopDate;
  if (!isIsoDate(stopDate)) return { ok: false, issues: [{ path: 'stopDate', code: 'invalid-date' }] };
  const dosages = list(resource.dosageInstruction).filter(isObject);
  const bounds = dosages.map((d) => obj(obj(obj(d.timing)?.repeat)?.boundsPeriod)).find((b) => b !== undefined);
  const given = obj(options)?.startDate;
  const start = (isIsoDate(given) ? given : undefined) ?? datePart(bounds?.start) ?? datePart(resource.authoredOn);
  if (start && stopDate <= start) return { ok: false, issues: [{ path: 'stopDate', code: 'not-after-start', params: { start, stopDate } }] };
  const end = lastDayTaken(stopDate);
  if (dosages.length === 0) dosages.push({});
  for (const dosage of dosages) {
    const timing = obj(dosage.timing) ?? {};
    const repeat = obj(timing.repeat) ?? {};
    const period = obj(repeat.boundsPeriod) ?? {};
    // A course limit replaces any other bounds: boundsDuration and boundsRange are alternatives to it.
    delete repeat.boundsDuration;
    delete repeat.boundsRange;
    repeat.boundsPeriod = { ...period, ...(start && period.start === undefined ? { start } : {}), end };
    timing.repeat = repeat;
    dosage.timing = timing;
  }
  resource.dosageInstruction = dosages;
  if (start) {
    const dispense = obj(resource.dispenseRequest) ?? {};
    dispense.expectedSupplyDuration = { value: daysBetween(start, stopDate), unit: 'days', system: UCUM, code: 'd' };
    resource.dispenseRequest = dispense;
  }
  return { ok: true, resource };
}

/**
 * UK Transfer of Care (eDischarge) MedicationStatement with the PRSB "dose direction duration": a stop
 * date goes in `effectivePeriod.end` (stop − 1 day) and is repeated as words in
 * `dosage.additionalInstruction`; a review date goes in the words only. `instruction` is the host's own
 * sentence (from its locale catalogue), e.g. `describeStopDate` from 'opioid-elements/locales'.
 */
export function transferOfCareStatement(statement: unknown, options: {
  kind: 'stop' | 'review'; date: IsoDate; instruction: string; startDate?: IsoDate;
}): FhirOut {
  const resource = copy(statement) ?? { resourceType: 'MedicationStatement', status: 'active' };
  if (resource.resourceType !== 'MedicationStatement') return { ok: false, issues: [{ path: '', code: 'not-a-medication-statement' }] };
  const o = obj(options);
  const date = o?.date;
  const instruction = str(o?.instruction);
  if (!isIsoDate(date)) return { ok: false, issues: [{ path: 'date', code: 'invalid-date' }] };
  if (!instruction) return { ok: false, issues: [{ path: 'instruction', code: 'required' }] };
  const period = obj(resource.effectivePeriod) ?? {};
  const start = (isIsoDate(o?.startDate) ? o.startDate : undefined) ?? datePart(period.start) ?? datePart(resource.effectiveDateTime);
  if (o?.kind === 'stop') {
    if (start && date <= start) return { ok: false, issues: [{ path: 'date', code: 'not-after-start', params: { start, date } }] };
    resource.effectivePeriod = { ...period, ...(start && period.start === undefined ? { start } : {}), end: lastDayTaken(date) };
    delete resource.effectiveDateTime;
  } else if (o?.kind !== 'review') {
    return { ok: false, issues: [{ path: 'kind', code: 'invalid' }] };
  }
  const dosages = list(resource.dosage).filter(isObject);
  if (dosages.length === 0) dosages.push({});
  for (const dosage of dosages) {
    dosage.additionalInstruction = [...list(dosage.additionalInstruction), { text: instruction }];
  }
  resource.dosage = dosages;
  return { ok: true, resource };
}

export interface CarePlanOptions {
  subject?: Json;
  author?: Json;
  /** When the plan was agreed; defaults to its start date (opioid-cds-r4 Rec 2 wants one within 90 days). */
  created?: IsoDate;
  /** References (e.g. 'MedicationRequest/abc') for the plan's lines, in order; else each line is described. */
  lineReferences?: readonly string[];
  identifierSystem?: string;
}

/**
 * The plan as a CarePlan with category LOINC 80764-4 "Pain medicine Plan of care note", the category
 * opioid-cds-r4 recommendation 2 looks for. Goals (the patient's own words) become contained Goals; a
 * review date becomes a scheduled activity; a stop date ends the period (stop − 1 day).
 */
export function carePlanFromPlan(plan: unknown, options?: CarePlanOptions): FhirOut {
  const parsed = parsePlan(plan);
  if (!parsed.ok) return { ok: false, issues: parsed.issues.map((issue) => ({ path: issue.path, code: 'invalid-plan', params: { ...issue } })) };
  const p = parsed.plan;
  const o = obj(options) ?? {};
  const subject = obj(o.subject);
  const goals = (p.goals ?? []).map((text, i) => ({
    resourceType: 'Goal', id: `goal-${i + 1}`, lifecycleStatus: 'active', description: { text }, ...(subject ? { subject } : {}),
  }));
  const references = list(o.lineReferences);
  const end = p.stopDate ? lastDayTaken(p.stopDate) : undefined;
  const activity: Json[] = p.medications.map((line, i) => {
    const reference = str(references[i]);
    if (reference) return { reference: { reference } };
    return {
      detail: {
        kind: 'MedicationRequest', status: 'in-progress',
        productCodeableConcept: { text: line.product ?? line.drug }, // our drug ids are the generic (INN) names
        scheduledPeriod: { start: p.startDate, ...(end ? { end } : {}) },
      },
    };
  });
  if (p.reviewDate) activity.push({ detail: { kind: 'Appointment', status: 'scheduled', scheduledPeriod: { start: p.reviewDate } } });
  const created = isIsoDate(o.created) ? o.created : p.startDate;
  const resource: Json = {
    resourceType: 'CarePlan',
    ...(goals.length ? { contained: goals } : {}),
    identifier: [{ ...(str(o.identifierSystem) ? { system: o.identifierSystem } : {}), value: p.id }],
    status: 'active',
    intent: 'plan',
    category: [{ coding: [{ system: 'http://loinc.org', code: '80764-4', display: 'Pain medicine Plan of care note' }] }],
    ...(subject ? { subject } : {}),
    period: { start: p.startDate, ...(end ? { end } : {}) },
    created,
    ...(obj(o.author) ? { author: o.author } : {}),
    ...(goals.length ? { goal: goals.map((g) => ({ reference: `#${g.id}` })) } : {}),
    activity,
  };
  return { ok: true, resource };
}
