// The fixed, deterministic corpus of core results whose words wording.test.ts holds in one reviewed
// snapshot per locale: every flag id (and the variants of each a clinician can meet), every validation
// issue code, every dose band, every OME/MME failure reason, every taper note, the three taper methods
// with their rounding and smallest-dose clauses, and their summaries. Results come from the public core
// functions with fixed inputs and a fixed `today`; the two that no valid input can reach (a plan whose
// options cannot be read, a daily dose that overflows) are built by the function that would return them
// or written out as the core returns them, and say so.
import * as z from 'zod/mini';
import { planFlags, type PlanFlag } from '../../src/core/flags.js';
import { doseBand, guidanceProfile, type DoseBand } from '../../src/core/guidance.js';
import { dailyOme, type OmeResult } from '../../src/core/ome.js';
import { parsePlan, parseWith, type ValidationIssue } from '../../src/core/parse.js';
import { parseRiskPack } from '../../src/core/risk/parse-pack.js';
import type { RiskPack } from '../../src/core/risk/pack-schema.js';
import { DEFAULT_PACK_EN_GB } from '../../src/locales/risk/index.js';
import type { OpioidPlanInput } from '../../src/core/schema.js';
import { cdcShortCourseTaper, taperSchedule, type TaperResult, type TaperSchedule } from '../../src/core/taper.js';
import {
  describeBand, describeFlag, describeIssue, describeNote, describeOmeFailure, describeTaper, describeTaperSummary,
} from '../../src/locales/index.js';

export const TODAY = '2026-03-05';

type Line = OpioidPlanInput['medications'][number];
const mg = (value: number) => ({ value, unit: 'mg' as const });
const morphine = (mgPerDay: number): Line => ({ drug: 'morphine', route: 'oral', strength: mg(mgPerDay), dosesPerDay: 1 });
const methadoneOud: Line = { drug: 'methadone', route: 'oral', strength: mg(60), dosesPerDay: 1, purpose: 'opioid-use-disorder' };

/** A chronic UK plan that raises no flag on TODAY; each entry changes what it needs. */
function plan(overrides: Partial<OpioidPlanInput> = {}): OpioidPlanInput {
  return {
    id: 'corpus', indication: 'chronic-non-cancer', medications: [morphine(20)],
    startDate: '2026-02-01', reviewDate: '2026-03-20', stopDate: '2026-04-30', ...overrides,
  };
}

/** The flag `id` of the flags for `input`: one entry of the corpus. */
function flagOf(id: PlanFlag['id'], input: unknown, options: Partial<Parameters<typeof planFlags>[1]> = {}): PlanFlag {
  const found = planFlags(input, { today: TODAY, ...options }).find((flag) => flag.id === id);
  if (!found) throw new Error(`corpus: no ${id} flag for ${JSON.stringify(input)}`);
  return found;
}

/** Options whose reading throws (a hostile getter): the one way to the `unreadable` invalid-plan flag. */
const unreadableOptions = new Proxy({}, { get() { throw new Error('hostile'); } }) as never;

