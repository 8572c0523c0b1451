/**
 * Turns what a host gave `<opioid-risk-explainer>` (attributes, a surrounding plan context) into what it
 * shows: the dose and where it came from, the overdose band, the extra-risk rows. No DOM; every
 * clinical number comes from the core (`validatedPlanTotal`, `overdoseBand`).
 */
import type { ValidationIssue } from '../../core/parse.js';
import { guidanceProfile, type GuidanceProfile } from '../../core/guidance.js';
import { validatedPlanTotal } from '../../core/validated-plan-total.js';
import { overdoseBand } from '../../core/risk/bands.js';
import type { ExtraRiskKind, OverdoseBand, RiskPack } from '../../core/risk/pack-schema.js';
import type { PlanContextValue } from '../../internal/plan-context-key.js';
// The shared rules: "was anything given" (an empty attribute is nothing yet, not an error), and the
// `guidance` attribute every widget reads (`uk` or `us`; anything else reported, never guessed).
import { hasPlanInput as isGiven, readOverrides } from '../../internal/plan-overrides.js';
import { quoteGiven } from '../../locales/common/index.js';

export type Audience = 'patient' | 'clinician';

export type DoseView =
  /** Given by the host as the `dose` attribute or property (OME/MME mg per day), counted by `profile`. */
  | { kind: 'given'; value: number; profile: GuidanceProfile }
  /** The plan's complete total, from the core. `worstCase`: as-needed lines counted at their maximum. */
  | { kind: 'plan'; value: number; profile: GuidanceProfile; worstCase: boolean }
  /** The plan's total is incomplete (a line cannot be converted): no band can be chosen. */
  | { kind: 'incomplete'; profile: GuidanceProfile }
  /** No dose given (or the given one could not be read). */
  | { kind: 'unknown' };

export interface RiskView {
  audience: Audience;
  dose: DoseView;
  band: OverdoseBand | undefined;
  extraRisks: ExtraRiskKind[];
  issues: ValidationIssue[];
}

export interface RiskInputs {
  dose: unknown;
  /** `uk` or `us`: the guidance the dose was counted by; wins over the context's. */
  guidance: unknown;
  audience: unknown;
  benzodiazepine: boolean;
  gabapentinoid: boolean;
  context: PlanContextValue | undefined;
}

/** A plain decimal: "60", "12.5", "-5". Not "1e2", "0x3c" or "60mg", which a template should never write. */
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

function readDose(value: unknown): { value: number | undefined; issue?: ValidationIssue } {
  if (!isGiven(value)) return { value: undefined };
  const dose = typeof value === 'number' ? value
    : typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isFinite(dose)) {
    return { value: undefined, issue: { path: 'dose', code: 'risk-dose-not-a-number', message: `Dose must be the daily dose in mg (oral morphine equivalent) as a plain number, not ${quoteGiven(value)}.` } };
  }
  if (dose < 0) {
    return { value: undefined, issue: { path: 'dose', code: 'risk-dose-negative', message: `Dose must not be negative (it was ${quoteGiven(value)}).` } };
  }
  // "-0" is a plain decimal too: read it as 0, so no "-0 mg" is ever shown.
  return { value: dose === 0 ? 0 : dose };
}

function readAudience(value: unknown): { audience: Audience; issue?: ValidationIssue } {
  if (!isGiven(value)) return { audience: 'patient' };
  const wanted = String(value).trim().toLowerCase();
  if (wanted === 'patient' || wanted === 'clinician') return { audience: wanted };
  // A typo must not hide the patient wording: fall back to it and say what was wrong.
  return { audience: 'patient', issue: { path: 'audience', code: 'risk-audience', message: `Audience must be “patient” or “clinician”, not ${quoteGiven(value)}.` } };
}

/**
 * `uk` or `us`, read by the rule every widget's `guidance` uses (`readOverrides`); anything else is
 * reported (a US dose must never be labelled OME by a typo). A value whose text cannot be read at all
 * is reported too, never thrown.
 */
function readGuidance(value: unknown): ReturnType<typeof readOverrides> {
  try {
    return readOverrides({ guidance: value });
  } catch {
    return { guidance: undefined, today: undefined, locale: undefined, issues: [{ path: 'guidance', code: 'settings-unreadable', message: 'The guidance setting could not be read.' }] };
  }
}

/**
 * The plan's total daily OME/MME from the core, only when complete: an incomplete total is never used
 * to choose a band (a silent partial sum could put someone in a lower band than they are).
 */
function doseFromPlan(context: PlanContextValue | undefined, profile: GuidanceProfile): DoseView {
  const plan = context?.plan;
  if (plan === undefined) return { kind: 'unknown' };
  // The context shares only a plan it has validated: no second validation, and no zod on a patient page.
  const total = validatedPlanTotal(plan, profile.id);
  if (!total.complete) return { kind: 'incomplete', profile };
  return { kind: 'plan', value: total.value, profile, worstCase: total.asNeededMaximum };
}

/**
 * What to show. An explicit `dose` wins over the plan's total (the host said so); the benzodiazepine
 * and gabapentinoid rows show when the attribute is set or the plan lists such a medicine.
 */
export function resolveRiskView(inputs: RiskInputs, pack: RiskPack): RiskView {
  const issues: ValidationIssue[] = [];
  const given = readDose(inputs.dose);
  if (given.issue) issues.push(given.issue);
  const guidance = readGuidance(inputs.guidance);
  issues.push(...guidance.issues);
  const audience = readAudience(inputs.audience);
  if (audience.issue) issues.push(audience.issue);
  // The host's guidance, else the context's, else UK (the library default).
  const profile = guidanceProfile(guidance.guidance ?? inputs.context?.guidance);

  let dose: DoseView;
  if (given.value !== undefined) dose = { kind: 'given', value: given.value, profile };
  else if (given.issue) dose = { kind: 'unknown' };
  else dose = doseFromPlan(inputs.context, profile);

  const band = dose.kind === 'given' || dose.kind === 'plan' ? overdoseBand(dose.value, pack) : undefined;

  const concurrent = inputs.context?.plan?.concurrentMedicines ?? [];
  const takes = (kind: ExtraRiskKind) => concurrent.some((medicine) => medicine.kind === kind);
  const extraRisks: ExtraRiskKind[] = [];
  if (inputs.benzodiazepine || takes('benzodiazepine')) extraRisks.push('benzodiazepine');
  if (inputs.gabapentinoid || takes('gabapentinoid')) extraRisks.push('gabapentinoid');

  return { audience: audience.audience, dose, band, extraRisks, issues };
}
