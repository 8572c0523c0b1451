/**
 * Guards for reading a result's parameters inside a message: the parameters come from the core, but a
 * host may pass a flag it built or changed itself, and a message must still never throw or print
 * "undefined", "NaN" or "[object Object]".
 */
import { stripBidiControls } from '../core/bidi.js';
import type { Catalogue, Params, Words } from './types.js';

export function num(params: Params, key: string): number {
  const value = params[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : Number.NaN;
}

/** Free text from the plan (a name, a product): one line, direction controls removed. */
export function str(params: Params, key: string): string {
  const value = params[key];
  return typeof value === 'string' ? stripBidiControls(value).replace(/\s+/g, ' ').trim() : '';
}

/** Text exactly as given (a key the host misspelt, quoted back), direction controls removed. */
export function raw(params: Params, key: string): string {
  const value = params[key];
  return typeof value === 'string' ? stripBidiControls(value) : '';
}

export function bool(params: Params, key: string): boolean {
  return params[key] === true;
}

export function list(params: Params, key: string): readonly unknown[] {
  const value = params[key];
  return Array.isArray(value) ? value : [];
}

export function strings(params: Params, key: string): string[] {
  return list(params, key).filter((item): item is string => typeof item === 'string');
}

/** A study population by its code (`catalogue.population`); '' for one the catalogue does not know. */
export function population(params: Params, words: Words): string {
  const code = str(params, 'population');
  return Object.hasOwn(words.catalogue.population, code) ? words.catalogue.population[code as keyof Catalogue['population']] : '';
}

/** The first letter upper case (for a list of names that starts a sentence). */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
