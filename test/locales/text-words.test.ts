// Doses, dates and the discharge sentence in words, from the catalogue: the same as the core's own
// English in en-GB and en-US (the oracle while the core still carries it).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addDays } from '../../src/core/dates.js';
import { OPIOID_IDS, ROUTES } from '../../src/core/ids.js';
import {
  daysLeftText, doseInWords, formatDateWithWeekday as coreWeekday, relativeDays, stopDateSentence,
} from '../../src/core/text.js';
import { describeDaysLeft, describeDose, describeDueDate, describeStopDate, formatDateWithWeekday } from '../../src/locales/index.js';

const date = fc.integer({ min: 0, max: 3_000_000 }).map((n) => addDays('0001-01-01', n)).filter((d) => d !== '');
const locale = fc.constantFrom('en-GB', 'en-US');

describe('locales: doses, dates and the discharge sentence (en-GB, en-US)', () => {
  it('words every medication line as the core did [T-LOC-07]', () => {
    const line = fc.record({
      drug: fc.constantFrom(...OPIOID_IDS), route: fc.constantFrom(...ROUTES),
      strength: fc.record({ value: fc.oneof(fc.double({ min: 0.01, max: 2000, noNaN: true }), fc.constantFrom(1, 5, 12.5)), unit: fc.constantFrom('mg', 'microgram/hour') }),
      dosesPerDay: fc.option(fc.oneof(fc.constantFrom(0.5, 1, 2, 3, 0.25, 1 / 3), fc.integer({ min: 1, max: 24 })), { nil: undefined }),
      asNeeded: fc.option(fc.boolean(), { nil: undefined }),
      maxDosesPerDay: fc.option(fc.integer({ min: 1, max: 24 }), { nil: undefined }),
    }, { requiredKeys: ['drug', 'route', 'strength'] });
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
      fc.constantFrom(...OPIOID_IDS, 'co-codamol', ''), fc.option(fc.constantFrom('Shortec 5 mg capsules', 'oxycodone', ''), { nil: undefined }),
      date, fc.integer({ min: -3, max: 400 }), fc.constantFrom('stop', 'review', 'continue'),
      fc.option(fc.constantFrom('acute', 'chronic-non-cancer', 'headache'), { nil: undefined }), locale,
      (drug, product, start, length, kind, indication, tag) => {
        const input = { drug, product, startDate: start, stopDate: addDays(start, length), kind, indication, locale: tag };
        expect(describeStopDate(input, tag)).to.equal(stopDateSentence(input));
      },
    ), { numRuns: 1500 });
  });
});
