import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addDays, daysBetween } from '../../src/core/dates.js';
import { INDICATIONS, OPIOID_IDS } from '../../src/core/ids.js';
import {
  daysLeftText, doseInWords, drugName, formatDateWithWeekday, formatMg, indicationName, relativeDays,
  stopDateSentence, textLocale,
} from '../../src/core/text.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const TAIL = 'Do not continue beyond this date without a review.';

describe(`text (browser time zone ${zone})`, () => {
  describe('stopDateSentence', () => {
    it('prints the discharge-summary stop sentence in en-GB, with the last dose the day before the stop date (REFERENCE.md §3, §7 scenario 1) [T-TEXT-001]', () => {
      expect(stopDateSentence({ drug: 'oxycodone', startDate: '2026-03-01', stopDate: '2026-03-06', kind: 'stop' }))
        .to.equal(`Stop oxycodone on Friday 6 March 2026 (last dose Thursday 5 March 2026): 5 days of treatment. ${TAIL}`);
    });

    it('uses US date order in en-US [T-TEXT-002]', () => {
      expect(stopDateSentence({ drug: 'oxycodone', startDate: '2026-03-01', stopDate: '2026-03-06', kind: 'stop', locale: 'en-US' }))
        .to.equal(`Stop oxycodone on Friday, March 6, 2026 (last dose Thursday, March 5, 2026): 5 days of treatment. ${TAIL}`);
    });

    it('prints a review sentence [T-TEXT-003]', () => {
      expect(stopDateSentence({ drug: 'morphine', startDate: '2026-03-01', stopDate: '2026-05-30', kind: 'review' }))
        .to.equal(`Review morphine on Saturday 30 May 2026, 90 days after starting. ${TAIL}`);
    });

    it('lands on 29 February 2028 and counts across it, in en-GB and en-US [T-TEXT-004]', () => {
      expect(stopDateSentence({ drug: 'oxycodone', startDate: '2028-02-24', stopDate: '2028-02-29', kind: 'stop' }))
        .to.equal(`Stop oxycodone on Tuesday 29 February 2028 (last dose Monday 28 February 2028): 5 days of treatment. ${TAIL}`);
      expect(stopDateSentence({ drug: 'oxycodone', startDate: '2028-02-24', stopDate: '2028-02-29', kind: 'stop', locale: 'en-US' }))
        .to.equal(`Stop oxycodone on Tuesday, February 29, 2028 (last dose Monday, February 28, 2028): 5 days of treatment. ${TAIL}`);
      // 27 Feb → 3 Mar is 5 days in 2028 (leap) but would be 4 days in a common year.
      expect(stopDateSentence({ drug: 'oxycodone', startDate: '2028-02-27', stopDate: '2028-03-03', kind: 'stop' }))
        .to.equal(`Stop oxycodone on Friday 3 March 2028 (last dose Thursday 2 March 2028): 5 days of treatment. ${TAIL}`);
      expect(stopDateSentence({ drug: 'oxycodone', startDate: '2028-02-27', stopDate: '2028-03-03', kind: 'stop', locale: 'en-US' }))
        .to.equal(`Stop oxycodone on Friday, March 3, 2028 (last dose Thursday, March 2, 2028): 5 days of treatment. ${TAIL}`);
      expect(stopDateSentence({ drug: 'morphine', startDate: '2027-12-01', stopDate: addDays('2027-12-01', 90), kind: 'review', locale: 'en-US' }))
        .to.equal(`Review morphine on Tuesday, February 29, 2028, 90 days after starting. ${TAIL}`);
    });

    it('adds the product and the indication, and says 1 day / the same day [T-TEXT-005]', () => {
      expect(stopDateSentence({
        drug: 'oxycodone', product: 'Shortec 5 mg capsules', startDate: '2026-03-05', stopDate: '2026-03-06',
        kind: 'stop', indication: 'acute',
      })).to.equal(`Stop oxycodone (Shortec 5 mg capsules) for acute pain on Friday 6 March 2026 (last dose Thursday 5 March 2026): 1 day of treatment. ${TAIL}`);
      expect(stopDateSentence({ drug: 'codeine', startDate: '2026-03-06', stopDate: '2026-03-06', kind: 'stop' }))
        .to.equal(`Stop codeine on Friday 6 March 2026, the day it was started. ${TAIL}`);
      expect(stopDateSentence({ drug: 'co-codamol', startDate: '2026-03-01', stopDate: '2026-03-06', kind: 'stop' }))
        .to.match(/^Stop co-codamol on Friday 6 March 2026/);
    });

    it('gives an empty string for input that cannot make a true sentence [T-TEXT-006]', () => {
      const good = { drug: 'oxycodone', startDate: '2026-03-01', stopDate: '2026-03-06', kind: 'stop' };
      expect(stopDateSentence({ ...good, stopDate: '2026-02-28' })).to.equal('');
      expect(stopDateSentence({ ...good, stopDate: '2026-02-30' })).to.equal('');
      expect(stopDateSentence({ ...good, startDate: '6 March 2026' })).to.equal('');
      expect(stopDateSentence({ ...good, kind: 'continue' })).to.equal('');
      expect(stopDateSentence({ ...good, drug: '' })).to.equal('');
      expect(stopDateSentence({ ...good, drug: 42 })).to.equal('');
      expect(stopDateSentence({ ...good, indication: 'headache' })).to.equal('');
      expect(stopDateSentence(null)).to.equal('');
      expect(stopDateSentence('oxycodone')).to.equal('');
    });

    it('reads the same in every browser time zone (weekday counted, not taken from local time) [T-TEXT-007]', () => {
      fc.assert(fc.property(fc.integer({ min: 0, max: 3_000_000 }), (offset) => {
        const date = addDays('0001-01-01', offset);
        fc.pre(date !== '');
        // Intl in UTC as the independent check (setUTCFullYear, unlike Date.UTC, keeps years 1–99).
        const instant = new Date(0);
        instant.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
        const expected = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(instant);
        expect(formatDateWithWeekday(date).split(' ')[0]).to.equal(expected);
        expect(formatDateWithWeekday(date, 'en-US').split(',')[0]).to.equal(expected);
      }));
    });

    it('never throws, whatever it is given [T-TEXT-008]', () => {
      fc.assert(fc.property(fc.anything(), (input) => {
        expect(stopDateSentence(input)).to.be.a('string');
      }));
      fc.assert(fc.property(
        fc.record({
          drug: fc.oneof(fc.constantFrom(...OPIOID_IDS), fc.string()),
          product: fc.option(fc.string(), { nil: undefined }),
          startDate: fc.oneof(fc.constant('2026-03-01'), fc.string()),
          stopDate: fc.oneof(fc.constant('2026-03-06'), fc.string()),
          kind: fc.constantFrom('stop', 'review', 'x'),
          locale: fc.option(fc.string(), { nil: undefined }),
          indication: fc.option(fc.constantFrom(...INDICATIONS, 'x'), { nil: undefined }),
        }),
        (input) => { expect(stopDateSentence(input)).to.be.a('string'); },
      ));
    });
  });

  describe('relativeDays and daysLeftText', () => {
    it('words a due date relative to today [T-TEXT-009]', () => {
      expect(relativeDays('2026-03-05', '2026-03-05')).to.deep.equal({ days: 0, text: 'today' });
      expect(relativeDays('2026-03-05', '2026-03-06')).to.deep.equal({ days: 1, text: 'tomorrow' });
      expect(relativeDays('2026-03-05', '2026-03-17')).to.deep.equal({ days: 12, text: 'in 12 days' });
      expect(relativeDays('2026-03-05', '2026-03-04')).to.deep.equal({ days: -1, text: 'overdue by 1 day' });
      expect(relativeDays('2026-03-05', '2026-03-02')).to.deep.equal({ days: -3, text: 'overdue by 3 days' });
      expect(relativeDays('2028-02-28', '2028-03-01').text).to.equal('in 2 days');
      expect(relativeDays('2026-01-01', '2029-04-15', 'en-US').text).to.equal('in 1,200 days');
    });

    it('words the time left before a stop date [T-TEXT-010]', () => {
      expect(daysLeftText('2026-03-01', '2026-03-06')).to.equal('5 days left');
      expect(daysLeftText('2026-03-05', '2026-03-06')).to.equal('1 day left');
      expect(daysLeftText('2026-03-06', '2026-03-06')).to.equal('stops today');
      expect(daysLeftText('2026-03-07', '2026-03-06')).to.equal('stop date passed 1 day ago');
      expect(daysLeftText('2026-03-08', '2026-03-06')).to.equal('stop date passed 2 days ago');
    });

    it('reports bad dates as NaN / empty text [T-TEXT-011]', () => {
      const bad = relativeDays('2026-02-30', '2026-03-01');
      expect(Number.isNaN(bad.days)).to.equal(true);
      expect(bad.text).to.equal('');
      expect(daysLeftText('today', '2026-03-01')).to.equal('');
    });

    it('agrees with daysBetween for any pair of dates [T-TEXT-012]', () => {
      const date = fc.integer({ min: 0, max: 3_000_000 }).map((n) => addDays('0001-01-01', n));
      fc.assert(fc.property(date, date, (from, to) => {
        fc.pre(from !== '' && to !== '');
        expect(relativeDays(from, to).days).to.equal(daysBetween(from, to));
      }));
    });
  });

  describe('names and doses', () => {
    it('names every opioid and indication', () => {
      for (const id of OPIOID_IDS) expect(drugName(id)).to.equal(id);
      expect(drugName('hydrocodone', 'en-US')).to.equal('hydrocodone');
      expect(drugName('heroin')).to.equal('');
      expect(indicationName('chronic-non-cancer')).to.equal('Chronic non-cancer pain');
      expect(indicationName('acute')).to.equal('Acute pain');
      expect(indicationName('opioid-use-disorder')).to.equal('Opioid use disorder');
      for (const id of INDICATIONS) expect(indicationName(id)).to.not.equal('');
      expect(indicationName('toothache')).to.equal('');
    });

    it('writes a medication line in words [T-TEXT-013]', () => {
      expect(doseInWords({ drug: 'oxycodone', route: 'oral', strength: { value: 5, unit: 'mg' }, asNeeded: true, maxDosesPerDay: 4 }))
        .to.equal('5 mg up to 4 times a day when needed');
      expect(doseInWords({ drug: 'oxycodone', route: 'oral', strength: { value: 5, unit: 'mg' }, asNeeded: true, maxDosesPerDay: 4 }, 'en-US'))
        .to.equal('5 mg up to 4 times a day as needed');
      expect(doseInWords({ drug: 'morphine', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 2 }))
        .to.equal('60 mg twice a day');
      expect(doseInWords({ drug: 'methadone', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 1 }))
        .to.equal('60 mg once a day');
      expect(doseInWords({ drug: 'oxycodone', route: 'oral', strength: { value: 10, unit: 'mg' }, dosesPerDay: 3 }))
        .to.equal('10 mg 3 times a day');
      expect(doseInWords({ drug: 'buprenorphine', route: 'transdermal', strength: { value: 10, unit: 'microgram/hour' } }))
        .to.equal('10 micrograms an hour patch');
      expect(doseInWords({ drug: 'buprenorphine', route: 'transdermal', strength: { value: 52.5, unit: 'microgram/hour' } }, 'en-US'))
        .to.equal('52.5 mcg/hour patch');
      expect(doseInWords({ drug: 'buprenorphine', route: 'sublingual', strength: { value: 0.4, unit: 'mg' }, dosesPerDay: 1 }))
        .to.equal('0.4 mg under the tongue once a day');
      expect(doseInWords({ drug: 'morphine', route: 'oral', strength: { value: 10, unit: 'mg' }, dosesPerDay: 0.5 }))
        .to.equal('10 mg every 2 days');
      expect(doseInWords({ drug: 'morphine', route: 'oral', strength: { value: -10, unit: 'mg' }, dosesPerDay: 2 })).to.equal('');
      expect(doseInWords({ drug: 'morphine', route: 'transdermal', strength: { value: 10, unit: 'microgram/hour' } })).to.equal('');
    });

    it('formats mg with at most 2 decimals below 10 and 1 from 10 up, with grouping [T-TEXT-014]', () => {
      expect(formatMg(120)).to.equal('120');
      expect(formatMg(2.25)).to.equal('2.25');
      expect(formatMg(0.4)).to.equal('0.4');
      expect(formatMg(52.5)).to.equal('52.5');
      expect(formatMg(12.345)).to.equal('12.3');
      expect(formatMg(1200)).to.equal('1,200');
      expect(formatMg(1200, 'en-US')).to.equal('1,200');
      expect(formatMg(-0.001)).to.equal('0');
      expect(formatMg(Number.NaN)).to.equal('');
      expect(formatMg('12')).to.equal('');
    });

    it('reads only en-US as US wording [T-TEXT-015]', () => {
      expect(textLocale('en-US')).to.equal('en-US');
      expect(textLocale('en-us')).to.equal('en-US');
      expect(textLocale('en-GB')).to.equal('en-GB');
      expect(textLocale('en-USX')).to.equal('en-GB');
      expect(textLocale('fr-FR')).to.equal('en-GB');
      expect(textLocale(undefined)).to.equal('en-GB');
    });

    it('never throws on any input [T-TEXT-016]', () => {
      fc.assert(fc.property(fc.anything(), fc.anything(), (a, b) => {
        const locale = b as string;
        expect(drugName(a, locale)).to.be.a('string');
        expect(indicationName(a)).to.be.a('string');
        expect(doseInWords(a, locale)).to.be.a('string');
        expect(formatMg(a, locale)).to.be.a('string');
        expect(textLocale(a)).to.be.a('string');
        expect(formatDateWithWeekday(a as string, locale)).to.be.a('string');
        expect(relativeDays(a as string, b as string, locale).text).to.be.a('string');
        expect(daysLeftText(a as string, b as string, locale)).to.be.a('string');
      }));
    });
  });
});
