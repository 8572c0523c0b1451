// The catalogue's en-GB flag sentences are the core's own words (the core's `message` is the oracle
// while it still carries one): every flag of every generated plan reads the same through describeFlag.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { planFlags } from '../../src/core/flags.js';
import { describeFlag } from '../../src/locales/index.js';
import { flagDate as date, flagPlan as plan, flagThreshold } from './arbitraries.js';

describe('locales: flag sentences (en-GB catalogue)', () => {
  it('reads every flag of every generated plan exactly as the core words it [T-LOC-01]', () => {
    let seen = 0;
    fc.assert(fc.property(plan, date, flagThreshold, (generated, today, threshold) => {
      for (const flag of planFlags(generated, { today, threshold })) {
        seen += 1;
        expect(describeFlag(flag, 'en-GB'), flag.id).to.equal(flag.message);
      }
    }), { numRuns: 600 });
    expect(seen).to.be.above(1000);
  });

  it('gives an empty string, never a throw, for a flag it cannot word [T-LOC-02]', () => {
    expect(describeFlag({ id: 'nonsense' as never, params: {} }, 'en-GB')).to.equal('');
    expect(describeFlag(null as never)).to.equal('');
    expect(describeFlag({ id: 'review-overdue', params: { days: Number.NaN } }, 'en-GB')).to.not.match(/NaN|undefined/);
  });
});
