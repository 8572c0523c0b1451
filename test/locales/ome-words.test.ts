// Why a line has no OME/MME figure: a code and parameters from the core, words from the catalogue,
// exactly the core's own sentence in en-GB (the oracle while the core still carries one).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { OPIOID_IDS, ROUTES } from '../../src/core/ids.js';
import { dailyOme } from '../../src/core/ome.js';
import { describeOmeFailure } from '../../src/locales/index.js';

describe('locales: OME/MME failures (en-GB catalogue)', () => {
  it('words every failure of every near-miss line exactly as the core did [T-LOC-04]', () => {
    const line = fc.record({
      drug: fc.constantFrom(...OPIOID_IDS, 'heroin'),
      route: fc.constantFrom(...ROUTES),
      strength: fc.record({ value: fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.constant(Number.NaN)), unit: fc.constantFrom('mg', 'microgram/hour') }),
      dosesPerDay: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
      purpose: fc.option(fc.constantFrom('pain', 'opioid-use-disorder'), { nil: undefined }),
    }, { requiredKeys: ['drug', 'route', 'strength'] });
    let seen = 0;
    fc.assert(fc.property(fc.oneof(line, fc.anything()), fc.constantFrom('uk', 'us'), (input, guidance) => {
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
      fc.double({ min: 0, max: 20_000, noNaN: true }), fc.constantFrom('uk', 'us'), fc.option(fc.integer({ min: 20, max: 500 }), { nil: undefined }),
      fc.boolean(), fc.constantFrom('acute', 'chronic-non-cancer', 'cancer', 'end-of-life', 'opioid-use-disorder'),
      (total, guidance, threshold, complete, indication) => {
        const band = doseBand(total, guidanceProfile(guidance, { highDoseThreshold: threshold }), { complete, indication });
        expect(band).to.not.equal(undefined);
        expect(describeBand(band, 'en-GB'), band?.id).to.equal(band?.label);
      },
    ), { numRuns: 1500 });
  });
});
