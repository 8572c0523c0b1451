/**
 * Validation that never throws and speaks plainly: every problem comes back as
 * `{ path, message }`, e.g. `{ path: 'medications[0].strength.value', message: 'Strength must be more than 0.' }`,
 * so an element can show clinicians exactly which field is wrong.
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
  code?: string;
  /** What a sentence about the issue needs: `field` (the key at the end of the path) and the rule's values. */
  params?: Record<string, unknown>;
  /** One plain-English sentence. */
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** Human names for the fields people meet in messages; other keys are shown as written. */
const FIELD_LABELS: Record<string, string> = {
  id: 'Plan id', indication: 'Indication', medications: 'Medicines', drug: 'Drug', route: 'Route',
  strength: 'Strength', value: 'Strength', unit: 'Unit', dosesPerDay: 'Doses per day',
  asNeeded: 'As needed', maxDosesPerDay: 'Most doses in a day', product: 'Product name',
  purpose: 'Purpose', startDate: 'Start date', reviewDate: 'Review date', stopDate: 'Stop date',
  goals: 'Goals', taper: 'Taper', startDose: 'Starting dose', percent: 'Reduction percentage',
  intervalDays: 'Days between reductions', basis: 'Reduction basis', roundTo: 'Rounding step',
  minimumDose: 'Smallest dose', holds: 'Pauses', step: 'Pause step', intervals: 'Pause length',
  concurrentMedicines: 'Other medicines', kind: 'Kind', name: 'Name', dose: 'Dose',
  naloxoneSupplied: 'Naloxone supplied', prescriber: 'Prescriber', team: 'Team', contact: 'Contact',
  patchCount: 'Patches worn together', source: 'Source', careTeam: 'Care team', role: 'Role',
  responsibilities: 'Responsibilities', riskFactors: 'Risk factors', overdoseHistory: 'History of overdose',
  substanceUseDisorder: 'History of substance use disorder',
  mdtReview: 'MDT review', date: 'Date', outcome: 'Outcome', notes: 'Notes', guidance: 'Guidance',
};

const TYPE_NAMES: Record<string, string> = {
  string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false',
  object: 'an object', array: 'a list',
};

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) =>
    typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key), '');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'not a finite number';
  return TYPE_NAMES[typeof value] ?? typeof value;
}

function sentence(path: readonly PropertyKey[], body: string): string {
  const key = [...path].reverse().find((segment) => typeof segment === 'string');
  const label = key === undefined ? 'This value' : FIELD_LABELS[key] ?? key;
  return `${label} ${body}.`;
}

function fieldOf(path: readonly PropertyKey[]): string | undefined {
  const key = [...path].reverse().find((segment) => typeof segment === 'string');
  return key === undefined ? undefined : stripBidiControls(key);
}

function issue(path: readonly PropertyKey[], code: string, params: Record<string, unknown>, body: string): ValidationIssue {
  const field = fieldOf(path);
  return { path: formatPath(path), code, params: field === undefined ? params : { field, ...params }, message: sentence(path, body) };
}

/**
 * English for the schemas' own rules (the rule's code is the zod issue's message, its values the
 * issue's params). The locale catalogues hold the same sentences for every language.
 */
function ruleText(code: string, params: Record<string, unknown>): string {
  switch (code) {
    case 'unit-for-route': return `must be ${String(params.expected)} for the ${String(params.route)} route`;
    case 'dose-too-large': return params.patch === true
      ? `must be at most ${String(params.max)} micrograms/hour for one patch (for patches worn together, give patchCount or write one line per patch)`
      : `must be at most ${String(params.max)} mg a dose (check the unit: is it micrograms?)`;
    case 'not-a-patch-drug': return `cannot be transdermal: ${String(params.drug)} does not come as a patch`;
    case 'patch-doses-per-day': return 'cannot be given for a patch: a patch is dosed by its rate in micrograms/hour. For two patches worn together give patchCount: 2, or write one line per patch';
    case 'patch-as-needed': return 'cannot be given for a patch, which is worn continuously';
    case 'patch-count-not-patch': return 'is only for patches';
    case 'max-doses-needs-as-needed': return 'is only for as-needed medicines: add asNeeded: true, or give dosesPerDay for regular doses';
    case 'doses-per-day-required': return 'is required (or, for an as-needed medicine, the most doses allowed in a day)';
    case 'purpose-not-substitution': return `cannot be opioid use disorder for ${String(params.drug)}: only methadone or buprenorphine can be substitution treatment, so ${String(params.drug)} is counted as a medicine for pain`;
    case 'substitution-drug-required': return 'is required for opioid substitution treatment (methadone or buprenorphine)';
    case 'before-start': return 'must not be before the start date';
    case 'not-a-date': return 'must be a real calendar date written YYYY-MM-DD (for example 2026-03-05)';
    default: return code;
  }
}

