import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parsePlan } from '../../src/core/parse.js';

const validPlan = {
  id: 'plan-1', indication: 'acute', startDate: '2026-03-01', stopDate: '2026-03-06',
  medications: [{ drug: 'oxycodone', route: 'oral', strength: { value: 5, unit: 'mg' }, asNeeded: true, maxDosesPerDay: 4 }],
};

/** Each issue as path, code and parameters (the words are the catalogues': test/locales/wording.test.ts). */
const issuesOf = (input: unknown) => {
  const result = parsePlan(input);
  expect(result.ok, 'expected the plan to be rejected').to.equal(false);
  return result.ok ? [] : result.issues;
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
    expect(issue).to.deep.equal({ path: '', code: 'invalid-json', params: {} });
  });

  it('names the field and says what is wrong with it [T-PARSE-002]', () => {
    const input = { ...validPlan, medications: [{ ...validPlan.medications[0], strength: { value: -5, unit: 'mg' } }] };
    expect(issuesOf(input)).to.deep.include({
      path: 'medications[0].strength.value', code: 'too-small', params: { field: 'value', min: 0, inclusive: false },
    });
    // Codes and parameters only: no sentence in the core.
    for (const issue of issuesOf(input)) expect(Object.keys(issue).sort()).to.deep.equal(['code', 'params', 'path']);
  });

  it('says a wrong type is the wrong type, not that it is missing [T-PARSE-003]', () => {
    const issues = issuesOf({ ...validPlan, medications: [{ ...validPlan.medications[0], strength: '5 mg' }] });
    expect(issues[0]).to.deep.equal({ path: 'medications[0].strength', code: 'wrong-type', params: { field: 'strength', expected: 'object', received: 'string' } });
    const [infinite] = issuesOf({ ...validPlan, medications: [{ ...validPlan.medications[0], maxDosesPerDay: '4' }] });
    expect(infinite?.params).to.deep.include({ expected: 'number', received: 'string' });
  });

  it('says a missing choice is required rather than listing the choices [T-PARSE-004]', () => {
    const { indication: _omit, ...withoutIndication } = validPlan;
    expect(issuesOf(withoutIndication)).to.deep.include({ path: 'indication', code: 'required', params: { field: 'indication' } });
  });

  it('reports an unknown or misspelt key instead of dropping it [T-PARSE-005]', () => {
    const issues = issuesOf({ ...validPlan, stopdate: '2026-03-06' });
    expect(issues[0]).to.deep.equal({ path: 'stopdate', code: 'unknown-field', params: { key: 'stopdate' } });
  });

  it('rejects impossible dates and a stop date before the start [T-PARSE-006]', () => {
    expect(issuesOf({ ...validPlan, startDate: '2026-02-30' })[0]?.path).to.equal('startDate');
    expect(issuesOf({ ...validPlan, stopDate: '2026-02-27' })).to.deep.include({
      path: 'stopDate', code: 'before-start', params: { field: 'stopDate' },
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
