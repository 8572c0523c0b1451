// Validation issues carry a code and parameters; the en-GB catalogue words them exactly as the core's
// message did (the oracle while the core still carries one).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parsePlan } from '../../src/core/parse.js';
import { describeIssue } from '../../src/locales/index.js';
import { issueInput } from './arbitraries.js';

describe('locales: validation issues (en-GB catalogue)', () => {
  it('words every issue of every near-miss plan exactly as the core did [T-LOC-03]', () => {
    let seen = 0;
    fc.assert(fc.property(issueInput, (input) => {
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
