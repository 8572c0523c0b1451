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
  LINE_SOURCES, CARE_ROLES, CARE_RESPONSIBILITIES, SUBSTITUTION_DRUGS, isSubstitutionDrug,
} from './ids.js';


/** Opioids that come as a patch (the only ones with a transdermal route in either table). */
const PATCH_DRUGS: readonly string[] = ['fentanyl', 'buprenorphine'];

/**
 * Plausible upper bounds, so that a typing or unit error (micrograms entered as mg, 1e308) is an error
 * the clinician sees rather than a total nobody can stand behind. Generous on purpose: no oral opioid
 * dose form comes near 2,000 mg a dose, and no patch is made stronger than 100 micrograms/hour
 * (fentanyl); larger patch doses are written as several patches (`patchCount`) or several lines.
 */
export const MAX_ORAL_DOSE_MG = 2000;
export const MAX_PATCH_RATE = 200;
export const MAX_PATCHES_WORN_TOGETHER = 6;

const text = (max: number) => z.string().check(z.maxLength(max));
const requiredText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const positive = () => z.number().check(z.positive());

export const GuidanceSchema = z.enum(GUIDANCES);
export const IsoDateSchema = z.string().check(
  z.refine(isIsoDate, 'not-a-date'),
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
  /** Patches only: how many patches of this strength are worn together (default 1). */
  patchCount: z.optional(z.int().check(z.gte(1), z.lte(MAX_PATCHES_WORN_TOGETHER))),
  /** Display name, free text (e.g. "Zomorph 60 mg MR capsules"). */
  product: z.optional(text(200)),
  /**
   * What the line is for. 'opioid-use-disorder' (substitution treatment) only for methadone or
   * buprenorphine; without it, those two in an opioid-use-disorder plan are read as substitution
   * treatment (plan-total.ts `linePurpose`) and every other opioid as an analgesic.
   */
  purpose: z.optional(z.enum(PURPOSES)),
  /** 'over-the-counter' for a medicine the person buys (co-codamol): counted in the total and named. */
  source: z.optional(z.enum(LINE_SOURCES)),
}).check(
  // A plain check function rather than z.superRefine, which installs a new `addIssue` closure on every
  // value it checks (these rules only push issues; the issues are the same).
  (ctx) => {
    const line = ctx.value;
    const patch = line.route === 'transdermal';
    const expectedUnit = patch ? 'microgram/hour' : 'mg';
    if (line.strength.unit !== expectedUnit) {
      ctx.issues.push({
        code: 'custom', input: line.strength.unit, path: ['strength', 'unit'],
        message: 'unit-for-route', params: { expected: expectedUnit, route: line.route },
      });
    } else {
      const max = patch ? MAX_PATCH_RATE : MAX_ORAL_DOSE_MG;
      if (line.strength.value > max) {
        ctx.issues.push({
          code: 'custom', input: line.strength.value, path: ['strength', 'value'],
          message: 'dose-too-large', params: { max, patch },
        });
      }
    }
    if (patch && !PATCH_DRUGS.includes(line.drug)) {
      ctx.issues.push({ code: 'custom', input: line.route, path: ['route'], message: 'not-a-patch-drug', params: { drug: line.drug } });
    }
    // A patch's dose is its rate, worn continuously: "2 a day" on a patch line would be read by one
    // reader as two patches worn together and by another as a daily change, a 2× error either way.
    if (patch && line.dosesPerDay !== undefined) {
      ctx.issues.push({
        code: 'custom', input: line.dosesPerDay, path: ['dosesPerDay'],
        message: 'patch-doses-per-day',
      });
    }
    if (patch && (line.asNeeded !== undefined || line.maxDosesPerDay !== undefined)) {
      ctx.issues.push({ code: 'custom', input: undefined, path: [line.asNeeded !== undefined ? 'asNeeded' : 'maxDosesPerDay'], message: 'patch-as-needed' });
    }
    if (!patch && line.patchCount !== undefined) {
      ctx.issues.push({ code: 'custom', input: line.patchCount, path: ['patchCount'], message: 'patch-count-not-patch' });
    }
    // Without asNeeded the most doses a day would be ignored (the line is read as regular doses), so the
    // prescriber's intent is unclear: say so instead of guessing.
    if (line.maxDosesPerDay !== undefined && line.asNeeded !== true && !patch) {
      ctx.issues.push({
        code: 'custom', input: line.maxDosesPerDay, path: ['maxDosesPerDay'],
        message: 'max-doses-needs-as-needed',
      });
    }
    if (!patch && line.dosesPerDay === undefined && !(line.asNeeded && line.maxDosesPerDay !== undefined)) {
      ctx.issues.push({
        code: 'custom', input: undefined, path: ['dosesPerDay'],
        message: 'doses-per-day-required',
      });
    }
    if (line.purpose === 'opioid-use-disorder' && !isSubstitutionDrug(line.drug)) {
      ctx.issues.push({
        code: 'custom', input: line.purpose, path: ['purpose'],
        message: 'purpose-not-substitution', params: { drug: line.drug },
      });
    }
  },
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
  drug: z.optional(z.enum(SUBSTITUTION_DRUGS)),
}).check(
  z.refine((medicine) => medicine.kind !== 'opioid-substitution' || medicine.drug !== undefined, {
    message: 'substitution-drug-required',
    path: ['drug'],
  }),
);

