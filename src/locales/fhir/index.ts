/**
 * The FHIR adapter's words (`fhir` section): en-GB and en-US built in, cy and es (drafts, used only
 * with `allow-draft-locales`) loaded on demand. The elements load this whole module with `import()`
 * only when they are given FHIR, so a page without FHIR never downloads these words.
 *
 *   describeFhirNote({ code: 'dose-read-from-text', params: { text: '1 tab bd' } }, 'en-GB')
 *   // 'The dose was read from the dose text ("1 tab bd").'
 */
import type { FhirMedicationResult, Issue, Note } from '../../fhir/types.js';
import { formatters } from '../format.js';
import { wordsFor } from '../index.js';
import { defineSection, type Section } from '../section.js';
import type { LocaleTag, Params } from '../types.js';
import { enGBFhir } from './en-GB.js';
import { enUSFhir } from './en-US.js';
import { FHIR_ISSUE_CODES, FHIR_NOTE_CODES, FHIR_WHY_CODES, type FhirIssueCode, type FhirNoteCode, type FhirWhyCode, type FhirWords } from './types.js';

export { FHIR_ISSUE_CODES, FHIR_NOTE_CODES, FHIR_WHY_CODES, type FhirIssueCode, type FhirNoteCode, type FhirWhyCode, type FhirWords } from './types.js';
export { enGBFhir } from './en-GB.js';

export const fhirSection: Section<FhirWords> = defineSection('fhir', { 'en-GB': enGBFhir, 'en-US': enUSFhir }, {
  cy: () => import('./cy.js').then((module) => module.cyFhir),
  es: () => import('./es.js').then((module) => module.esFhir),
});

const isNoteCode = (code: unknown): code is FhirNoteCode => FHIR_NOTE_CODES.some((known) => known === code);
const isWhyCode = (code: unknown): code is FhirWhyCode => FHIR_WHY_CODES.some((known) => known === code);
const isIssueCode = (code: unknown): code is FhirIssueCode => FHIR_ISSUE_CODES.some((known) => known === code);
const paramsOf = (value: unknown): Params => (typeof value === 'object' && value !== null ? value as Params : {});

/** The words of `tag` now (en-GB until a draft has loaded) and its formatters. */
function speak(tag: LocaleTag | undefined) {
  const words = fhirSection.get(tag ?? 'en-GB');
  return { words, f: formatters(words.meta.tag) };
}

function safe(say: () => string, fallback: string): string {
  try {
    return say() || fallback;
  } catch {
    return fallback;
  }
}

/** An assumption as a full sentence; an unknown code is shown as it is. */
export function describeFhirNote(note: Pick<Note, 'code' | 'params'>, tag?: LocaleTag): string {
  const code = note?.code;
  if (!isNoteCode(code)) return typeof code === 'string' ? code : '';
  const { words, f } = speak(tag);
  return safe(() => words.note[code](paramsOf(note.params), f), code);
}

/** An assumption in the few words shown under a medicine row. */
export function describeFhirRowNote(note: Pick<Note, 'code' | 'params'>, tag?: LocaleTag): string {
  const code = note?.code;
  if (!isNoteCode(code)) return typeof code === 'string' ? code : '';
  const { words, f } = speak(tag);
  return safe(() => words.rowNote[code](paramsOf(note.params), f), code);
}

/** Why an unusable result was not counted: its reason as a label and the clause that explains it. */
export function describeUnusable(result: Extract<FhirMedicationResult, { kind: 'unusable' }>, tag?: LocaleTag): { reason: string; why: string } {
  const { words, f } = speak(tag);
  const p = paramsOf(result.params);
  const reason = Object.hasOwn(words.reason, result.reason) ? words.reason[result.reason] : words.reason['invalid-resource'];
  const why = isWhyCode(p.why) ? safe(() => words.why[p.why as FhirWhyCode](p, f), '')
    : result.reason === 'not-active' && typeof p.status === 'string' ? words.status(p.status) : '';
  return { reason, why: why || reason.toLowerCase() };
}

/** One result as a line of a log: what was counted, listed, or not counted and why. */
export function describeFhirResult(result: FhirMedicationResult, tag?: LocaleTag): string {
  const { words } = speak(tag);
  const say = words.result;
  const source = typeof result?.source === 'string' ? result.source : '';
  switch (result?.kind) {
    case 'opioid': return say.opioid(source, wordsFor(words.meta.tag).drug(result.line.drug) || result.line.drug,
      result.assumptions.map((note) => describeFhirNote(note, tag)).join(' '));
    case 'concurrent': return say.concurrent(source, words.concurrentKind[result.medicine.kind] ?? result.medicine.kind, result.medicine.name ?? '');
    case 'naloxone': return say.naloxone(source);
    case 'other': return say.other(source);
    case 'unusable': return say.unusable(source, describeUnusable(result, tag).why);
    default: return source;
  }
}

/** Why the record (or a resource going out) could not be used, in words. */
export function describeFhirIssue(issue: Pick<Issue, 'code' | 'params'>, tag?: LocaleTag): string {
  const { words, f } = speak(tag);
  const code = issue?.code;
  if (!isIssueCode(code)) return words.otherIssue;
  return safe(() => words.issue[code](paramsOf(issue.params), f), words.otherIssue);
}
