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

/** zod's issue → our plain sentence. One zod issue can become several (one per unknown key). */
function toPlainIssues(issue: z.core.$ZodIssue): ValidationIssue[] {
  const path = issue.path;
  switch (issue.code) {
    case 'invalid_type':
      return [{
        path: formatPath(path),
        message: issue.input === undefined
          ? sentence(path, 'is required')
          : sentence(path, `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describe(issue.input)}`),
      }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...path, key]),
        // The key is the host's text: without direction controls, or it could reverse the sentence.
        message: `“${stripBidiControls(key)}” is not a field this library knows; check its spelling.`,
      }));
    case 'invalid_value':
      if (issue.input === undefined) return [{ path: formatPath(path), message: sentence(path, 'is required') }];
      return [{ path: formatPath(path), message: sentence(path, `must be one of: ${issue.values.map(String).join(', ')}`) }];
    case 'too_small': {
      const min = Number(issue.minimum);
      const body = issue.origin === 'array' ? `must have at least ${min} item${min === 1 ? '' : 's'}`
        : issue.origin === 'string' ? 'must not be empty'
        : issue.inclusive ? `must be at least ${min}` : `must be more than ${min}`;
      return [{ path: formatPath(path), message: sentence(path, body) }];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      const body = issue.origin === 'array' ? `must have at most ${max} items`
        : issue.origin === 'string' ? `must be at most ${max} characters`
        : issue.inclusive ? `must be at most ${max}` : `must be less than ${max}`;
      return [{ path: formatPath(path), message: sentence(path, body) }];
    }
    default:
      return [{ path: formatPath(path), message: sentence(path, issue.message) }];
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
    return { ok: false, issues: [{ path: '', message: 'This value could not be read.' }] };
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
    return { ok: false, issues: [{ path: '', message: 'The plan is not valid JSON (check for a missing quote, comma or bracket).' }] };
  }
}