export const CareTeamMemberSchema = z.strictObject({
  role: z.enum(CARE_ROLES),
  name: z.optional(text(200)),
  team: z.optional(text(200)),
  contact: z.optional(text(200)),
  /** What this member is responsible for in the plan: who prescribes, who reviews. */
  responsibilities: z.optional(z.array(z.enum(CARE_RESPONSIBILITIES)).check(z.maxLength(2))),
});

/**
 * Risk factors the plan records beyond its medicines. CDC 2022 rec. 8: offer naloxone when any factor
 * that raises overdose risk is present, including a history of overdose or of substance use disorder.
 */
export const RiskFactorsSchema = z.strictObject({
  overdoseHistory: z.optional(z.boolean()),
  substanceUseDisorder: z.optional(z.boolean()),
});

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
  /** Several people share the care (pain service, addiction service, GP…): who prescribes, who reviews. */
  careTeam: z.optional(z.array(CareTeamMemberSchema).check(z.maxLength(12))),
  riskFactors: z.optional(RiskFactorsSchema),
  mdtReview: z.optional(z.strictObject({ date: IsoDateSchema, outcome: z.optional(text(5000)) })),
  notes: z.optional(text(10000)),
  guidance: z._default(GuidanceSchema, 'uk'),
}).check(
  (ctx) => {
    const plan = ctx.value;
    for (const key of ['reviewDate', 'stopDate'] as const) {
      const date = plan[key];
      if (date !== undefined && isIsoDate(date) && isIsoDate(plan.startDate) && date < plan.startDate) {
        ctx.issues.push({ code: 'custom', input: date, path: [key], message: 'before-start' });
      }
    }
  },
);

export type { Guidance, OpioidId, Route, Indication } from './ids.js';
export type MedicationLine = z.infer<typeof MedicationLineSchema>;
export type TaperHold = z.infer<typeof TaperHoldSchema>;
export type TaperPlan = z.infer<typeof TaperPlanSchema>;
export type ConcurrentMedicine = z.infer<typeof ConcurrentMedicineSchema>;
export type OpioidPlan = z.infer<typeof OpioidPlanSchema>;
export type CareTeamMember = z.infer<typeof CareTeamMemberSchema>;
export type RiskFactors = z.infer<typeof RiskFactorsSchema>;
/** What a caller may pass in (before defaults such as `guidance: 'uk'` are filled). */
export type OpioidPlanInput = z.input<typeof OpioidPlanSchema>;
