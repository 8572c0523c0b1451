// Taper schedules carry codes and parameters; the en-GB catalogue words the method, the summary, every
// note and every issue exactly as the core did (the oracle while the core still carries its English).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addDays } from '../../src/core/dates.js';
import { cdcShortCourseTaper, taperSchedule } from '../../src/core/taper.js';
import { describeIssue, describeNote, describeTaper, describeTaperSummary } from '../../src/locales/index.js';

const plan = fc.record({
  startDate: fc.integer({ min: 0, max: 80 * 365 }).map((days) => addDays('1990-01-01', days)),
  startDose: fc.oneof(fc.double({ min: 0.1, max: 2000, noNaN: true }), fc.constantFrom(60, 120, 1500)),
  percent: fc.oneof(fc.double({ min: 0.3, max: 99.5, noNaN: true }), fc.constantFrom(5, 10, 25)),
  intervalDays: fc.oneof(fc.integer({ min: 1, max: 365 }), fc.constantFrom(1, 7, 14)),
  basis: fc.constantFrom('original', 'current'),
  roundTo: fc.option(fc.constantFrom(0.5, 1, 2.5, 5, 10, 12.5), { nil: undefined }),
  minimumDose: fc.option(fc.double({ min: 0.1, max: 300, noNaN: true }), { nil: undefined }),
  holds: fc.option(fc.array(fc.record({ step: fc.integer({ min: 0, max: 30 }), intervals: fc.integer({ min: 1, max: 4 }) }), { maxLength: 2 }), { nil: undefined }),
});

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
