// Why a line has no OME/MME figure: a code and parameters from the core, words from the catalogue,
// exactly the core's own sentence in en-GB (the oracle while the core still carries one).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { dailyOme } from '../../src/core/ome.js';
import { describeOmeFailure } from '../../src/locales/index.js';
import { bandInputs, guidance as guidances, omeInput } from './arbitraries.js';

describe('locales: OME/MME failures (en-GB catalogue)', () => {
  it('words every failure of every near-miss line exactly as the core did [T-LOC-04]', () => {
    let seen = 0;
    fc.assert(fc.property(omeInput, guidances, (input, guidance) => {
      const result = dailyOme(input, { guidance });
      if (result.ok) return;
      seen += 1;
      expect(describeOmeFailure(result, 'en-GB'), result.params.why).to.equal(result.message);
    }), { numRuns: 1500 });
    expect(seen).to.be.above(500);
  });
});

describe('locales: dose bands (en-GB catalogue)', () => {
  it('words every band of every total, guidance, threshold and indication exactly as the core did [T-LOC-05]', async () => {
    const { doseBand, guidanceProfile } = await import('../../src/core/guidance.js');
    const { describeBand } = await import('../../src/locales/index.js');
    fc.assert(fc.property(
      bandInputs,
      ([total, guidance, threshold, complete, indication]) => {
        const band = doseBand(total, guidanceProfile(guidance, { highDoseThreshold: threshold }), { complete, indication });
        expect(band).to.not.equal(undefined);
        expect(describeBand(band, 'en-GB'), band?.id).to.equal(band?.label);
      },
    ), { numRuns: 1500 });
  });
});
