// Doses, dates and the discharge sentence in words, from the catalogue: the same as the core's own
// English in en-GB and en-US (the oracle while the core still carries it).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addDays } from '../../src/core/dates.js';
import {
  daysLeftText, doseInWords, formatDateWithWeekday as coreWeekday, relativeDays, stopDateSentence,
} from '../../src/core/text.js';
import { describeDaysLeft, describeDose, describeDueDate, describeStopDate, formatDateWithWeekday } from '../../src/locales/index.js';
import { doseLine as line, stopInputs, textDate as date } from './arbitraries.js';

const locale = fc.constantFrom('en-GB', 'en-US');

describe('locales: doses, dates and the discharge sentence (en-GB, en-US)', () => {
  it('words every medication line as the core did [T-LOC-07]', () => {
    fc.assert(fc.property(line, locale, (input, tag) => {
      expect(describeDose(input, tag)).to.equal(doseInWords(input, tag));
    }), { numRuns: 2000 });
  });

  it('words dates with their weekday, due dates and days left as the core did [T-LOC-08]', () => {
    fc.assert(fc.property(date, fc.integer({ min: -500, max: 500 }), locale, (day, offset, tag) => {
      expect(formatDateWithWeekday(day, tag)).to.equal(coreWeekday(day, tag));
      const other = addDays(day, offset);
      expect(describeDueDate(day, other, tag).text).to.equal(relativeDays(day, other, tag).text);
      expect(describeDaysLeft(day, other, tag)).to.equal(daysLeftText(day, other, tag));
    }), { numRuns: 1000 });
  });

  it('words the discharge sentence as the core did, and refuses what cannot make a true sentence [T-LOC-09]', () => {
    fc.assert(fc.property(
      stopInputs, locale,
      ([drug, product, start, length, kind, indication], tag) => {
        const input = { drug, product, startDate: start, stopDate: addDays(start, length), kind, indication, locale: tag };
        expect(describeStopDate(input, tag)).to.equal(stopDateSentence(input));
      },
    ), { numRuns: 1500 });
  });
});
