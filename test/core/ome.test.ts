import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { dailyDose, dailyOme, totalDailyOme, OME_TABLES, type OmeResult } from '../../src/core/ome.js';
import { planTotalDailyOme } from '../../src/core/plan-total.js';
import { validatedPlanTotal } from '../../src/core/validated-plan-total.js';
import { parsePlan } from '../../src/core/parse.js';
import { flagPlan } from '../locales/arbitraries.js';
import { GUIDANCES, OPIOID_IDS, ROUTES, type Guidance } from '../../src/core/ids.js';

interface VectorCase { name: string; lines: unknown[]; uk: number | string; us: number | string }
const vectors = (await (await fetch(new URL('../fixtures/ome-vectors.json', import.meta.url))).json()) as { cases: VectorCase[] };

const oral = (drug: string, mg: number, dosesPerDay: number, extra: object = {}) =>
  ({ drug, route: 'oral', strength: { value: mg, unit: 'mg' }, dosesPerDay, ...extra });
const patch = (drug: string, microgramsPerHour: number) =>
  ({ drug, route: 'transdermal', strength: { value: microgramsPerHour, unit: 'microgram/hour' } });

function okValue(result: OmeResult): number {
  if (!result.ok) throw new Error(`expected a figure, got ${result.reason}: ${JSON.stringify(result.params)}`);
  return result.value;
}
/** A failure as its reason and the code a catalogue words it from (the words are checked in test/locales). */
function failure(result: OmeResult): { ok: false; reason: string; why: string; issue?: string } {
  if (result.ok) throw new Error(`expected a failure, got ${result.value} mg/day`);
  const { why, issue } = result.params;
  return issue ? { ok: false, reason: result.reason, why, issue: issue.code } : { ok: false, reason: result.reason, why };
}

describe('ome: reference vectors (clinical/ome-vectors.json) [T-OME-001]', () => {
  it('has cases to check [T-OME-002]', () => {
    expect(vectors.cases.length).to.be.greaterThan(5);
  });

  for (const testCase of vectors.cases) {
    for (const guidance of GUIDANCES) {
      it(`${testCase.name} (${guidance})`, () => {
        const expected = testCase[guidance];
        const total = totalDailyOme(testCase.lines, { guidance });
        if (typeof expected === 'number') {
          expect(total.value).to.equal(expected);
          expect(total.complete).to.equal(true);
          expect(total.lines.every((line) => line.ok && line.unit === 'mg/day')).to.equal(true);
        } else {
          expect(testCase.lines).to.have.length(1);
          expect(total.complete).to.equal(false);
          expect(total.value).to.equal(0);
          expect(failure(dailyOme(testCase.lines[0], { guidance })).reason).to.equal(expected);
        }
      });
    }
  }
});

