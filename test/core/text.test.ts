// The core's text helpers: no sentence is made here (the catalogues word everything, see
// test/locales/text-words.test.ts); what is left is the number a dose is shown as, which every
// threshold comparison uses (a value a host's error quotes is the locales' quoteGiven: quote-value.test.ts).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { roundMg, stripBidiControls } from '../../src/core/text.js';
import { formatters } from '../../src/locales/index.js';

describe('text helpers of the core', () => {
  it('rounds a dose as it is shown: 2 decimals below 10, 1 from 10 up, never -0, NaN for what is not a number [T-TEXT-019]', () => {
    expect(roundMg(89.96)).to.equal(90);
    expect(roundMg(89.94)).to.equal(89.9);
    expect(roundMg(2.254)).to.equal(2.25);
    expect(roundMg(9.996)).to.equal(10);
    expect(Object.is(roundMg(-0.001), 0)).to.equal(true);
    expect(Number.isNaN(roundMg(Number.NaN))).to.equal(true);
    expect(Number.isNaN(roundMg('12'))).to.equal(true);
    // The shown number and the rounded one agree, so a band never reads "90 … below 90".
    fc.assert(fc.property(fc.double({ min: 0, max: 100_000, noNaN: true }), (value) => {
      expect(formatters('en-GB').mg(value).replace(/,/g, '')).to.equal(String(roundMg(value)));
    }));
  });

  it('never throws on any input [T-TEXT-016]', () => {
    fc.assert(fc.property(fc.anything(), (a) => {
      expect(roundMg(a)).to.be.a('number');
      expect(stripBidiControls(a)).to.be.a('string');
    }));
  });
});
