// Validation issues carry a code and parameters; the en-GB catalogue words them exactly as the core's
// message did (the oracle while the core still carries one).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parsePlan } from '../../src/core/parse.js';
import { describeIssue } from '../../src/locales/index.js';

const field = fc.oneof(fc.anything(), fc.constantFrom(-1, 0, 2.5, 5000, '2026-02-30', '2026-03-05', 'oral', 'transdermal', 'acute', 'opioid-use-disorder', '', true));
const line = fc.record({
  drug: fc.oneof(fc.constantFrom('morphine', 'oxycodone', 'fentanyl', 'methadone', 'heroin'), field),
  route: fc.oneof(fc.constantFrom('oral', 'transdermal', 'sublingual'), field),
  strength: fc.oneof(fc.record({ value: fc.oneof(fc.integer({ min: -5, max: 6000 }), field), unit: fc.constantFrom('mg', 'microgram/hour', 'g') }), field),
  dosesPerDay: field, asNeeded: field, maxDosesPerDay: field, purpose: field, patchCount: field, source: field, extra: field,
}, { requiredKeys: [] });
const plan = fc.record({
  id: field, indication: field, medications: fc.oneof(fc.array(line, { maxLength: 3 }), field), startDate: field,
  reviewDate: field, stopDate: field, goals: field, careTeam: fc.oneof(fc.array(fc.record({ role: field }), { maxLength: 2 }), field),
  concurrentMedicines: fc.oneof(fc.array(fc.record({ kind: field, drug: field }), { maxLength: 2 }), field), stopdate: field,
}, { requiredKeys: [] });

describe('locales: validation issues (en-GB catalogue)', () => {
  it('words every issue of every near-miss plan exactly as the core did [T-LOC-03]', () => {
    let seen = 0;
    fc.assert(fc.property(fc.oneof(plan, fc.string(), fc.anything()), (input) => {
      const result = parsePlan(input);
      if (result.ok) return;
      for (const issue of result.issues) {
        seen += 1;
        expect(issue.code, issue.message).to.be.a('string');
        expect(describeIssue(issue, 'en-GB'), issue.code).to.equal(issue.message);
      }
    }), { numRuns: 800 });
    expect(seen).to.be.above(800);
  });
});