describe('ome: scenarios (REFERENCE.md §7)', () => {
  it('1. oxycodone 5 mg up to four times a day as needed: at most 30 mg/day OME, flagged as the maximum [T-OME-003]', () => {
    const result = dailyOme(oral('oxycodone', 5, 1, { asNeeded: true, maxDosesPerDay: 4 }));
    expect(okValue(result)).to.equal(30);
    expect(result).to.include({ asNeededMaximum: true, dailyDose: 20, doseUnit: 'mg/day', factor: 1.5 });
  });

  it('2. morphine MR 60 mg twice daily is 120 mg/day OME [T-OME-004]', () => {
    expect(okValue(dailyOme(oral('morphine', 60, 2)))).to.equal(120);
  });

  it('3. methadone for OUD plus oxycodone 10 mg three times daily: 45 shown, total incomplete in both guidances [T-OME-005]', () => {
    const lines = [oral('methadone', 60, 1, { purpose: 'opioid-use-disorder' }), oral('oxycodone', 10, 3)];
    const uk = totalDailyOme(lines, { guidance: 'uk' });
    expect(uk).to.include({ value: 45, complete: false });
    expect(failure(uk.lines[0]!).reason).to.equal('specialist-advice');
    expect(okValue(uk.lines[1]!)).to.equal(45);

    const us = totalDailyOme(lines, { guidance: 'us' });
    expect(us).to.include({ value: 45, complete: false });
    expect(failure(us.lines[0]!).reason).to.equal('excluded');
  });

  it('4. co-codamol 30/500 two tablets four times daily: 24 mg/day OME (UK), 36 MME (US) [T-OME-006]', () => {
    const line = oral('codeine', 60, 4);
    expect(okValue(dailyOme(line, { guidance: 'uk' }))).to.equal(24);
    expect(okValue(dailyOme(line, { guidance: 'us' }))).to.equal(36);
  });

  it('5. buprenorphine 10 microgram/hour patch: 24 mg/day OME (UK), excluded and incomplete (US) [T-OME-007]', () => {
    const line = patch('buprenorphine', 10);
    expect(okValue(dailyOme(line, { guidance: 'uk' }))).to.equal(24);
    const us = totalDailyOme([line], { guidance: 'us' });
    expect(us).to.include({ value: 0, complete: false });
    const reason = failure(us.lines[0]!);
    expect(reason.reason).to.equal('excluded');
    expect(reason.why).to.equal('partial-agonist');
    expect(us.lines[0]).to.deep.include({ params: { why: 'partial-agonist', drug: 'buprenorphine', route: 'transdermal', guidance: 'us', unit: 'MME' } });
  });

  it('6. hydrocodone 10 mg four times daily plus tramadol 50 mg twice daily: 60 MME; UK cannot convert hydrocodone [T-OME-008]', () => {
    const lines = [oral('hydrocodone', 10, 4), oral('tramadol', 50, 2)];
    const us = totalDailyOme(lines, { guidance: 'us' });
    expect(us).to.include({ value: 60, complete: true });
    expect(us.lines.map(okValue)).to.deep.equal([40, 20]);

    const uk = totalDailyOme(lines, { guidance: 'uk' });
    expect(uk).to.include({ value: 10, complete: false });
    expect(failure(uk.lines[0]!)).to.deep.equal({ ok: false, reason: 'no-factor', why: 'not-licensed-uk' });
    expect(uk.lines[0]).to.deep.include({ params: { why: 'not-licensed-uk', drug: 'hydrocodone', route: 'oral', guidance: 'uk', unit: 'OME' } });
  });
});

describe('ome: patches', () => {
  it('reads UK fentanyl strengths from the Opioids Aware 2020 table (12 → 30, not 28.8) [T-OME-009]', () => {
    const expected: [number, number][] = [[12, 30], [25, 60], [50, 120], [75, 180], [100, 240]];
    for (const [strength, ome] of expected) {
      const result = dailyOme(patch('fentanyl', strength));
      expect(okValue(result), `${strength} microgram/hour`).to.equal(ome);
      expect(result).to.include({ factor: undefined, dailyDose: strength, doseUnit: 'microgram/hour', asNeededMaximum: false });
    }
  });

  it('converts other UK fentanyl strengths at 2.4 per microgram/hour [T-OME-010]', () => {
    expect(okValue(dailyOme(patch('fentanyl', 37)))).to.equal(88.8);
    expect(okValue(dailyOme(patch('fentanyl', 12.5)))).to.equal(30);
    expect(dailyOme(patch('fentanyl', 37))).to.include({ factor: 2.4 });
  });

  it('converts US fentanyl at 2.4 per microgram/hour with no lookup (12 → 28.8) [T-OME-011]', () => {
    expect(okValue(dailyOme(patch('fentanyl', 12), { guidance: 'us' }))).to.equal(28.8);
    expect(okValue(dailyOme(patch('fentanyl', 75), { guidance: 'us' }))).to.equal(180);
  });

  it('converts every UK buprenorphine patch strength as the table lists it [T-OME-012]', () => {
    const expected: [number, number][] = [[5, 12], [10, 24], [15, 36], [20, 48], [35, 84], [52.5, 126], [70, 168]];
    for (const [strength, ome] of expected) {
      expect(okValue(dailyOme(patch('buprenorphine', strength))), `${strength} microgram/hour`).to.equal(ome);
    }
  });

  it('refuses doses per day on a patch, saying how to write patches worn together [T-OME-013]', () => {
    // Was silently ignored: "3 a day" on a patch is either three patches worn together (3×) or nothing.
    const result = failure(dailyOme({ ...patch('fentanyl', 25), dosesPerDay: 3 }));
    expect(result.reason).to.equal('invalid-input');
    // The catalogue's sentence for this code names patchCount (test/locales).
    expect(result).to.include({ why: 'invalid-line', issue: 'patch-doses-per-day' });
  });

  it('counts patches worn together (patchCount), per patch for the UK fentanyl table [T-CLIN-01]', () => {
    expect(okValue(dailyOme({ ...patch('fentanyl', 25), patchCount: 2 }))).to.equal(120);
    expect(okValue(dailyOme({ ...patch('fentanyl', 12), patchCount: 2 }))).to.equal(60); // 2 × 30, the table's figure
    expect(okValue(dailyOme({ ...patch('fentanyl', 75), patchCount: 2 }, { guidance: 'us' }))).to.equal(360);
    expect(dailyDose({ ...patch('buprenorphine', 10), patchCount: 3 })).to.include({ value: 30, unit: 'microgram/hour' });
    expect(failure(dailyOme({ ...oral('morphine', 10, 2), patchCount: 2 })).reason).to.equal('invalid-input');
    expect(failure(dailyOme({ ...patch('fentanyl', 25), patchCount: 7 })).reason).to.equal('invalid-input');
  });
});

