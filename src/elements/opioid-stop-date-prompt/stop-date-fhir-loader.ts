/**
 * Loads the prompt's FHIR output (stop-date-fhir.ts) with `import()` the first time a host gives a
 * prompt a `fhir-request`, once per page: a prompt without one never downloads it.
 */
import type { ValidationIssue } from '../../core/parse.js';
import type { LocaleTag } from '../../locales/types.js';
import type { StopDateFhir } from './stop-date-fhir.js';

type FhirOut = typeof import('./stop-date-fhir.js');

let loading: Promise<FhirOut> | undefined;
let loaded: FhirOut | undefined;
const load = (): Promise<FhirOut> => (loading ??= import('./stop-date-fhir.js').then((module) => (loaded = module)));

/**
 * The input issue for a `fhir-request` that is not a MedicationRequest, worded in `tag`; undefined for
 * one that is, and while the code loads (fetched now, so the change event does not wait): `ready` is
 * called when the answer may have changed.
 */
export function fhirRequestIssue(given: unknown, tag: LocaleTag, ready: () => void): ValidationIssue | undefined {
  if (loaded) return loaded.requestIssue(given, tag, ready);
  load().then(ready, () => undefined);
  return undefined;
}

/** `detail.fhir` of a change: the date as FHIR, or null (no valid date, not a request, or the code did not load). */
export function fhirDetail(given: unknown, state: Parameters<FhirOut['stopDateFhir']>[1]): Promise<StopDateFhir | null> {
  return load().then((out) => out.stopDateFhir(given, state), () => null);
}
