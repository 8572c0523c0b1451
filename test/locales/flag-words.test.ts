// The catalogue's en-GB flag sentences are the core's own words (the core's `message` is the oracle
// while it still carries one): every flag of every generated plan reads the same through describeFlag.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { planFlags } from '../../src/core/flags.js';
import { describeFlag } from '../../src/locales/index.js';

const date = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
const drug = fc.constantFrom('morphine', 'oxycodone', 'codeine', 'tramadol', 'methadone', 'hydrocodone', 'buprenorphine', 'oxymorphone');
const line = fc.record({
  drug,
  strength: fc.integer({ min: 1, max: 400 }),
  dosesPerDay: fc.integer({ min: 1, max: 6 }),
  purpose: fc.option(fc.constantFrom('pain', 'opioid-use-disorder'), { nil: undefined }),
  source: fc.option(fc.constant('over-the-counter'), { nil: undefined }),
  product: fc.option(fc.constantFrom('Zomorph 60 mg', 'Co-codamol 30/500'), { nil: undefined }),
}).map(({ drug: id, strength, dosesPerDay, purpose, source, product }) => {
  const patch = id === 'buprenorphine' && strength % 2 === 0;
  return {
    drug: id, route: patch ? 'transdermal' : id === 'buprenorphine' ? 'sublingual' : 'oral',
    strength: { value: patch ? Math.min(strength, 70) : strength, unit: patch ? 'microgram/hour' : 'mg' },
    ...(patch ? {} : { dosesPerDay }),
    ...(purpose === 'opioid-use-disorder' && id !== 'methadone' && id !== 'buprenorphine' ? {} : purpose ? { purpose } : {}),
    ...(source ? { source } : {}), ...(product ? { product } : {}),
  };
});
const plan = fc.record({
  id: fc.constant('gen'),
  indication: fc.constantFrom('acute', 'chronic-non-cancer', 'cancer', 'end-of-life', 'opioid-use-disorder'),
  medications: fc.array(line, { minLength: 1, maxLength: 4 }),
  startDate: date,
  reviewOffset: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  stopOffset: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  guidance: fc.constantFrom('uk', 'us'),
  naloxoneSupplied: fc.option(fc.boolean(), { nil: undefined }),
  riskFactors: fc.option(fc.record({ overdoseHistory: fc.boolean(), substanceUseDisorder: fc.boolean() }), { nil: undefined }),
  concurrentMedicines: fc.array(fc.oneof(
    fc.record({ kind: fc.constantFrom('benzodiazepine', 'gabapentinoid'), name: fc.option(fc.constantFrom('diazepam', 'pregabalin'), { nil: undefined }) }),
    fc.record({ kind: fc.constant('opioid-substitution'), drug: fc.constantFrom('methadone', 'buprenorphine') }),
  ), { maxLength: 3 }),
}).map(({ reviewOffset, stopOffset, ...rest }) => {
  const offset = (days: number | undefined) => (days === undefined ? undefined
    : new Date(Date.parse(`${rest.startDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10));
  const clean = JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
  return { ...clean, reviewDate: offset(reviewOffset), stopDate: offset(stopOffset) };
});

describe('locales: flag sentences (en-GB catalogue)', () => {
  it('reads every flag of every generated plan exactly as the core words it [T-LOC-01]', () => {
    let seen = 0;
    fc.assert(fc.property(plan, date, fc.option(fc.constantFrom(60, 120, 1200), { nil: undefined }), (generated, today, threshold) => {
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