describe('ome: the two tables differ on purpose', () => {
  const both = (line: object) => GUIDANCES.map((guidance) => dailyOme(line, { guidance }));

  it('codeine 0.1 vs 0.15, tramadol 0.1 vs 0.2, hydromorphone 5 in both, methadone specialist advice vs 4.7 [T-OME-014]', () => {
    expect(both(oral('codeine', 100, 1)).map(okValue)).to.deep.equal([10, 15]);
    expect(both(oral('tramadol', 100, 1)).map(okValue)).to.deep.equal([10, 20]);
    expect(both(oral('hydromorphone', 2, 1)).map(okValue)).to.deep.equal([10, 10]);
    expect(both(oral('tapentadol', 50, 2)).map(okValue)).to.deep.equal([40, 40]);
    const [uk, us] = both(oral('methadone', 10, 1));
    expect(failure(uk!)).to.deep.equal({ ok: false, reason: 'specialist-advice', why: 'specialist-advice' });
    expect(okValue(us!)).to.equal(47);
  });

  it('has no factor for UK oxymorphone and sublingual buprenorphine, or US dihydrocodeine [T-OME-015]', () => {
    expect(failure(dailyOme(oral('oxymorphone', 10, 2))).reason).to.equal('no-factor');
    const sublingual = { drug: 'buprenorphine', route: 'sublingual', strength: { value: 0.2, unit: 'mg' }, dosesPerDay: 3 };
    expect(failure(dailyOme(sublingual))).to.deep.equal({ ok: false, reason: 'no-factor', why: 'not-in-uk-table' });
    expect(failure(dailyOme(oral('dihydrocodeine', 30, 4), { guidance: 'us' }))).to.deep.equal({ ok: false, reason: 'no-factor', why: 'not-in-us-table' });
    expect(okValue(dailyOme(oral('dihydrocodeine', 30, 4)))).to.equal(12);
  });

  it('excludes US buprenorphine by every route [T-OME-016]', () => {
    for (const route of ROUTES) {
      const unit = route === 'transdermal' ? 'microgram/hour' : 'mg';
      const line = { drug: 'buprenorphine', route, strength: { value: 5, unit }, ...(route === 'transdermal' ? {} : { dosesPerDay: 1 }) };
      expect(failure(dailyOme(line, { guidance: 'us' })).reason, route).to.equal('excluded');
    }
  });

  it('has no factor for a drug by a route neither table lists [T-OME-017]', () => {
    const line = { drug: 'morphine', route: 'sublingual', strength: { value: 10, unit: 'mg' }, dosesPerDay: 1 };
    const uk = dailyOme(line);
    expect(failure(uk)).to.deep.equal({ ok: false, reason: 'no-factor', why: 'route-not-in-table' });
    expect(uk).to.deep.include({ params: { why: 'route-not-in-table', drug: 'morphine', route: 'sublingual', guidance: 'uk', unit: 'OME' } });
    expect(dailyOme(line, { guidance: 'us' })).to.deep.include({ params: { why: 'route-not-in-table', drug: 'morphine', route: 'sublingual', guidance: 'us', unit: 'MME' } });
  });

  it('uses the UK table by default and for a guidance it does not know [T-OME-018]', () => {
    const line = oral('codeine', 100, 1);
    expect(okValue(dailyOme(line))).to.equal(10);
    expect(okValue(dailyOme(line, { guidance: 'xx' as Guidance }))).to.equal(10);
    expect(okValue(dailyOme(line, null as never))).to.equal(10);
  });
});

