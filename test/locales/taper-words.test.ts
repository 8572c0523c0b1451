// Taper schedules carry codes and parameters; the en-GB catalogue words the method, the summary, every
// note and every issue exactly as the core did (the oracle while the core still carries its English).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { cdcShortCourseTaper, taperSchedule } from '../../src/core/taper.js';
import { describeIssue, describeNote, describeTaper, describeTaperSummary } from '../../src/locales/index.js';
import { taperPlan as plan } from './arbitraries.js';

describe('locales: taper schedules (en-GB catalogue)', () => {
  it('words the method, summary, notes and issues of every generated taper exactly as the core did [T-LOC-06]', () => {
    let schedules = 0;
    let issues = 0;
    fc.assert(fc.property(plan, fc.boolean(), (input, cdc) => {
      const result = cdc ? cdcShortCourseTaper(input) : taperSchedule(input);
      if (!result.ok) {
        for (const issue of result.issues) {
          issues += 1;
          expect(describeIssue(issue, 'en-GB'), issue.code).to.equal(issue.message);
        }
        return;
      }
      schedules += 1;
      expect(describeTaper(result, 'en-GB')).to.equal(result.description);
      expect(describeTaperSummary(result.summary, 'en-GB')).to.equal(result.summary.text);
      for (const note of result.notes) expect(describeNote(note, 'en-GB'), note.code).to.equal(note.message);
    }), { numRuns: 700 });
    expect(schedules).to.be.above(100);
    expect(issues).to.be.above(10);
  });
});
