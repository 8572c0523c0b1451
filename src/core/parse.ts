/**
 * Validation that never throws and speaks in codes: every problem comes back as `{ path, code, params }`,
 * e.g. `{ path: 'medications[0].strength.value', code: 'too-small', params: { field: 'value', min: 0 } }`,
 * so an element can show clinicians exactly which field is wrong, in words from its locale catalogue
 * (`describeIssue` in 'opioid-elements/locales': "Strength must be more than 0.").
 */
import * as z from 'zod/mini';
import { stripBidiControls } from './bidi.js';
import { OpioidPlanSchema, type OpioidPlan } from './schema.js';

export interface ValidationIssue {
  /** Where the problem is, e.g. `medications[1].dosesPerDay`; '' for the input as a whole. */
  path: string;
  /**
   * What is wrong, for the locale catalogues (`describeIssue`): 'required', 'wrong-type', 'unknown-field',
   * 'not-one-of', 'too-small', 'too-big', 'too-few-items', 'too-many-items', 'empty-text', 'text-too-long',
   * 'unreadable', 'invalid-json', or a rule's own code ('unit-for-route', 'patch-doses-per-day', …).
   */
  code: string;
  /** What a sentence about the issue needs: `field` (the key at the end of the path) and the rule's values. */
  params?: Record<string, unknown>;
  /**
   * Never set by the core. An element's own issue (in its `opioid-error` event) may carry the words it
   * showed, for a host that logs them; the core's issues are worded by `describeIssue`.
   */
  message?: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/**
 * What a value that has the wrong type is, as a code the catalogues word ("must be a number, not text"):
 * 'string', 'number', 'boolean', 'object', 'array', 'null', 'non-finite-number', … (`typeof` otherwise).
 */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'non-finite-number';
  return typeof value;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) =>
    typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key), '');
}

function fieldOf(path: readonly PropertyKey[]): string | undefined {
  const key = [...path].reverse().find((segment) => typeof segment === 'string');
  return key === undefined ? undefined : stripBidiControls(key);
}

function issue(path: readonly PropertyKey[], code: string, params: Record<string, unknown> = {}): ValidationIssue {
  const field = fieldOf(path);
  return { path: formatPath(path), code, params: field === undefined ? params : { field, ...params } };
}

/** The schemas' own rules (the rule's code is the zod issue's message, its values the issue's params). */
const RULE_CODES: ReadonlySet<string> = new Set([
  'unit-for-route', 'dose-too-large', 'not-a-patch-drug', 'patch-doses-per-day', 'patch-as-needed', 'patch-count-not-patch',
  'max-doses-needs-as-needed', 'doses-per-day-required', 'purpose-not-substitution', 'substitution-drug-required',
  'before-start', 'not-a-date',
  // The content pack's own checks (src/core/risk/pack-schema.ts `PACK_RULE_CODES`; a test keeps the two in step).
  'pack-digits', 'pack-placeholder', 'pack-brace', 'pack-slug', 'pack-locale', 'pack-range-order', 'pack-group-missing',
  'pack-count-kind', 'pack-count-above-denominator', 'pack-below-with-at-most', 'pack-band-top-order', 'pack-band-overlap',
  'pack-id-twice',
]);

/** zod's issue → our code and parameters. One zod issue can become several (one per unknown key). */
function toCodedIssues(zodIssue: z.core.$ZodIssue): ValidationIssue[] {
  const path = zodIssue.path;
  switch (zodIssue.code) {
    case 'invalid_type':
      if (zodIssue.input === undefined) return [issue(path, 'required')];
      return [issue(path, 'wrong-type', { expected: zodIssue.expected, received: kindOf(zodIssue.input) })];
    case 'unrecognized_keys':
      // The key is the host's text: without direction controls, or it could reverse the sentence.
      return zodIssue.keys.map((key) => ({ path: formatPath([...path, key]), code: 'unknown-field', params: { key: stripBidiControls(key) } }));
    case 'invalid_value':
      if (zodIssue.input === undefined) return [issue(path, 'required')];
      return [issue(path, 'not-one-of', { values: zodIssue.values.map(String) })];
    case 'too_small': {
      const min = Number(zodIssue.minimum);
      if (zodIssue.origin === 'array') return [issue(path, 'too-few-items', { min })];
      if (zodIssue.origin === 'string') return [issue(path, 'empty-text')];
      return [issue(path, 'too-small', { min, inclusive: zodIssue.inclusive === true })];
    }
    case 'too_big': {
      const max = Number(zodIssue.maximum);
      if (zodIssue.origin === 'array') return [issue(path, 'too-many-items', { max })];
      if (zodIssue.origin === 'string') return [issue(path, 'text-too-long', { max })];
      return [issue(path, 'too-big', { max, inclusive: zodIssue.inclusive === true })];
    }
    default: {
      const params = (zodIssue as { params?: Record<string, unknown> }).params ?? {};
      // A check without a code of its own (the content pack's) gives its text as a parameter.
      return [RULE_CODES.has(zodIssue.message) ? issue(path, zodIssue.message, params) : issue(path, 'rule', { text: zodIssue.message })];
    }
  }
}

/** zod keeps each issue's input (a missing field is told from a wrong one by it); one object for every parse. */
const PARSE_CONTEXT = Object.freeze({ reportInput: true });

/** Validate `input` against any of the library's schemas; never throws. */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown): ParseResult<z.output<S>> {
  try {
    const result = z.safeParse(schema, input, PARSE_CONTEXT);
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, issues: result.error.issues.flatMap(toCodedIssues) };
  } catch {
    // A getter that throws or a proxy can break parsing; that is bad input too.
    return { ok: false, issues: [{ path: '', code: 'unreadable', params: {} }] };
  }
}

/**
 * Validate a plan. Accepts the plan object or its JSON text (as an attribute or a
 * `<script type="application/json">` gives it). Never throws.
 */
export function parsePlan(input: unknown):
  { ok: true; plan: OpioidPlan } | { ok: false; issues: ValidationIssue[] } {
  let value = input;
  if (typeof input === 'string') {
    const json = parseJson(input);
    if (!json.ok) return json;
    value = json.value;
  }
  const result = parseWith(OpioidPlanSchema, value);
  return result.ok ? { ok: true, plan: result.value } : result;
}

/** JSON.parse that reports instead of throwing. */
export function parseJson(text: string): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, issues: [{ path: '', code: 'invalid-json', params: {} }] };
  }
}