describe('ome: opioid use disorder', () => {
  it('does not convert a line prescribed for opioid use disorder, quoting CDC 2022 [T-OME-019]', () => {
    const line = oral('methadone', 60, 1, { purpose: 'opioid-use-disorder' });
    const result = failure(dailyOme(line, { guidance: 'us' }));
    expect(result.reason).to.equal('excluded');
    expect(result.why).to.equal('opioid-use-disorder');
    // Only methadone and buprenorphine can be substitution treatment: morphine "for opioid use disorder"
    // is a mistake to report, never a line that silently leaves the total (REFERENCE.md §3).
    const morphine = failure(dailyOme(oral('morphine', 200, 1, { purpose: 'opioid-use-disorder' })));
    expect(morphine.reason).to.equal('invalid-input');
    expect(morphine).to.include({ why: 'invalid-line', issue: 'purpose-not-substitution' });
  });

  it('converts the same drug when it is for pain [T-OME-020]', () => {
    expect(okValue(dailyOme(oral('methadone', 60, 1, { purpose: 'pain' }), { guidance: 'us' }))).to.equal(282);
  });

  it('applies the table row first: UK methadone for OUD is still a matter for specialist advice [T-OME-021]', () => {
    expect(failure(dailyOme(oral('methadone', 60, 1, { purpose: 'opioid-use-disorder' }))).reason).to.equal('specialist-advice');
  });
});

describe('ome: invalid input [T-OME-022]', () => {
  // The reason, and the validation issue (path and code) a catalogue words after "This medicine line cannot be used:".
  const cases: [string, unknown, string, { path: string; code: string } | undefined][] = [
    ['an oral line in microgram/hour', { ...oral('morphine', 10, 2), strength: { value: 10, unit: 'microgram/hour' } }, 'invalid-line', { path: 'strength.unit', code: 'unit-for-route' }],
    ['a patch in mg', { ...patch('fentanyl', 25), strength: { value: 25, unit: 'mg' } }, 'invalid-line', { path: 'strength.unit', code: 'unit-for-route' }],
    ['a morphine patch', { ...patch('morphine', 25) }, 'invalid-line', { path: 'route', code: 'not-a-patch-drug' }],
    ['no doses per day', { drug: 'morphine', route: 'oral', strength: { value: 10, unit: 'mg' } }, 'invalid-line', { path: 'dosesPerDay', code: 'doses-per-day-required' }],
    ['as needed with no maximum or doses per day', { drug: 'morphine', route: 'oral', strength: { value: 10, unit: 'mg' }, asNeeded: true }, 'invalid-line', { path: 'dosesPerDay', code: 'doses-per-day-required' }],
    ['an unknown drug', oral('heroin', 10, 2), 'invalid-line', { path: 'drug', code: 'not-one-of' }],
    ['a negative strength', oral('morphine', -10, 2), 'invalid-line', { path: 'strength.value', code: 'too-small' }],
    ['a zero strength', oral('morphine', 0, 2), 'invalid-line', { path: 'strength.value', code: 'too-small' }],
    ['negative doses per day', oral('morphine', 10, -1), 'invalid-line', { path: 'dosesPerDay', code: 'too-small' }],
    ['a misspelt field', { ...oral('morphine', 10, 2), dosesperday: 2 }, 'invalid-line', { path: 'dosesperday', code: 'unknown-field' }],
    ['null', null, 'not-an-object', undefined],
    ['text', 'morphine 10 mg', 'not-an-object', undefined],
    ['a list', [oral('morphine', 10, 2)], 'not-an-object', undefined],
    ['a strength that is text', { ...oral('morphine', 10, 2), strength: '10 mg' }, 'invalid-line', { path: 'strength', code: 'wrong-type' }],
  ];
  for (const [name, line, why, issue] of cases) {
    it(`reports ${name}`, () => {
      for (const guidance of GUIDANCES) {
        const result = dailyOme(line, { guidance });
        expect(failure(result)).to.include({ reason: 'invalid-input', why });
        if (!result.ok && issue) expect(result.params.issue).to.include(issue);
        if (!result.ok && !issue) expect(result.params).to.deep.equal({ why });
      }
      expect(dailyDose(line).ok).to.equal(false);
    });
  }

  it('reports a dose too large to be a real number instead of returning Infinity [T-OME-023]', () => {
    const result = failure(dailyOme(oral('hydromorphone', Number.MAX_VALUE, 24)));
    expect(result).to.include({ reason: 'invalid-input', why: 'invalid-line', issue: 'dose-too-large' });
  });
});

