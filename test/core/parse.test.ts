import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parsePlan } from '../../src/core/parse.js';

const validPlan = {
  id: 'plan-1', indication: 'acute', startDate: '2026-03-01', stopDate: '2026-03-06',
  medications: [{ drug: 'oxycodone', route: 'oral', strength: { value: 5, unit: 'mg' }, asNeeded: true, maxDosesPerDay: 4 }],
};

/** Each issue as path and sentence (codes and parameters are checked in test/locales). */
const issuesOf = (input: unknown) => {
  const result = parsePlan(input);
  expect(result.ok, 'expected the plan to be rejected').to.equal(false);
  return result.ok ? [] : result.issues.map(({ path, message }) => ({ path, message }));
};

describe('parsePlan', () => {
  it('accepts a valid plan and fills the default guidance', () => {
    const result = parsePlan(validPlan);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.plan.guidance).to.equal('uk');
  });

  it('accepts the plan as JSON text, and says plainly when the JSON is broken [T-PARSE-001]', () => {
    expect(parsePlan(JSON.stringify(validPlan)).ok).to.equal(true);
    const [issue] = issuesOf('{"id": "p1",');
    expect(issue?.message).to.match(/not valid JSON/);
  });

  it('names the field and says what is wrong with it [T-PARSE-002]', () => {
    const input = { ...validPlan, medications: [{ ...validPlan.medications[0], strength: { value: -5, unit: 'mg' } }] };
    expect(issuesOf(input)).to.deep.include({ path: 'medications[0].strength.value', message: 'Strength must be more than 0.' });
    const result = parsePlan(input);
    expect(result.ok ? [] : result.issues).to.deep.include({
      path: 'medications[0].strength.value', code: 'too-small', params: { field: 'value', min: 0, inclusive: false },
      message: 'Strength must be more than 0.',
    });
  });

  it('says a wrong type is the wrong type, not that it is missing [T-PARSE-003]', () => {
    const issues = issuesOf({ ...validPlan, medications: [{ ...validPlan.medications[0], strength: '5 mg' }] });
    expect(issues[0]).to.deep.equal({ path: 'medications[0].strength', message: 'Strength must be an object, not text.' });
  });

  it('says a missing choice is required rather than listing the choices [T-PARSE-004]', () => {
    const { indication: _omit, ...withoutIndication } = validPlan;
    expect(issuesOf(withoutIndication)).to.deep.include({ path: 'indication', message: 'Indication is required.' });
  });

  it('reports an unknown or misspelt key instead of dropping it [T-PARSE-005]', () => {
    const issues = issuesOf({ ...validPlan, stopdate: '2026-03-06' });
    expect(issues[0]?.path).to.equal('stopdate');
    expect(issues[0]?.message).to.match(/not a field/);
  });

  it('rejects impossible dates and a stop date before the start [T-PARSE-006]', () => {
    expect(issuesOf({ ...validPlan, startDate: '2026-02-30' })[0]?.path).to.equal('startDate');
    expect(issuesOf({ ...validPlan, stopDate: '2026-02-27' })).to.deep.include({
      path: 'stopDate', message: 'Stop date must not be before the start date.',
    });
  });

  it('requires doses per day for an oral line that is not as-needed [T-PARSE-007]', () => {
    const line = { drug: 'morphine', route: 'oral', strength: { value: 10, unit: 'mg' } };
    expect(issuesOf({ ...validPlan, medications: [line] })[0]?.path).to.equal('medications[0].dosesPerDay');
  });

  it('property: never throws, whatever it is given [T-PARSE-008]', () => {
    fc.assert(fc.property(fc.anything(), (input) => {
      const result = parsePlan(input);
      expect(result.ok === true || Array.isArray(result.issues)).to.equal(true);
    }));
    fc.assert(fc.property(fc.string(), (text) => { parsePlan(text); }));
  });
});
