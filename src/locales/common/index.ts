/**
 * The words every element shares (`common`): the error block and the problems with a widget's own
 * settings. en-GB and en-US are built in; cy and es load on demand.
 *
 * A settings problem carries a code and parameters like the core's validation issues, so any widget
 * words it in its locale: `describeElementIssue` takes these codes first, then the core's
 * (`describeIssue`), and an issue with neither keeps its own message.
 */
import { stripBidiControls } from '../../core/bidi.js';
import type { ValidationIssue } from '../../core/parse.js';
import { formatters } from '../format.js';
import { describeCoreIssue } from '../issue-words.js';
import { defineSection, type Section } from '../section.js';
import type { LocaleTag } from '../types.js';
import { enGBCommon } from './en-GB.js';
import { enUSCommon } from './en-US.js';
import type { CommonWords } from './types.js';

export type { CommonWords, GivenWords } from './types.js';

export const commonSection: Section<CommonWords> = defineSection('common', { 'en-GB': enGBCommon, 'en-US': enUSCommon }, {
  cy: () => import('./cy.js').then((module) => module.cyCommon),
  es: () => import('./es.js').then((module) => module.esCommon),
});

export type GivenKind = 'empty' | 'object' | 'invalid-number' | 'infinite-number';

/**
 * What a setting's bad value was, as parameters a sentence can quote: `{ given: 'eu' }` (one line, at
 * most 40 characters and "…", direction controls removed), or `{ givenKind }` for a value that is not text.
 */
export function givenParams(value: unknown): { given: string } | { givenKind: GivenKind } {
  if (value === undefined || value === null) return { givenKind: 'empty' };
  if (typeof value === 'object' || typeof value === 'function') return { givenKind: 'object' };
  if (typeof value === 'number' && Number.isNaN(value)) return { givenKind: 'invalid-number' };
  if (typeof value === 'number' && !Number.isFinite(value)) return { givenKind: 'infinite-number' };
  let text: string;
  try {
    text = stripBidiControls(typeof value === 'string' ? value : String(value));
  } catch {
    return { givenKind: 'object' };
  }
  return { given: text.length > 40 ? `${text.slice(0, 40)}…` : text };
}

/**
 * A value as an error message quotes it, in `tag`'s words: “60mg” (at most 40 characters and "…", without
 * direction controls, which would reverse the rest of the message), or, for a value with no text of its
 * own, "an empty value", "an object", "an invalid number", "an infinite number": never "undefined",
 * "NaN" or "[object Object]", and never a throw from an object without toString.
 */
export function quoteGiven(value: unknown, tag: LocaleTag = 'en-GB'): string {
  return given(givenParams(value), commonSection.get(tag));
}

function given(params: Readonly<Record<string, unknown>>, words: CommonWords): string {
  if (typeof params.given === 'string') return words.given.quoted(stripBidiControls(params.given));
  switch (params.givenKind) {
    case 'object': return words.given.object;
    case 'invalid-number': return words.given.invalidNumber;
    case 'infinite-number': return words.given.infiniteNumber;
    default: return words.given.empty;
  }
}

function describeCode(code: string, params: Readonly<Record<string, unknown>>, tag: LocaleTag): string | undefined {
  const words = commonSection.get(tag);
  const number = (key: string) => formatters(words.meta.tag).count(params[key]);
  switch (code) {
    case 'guidance-not-known': return words.guidanceNotKnown(given(params, words));
    case 'today-not-a-date': return words.todayNotADate(given(params, words));
    case 'settings-unreadable': return words.settingsUnreadable;
    case 'display-failed': return words.couldNotDisplay(typeof params.detail === 'string' ? stripBidiControls(params.detail) : '');
    case 'threshold-not-a-number':
    case 'threshold-out-of-range': return words.thresholdRange(number('min'), number('max'));
    default: return undefined;
  }
}

/**
 * One of the shared settings problems (guidance, today, threshold, a widget that failed to display) in
 * `tag`'s words; undefined for any other issue. Never throws.
 */
export function describeCommonIssue(issue: Pick<ValidationIssue, 'code' | 'params'>, tag: LocaleTag): string | undefined {
  try {
    if (typeof issue !== 'object' || issue === null || typeof issue.code !== 'string') return undefined;
    const params = typeof issue.params === 'object' && issue.params !== null ? issue.params : {};
    return describeCode(issue.code, params, tag);
  } catch {
    return undefined;
  }
}

/**
 * A problem an element shows in its error block, in `tag`'s words: a shared settings code, else a core
 * validation code (`describeIssue`), else the issue's own message. Never throws.
 */
export function describeElementIssue(issue: Pick<ValidationIssue, 'code' | 'params' | 'message'>, tag: LocaleTag): string {
  try {
    if (typeof issue !== 'object' || issue === null) return '';
    return describeCommonIssue(issue, tag) ?? describeCoreIssue(issue, tag);
  } catch {
    return typeof issue?.message === 'string' ? issue.message : '';
  }
}