describe('ome: daily dose of a line', () => {
  it('multiplies strength by doses per day, or gives the patch rate [T-OME-024]', () => {
    expect(dailyDose(oral('morphine', 30, 2))).to.deep.equal({ ok: true, value: 60, unit: 'mg/day', asNeededMaximum: false });
    expect(dailyDose(patch('fentanyl', 25))).to.deep.equal({ ok: true, value: 25, unit: 'microgram/hour', asNeededMaximum: false });
  });

  it('uses the most doses allowed for an as-needed line, and says so [T-OME-025]', () => {
    const line = oral('codeine', 30, 4, { asNeeded: true, maxDosesPerDay: 8 });
    expect(dailyDose(line)).to.deep.equal({ ok: true, value: 240, unit: 'mg/day', asNeededMaximum: true });
    expect(dailyDose(oral('codeine', 30, 4, { asNeeded: true }))).to.include({ value: 120, asNeededMaximum: false });
    // A most-doses-a-day without asNeeded is ambiguous (regular or as needed?): an error, not a guess.
    const regular = dailyDose(oral('codeine', 30, 4, { maxDosesPerDay: 8 }));
    expect(regular.ok).to.equal(false);
    expect(regular.ok ? undefined : regular.params.issue?.code).to.equal('max-doses-needs-as-needed');
  });

  it('removes float noise without rounding to whole numbers (0.1 × 3, 30 × 0.1 × 8) [T-OME-026]', () => {
    expect(dailyDose(oral('hydromorphone', 0.1, 3))).to.include({ value: 0.3 });
    expect(okValue(dailyOme(oral('hydromorphone', 0.1, 3)))).to.equal(1.5);
    expect(okValue(dailyOme(oral('codeine', 30, 8)))).to.equal(24);
    expect(okValue(dailyOme(oral('tramadol', 37.5, 3)))).to.equal(11.25);
    expect(okValue(dailyOme(oral('oxycodone', 2.5, 1)))).to.equal(3.75);
  });
});

describe('ome: totals', () => {
  it('sums only the lines that convert and says the total is incomplete [T-OME-027]', () => {
    const total = totalDailyOme([oral('morphine', 30, 2), oral('heroin', 10, 1), patch('fentanyl', 25)]);
    expect(total.value).to.equal(120);
    expect(total.complete).to.equal(false);
    expect(total.lines.map((line) => line.ok)).to.deep.equal([true, false, true]);
  });

  it('removes float noise from the sum [T-OME-028]', () => {
    // 0.1 + 0.2 mg/day OME: tramadol 1 mg and 2 mg once a day.
    expect(totalDailyOme([oral('tramadol', 1, 1), oral('tramadol', 2, 1)]).value).to.equal(0.3);
  });

  it('is complete and zero for no lines', () => {
    expect(totalDailyOme([])).to.deep.equal({ value: 0, complete: true, lines: [] });
  });

  it('treats something that is not a list as invalid, not as zero opioids [T-OME-029]', () => {
    for (const input of [undefined, null, 'x', 42, { length: 2 }]) {
      expect(totalDailyOme(input as unknown[])).to.deep.equal({ value: 0, complete: false, lines: [] });
    }
  });

  it('reports a hole in a sparse list as an invalid line [T-OME-030]', () => {
    // eslint-disable-next-line no-sparse-arrays
    const total = totalDailyOme([oral('morphine', 10, 1), , oral('morphine', 10, 1)]);
    expect(total).to.include({ value: 20, complete: false });
    expect(total.lines).to.have.length(3);
  });
});

describe('ome: the tables as data', () => {
  it('has one row per drug and route, each citing its source [T-OME-031]', () => {
    for (const guidance of GUIDANCES) {
      const rows = OME_TABLES[guidance];
      const keys = rows.map((row) => `${row.drug}/${row.route}`);
      expect(new Set(keys).size, guidance).to.equal(keys.length);
      for (const row of rows) {
        expect(OPIOID_IDS).to.include(row.drug);
        expect(row.source).to.equal(guidance === 'uk'
          ? 'Opioids Aware (FPM/RCoA), Aug 2020'
          : 'CDC Clinical Practice Guideline 2022, MMWR RR-71(3)');
      }
      // Every opioid has a row for its main route in both tables, even if only to say why it has no factor.
      for (const drug of OPIOID_IDS) {
        const route = drug === 'fentanyl' || drug === 'buprenorphine' ? 'transdermal' : 'oral';
        expect(keys, `${guidance} ${drug}`).to.include(`${drug}/${route}`);
      }
    }
  });

  it('does not carry a superseded figure (2016 hydromorphone 4, pre-2020 fentanyl 150:1) [T-OME-032]', () => {
    const factor = (guidance: Guidance, drug: string) => {
      const row = OME_TABLES[guidance].find((candidate) => candidate.drug === drug && candidate.status !== 'no-factor');
      return row && 'factor' in row ? row.factor : undefined;
    };
    expect(factor('us', 'hydromorphone')).to.equal(5);
    expect(factor('us', 'methadone')).to.equal(4.7);
    expect(okValue(dailyOme(patch('fentanyl', 25)))).to.not.equal(90);
  });
});

