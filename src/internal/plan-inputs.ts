/**
 * Turns what a host wrote into the value a widget renders from: the zod-free rules (plan-overrides.ts,
 * re-exported here) and `resolvePlanValue`, which validates the plan with the core's parser.
 */
import { parsePlan } from '../core/parse.js';
import { todayIso, type IsoDate } from '../core/dates.js';
import type { PlanContextValue } from './plan-context-key.js';
import { pageLocale, readOverrides, hasPlanInput, type PlanInputs, type PlanOverrides } from './plan-overrides.js';

export * from './plan-overrides.js';

/**
 * Validates everything with the core and returns what a widget shows. Any problem (with the plan or
 * with an attribute) means `plan: undefined`: a plan read under a guidance or a "today" the host did not
 * mean would show wrong numbers or wrong due dates, and showing nothing is safer than that.
 * `defaultToday` gives today when the host set none (a widget passes its `TodayController`'s, which
 * moves forward at midnight); it is called only then.
 */
export function resolvePlanValue(inputs: PlanInputs, node?: Node, defaultToday: () => IsoDate = () => todayIso()): PlanContextValue {
  let overrides: PlanOverrides;
  try {
    overrides = readOverrides(inputs);
  } catch {
    // An attribute value whose toString throws is bad input too; never let it escape into the page.
    overrides = { guidance: undefined, today: undefined, locale: undefined, issues: [{ path: '', code: 'settings-unreadable', message: 'The guidance, today or locale setting could not be read.' }] };
  }
  const issues = [...overrides.issues];
  let plan: PlanContextValue['plan'];
  if (hasPlanInput(inputs.plan)) {
    const parsed = parsePlan(inputs.plan);
    if (parsed.ok) plan = parsed.plan;
    else issues.unshift(...parsed.issues);
  }
  const valid = issues.length === 0;
  return {
    plan: valid ? plan : undefined,
    guidance: overrides.guidance ?? (valid ? plan?.guidance : undefined) ?? 'uk',
    today: overrides.today ?? defaultToday(),
    locale: overrides.locale ?? pageLocale(node),
    issues,
  };
}
