/**
 * The prompt's date as FHIR the receiving record can store, loaded with `import()` the first time a
 * host gives the prompt a MedicationRequest (`fhir-request`), so a prompt without FHIR never downloads
 * it. Built with the FHIR adapter's out functions (src/fhir/out.ts), which hold the one date rule:
 * FHIR's Period.end is the last day taken, so end = stop − 1 day.
 *
 * - `medicationRequestPatch`: a copy of the host's MedicationRequest with every
 *   `dosageInstruction.timing.repeat.boundsPeriod.end` = stop − 1 and
 *   `dispenseRequest.expectedSupplyDuration` = the course in days (US R4). A review date is not a course
 *   limit, so for a review date it is null.
 * - `transferOfCare`: a UK Transfer of Care MedicationStatement for the same medicine (PRSB "dose
 *   direction duration"): `effectivePeriod.end` = stop − 1 for a stop date, and the sentence in
 *   `dosage.additionalInstruction` for either kind.
 * - `text`: the discharge sentence, and `html`: the same words escaped in a `<p>`, for a host to put in
 *   "Actions for healthcare professionals". A string for the host; the widget never renders it as HTML.
 */
import type { IsoDate } from '../../core/dates.js';
import { medicationRequestWithStopDate, transferOfCareStatement } from '../../fhir/out.js';
import type { Issue } from '../../fhir/types.js';
import type { ValidationIssue } from '../../core/parse.js';
import { describeFhirIssue, fhirSection } from '../../locales/fhir/index.js';
import type { LocaleTag } from '../../locales/types.js';
import type { StopDateKind } from './stop-date-rules.js';
import { sentence as dischargeSentence, type Wording } from './stop-date-model.js';

type Json = Record<string, unknown>;

/** What `opioid-stop-date-change` carries as `detail.fhir` when the host set `fhir-request`. */
export interface StopDateFhir {
  /** The host's MedicationRequest with the stop date written in (null for a review date, or when it could not be). */
  medicationRequestPatch: Json | null;
  /** A UK Transfer of Care MedicationStatement carrying the date (null when it could not be made). */
  transferOfCare: Json | null;
  /** The discharge sentence. */
  text: string;
  /** The sentence as a safe HTML fragment: escaped text in a `<p lang>`. */
  html: string;
  /** Why a resource is null (codes from the FHIR adapter: `not-after-start`, `invalid-date`, …). */
  issues: Issue[];
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to place in HTML, as text (never markup). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] as string);
}

/** The MedicationStatement a discharge summary sends for the request's medicine: its medicine, patient and dose words. */
function statementFor(request: Json): Json {
  const dosage = (Array.isArray(request.dosageInstruction) ? request.dosageInstruction : [])
    .filter(isObject).map((d) => (typeof d.text === 'string' ? { text: d.text } : {}));
  return {
    resourceType: 'MedicationStatement', status: 'active',
    ...(request.medicationCodeableConcept !== undefined ? { medicationCodeableConcept: request.medicationCodeableConcept } : {}),
    ...(request.medicationReference !== undefined ? { medicationReference: request.medicationReference } : {}),
    ...(request.subject !== undefined ? { subject: request.subject } : {}),
    ...(typeof request.id === 'string' ? { basedOn: [{ reference: `MedicationRequest/${request.id}` }] } : {}),
    ...(dosage.length > 0 ? { dosage } : {}),
  };
}

/** The MedicationRequest a host gave (the object or its JSON text), or undefined when it is not one. */
export function requestOf(given: unknown): Json | undefined {
  let value = given;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  return isObject(value) && value.resourceType === 'MedicationRequest' ? value : undefined;
}

/**
 * The input issue for a `fhir-request` that is not a MedicationRequest, in the prompt's locale (the
 * `fhir` section's words; `loaded` is called when a draft's words arrive), or undefined when it is one.
 */
export function requestIssue(given: unknown, tag: LocaleTag, loaded: () => void): ValidationIssue | undefined {
  if (requestOf(given)) return undefined;
  if (!fhirSection.has(tag)) void fhirSection.load(tag).then((words) => { if (words.meta.tag === tag) loaded(); });
  const code = 'not-a-medication-request';
  return { path: 'fhir-request', code, params: { field: 'fhir-request' }, message: describeFhirIssue({ code }, tag) };
}

/** The date as FHIR, or null when there is no valid date or the host's request is not a MedicationRequest. */
export function stopDateFhir(given: unknown, state: {
  valid: boolean; value: IsoDate; kind: StopDateKind; start: IsoDate; drug: unknown; indication: unknown; wording: Wording;
}): StopDateFhir | null {
  const { valid, value: date, kind, start, wording } = state;
  const request = requestOf(given);
  if (!valid || !request) return null;
  const sentence = dischargeSentence(state, wording);
  const tag = wording.words.meta.tag;
  const issues: Issue[] = [];
  let medicationRequestPatch: Json | null = null;
  if (kind === 'stop') {
    const patched = medicationRequestWithStopDate(request, { stopDate: date, startDate: start });
    if (patched.ok) medicationRequestPatch = patched.resource;
    else issues.push(...patched.issues);
  }
  const statement = transferOfCareStatement(statementFor(request), { kind, date, instruction: sentence, startDate: start });
  if (!statement.ok) issues.push(...statement.issues);
  return {
    medicationRequestPatch,
    transferOfCare: statement.ok ? statement.resource : null,
    text: sentence,
    html: `<p lang="${escapeHtml(tag)}">${escapeHtml(sentence)}</p>`,
    issues,
  };
}