describe('ome: properties', () => {
  it('never throws on any input [T-OME-033]', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (line, options) => {
      const result = dailyOme(line, options as { guidance?: Guidance });
      expect(typeof result.ok).to.equal('boolean');
      const total = totalDailyOme(line as unknown[], options as { guidance?: Guidance });
      expect(Number.isFinite(total.value)).to.equal(true);
      dailyDose(line);
    }));
  });

  it('never throws on lists of near-miss lines, and the total is the sum of the figures [T-OME-034]', () => {
    const nearMiss = fc.record({
      drug: fc.constantFrom(...OPIOID_IDS, 'heroin'),
      route: fc.constantFrom(...ROUTES),
      strength: fc.record({ value: fc.oneof(fc.double({ min: -1000, max: 1000 }), fc.constantFrom(Number.NaN, Infinity, -0)), unit: fc.constantFrom('mg', 'microgram/hour') }),
      dosesPerDay: fc.option(fc.double(), { nil: undefined }),
      asNeeded: fc.option(fc.boolean(), { nil: undefined }),
      maxDosesPerDay: fc.option(fc.integer({ min: 1, max: 24 }), { nil: undefined }),
      purpose: fc.option(fc.constantFrom('pain', 'opioid-use-disorder'), { nil: undefined }),
    }, { requiredKeys: ['drug', 'route', 'strength'] });
    fc.assert(fc.property(fc.array(nearMiss, { maxLength: 6 }), fc.constantFrom(...GUIDANCES), (lines, guidance) => {
      const total = totalDailyOme(lines, { guidance });
      const figures = total.lines.flatMap((line) => (line.ok ? [line.value] : []));
      expect(total.complete).to.equal(figures.length === lines.length);
      expect(total.value).to.be.closeTo(figures.reduce((a, b) => a + b, 0), 1e-6 * (1 + Math.abs(total.value)));
    }));
  });

  it('scales linearly with the dose for every drug and route that has a factor [T-OME-035]', () => {
    for (const guidance of GUIDANCES) {
      for (const row of OME_TABLES[guidance].filter((candidate) => candidate.status === 'factor')) {
        const unit = row.route === 'transdermal' ? 'microgram/hour' : 'mg';
        const line = (value: number, dosesPerDay: number) => (row.route === 'transdermal'
          ? { drug: row.drug, route: row.route, strength: { value, unit } }
          : { drug: row.drug, route: row.route, strength: { value, unit }, dosesPerDay });
        // Up to the schema's plausible bounds (2,000 mg a dose, 200 micrograms/hour a patch) after scaling by k ≤ 50.
        const most = row.route === 'transdermal' ? 4 : 40;
        fc.assert(fc.property(
          fc.double({ min: 0.01, max: most, noNaN: true }), fc.integer({ min: 1, max: 24 }), fc.integer({ min: 2, max: 50 }),
          (strength, doses, k) => {
            const once = okValue(dailyOme(line(strength, doses), { guidance }));
            const scaled = okValue(dailyOme(line(k * strength, doses), { guidance }));
            // Each figure carries at most 0.5e-6 of rounding; k multiplies the smaller one's.
            expect(scaled, `${guidance} ${row.drug} ${row.route}`).to.be.closeTo(k * once, 1e-6 * (k + 1) + 1e-12 * scaled);
          },
        ), { numRuns: 50 });
      }
    }
  });
});

