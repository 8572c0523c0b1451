/**
 * A FHIR Bundle of many patients as review-list entries: medication resources grouped by the patient
 * they are for (`subject`, or STU3's `patient`), each group read into a plan by the FHIR adapter
 * (`planFromFhir`, the same reader as for one patient), and the person's display fields taken only from
 * that patient's own Patient resource (name, first identifier, age from the birth date) when the Bundle
 * has one. A group the adapter cannot read is an entry whose row says why. DOM-free; the element loads
 * this module (and the adapter) only when it is given FHIR.
 */
import { daysBetween, isIsoDate, type IsoDate } from '../../core/dates.js';
import type { Guidance } from '../../core/ids.js';
import type { ValidationIssue } from '../../core/parse.js';
import type { CodeTable } from '../../core/coded-medicine.js';
import { planFromFhir } from '../../fhir/index.js';
import { enGBReview as w, type ReviewFhirReason } from '../../locales/review/index.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

export interface FhirReviewEntry {
  person: { name?: string; identifier?: string; age?: string };
  plan: unknown;
  /** Set when the adapter could not make a plan: the row shows these instead. */
  problems?: ValidationIssue[];
}

const MAX_DEPTH = 4;
const MEDICATIONS = ['MedicationRequest', 'MedicationStatement'];

function nameOf(patient: Json): string | undefined {
  const names = Array.isArray(patient.name) ? patient.name.filter(isObject) : [];
  const human = names.find((name) => name.use === 'official') ?? names[0];
  if (!human) return undefined;
  const given = Array.isArray(human.given) ? human.given.map(text).filter(Boolean).join(' ') : '';
  const family = text(human.family);
  return text(human.text) ?? (family ? `${family.toUpperCase()}${given ? `, ${given}` : ''}` : given || undefined);
}

function ageOf(patient: Json, today: IsoDate): string | undefined {
  const born = text(patient.birthDate);
  if (!born || !isIsoDate(born.slice(0, 10)) || !isIsoDate(today)) return undefined;
  const birth = born.slice(0, 10);
  let years = Number(today.slice(0, 4)) - Number(birth.slice(0, 4));
  if (today.slice(5) < birth.slice(5)) years -= 1;
  return years >= 0 && daysBetween(birth, today) >= 0 ? String(years) : undefined;
}

function referenceOf(resource: Json): string | undefined {
  const subject = isObject(resource.subject) ? resource.subject : isObject(resource.patient) ? resource.patient : undefined;
  return subject ? text(subject.reference) : undefined;
}

/**
 * A reason the adapter gave as a coded problem: the row words it in the list's locale (review-format.ts
 * `reviewIssueText`); the English message is for opioid-error.
 */
function fhirProblem(path: string, code: unknown): ValidationIssue {
  const reason: ReviewFhirReason = typeof code === 'string' && Object.hasOwn(w.fhirIssue, code) ? code as ReviewFhirReason : 'other';
  return { path, code: 'review-fhir', params: { reason }, message: w.fhirIssue[reason] };
}

/** Entries, one per patient the Bundle's medicines are for, in the order each patient first appears. */
export function entriesFromFhir(input: unknown, options: { today: IsoDate; guidance: Guidance; codes?: CodeTable[] }):
  { ok: true; entries: FhirReviewEntry[] } | { ok: false } {
  const patients = new Map<string, Json>();
  const groups = new Map<string, Json[]>();
  const shared: Json[] = [];
  let seen = 0;
  const add = (value: unknown, fullUrl: string | undefined, depth: number): void => {
    if (!isObject(value) || depth > MAX_DEPTH || seen > 500_000) return;
    seen += 1;
    const type = text(value.resourceType);
    if (type === 'Bundle') {
      for (const entry of Array.isArray(value.entry) ? value.entry : []) {
        if (isObject(entry)) add(entry.resource, text(entry.fullUrl), depth + 1);
      }
    } else if (type === 'Patient') {
      const id = text(value.id);
      if (id) patients.set(`Patient/${id}`, value);
      if (fullUrl) patients.set(fullUrl, value);
    } else if (type !== undefined && MEDICATIONS.includes(type)) {
      const key = referenceOf(value) ?? '';
      const group = groups.get(key) ?? [];
      group.push(value);
      groups.set(key, group);
    } else if (type === 'Medication' || type === 'Condition') {
      shared.push(value);
    }
  };
  try {
    if (Array.isArray(input)) input.forEach((item) => add(item, undefined, 1));
    else if (isObject(input) && text(input.resourceType)) add(input, undefined, 0);
    else return { ok: false };
  } catch {
    return { ok: false };
  }
  const entries: FhirReviewEntry[] = [];
  for (const [reference, resources] of groups) {
    const patient = patients.get(reference);
    const person: FhirReviewEntry['person'] = {};
    const name = patient ? nameOf(patient) : undefined;
    if (name) person.name = name;
    const identifier = patient && Array.isArray(patient.identifier) ? patient.identifier.filter(isObject).map((id) => text(id.value)).find(Boolean) : undefined;
    if (identifier) person.identifier = identifier;
    const age = patient ? ageOf(patient, options.today) : undefined;
    if (age) person.age = age;
    if (!person.name && !person.identifier && reference) person.identifier = reference;
    const id = (reference || 'fhir-no-patient').replace(/^.*\//, 'fhir-').slice(0, 100);
    const read = planFromFhir([...resources, ...shared], { today: options.today, guidance: options.guidance, id, codes: options.codes });
    entries.push(read.ok ? { person, plan: read.plan }
      : { person, plan: undefined, problems: read.issues.map((issue) => fhirProblem(issue.path, issue.code)) });
  }
  return { ok: true, entries };
}
