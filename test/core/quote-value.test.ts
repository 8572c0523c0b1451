import { expect } from '@open-wc/testing';
import fc from 'fast-check';
// The quoting moved out of the core into the locales (the words for a value with no text are a catalogue's).
import { quoteGiven as quoteValue } from '../../src/locales/common/index.js';

const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const bidi = fc.constantFrom('\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069');

describe('quoteGiven: what an error message quotes', () => {
  it('never carries a direction control into an error message, and keeps every visible character [T-ROB-02]', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.string({ maxLength: 6 }), bidi), { maxLength: 8 }), (parts) => {
      const value = parts.join('');
      const quoted = quoteValue(value);
      expect(quoted).to.not.match(BIDI_CONTROL);
      const visible = value.replace(new RegExp(BIDI_CONTROL.source, 'g'), '');
      expect(quoted).to.equal(`“${visible.length > 40 ? `${visible.slice(0, 40)}…` : visible}”`);
    }));
    // An unclosed right-to-left override pasted into a date would reverse the rest of the sentence.
    expect(quoteValue('\u202E2026-03-10')).to.equal('“2026-03-10”');
  });

  it('describes values that have no text of their own instead of printing undefined, NaN or Infinity [T-ROB-03]', () => {
    expect(quoteValue(undefined)).to.equal('an empty value');
    expect(quoteValue(null)).to.equal('an empty value');
    expect(quoteValue(Number.NaN)).to.equal('an invalid number');
    expect(quoteValue(Number.POSITIVE_INFINITY)).to.equal('an infinite number');
    expect(quoteValue(Number.NEGATIVE_INFINITY)).to.equal('an infinite number');
    expect(quoteValue(Object.create(null))).to.equal('an object');
    expect(quoteValue([1, 2])).to.equal('an object');
    expect(quoteValue(60)).to.equal('“60”');
    expect(quoteValue('60mg')).to.equal('“60mg”');
  });
});
