/**
 * Safe readers for untrusted JSON: a FHIR resource from another system may be any shape, so nothing
 * here assumes a field exists or has the type the specification gives it.
 */
import { isIsoDate, type IsoDate } from '../core/dates.js';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function obj(value: unknown): Json | undefined {
  return isObject(value) ? value : undefined;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  // FHIR JSON decimals are numbers, but some exports write them as strings ("2.0").
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}

/** The calendar date a FHIR date or dateTime names, as written (its own time zone, not ours). */
export function datePart(value: unknown): IsoDate | undefined {
  if (typeof value !== 'string') return undefined;
  const date = value.slice(0, 10);
  return isIsoDate(date) && (value.length === 10 || value[10] === 'T') ? date : undefined;
}

/** Every `code`/`system` pair and every text of a CodeableConcept. */
export function codings(concept: unknown): { system?: string; code?: string; display?: string }[] {
  return list(obj(concept)?.coding).flatMap((coding) => {
    const c = obj(coding);
    return c ? [{ system: str(c.system), code: typeof c.code === 'number' ? String(c.code) : str(c.code), display: str(c.display) }] : [];
  });
}

export function conceptTexts(concept: unknown): string[] {
  const texts = [str(obj(concept)?.text), ...codings(concept).map((c) => c.display)];
  return texts.filter((text): text is string => text !== undefined);
}
