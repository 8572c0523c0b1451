/**
 * What the list was given: which input (`.plans`, else `.fhir`, else a child JSON script: an array,
 * or a FHIR Bundle) and the settings it is read under (guidance, today, threshold, locale). A problem
 * with either is an issue with a code, worded by the element; nothing here throws. DOM-free.
 */
import type { IsoDate } from '../../core/dates.js';
import { thresholdFor } from '../../core/guidance.js';
import type { ValidationIssue } from '../../core/parse.js';
import { readOverrides } from '../../internal/plan-inputs.js';
import { enGBCommon } from '../../locales/common/en-GB.js';
import { enGBReview } from '../../locales/review/index.js';
import type { AssessOptions } from './review-model.js';
import { REVIEW_ISSUES } from './review-format.js';

const notAList = (path: string): ValidationIssue => ({ path, code: REVIEW_ISSUES.notAList, message: enGBReview.notAList });
export const notABundle = (): ValidationIssue => ({ path: 'fhir', code: REVIEW_ISSUES.notABundle, message: enGBReview.notABundle });

export type SourceKind = 'plans' | 'fhir' | 'json' | 'none';

export interface Source {
  kind: SourceKind;
  source: unknown;
  /** A child script's text (its text, not the new object parsed from it, says whether it changed). */
  text?: string;
  issue?: ValidationIssue;
}

/** Which input the host gave: `.plans`, else `.fhir`, else a child JSON script (an array, or a Bundle). */
export function readSource(plans: unknown, fhir: unknown, scriptText: string | undefined): Source {
  if (plans !== undefined && plans !== null) {
    return Array.isArray(plans) ? { kind: 'plans', source: plans } : { kind: 'none', source: undefined, issue: notAList('plans') };
  }
  if (fhir !== undefined && fhir !== null) return { kind: 'fhir', source: fhir };
  const text = scriptText;
  if (text === undefined || text.trim() === '') return { kind: 'none', source: undefined };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'none', source: undefined, issue: { path: '', code: REVIEW_ISSUES.notJson, message: enGBReview.notJson } };
  }
  if (Array.isArray(value)) return { kind: 'json', source: value, text };
  if (typeof value === 'object' && value !== null && 'resourceType' in value) return { kind: 'fhir', source: value, text };
  return { kind: 'none', source: undefined, issue: notAList('') };
}

export interface ListSettings {
  guidance: unknown;
  today: unknown;
  locale: unknown;
  threshold: unknown;
}

/** The options every row is read under, or the issues that stop the list (a bad date, guidance or threshold). */
export function readSettings(given: ListSettings, defaults: { today: IsoDate; locale: string }): { options: AssessOptions | undefined; issues: ValidationIssue[] } {
  const overrides = readOverrides({ guidance: given.guidance, today: given.today, locale: given.locale });
  const issues = [...overrides.issues];
  const threshold = (given.threshold ?? undefined) as number | undefined;
  if (threshold !== undefined) {
    const check = thresholdFor(threshold, 'uk');
    if (!check.ok) {
      const { min, max } = check.params;
      issues.push({ path: 'threshold', code: check.code, params: { min, max }, message: enGBCommon.thresholdRange(String(min), String(max)) });
    }
  }
  if (issues.length > 0) return { options: undefined, issues };
  return {
    options: {
      guidance: overrides.guidance ?? 'uk',
      today: overrides.today ?? defaults.today,
      threshold,
      locale: overrides.locale ?? defaults.locale,
    },
    issues,
  };
}