export const FLAGS: readonly [string, () => PlanFlag][] = [
  ['invalid-plan.plan', () => flagOf('invalid-plan', { id: 'x', indication: 'acute', medications: [] })],
  ['invalid-plan.today', () => flagOf('invalid-plan', plan(), { today: '5 March 2026' })],
  ['invalid-plan.unreadable', () => planFlags(plan(), unreadableOptions)[0]!],
  ['invalid-threshold.out-of-range', () => flagOf('invalid-threshold', plan(), { threshold: 1200 })],
  ['invalid-threshold.not-a-number', () => flagOf('invalid-threshold', plan(), { threshold: Number.NaN })],
  ['implausible-total', () => flagOf('implausible-total', plan({
    medications: Array.from({ length: 6 }, (): Line => ({ drug: 'hydromorphone', route: 'oral', strength: mg(2000), dosesPerDay: 24 })),
  }))],
  ['high-dose.uk', () => flagOf('high-dose', plan({ medications: [morphine(120)] }))],
  ['high-dose.uk-incomplete', () => flagOf('high-dose', plan({ medications: [morphine(90), methadoneOud] }))],
  ['high-dose.uk-set-locally', () => flagOf('high-dose', plan({ medications: [morphine(120)] }), { threshold: 120 })],
  ['high-dose.uk-set-locally-above-referral', () => flagOf('high-dose', plan({ medications: [morphine(320)] }), { threshold: 400 })],
  ['high-dose.specialist-referral', () => flagOf('high-dose', plan({ medications: [morphine(320)] }))],
  ['high-dose.information-cancer', () => flagOf('high-dose', plan({ indication: 'cancer', medications: [morphine(400)] }))],
  ['high-dose.information-end-of-life', () => flagOf('high-dose', plan({ indication: 'end-of-life', medications: [morphine(400)] }))],
  ['reassess-dose', () => flagOf('reassess-dose', plan({ guidance: 'us', medications: [morphine(60)] }))],
  ['reassess-dose.incomplete', () => flagOf('reassess-dose', plan({ guidance: 'us', medications: [morphine(60), methadoneOud] }))],
  ['naloxone.dose', () => flagOf('naloxone', plan({ guidance: 'us', medications: [morphine(50)] }))],
  ['naloxone.incomplete-dose-benzodiazepine-overdose', () => flagOf('naloxone', plan({
    guidance: 'us', medications: [morphine(60), { drug: 'buprenorphine', route: 'transdermal', strength: { value: 10, unit: 'microgram/hour' } }],
    concurrentMedicines: [{ kind: 'benzodiazepine', name: 'diazepam' }], riskFactors: { overdoseHistory: true },
  }))],
  ['naloxone.substance-use-disorder', () => flagOf('naloxone', plan({ guidance: 'us', riskFactors: { substanceUseDisorder: true } }))],
  ['naloxone.substitution', () => flagOf('naloxone', plan({ guidance: 'us', concurrentMedicines: [{ kind: 'opioid-substitution', drug: 'buprenorphine' }] }))],
  ['benzodiazepine.named', () => flagOf('benzodiazepine', plan({ concurrentMedicines: [{ kind: 'benzodiazepine', name: 'diazepam' }] }))],
  ['benzodiazepine.two-named', () => flagOf('benzodiazepine', plan({
    concurrentMedicines: [{ kind: 'benzodiazepine', name: 'diazepam' }, { kind: 'benzodiazepine', name: 'lorazepam' }],
  }))],
  ['benzodiazepine.unnamed', () => flagOf('benzodiazepine', plan({ concurrentMedicines: [{ kind: 'benzodiazepine' }] }))],
  ['gabapentinoid.named', () => flagOf('gabapentinoid', plan({ concurrentMedicines: [{ kind: 'gabapentinoid', name: 'pregabalin' }] }))],
  ['gabapentinoid.unnamed', () => flagOf('gabapentinoid', plan({ concurrentMedicines: [{ kind: 'gabapentinoid' }] }))],
  ['opioid-substitution.concurrent', () => flagOf('opioid-substitution', plan({ concurrentMedicines: [{ kind: 'opioid-substitution', drug: 'buprenorphine' }] }))],
  ['opioid-substitution.assumed-and-analgesic', () => flagOf('opioid-substitution', plan({
    indication: 'opioid-use-disorder',
    medications: [{ drug: 'methadone', route: 'oral', strength: mg(60), dosesPerDay: 1 }, { drug: 'oxycodone', route: 'oral', strength: mg(10), dosesPerDay: 2 }],
  }))],
  ['opioid-substitution.acute', () => flagOf('opioid-substitution', plan({ indication: 'acute', concurrentMedicines: [{ kind: 'opioid-substitution', drug: 'methadone' }] }))],
  ['opioid-substitution.us-line', () => flagOf('opioid-substitution', plan({ guidance: 'us', medications: [morphine(20), methadoneOud] }))],
  ['over-the-counter.product', () => flagOf('over-the-counter', plan({
    medications: [morphine(20), { drug: 'codeine', route: 'oral', strength: mg(30), dosesPerDay: 8, product: 'Co-codamol 30/500', source: 'over-the-counter' }],
  }))],
  ['over-the-counter.drug', () => flagOf('over-the-counter', plan({
    medications: [{ drug: 'codeine', route: 'oral', strength: mg(30), dosesPerDay: 4, source: 'over-the-counter' }],
  }))],
  ['methadone-conversion.uk', () => flagOf('methadone-conversion', plan({ medications: [{ drug: 'methadone', route: 'oral', strength: mg(5), dosesPerDay: 2 }] }))],
  ['methadone-conversion.us', () => flagOf('methadone-conversion', plan({ guidance: 'us', medications: [{ drug: 'methadone', route: 'oral', strength: mg(5), dosesPerDay: 2 }] }))],
  ['incomplete-total.part-counted', () => flagOf('incomplete-total', plan({
    medications: [morphine(20), { drug: 'oxymorphone', route: 'oral', strength: mg(5), dosesPerDay: 2 }, { drug: 'hydrocodone', route: 'oral', strength: mg(10), dosesPerDay: 2 }],
  }))],
  ['incomplete-total.none-counted', () => flagOf('incomplete-total', plan({
    guidance: 'us', medications: [{ drug: 'buprenorphine', route: 'transdermal', strength: { value: 10, unit: 'microgram/hour' } }],
  }))],
  ['acute-over-7-days.planned', () => flagOf('acute-over-7-days', plan({ indication: 'acute', startDate: '2026-03-01', stopDate: '2026-03-11', reviewDate: undefined }))],
  ['acute-over-7-days.so-far', () => flagOf('acute-over-7-days', plan({ indication: 'acute', startDate: '2026-02-20', stopDate: undefined, reviewDate: undefined }))],
  ['long-term', () => flagOf('long-term', plan({ startDate: '2025-06-30' }))],
  ['review-overdue.one-day', () => flagOf('review-overdue', plan({ reviewDate: '2026-03-04' }))],
  ['review-overdue.days', () => flagOf('review-overdue', plan({ reviewDate: '2026-02-20' }))],
  ['no-stop-date.acute', () => flagOf('no-stop-date', plan({ indication: 'acute', startDate: '2026-03-03', stopDate: undefined }))],
  ['no-stop-date.chronic', () => flagOf('no-stop-date', plan({ stopDate: undefined }))],
  ['no-review-date', () => flagOf('no-review-date', plan({ reviewDate: undefined }))],
  ['outside-guideline-scope.cancer', () => flagOf('outside-guideline-scope', plan({ guidance: 'us', indication: 'cancer', medications: [morphine(200)] }))],
  ['outside-guideline-scope.end-of-life', () => flagOf('outside-guideline-scope', plan({ guidance: 'us', indication: 'end-of-life', medications: [morphine(200)] }))],
];