describe('ome: a plan\'s total (planTotalDailyOme)', () => {
  const plan = (indication: string, medications: unknown[], guidance = 'uk') =>
    ({ id: 'p', indication, medications, startDate: '2026-03-01', guidance });
  const methadone60 = oral('methadone', 60, 1);

  it('C1: in an opioid-use-disorder plan a line with no purpose is substitution treatment: US methadone 60 mg is not 282 MME/day [T-OME-036]', () => {
    const total = planTotalDailyOme(plan('opioid-use-disorder', [methadone60]), { guidance: 'us' });
    expect(total.value).to.equal(0);
    expect(total.complete).to.equal(false);
    expect(failure(total.lines[0]!).reason).to.equal('excluded');
    expect(failure(total.lines[0]!).why).to.equal('opioid-use-disorder');
    expect(total.notConverted).to.deep.equal(['methadone']);
    // The line-level contract is unchanged: without the plan, a line with no purpose is for pain.
    expect(totalDailyOme([methadone60], { guidance: 'us' }).value).to.equal(282);
  });

  it('counts a line marked for pain in an opioid-use-disorder plan, and a line with no purpose in a pain plan [T-OME-037]', () => {
    const mixed = planTotalDailyOme(plan('opioid-use-disorder', [methadone60, oral('oxycodone', 10, 3, { purpose: 'pain' })]), { guidance: 'us' });
    expect(mixed).to.include({ value: 45, complete: false });
    expect(mixed.notConverted).to.deep.equal(['methadone']);
    expect(planTotalDailyOme(plan('chronic-non-cancer', [methadone60]), { guidance: 'us' })).to.include({ value: 282, complete: true });
    // The line's own purpose wins over the plan's indication.
    expect(planTotalDailyOme(plan('chronic-non-cancer', [oral('methadone', 60, 1, { purpose: 'opioid-use-disorder' })]), { guidance: 'us' }).complete).to.equal(false);
  });

  it('gives the medicines not converted once each, and whether an as-needed maximum is counted [T-OME-038]', () => {
    const total = planTotalDailyOme(plan('chronic-non-cancer', [
      oral('hydrocodone', 10, 4), oral('hydrocodone', 5, 2), oral('oxymorphone', 5, 2),
      { ...oral('oxycodone', 5, 1), dosesPerDay: undefined, asNeeded: true, maxDosesPerDay: 4 },
    ]));
    expect(total.notConverted).to.deep.equal(['hydrocodone', 'oxymorphone']);
    expect(total.asNeededMaximum).to.equal(true);
    expect(total.value).to.equal(30);
    const regular = planTotalDailyOme(plan('acute', [oral('morphine', 10, 4)]));
    expect(regular).to.include({ value: 40, complete: true, asNeededMaximum: false });
    expect(regular.notConverted).to.deep.equal([]);
  });

  it('defaults to the plan\'s own guidance, and never throws on something that is not a plan [T-OME-039]', () => {
    expect(planTotalDailyOme(plan('acute', [oral('codeine', 60, 4)], 'us')).value).to.equal(36);
    for (const input of [undefined, null, 'x', 42, [], { medications: 'no' }]) {
      expect(planTotalDailyOme(input)).to.deep.include({ value: 0, complete: false, notConverted: [], asNeededMaximum: false });
    }
    const hostile = { get medications(): never { throw new Error('boom'); } };
    expect(planTotalDailyOme(hostile).complete).to.equal(false);
  });

  it('a validated plan\'s total without zod (the patient page\'s path) is the validating total, line for line [T-OMEP-01]', () => {
    fc.assert(fc.property(flagPlan, fc.constantFrom<Guidance>('uk', 'us'), (input, guidance) => {
      const parsed = parsePlan(input);
      if (!parsed.ok) return;
      expect(validatedPlanTotal(parsed.plan, guidance)).to.deep.equal(planTotalDailyOme(parsed.plan, { guidance }));
    }), { numRuns: 300 });
  });

  it('a line that does not look validated makes that total incomplete, never a silent partial sum [T-OMEP-02]', () => {
    const broken = { ...plan('chronic-non-cancer', [oral('morphine', 30, 2)]), medications: [oral('morphine', 30, 2), { drug: 'morphine', route: 'oral', strength: 'thirty' }] };
    const total = validatedPlanTotal(broken as never, 'uk');
    expect(total.complete).to.equal(false);
    expect(total.value).to.equal(60);
    expect(total.lines[1]).to.deep.include({ ok: false, reason: 'invalid-input' });
    expect(validatedPlanTotal(null as never, 'uk')).to.deep.include({ value: 0, complete: false });
  });
});
