/**
 * Checking a pack's sentence templates (the rules are in `template.ts`). Only the pack schema uses
 * this, so it sits apart from `fillTemplate`: a page showing the built-in pack never loads it.
 */
import { PLACEHOLDER } from './template.js';

/** Any decimal digit in any script (Arabic-Indic, Devanagari, … as well as 0–9). */
const DIGIT = /\p{Nd}/u;

/** The placeholder names a template uses, in order, repeats included. */
export function placeholdersIn(template: string): string[] {
  if (typeof template !== 'string') return [];
  return Array.from(template.matchAll(PLACEHOLDER), (match) => match[1] ?? '');
}

/** One problem of a template, as a code the locale catalogues word (`pack-digits`, `pack-placeholder`, `pack-brace`). */
export interface TemplateProblem {
  code: 'pack-digits' | 'pack-placeholder' | 'pack-brace' | 'wrong-type' | 'required';
  params: Record<string, unknown>;
}

/**
 * What is wrong with a template, for the pack's error list: digits (a number must come from a figure's
 * count, where it carries its source), placeholders this template may not use (`name`, and the
 * `allowed` ones, none for a text that takes none), and braces that do not pair up.
 */
export function templateProblems(template: string, allowed: readonly string[]): TemplateProblem[] {
  if (template === undefined) return [{ code: 'required', params: {} }];
  if (typeof template !== 'string') {
    return [{ code: 'wrong-type', params: { expected: 'string', received: template === null ? 'null' : Array.isArray(template) ? 'array' : typeof template } }];
  }
  // Names are text; anything else in the list could not be printed (or would throw when it was).
  allowed = Array.isArray(allowed) ? allowed.filter((name) => typeof name === 'string') : [];
  const problems: TemplateProblem[] = [];
  if (DIGIT.test(template)) problems.push({ code: 'pack-digits', params: {} });
  for (const name of new Set(placeholdersIn(template))) {
    if (!allowed.includes(name)) problems.push({ code: 'pack-placeholder', params: { name, allowed: [...allowed] } });
  }
  if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) problems.push({ code: 'pack-brace', params: {} });
  return problems;
}
