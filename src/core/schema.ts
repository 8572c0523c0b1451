/**
 * The shapes of everything the library accepts, as zod (`zod/mini`, a third of full zod's size in
 * a browser bundle) schemas. Types are inferred from these schemas and never written twice.
 *
 * Objects are strict: a key we do not know is reported, not dropped, because a misspelt field
 * (`stopdate`) silently ignored would hide a missing stop date from the clinician.
 */
import * as z from 'zod/mini';
import { isIsoDate } from './dates.js';

import {
  GUIDANCES, OPIOID_IDS, ROUTES, STRENGTH_UNITS, INDICATIONS, PURPOSES, CONCURRENT_KINDS, TAPER_BASES,
} from './ids.js';


/** Opioids that come as a patch (the only ones with a transdermal route in either table). */
const PATCH_DRUGS: readonly string[] = ['fentanyl', 'buprenorphine'];

const text = (max: number) => z.string().check(z.maxLength(max));
const requiredText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const positive = () => z.number().check(z.positive());

export const GuidanceSchema = z.enum(GUIDANCES);
export const IsoDateSchema = z.string().check(
  z.refine(isIsoDate, 'must be a real calendar date written YYYY-MM-DD (for example 2026-03-05)'),
);

export const MedicationLineSchema = z.strictObject({
  drug: z.enum(OPIOID_IDS),
  route: z.enum(ROUTES),
  /** Per dose (oral, sublingual) in mg, or the patch rate in microgram/hour. */
  strength: z.strictObject({ value: positive(), unit: z.enum(STRENGTH_UNITS) }),
  dosesPerDay: z.optional(positive().check(z.lte(24))),
  asNeeded: z.optional(z.boolean()),
  /** As-needed lines use this for the worst-case daily dose. */
  maxDosesPerDay: z.optional(positive().check(z.lte(24))),
  /** Display name, free text (e.g. "Zomorph 60 mg MR capsules"). */
  product: z.optional(text(200)),
  purpose: z.optional(z.enum(PURPOSES)),
}).check(
  z.superRefine((line, ctx) => {
    const patch = line.route === 'transdermal';
    const expectedUnit = patch ? 'microgram/hour' : 'mg';
    if (line.strength.unit !== expectedUnit) {
      ctx.issues.push({
        code: 'custom', input: line.strength.unit, path: ['strength', 'unit'],
        message: `must be ${expectedUnit} for the ${line.route} route`,
      });
    }
    if (patch && !PATCH_DRUGS.includes(line.drug)) {
      ctx.issues.push({ code: 'custom', input: line.route, path: ['route'], message: `cannot be transdermal: ${line.drug} does not come as a patch` });
    }
    if (!patch && line.dosesPerDay === undefined && !(line.asNeeded && line.maxDosesPerDay !== undefined)) {
      ctx.issues.push({
        code: 'custom', input: undefined, path: ['dosesPerDay'],
        message: 'is required (or, for an as-needed medicine, the most doses allowed in a day)',
      });
    }
  }),
);

export const TaperHoldSchema = z.strictObject({
  /** Index in the schedule (0 = the starting dose) whose dose is held longer. */
  step: z.int().check(z.gte(0)),
  /** Extra intervals the dose is held for before the next reduction. */
  intervals: z.int().check(z.gte(1), z.lte(52)),
});

export const TaperPlanSchema = z.strictObject({
  startDate: IsoDateSchema,
  /** Daily dose at the start, in mg of the drug being reduced (or OME/MME mg if `unit` says so). */
  startDose: positive(),
  percent: z.number().check(z.gt(0), z.lt(100)),
  intervalDays: z.int().check(z.gte(1), z.lte(365)),
  basis: z.enum(TAPER_BASES),
  /** Achievable dose step (e.g. 5 mg tablets): each dose is rounded to a multiple of it. */
  roundTo: z.optional(positive()),
  /** Smallest dose that can be given; 'current'-basis tapers stop below it. Defaults to roundTo. */
  minimumDose: z.optional(positive()),
  holds: z.optional(z.array(TaperHoldSchema).check(z.maxLength(50))),
  drug: z.optional(z.enum(OPIOID_IDS)),
  unit: z.optional(z.enum(['mg', 'ome'])),
});

export const ConcurrentMedicineSchema = z.strictObject({
  kind: z.enum(CONCURRENT_KINDS),
  /** e.g. "pregabalin", "diazepam". */
  name: z.optional(text(200)),
  /** Free-text dose, e.g. "150 mg twice daily". */
  dose: z.optional(text(200)),
  /** Opioid substitution treatment only: which drug. */
  drug: z.optional(z.enum(['methadone', 'buprenorphine'])),
}).check(
  z.refine((medicine) => medicine.kind !== 'opioid-substitution' || medicine.drug !== undefined, {
    message: 'is required for opioid substitution treatment (methadone or buprenorphine)',
    path: ['drug'],
  }),
);

export const OpioidPlanSchema = z.strictObject({
  id: requiredText(100),
  indication: z.enum(INDICATIONS),
  medications: z.array(MedicationLineSchema).check(z.minLength(1), z.maxLength(20)),
  startDate: IsoDateSchema,
  reviewDate: z.optional(IsoDateSchema),
  stopDate: z.optional(IsoDateSchema),
  /** The patient's own goals, in their words. */
  goals: z.optional(z.array(requiredText(1000)).check(z.maxLength(20))),
  taper: z.optional(TaperPlanSchema),
  concurrentMedicines: z.optional(z.array(ConcurrentMedicineSchema).check(z.maxLength(20))),
  naloxoneSupplied: z.optional(z.boolean()),
  prescriber: z.optional(z.strictObject({
    name: z.optional(text(200)),
    team: z.optional(text(200)),
    contact: z.optional(text(200)),
  })),
  mdtReview: z.optional(z.strictObject({ date: IsoDateSchema, outcome: z.optional(text(5000)) })),
  notes: z.optional(text(10000)),
  guidance: z._default(GuidanceSchema, 'uk'),
}).check(
  z.superRefine((plan, ctx) => {
    for (const key of ['reviewDate', 'stopDate'] as const) {
      const date = plan[key];
      if (date !== undefined && isIsoDate(date) && isIsoDate(plan.startDate) && date < plan.startDate) {
        ctx.issues.push({ code: 'custom', input: date, path: [key], message: 'must not be before the start date' });
      }
    }
  }),
);

export type { Guidance, OpioidId, Route, Indication } from './ids.js';
export type MedicationLine = z.infer<typeof MedicationLineSchema>;
export type TaperHold = z.infer<typeof TaperHoldSchema>;
export type TaperPlan = z.infer<typeof TaperPlanSchema>;
export type ConcurrentMedicine = z.infer<typeof ConcurrentMedicineSchema>;
export type OpioidPlan = z.infer<typeof OpioidPlanSchema>;
/** What a caller may pass in (before defaults such as `guidance: 'uk'` are filled). */
export type OpioidPlanInput = z.input<typeof OpioidPlanSchema>;
