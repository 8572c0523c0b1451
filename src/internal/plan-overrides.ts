/**
 * The zod-free half of plan-inputs.ts (which re-exports all of it): how every widget reads what a host
 * wrote (a plan object or JSON text, and the `guidance`, `today` and `locale` attributes), without the
 * parser, so a widget that never parses a plan (the risk explainer) does not download zod. Shared by `<opioid-plan-context>` and by every widget
 * used on its own, so both read their inputs by the same rules. No DOM here beyond reading `lang`.
 */
import type { ComplexAttributeConverter } from 'lit';
import type { ValidationIssue } from '../core/parse.js';
import { GUIDANCES, type Guidance } from '../core/ids.js';
import { isIsoDate, type IsoDate } from '../core/dates.js';
import { givenParams, quoteGiven } from '../locales/common/index.js';

/** What a host may set; every field may be anything a page can put in an attribute or property. */
export interface PlanInputs {
  plan?: unknown;
  guidance?: unknown;
  today?: unknown;
  locale?: unknown;
}

/** The `guidance`, `today` and `locale` a host set explicitly (undefined when not set), with any problems. */
export interface PlanOverrides {
  guidance: Guidance | undefined;
  today: IsoDate | undefined;
  locale: string | undefined;
  issues: ValidationIssue[];
}

/**
 * The `plan` attribute holds JSON text; the property takes the plan object or that text. Keeping the
 * text as it is (not `JSON.parse` here) lets `parsePlan` report malformed JSON as a plain issue instead
 * of Lit throwing inside attribute handling.
 */
export const planAttributeConverter: ComplexAttributeConverter<unknown> = {
  fromAttribute: (value: string | null) => value,
};

/** Whether a plan was given at all: no plan (or an empty attribute) is "nothing yet", not an error. */
export function hasPlanInput(plan: unknown): boolean {
  return plan !== undefined && plan !== null && !(typeof plan === 'string' && plan.trim() === '');
}

function isUnset(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Reads the explicitly set `guidance`, `today` and `locale`; a value we cannot use is an issue, never a guess. */
export function readOverrides(inputs: PlanInputs): PlanOverrides {
  const issues: ValidationIssue[] = [];
  let guidance: Guidance | undefined;
  if (!isUnset(inputs.guidance)) {
    const wanted = String(inputs.guidance).trim().toLowerCase();
    guidance = GUIDANCES.find((id) => id === wanted);
    if (guidance === undefined) {
      // The code and the value quoted back let each element word it in its locale (locales/common).
      issues.push({ path: 'guidance', code: 'guidance-not-known', params: givenParams(inputs.guidance), message: `Guidance must be “uk” or “us”, not ${quoteGiven(inputs.guidance)}.` });
    }
  }
  let today: IsoDate | undefined;
  if (!isUnset(inputs.today)) {
    const wanted = String(inputs.today).trim();
    if (isIsoDate(wanted)) today = wanted;
    else issues.push({ path: 'today', code: 'today-not-a-date', params: givenParams(inputs.today), message: `Today must be a real calendar date written YYYY-MM-DD (for example 2026-03-05), not ${quoteGiven(inputs.today)}.` });
  }
  const locale = isUnset(inputs.locale) ? undefined : String(inputs.locale).trim();
  return { guidance, today, locale, issues };
}

/**
 * The page's language (`<html lang>`), else 'en-GB', the library's default. A bare `en` does not say
 * which English, and Intl would read it as US (dates "Nov 21"), so it gets the UK default too.
 */
export function pageLocale(node?: Node): string {
  const lang = (node?.ownerDocument ?? globalThis.document)?.documentElement?.lang?.trim();
  return !lang || /^en$/i.test(lang) ? 'en-GB' : lang;
}