/** The issue of `result` with `code`: one entry of the corpus. */
function issueOf(code: string, result: { ok: boolean; issues?: ValidationIssue[] }): ValidationIssue {
  const found = result.ok ? undefined : result.issues?.find((issue) => issue.code === code);
  if (!found) throw new Error(`corpus: no ${code} issue in ${JSON.stringify(result)}`);
  return found;
}
const lineIssue = (code: string, line: Record<string, unknown>) => issueOf(code, parsePlan(plan({ medications: [line as Line] })));
const TAPER = { startDate: '2026-01-05', startDose: 60, percent: 10, intervalDays: 14, basis: 'original' } as const;

export const ISSUES: readonly [string, () => ValidationIssue][] = [
  ['required.field', () => issueOf('required', parsePlan({ ...plan(), indication: undefined }))],
  ['required.nested', () => lineIssue('required', { drug: 'morphine', strength: mg(10), dosesPerDay: 2 })],
  ['wrong-type.object', () => lineIssue('wrong-type', { drug: 'morphine', route: 'oral', strength: '5 mg', dosesPerDay: 2 })],
  ['wrong-type.number', () => lineIssue('wrong-type', { drug: 'morphine', route: 'oral', strength: mg(10), dosesPerDay: '2' })],
  ['wrong-type.list', () => issueOf('wrong-type', parsePlan({ ...plan(), medications: 'morphine' }))],
  ['wrong-type.null', () => issueOf('wrong-type', parsePlan({ ...plan(), goals: null }))],
  ['wrong-type.boolean', () => issueOf('wrong-type', parsePlan({ ...plan(), naloxoneSupplied: 'yes' }))],
  ['wrong-type.non-finite', () => lineIssue('wrong-type', { drug: 'morphine', route: 'oral', strength: mg(Number.POSITIVE_INFINITY), dosesPerDay: 2 })],
  ['wrong-type.input', () => issueOf('wrong-type', parsePlan(42))],
  ['unknown-field', () => issueOf('unknown-field', parsePlan({ ...plan(), stopdate: '2026-03-06' }))],
  ['not-one-of', () => lineIssue('not-one-of', { drug: 'morphine', route: 'nasal', strength: mg(10), dosesPerDay: 2 })],
  ['too-few-items', () => issueOf('too-few-items', parsePlan(plan({ medications: [] })))],
  ['too-many-items', () => issueOf('too-many-items', parsePlan(plan({ medications: Array.from({ length: 101 }, () => morphine(1)) })))],
  ['empty-text', () => issueOf('empty-text', parsePlan(plan({ goals: [''] })))],
  ['text-too-long', () => lineIssue('text-too-long', { drug: 'morphine', route: 'oral', strength: mg(10), dosesPerDay: 2, product: 'x'.repeat(500) })],
  ['too-small.exclusive', () => lineIssue('too-small', { drug: 'morphine', route: 'oral', strength: mg(-5), dosesPerDay: 2 })],
  ['too-small.inclusive', () => issueOf('too-small', taperSchedule({ ...TAPER, intervalDays: 0 }))],
  ['too-big', () => lineIssue('too-big', { drug: 'morphine', route: 'oral', strength: mg(10), dosesPerDay: 1000 })],
  ['unreadable', () => issueOf('unreadable', parsePlan(new Proxy({}, { ownKeys() { throw new Error('hostile'); }, get() { throw new Error('hostile'); } })))],
  ['invalid-json', () => issueOf('invalid-json', parsePlan('{"id": "p1",'))],
  ['pack-invalid-json', () => issueOf('pack-invalid-json', parseRiskPack('{"id": "pack",'))],
  // A check with no code of its own (a site's content-pack check) carries its text as a parameter.
  ['rule', () => issueOf('rule', parseWith(z.string().check(z.refine(() => false, 'must name its source')), 'x'))],
  ['unit-for-route', () => lineIssue('unit-for-route', { drug: 'morphine', route: 'oral', strength: { value: 10, unit: 'microgram/hour' }, dosesPerDay: 2 })],
  ['dose-too-large.oral', () => lineIssue('dose-too-large', { drug: 'morphine', route: 'oral', strength: mg(5000), dosesPerDay: 1 })],
  ['dose-too-large.patch', () => lineIssue('dose-too-large', { drug: 'fentanyl', route: 'transdermal', strength: { value: 5000, unit: 'microgram/hour' } })],
  ['not-a-patch-drug', () => lineIssue('not-a-patch-drug', { drug: 'morphine', route: 'transdermal', strength: { value: 10, unit: 'microgram/hour' } })],
  ['patch-doses-per-day', () => lineIssue('patch-doses-per-day', { drug: 'fentanyl', route: 'transdermal', strength: { value: 12, unit: 'microgram/hour' }, dosesPerDay: 2 })],
  ['patch-as-needed', () => lineIssue('patch-as-needed', { drug: 'fentanyl', route: 'transdermal', strength: { value: 12, unit: 'microgram/hour' }, asNeeded: true })],
  ['patch-count-not-patch', () => lineIssue('patch-count-not-patch', { drug: 'morphine', route: 'oral', strength: mg(10), dosesPerDay: 2, patchCount: 2 })],
  ['max-doses-needs-as-needed', () => lineIssue('max-doses-needs-as-needed', { drug: 'oxycodone', route: 'oral', strength: mg(5), dosesPerDay: 4, maxDosesPerDay: 6 })],
  ['doses-per-day-required', () => lineIssue('doses-per-day-required', { drug: 'morphine', route: 'oral', strength: mg(10) })],
  ['purpose-not-substitution', () => lineIssue('purpose-not-substitution', { drug: 'oxycodone', route: 'oral', strength: mg(10), dosesPerDay: 2, purpose: 'opioid-use-disorder' })],
  ['substitution-drug-required', () => issueOf('substitution-drug-required', parsePlan(plan({ concurrentMedicines: [{ kind: 'opioid-substitution' }] })))],
  ['before-start', () => issueOf('before-start', parsePlan(plan({ stopDate: '2026-01-01' })))],
  ['not-a-date', () => issueOf('not-a-date', parsePlan(plan({ startDate: '2026-02-30' })))],
  ...([
    // A site's own content pack, broken in one place each: the checks a site editor meets.
    ['pack-digits', (pack) => { pack.text.intro = 'Opioids help 9 out of 10 people.'; }],
    ['pack-placeholder', (pack) => { pack.text.yourDose = 'Your dose: {amount}.'; }],
    ['pack-placeholder.none-allowed', (pack) => { pack.text.title = 'Opioids {dose}'; }],
    ['pack-brace', (pack) => { pack.text.title = 'Opioids {'; }],
    ['pack-slug', (pack) => { pack.stopping.id = 'Not A Slug'; }],
    ['pack-locale', (pack) => { pack.locale = 'not a language!'; }],
    ['pack-range-order', (pack) => { pack.harms[1]!.main.count = { low: 29, high: 21 }; }],
    ['pack-group-missing', (pack) => { pack.benefits[0]!.sentence = '{count} vs {comparisonCount} in {denominator}'; }],
    ['pack-count-kind', (pack) => { pack.harms[1]!.sentence = 'About {count} in {denominator}.'; }],
    ['pack-count-above-denominator', (pack) => { pack.harms[0]!.comparison!.count = 120; }],
    ['pack-below-with-at-most', (pack) => { Object.assign(pack.overdose.bands[0]!, { atMost: 10, below: 20 }); }],
    ['pack-band-top-order', (pack) => { Object.assign(pack.overdose.bands[0]!, { atMost: 0.5, below: undefined }); }],
    ['pack-band-overlap', (pack) => { pack.overdose.bands[1]!.atLeast = 19; }],
    ['pack-id-twice', (pack) => { pack.stopping.id = 'pain'; }],
  ] as [string, (pack: RiskPack) => void][]).map(([key, breakIt]): [string, () => ValidationIssue] => [key, () => {
    const pack = structuredClone(DEFAULT_PACK_EN_GB);
    breakIt(pack);
    return issueOf(key.split('.')[0]!, parseRiskPack(pack));
  }]),
  ['minimum-at-or-above-start', () => issueOf('minimum-at-or-above-start', taperSchedule({ ...TAPER, minimumDose: 60 }))],
  ['start-too-late', () => issueOf('start-too-late', taperSchedule({ ...TAPER, startDate: '9999-11-01' }))],
  ['pause-on-stop.one-reduction', () => issueOf('pause-on-stop', taperSchedule({ ...TAPER, percent: 50, minimumDose: 31, holds: [{ step: 1, intervals: 1 }] }))],
  ['pause-on-stop.reductions', () => issueOf('pause-on-stop', taperSchedule({ ...TAPER, holds: [{ step: 10, intervals: 1 }] }))],
  ['too-many-intervals', () => issueOf('too-many-intervals', taperSchedule({ ...TAPER, percent: 0.2 }))],
  ['too-many-intervals.rounded', () => issueOf('too-many-intervals', taperSchedule({ ...TAPER, percent: 0.2, roundTo: 0.5 }))],
];

