/**
 * What a host may give a widget's object properties, named from the core's own input types so that a
 * typo (`card.plan = { medicationz: [] }`) fails to compile in the host's TypeScript. The elements still
 * check every value at run time (parse once at the boundary): a page's plain JavaScript can set anything.
 */
import type { OpioidPlanInput } from '../core/schema.js';
import type { CdcShortCourseTaperInput, TaperResult, TaperStep } from '../core/taper.js';
import type { RiskPack } from '../core/risk/pack-schema.js';

/** A plan: the object `parsePlan` reads, or its JSON text (what the `plan` attribute holds). */
export type PlanInput = OpioidPlanInput | string;

/** A taper plan (a plan's `taper`), or the inputs of the CDC short-course taper. */
export type TaperInput = NonNullable<OpioidPlanInput['taper']> | CdcShortCourseTaperInput;

/** A result of `taperSchedule()` / `cdcShortCourseTaper()`, or its steps. */
export type ScheduleInput = TaperResult | readonly TaperStep[];

/** A content pack for the risk explainer (`RiskPackSchema`), or its JSON text. */
export type PackInput = RiskPack | string;
