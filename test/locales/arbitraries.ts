// The generators the catalogue tests share: plans whose flags, near-miss plans whose issues, lines whose
// OME/MME failures, tapers whose methods, notes and issues, and medication lines whose doses the
// catalogues word, in every catalogue (the core has no English of its own to compare them with: the
// reviewed en-GB words of fixed results are written out in the tests and in test/locales/wording.test.ts).
import fc from 'fast-check';
import { addDays } from '../../src/core/dates.js';
import { OPIOID_IDS, ROUTES } from '../../src/core/ids.js';

// ---------------------------------------------------------------------------------------------------
// Plans and their flags (flag-words.test.ts)

export const flagDate = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
const flagDrug = fc.constantFrom('morphine', 'oxycodone', 'codeine', 'tramadol', 'methadone', 'hydrocodone', 'buprenorphine', 'oxymorphone');
const flagLine = fc.record({
  drug: flagDrug,
  strength: fc.integer({ min: 1, max: 400 }),
  dosesPerDay: fc.integer({ min: 1, max: 6 }),
  purpose: fc.option(fc.constantFrom('pain', 'opioid-use-disorder'), { nil: undefined }),
  source: fc.option(fc.constant('over-the-counter'), { nil: undefined }),
  product: fc.option(fc.constantFrom('Zomorph 60 mg', 'Co-codamol 30/500'), { nil: undefined }),
}).map(({ drug: id, strength, dosesPerDay, purpose, source, product }) => {
  const patch = id === 'buprenorphine' && strength % 2 === 0;
  return {
    drug: id, route: patch ? 'transdermal' : id === 'buprenorphine' ? 'sublingual' : 'oral',
    strength: { value: patch ? Math.min(strength, 70) : strength, unit: patch ? 'microgram/hour' : 'mg' },
    ...(patch ? {} : { dosesPerDay }),
    ...(purpose === 'opioid-use-disorder' && id !== 'methadone' && id !== 'buprenorphine' ? {} : purpose ? { purpose } : {}),
    ...(source ? { source } : {}), ...(product ? { product } : {}),
  };
});
export const flagPlan = fc.record({
  id: fc.constant('gen'),
  indication: fc.constantFrom('acute', 'chronic-non-cancer', 'cancer', 'end-of-life', 'opioid-use-disorder'),
  medications: fc.array(flagLine, { minLength: 1, maxLength: 4 }),
  startDate: flagDate,
  reviewOffset: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  stopOffset: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  guidance: fc.constantFrom('uk', 'us'),
  naloxoneSupplied: fc.option(fc.boolean(), { nil: undefined }),
  riskFactors: fc.option(fc.record({ overdoseHistory: fc.boolean(), substanceUseDisorder: fc.boolean() }), { nil: undefined }),
  concurrentMedicines: fc.array(fc.oneof(
    fc.record({ kind: fc.constantFrom('benzodiazepine', 'gabapentinoid'), name: fc.option(fc.constantFrom('diazepam', 'pregabalin'), { nil: undefined }) }),
    fc.record({ kind: fc.constant('opioid-substitution'), drug: fc.constantFrom('methadone', 'buprenorphine') }),
  ), { maxLength: 3 }),
}).map(({ reviewOffset, stopOffset, ...rest }) => {
  const offset = (days: number | undefined) => (days === undefined ? undefined
    : new Date(Date.parse(`${rest.startDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10));
  const clean = JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
  return { ...clean, reviewDate: offset(reviewOffset), stopDate: offset(stopOffset) };
});
export const flagThreshold = fc.option(fc.constantFrom(60, 120, 1200), { nil: undefined });

// ---------------------------------------------------------------------------------------------------
// Near-miss plans and their validation issues (issue-words.test.ts)

const field = fc.oneof(fc.anything(), fc.constantFrom(-1, 0, 2.5, 5000, '2026-02-30', '2026-03-05', 'oral', 'transdermal', 'acute', 'opioid-use-disorder', '', true));
const issueLine = fc.record({
  drug: fc.oneof(fc.constantFrom('morphine', 'oxycodone', 'fentanyl', 'methadone', 'heroin'), field),
  route: fc.oneof(fc.constantFrom('oral', 'transdermal', 'sublingual'), field),
  strength: fc.oneof(fc.record({ value: fc.oneof(fc.integer({ min: -5, max: 6000 }), field), unit: fc.constantFrom('mg', 'microgram/hour', 'g') }), field),
  dosesPerDay: field, asNeeded: field, maxDosesPerDay: field, purpose: field, patchCount: field, source: field, extra: field,
}, { requiredKeys: [] });
export const issuePlan = fc.record({
  id: field, indication: field, medications: fc.oneof(fc.array(issueLine, { maxLength: 3 }), field), startDate: field,
  reviewDate: field, stopDate: field, goals: field, careTeam: fc.oneof(fc.array(fc.record({ role: field }), { maxLength: 2 }), field),
  concurrentMedicines: fc.oneof(fc.array(fc.record({ kind: field, drug: field }), { maxLength: 2 }), field), stopdate: field,
}, { requiredKeys: [] });
/** Anything parsePlan may be given: a near-miss plan, text, or any value at all. */
export const issueInput = fc.oneof(issuePlan, fc.string(), fc.anything());

// ---------------------------------------------------------------------------------------------------
// Lines that do not convert (ome-words.test.ts), and the dose-band inputs

export const omeLine = fc.record({
  drug: fc.constantFrom(...OPIOID_IDS, 'heroin'),
  route: fc.constantFrom(...ROUTES),
  strength: fc.record({ value: fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.constant(Number.NaN)), unit: fc.constantFrom('mg', 'microgram/hour') }),
  dosesPerDay: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
  purpose: fc.option(fc.constantFrom('pain', 'opioid-use-disorder'), { nil: undefined }),
}, { requiredKeys: ['drug', 'route', 'strength'] });
export const omeInput = fc.oneof(omeLine, fc.anything());
export const guidance = fc.constantFrom('uk', 'us');
export const bandInputs = fc.tuple(
  fc.double({ min: 0, max: 20_000, noNaN: true }), guidance, fc.option(fc.integer({ min: 20, max: 500 }), { nil: undefined }),
  fc.boolean(), fc.constantFrom('acute', 'chronic-non-cancer', 'cancer', 'end-of-life', 'opioid-use-disorder'),
);

// ---------------------------------------------------------------------------------------------------
// Tapers (taper-words.test.ts)

export const taperPlan = fc.record({
  startDate: fc.integer({ min: 0, max: 80 * 365 }).map((days) => addDays('1990-01-01', days)),
  startDose: fc.oneof(fc.double({ min: 0.1, max: 2000, noNaN: true }), fc.constantFrom(60, 120, 1500)),
  percent: fc.oneof(fc.double({ min: 0.3, max: 99.5, noNaN: true }), fc.constantFrom(5, 10, 25)),
  intervalDays: fc.oneof(fc.integer({ min: 1, max: 365 }), fc.constantFrom(1, 7, 14)),
  basis: fc.constantFrom('original', 'current'),
  roundTo: fc.option(fc.constantFrom(0.5, 1, 2.5, 5, 10, 12.5), { nil: undefined }),
  minimumDose: fc.option(fc.double({ min: 0.1, max: 300, noNaN: true }), { nil: undefined }),
  holds: fc.option(fc.array(fc.record({ step: fc.integer({ min: 0, max: 30 }), intervals: fc.integer({ min: 1, max: 4 }) }), { maxLength: 2 }), { nil: undefined }),
});

// ---------------------------------------------------------------------------------------------------
// Doses, dates and the discharge sentence (text-words.test.ts)

export const textDate = fc.integer({ min: 0, max: 3_000_000 }).map((n) => addDays('0001-01-01', n)).filter((d) => d !== '');
export const doseLine = fc.record({
  drug: fc.constantFrom(...OPIOID_IDS), route: fc.constantFrom(...ROUTES),
  strength: fc.record({ value: fc.oneof(fc.double({ min: 0.01, max: 2000, noNaN: true }), fc.constantFrom(1, 5, 12.5)), unit: fc.constantFrom('mg', 'microgram/hour') }),
  dosesPerDay: fc.option(fc.oneof(fc.constantFrom(0.5, 1, 2, 3, 0.25, 1 / 3), fc.integer({ min: 1, max: 24 })), { nil: undefined }),
  asNeeded: fc.option(fc.boolean(), { nil: undefined }),
  maxDosesPerDay: fc.option(fc.integer({ min: 1, max: 24 }), { nil: undefined }),
}, { requiredKeys: ['drug', 'route', 'strength'] });
export const stopInputs = fc.tuple(
  fc.constantFrom(...OPIOID_IDS, 'co-codamol', ''), fc.option(fc.constantFrom('Shortec 5 mg capsules', 'oxycodone', ''), { nil: undefined }),
  textDate, fc.integer({ min: -3, max: 400 }), fc.constantFrom('stop', 'review', 'continue'),
  fc.option(fc.constantFrom('acute', 'chronic-non-cancer', 'headache'), { nil: undefined }),
);