export const BANDS: readonly [string, () => DoseBand | undefined][] = [
  ['below-threshold.uk', () => doseBand(45, guidanceProfile('uk'))],
  ['below-threshold.us', () => doseBand(30, guidanceProfile('us'))],
  ['incomplete.uk', () => doseBand(45, guidanceProfile('uk'), { complete: false })],
  ['incomplete.us', () => doseBand(30, guidanceProfile('us'), { complete: false })],
  ['high-dose', () => doseBand(120, guidanceProfile('uk'))],
  ['reassess.naloxone', () => doseBand(60, guidanceProfile('us'))],
  ['reassess.local-below-naloxone', () => doseBand(45, guidanceProfile('us', { highDoseThreshold: 40 }))],
  ['information', () => doseBand(400, guidanceProfile('uk'), { indication: 'cancer' })],
  ['specialist-referral', () => doseBand(300, guidanceProfile('uk'))],
  ['outside-scope', () => doseBand(200, guidanceProfile('us'), { indication: 'end-of-life' })],
  ['implausible', () => doseBand(20_000, guidanceProfile('uk'))],
];

const failure = (result: OmeResult) => {
  if (result.ok) throw new Error(`corpus: ${JSON.stringify(result)} converted`);
  return result;
};
export const OME_FAILURES: readonly [string, () => OmeResult & { ok: false }][] = [
  ['not-licensed-uk', () => failure(dailyOme({ drug: 'oxymorphone', route: 'oral', strength: mg(5), dosesPerDay: 2 }))],
  ['specialist-advice', () => failure(dailyOme({ drug: 'methadone', route: 'oral', strength: mg(10), dosesPerDay: 2 }))],
  ['not-in-uk-table', () => failure(dailyOme({ drug: 'buprenorphine', route: 'sublingual', strength: mg(0.4), dosesPerDay: 1 }))],
  ['not-in-us-table', () => failure(dailyOme({ drug: 'dihydrocodeine', route: 'oral', strength: mg(30), dosesPerDay: 4 }, { guidance: 'us' }))],
  ['partial-agonist', () => failure(dailyOme({ drug: 'buprenorphine', route: 'transdermal', strength: { value: 10, unit: 'microgram/hour' } }, { guidance: 'us' }))],
  ['route-not-in-table', () => failure(dailyOme({ drug: 'fentanyl', route: 'sublingual', strength: mg(0.1), dosesPerDay: 4 }))],
  ['opioid-use-disorder', () => failure(dailyOme(methadoneOud, { guidance: 'us' }))],
  ['not-an-object', () => failure(dailyOme('morphine'))],
  ['invalid-line', () => failure(dailyOme({ drug: 'morphine', route: 'oral', strength: mg(-5), dosesPerDay: 2 }))],
  // No line the schema accepts overflows (strength and doses a day are bounded): the failure as the core returns it.
  ['too-large', () => ({ ok: false, reason: 'invalid-input', params: { why: 'too-large' } })],
];

