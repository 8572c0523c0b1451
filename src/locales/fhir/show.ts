/**
 * Shows a parameter of a FHIR result inside a sentence: a number through the locale's formatter, a
 * string as it came (direction controls removed, one line, at most 120 characters), a quantity
 * (`{ value, unit }`) as both, anything else as '?'. Never throws, never prints "undefined".
 */
import { stripBidiControls } from '../../core/bidi.js';
import type { Formatters } from '../format.js';

const MAX = 120;

export function shown(value: unknown, f: Formatters): string {
  if (typeof value === 'number') return Number.isFinite(value) ? f.amount(Number(value.toFixed(3))) : '?';
  if (typeof value === 'string') {
    const clean = stripBidiControls(value).replace(/\s+/g, ' ').trim();
    return clean.length > MAX ? `${clean.slice(0, MAX - 1)}…` : clean || '?';
  }
  if (value && typeof value === 'object' && 'value' in value && 'unit' in value) {
    const { value: v, unit } = value as { value: unknown; unit: unknown };
    return `${shown(v, f)} ${shown(unit, f)}`;
  }
  return '?';
}

/** An ISO date as the locale writes it in full, or the text as given when it is not one. */
export function shownDate(value: unknown, f: Formatters): string {
  return f.date(value, 'long') || shown(value, f);
}
