// Validation issues carry a code and parameters; every catalogue words every issue of every near-miss
// plan: a sentence, never empty, never a broken template and never the raw code. What the words say
// is held, reviewed, in one snapshot per locale (wording.test.ts).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parsePlan } from '../../src/core/parse.js';
import { catalogueFor, describeIssue, loadLocale } from '../../src/locales/index.js';
import { issueInput } from './arbitraries.js';

const LOCALES = ['en-GB', 'en-US', 'cy', 'es'] as const;

describe('locales: validation issues (every catalogue)', () => {
  before(async () => {
    for (const tag of LOCALES) expect(await loadLocale(tag)).to.equal(tag);
  });

  it('words every issue of every near-miss plan in every locale, from its code alone [T-LOC-03]', () => {
    let seen = 0;
    fc.assert(fc.property(issueInput, (input) => {
      const result = parsePlan(input);
      if (result.ok) return;
      for (const issue of result.issues) {
        seen += 1;
        expect(Object.keys(issue).sort(), issue.code).to.deep.equal(['code', 'params', 'path']);
        for (const tag of LOCALES) {
          expect(Object.hasOwn(catalogueFor(tag).issue, issue.code), `${issue.code} (${tag})`).to.equal(true);
          const text = describeIssue(issue, tag);
          const where = `${issue.code} (${tag}): ${text}`;
          expect(text.trim(), where).to.not.equal('');
          expect(text, where).to.not.match(/undefined|NaN|\[object/);
          if (issue.code.includes('-')) expect(text, where).to.not.include(issue.code);
        }
      }
    }), { numRuns: 500 });
    expect(seen).to.be.above(500);
  });
});
