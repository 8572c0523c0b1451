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

/**
 * What is wrong with a template, as sentence endings ("must not …") for the pack's error list:
 * digits, placeholders this template may not use, and braces that do not pair up.
 */
export function templateProblems(template: string, allowed: readonly string[]): string[] {
  if (typeof template !== 'string') return ['must be text'];
  // Names are text; anything else in the list could not be printed (or would throw when it was).
  allowed = Array.isArray(allowed) ? allowed.filter((name) => typeof name === 'string') : [];
  const problems: string[] = [];
  if (DIGIT.test(template)) {
    problems.push('must not contain digits: give numbers as a figure\'s count, where they carry their source');
  }
  for (const name of new Set(placeholdersIn(template))) {
    if (!allowed.includes(name)) {
      problems.push(allowed.length === 0
        ? `must not contain {${name}}: this text takes no placeholders`
        : `must not contain {${name}}: use only ${allowed.map((known) => `{${known}}`).join(', ')}`);
    }
  }
  if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) {
    problems.push('must not contain a { or } that is not part of a {placeholder}');
  }
  return problems;
}