const schedule = (result: TaperResult): TaperSchedule => {
  if (!result.ok) throw new Error(`corpus: ${JSON.stringify(result.issues)}`);
  return result;
};
const START = { startDate: '2026-01-05', intervalDays: 14 } as const;
export const TAPERS: readonly [string, () => TaperSchedule][] = [
  ['linear', () => schedule(taperSchedule({ ...START, startDose: 60, percent: 10, basis: 'original' }))],
  ['linear.daily', () => schedule(taperSchedule({ ...START, startDose: 60, percent: 10, intervalDays: 1, basis: 'original' }))],
  ['current.smallest-dose', () => schedule(taperSchedule({ ...START, startDose: 100, percent: 10, intervalDays: 28, basis: 'current', minimumDose: 10 }))],
  ['current.largest-cut', () => schedule(taperSchedule({ ...START, startDose: 100, percent: 10, intervalDays: 28, basis: 'current' }))],
  ['rounded', () => schedule(taperSchedule({ ...START, startDose: 120, percent: 10, basis: 'original', roundTo: 10 }))],
  ['rounded.held-start-not-multiple', () => schedule(taperSchedule({ ...START, startDose: 45, percent: 10, basis: 'current', roundTo: 10 }))],
  ['faster', () => schedule(taperSchedule({ ...START, startDose: 60, percent: 25, intervalDays: 7, basis: 'original' }))],
  ['cdc-short-course', () => schedule(cdcShortCourseTaper({ startDate: '2026-01-05', startDose: 60 }))],
];

/** Every sentence of the corpus in `locale`, keyed `<kind>.<entry>`, in a fixed order. */
export function wordingFor(locale: string): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, make] of FLAGS) out.push([`flag.${key}`, describeFlag(make(), locale)]);
  for (const [key, make] of ISSUES) out.push([`issue.${key}`, describeIssue(make(), locale)]);
  for (const [key, make] of BANDS) out.push([`band.${key}`, describeBand(make(), locale)]);
  for (const [key, make] of OME_FAILURES) out.push([`ome.${key}`, describeOmeFailure(make(), locale)]);
  for (const [key, make] of TAPERS) {
    const result = make();
    out.push([`taper.${key}.description`, describeTaper(result, locale)]);
    out.push([`taper.${key}.summary`, describeTaperSummary(result.summary, locale)]);
    result.notes.forEach((note, index) => out.push([`taper.${key}.note-${index + 1}.${note.code}`, describeNote(note, locale)]));
  }
  return out;
}
