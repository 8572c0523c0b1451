// Every flag of every generated plan has words in every catalogue: a sentence, never empty, never a
// broken template ("undefined", "NaN", "[object") and never the flag's own code. What the words say is
// held, reviewed, in one snapshot per locale (wording.test.ts); this checks they exist for every input.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FLAG_IDS, planFlags } from '../../src/core/flags.js';
import { describeFlag, loadLocale } from '../../src/locales/index.js';
import { flagDate as date, flagPlan as plan, flagThreshold } from './arbitraries.js';

const LOCALES = ['en-GB', 'en-US', 'cy', 'es'] as const;
/** Ids that are also English words inside the English sentences ("the high-dose threshold", "over-the-counter codeine"). */
const ENGLISH_WORDS = new Set(['high-dose', 'over-the-counter', 'long-term']);

describe('locales: flag sentences (every catalogue)', () => {
  before(async () => {
    for (const tag of LOCALES) expect(await loadLocale(tag)).to.equal(tag);
  });

  it('words every flag of every generated plan, in every locale, with no broken template or raw code [T-LOC-01]', () => {
    let seen = 0;
    const ids = new Set<string>();
    fc.assert(fc.property(plan, date, flagThreshold, (generated, today, threshold) => {
      for (const flag of planFlags(generated, { today, threshold })) {
        seen += 1;
        ids.add(flag.id);
        for (const tag of LOCALES) {
          const text = describeFlag(flag, tag);
          const where = `${flag.id} (${tag}): ${text}`;
          expect(text.trim(), where).to.not.equal('');
          expect(text, where).to.not.match(/undefined|NaN|\[object|Infinity/);
          // A raw code: the id where no sentence would use it (one-word ids are ordinary words: "naloxone").
          if (flag.id.includes('-') && !(tag.startsWith('en') && ENGLISH_WORDS.has(flag.id))) expect(text, where).to.not.include(flag.id);
        }
      }
    }), { numRuns: 300 });
    expect(seen).to.be.above(500);
    // The generator reaches most rules; wording.test.ts covers every id with a fixed plan.
    expect(ids.size).to.be.above(FLAG_IDS.length - 5);
  });

  it('gives an empty string, never a throw, for a flag it cannot word [T-LOC-02]', () => {
    for (const tag of LOCALES) {
      expect(describeFlag({ id: 'nonsense' as never, params: {} }, tag)).to.equal('');
      expect(describeFlag({ id: 'review-overdue', params: { days: Number.NaN } }, tag)).to.not.match(/NaN|undefined/);
      expect(describeFlag({ id: 'high-dose', params: null as never }, tag)).to.not.match(/NaN|undefined|\[object/);
    }
    expect(describeFlag(null as never)).to.equal('');
  });
});