/** zod's issue → our code, parameters and plain sentence. One zod issue can become several (one per unknown key). */
function toPlainIssues(zodIssue: z.core.$ZodIssue): ValidationIssue[] {
  const path = zodIssue.path;
  switch (zodIssue.code) {
    case 'invalid_type':
      if (zodIssue.input === undefined) return [issue(path, 'required', {}, 'is required')];
      return [issue(path, 'wrong-type', { expected: zodIssue.expected, received: describe(zodIssue.input) },
        `must be ${TYPE_NAMES[zodIssue.expected] ?? zodIssue.expected}, not ${describe(zodIssue.input)}`)];
    case 'unrecognized_keys':
      return zodIssue.keys.map((key) => ({
        path: formatPath([...path, key]),
        code: 'unknown-field',
        params: { key: stripBidiControls(key) },
        // The key is the host's text: without direction controls, or it could reverse the sentence.
        message: `“${stripBidiControls(key)}” is not a field this library knows; check its spelling.`,
      }));
    case 'invalid_value':
      if (zodIssue.input === undefined) return [issue(path, 'required', {}, 'is required')];
      return [issue(path, 'not-one-of', { values: zodIssue.values.map(String) }, `must be one of: ${zodIssue.values.map(String).join(', ')}`)];
    case 'too_small': {
      const min = Number(zodIssue.minimum);
      if (zodIssue.origin === 'array') return [issue(path, 'too-few-items', { min }, `must have at least ${min} item${min === 1 ? '' : 's'}`)];
      if (zodIssue.origin === 'string') return [issue(path, 'empty-text', {}, 'must not be empty')];
      return [issue(path, 'too-small', { min, inclusive: zodIssue.inclusive === true },
        zodIssue.inclusive ? `must be at least ${min}` : `must be more than ${min}`)];
    }
    case 'too_big': {
      const max = Number(zodIssue.maximum);
      if (zodIssue.origin === 'array') return [issue(path, 'too-many-items', { max }, `must have at most ${max} items`)];
      if (zodIssue.origin === 'string') return [issue(path, 'text-too-long', { max }, `must be at most ${max} characters`)];
      return [issue(path, 'too-big', { max, inclusive: zodIssue.inclusive === true },
        zodIssue.inclusive ? `must be at most ${max}` : `must be less than ${max}`)];
    }
    default: {
      const params = (zodIssue as { params?: Record<string, unknown> }).params ?? {};
      const text = ruleText(zodIssue.message, params);
      // A rule without a code of its own (the content-pack checks) keeps its English as a parameter.
      return [text === zodIssue.message
        ? issue(path, 'rule', { text }, text)
        : issue(path, zodIssue.message, params, text)];
    }
  }
}

/** Validate `input` against any of the library's schemas; never throws. */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown): ParseResult<z.output<S>> {
  try {
    const result = z.safeParse(schema, input, { reportInput: true });
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, issues: result.error.issues.flatMap(toPlainIssues) };
  } catch {
    // A getter that throws or a proxy can break parsing; that is bad input too.
    return { ok: false, issues: [{ path: '', code: 'unreadable', params: {}, message: 'This value could not be read.' }] };
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
    return { ok: false, issues: [{ path: '', code: 'invalid-json', params: {}, message: 'The plan is not valid JSON (check for a missing quote, comma or bracket).' }] };
  }
}
