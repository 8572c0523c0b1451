// Doses, dates and the discharge sentence in words, from the catalogues (the core has no words of its
// own). The oracle: the reviewed en-GB and en-US sentences written out here (what the core printed
// before it spoke in codes), the weekday checked against Intl in UTC, and for generated input in every
// catalogue some words, no broken template, and '' where no true sentence can be made.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addDays, daysBetween } from '../../src/core/dates.js';
import { INDICATIONS, OPIOID_IDS } from '../../src/core/ids.js';
import {
  catalogueFor, describeDaysLeft, describeDose, describeDueDate, describeStopDate, formatDateWithWeekday, formatters, loadLocale,
  matchTag, wordsFor,
} from '../../src/locales/index.js';
import { doseLine as line, stopInputs, textDate as date } from './arbitraries.js';
import { expectWords } from './sentence-checks.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const TAIL = 'Do not continue beyond this date without a review.';
const TAGS = ['en-GB', 'en-US', 'cy', 'es'] as const;
const stop = (input: Record<string, unknown>, locale?: string) => describeStopDate(input, locale);

describe(`locales: the discharge sentence (browser time zone ${zone})`, () => {
  before(async () => {
    await loadLocale('cy');
    await loadLocale('es');
  });

  it('prints the discharge-summary stop sentence in en-GB, with the last dose the day before the stop date (REFERENCE.md §3, §7 scenario 1) [T-TEXT-001]', () => {
    expect(stop({ drug: 'oxycodone', startDate: '2026-03-01', stopDate: '2026-03-06', kind: 'stop' }))
      .to.equal(`Stop oxycodone on Friday 6 March 2026 (last dose Thursday 5 March 2026): 5 days of treatment. ${TAIL}`);
  });

  it('uses US date order in en-US [T-TEXT-002]', () => {
    expect(stop({ drug: 'oxycodone', startDate: '2026-03-01', stopDate: '2026-03-06', kind: 'stop' }, 'en-US'))
      .to.equal(`Stop oxycodone on Friday, March 6, 2026 (last dose Thursday, March 5, 2026): 5 days of treatment. ${TAIL}`);
  });

  it('prints a review sentence [T-TEXT-003]', () => {
    expect(stop({ drug: 'morphine', startDate: '2026-03-01', stopDate: '2026-05-30', kind: 'review' }))
      .to.equal(`Review morphine on Saturday 30 May 2026, 90 days after starting. ${TAIL}`);
    expect(stop({ drug: 'morphine', startDate: '2026-03-01', stopDate: '2026-03-29', kind: 'review', indication: 'chronic-non-cancer' }))
      .to.equal(`Review morphine for chronic non-cancer pain on Sunday 29 March 2026, 28 days after starting. ${TAIL}`);
    expect(stop({ drug: 'morphine', startDate: '2026-03-01', stopDate: '2026-03-01', kind: 'review' }))
      .to.equal(`Review morphine on Sunday 1 March 2026, the day it was started. ${TAIL}`);
  });

  it('lands on 29 February 2028 and counts across it, in en-GB and en-US [T-TEXT-004]', () => {
    expect(stop({ drug: 'oxycodone', startDate: '2028-02-24', stopDate: '2028-02-29', kind: 'stop' }))
      .to.equal(`Stop oxycodone on Tuesday 29 February 2028 (last dose Monday 28 February 2028): 5 days of treatment. ${TAIL}`);
    expect(stop({ drug: 'oxycodone', startDate: '2028-02-24', stopDate: '2028-02-29', kind: 'stop' }, 'en-US'))
      .to.equal(`Stop oxycodone on Tuesday, February 29, 2028 (last dose Monday, February 28, 2028): 5 days of treatment. ${TAIL}`);
    // 27 Feb → 3 Mar is 5 days in 2028 (leap) but would be 4 days in a common year.
    expect(stop({ drug: 'oxycodone', startDate: '2028-02-27', stopDate: '2028-03-03', kind: 'stop' }))
      .to.equal(`Stop oxycodone on Friday 3 March 2028 (last dose Thursday 2 March 2028): 5 days of treatment. ${TAIL}`);
    expect(stop({ drug: 'oxycodone', startDate: '2028-02-27', stopDate: '2028-03-03', kind: 'stop' }, 'en-US'))
      .to.equal(`Stop oxycodone on Friday, March 3, 2028 (last dose Thursday, March 2, 2028): 5 days of treatment. ${TAIL}`);
    expect(stop({ drug: 'morphine', startDate: '2027-12-01', stopDate: addDays('2027-12-01', 90), kind: 'review' }, 'en-US'))
      .to.equal(`Review morphine on Tuesday, February 29, 2028, 90 days after starting. ${TAIL}`);
  });

  it('adds the product and the indication, and says 1 day / the same day [T-TEXT-005]', () => {
    expect(stop({
      drug: 'oxycodone', product: 'Shortec 5 mg capsules', startDate: '2026-03-05', stopDate: '2026-03-06', kind: 'stop', indication: 'acute',
    })).to.equal(`Stop oxycodone (Shortec 5 mg capsules) for acute pain on Friday 6 March 2026 (last dose Thursday 5 March 2026): 1 day of treatment. ${TAIL}`);
    expect(stop({ drug: 'codeine', startDate: '2026-03-06', stopDate: '2026-03-06', kind: 'stop' }))
      .to.equal(`Stop codeine on Friday 6 March 2026, the day it was started. ${TAIL}`);
    expect(stop({ drug: 'co-codamol', startDate: '2026-03-01', stopDate: '2026-03-06', kind: 'stop' }))
      .to.match(/^Stop co-codamol on Friday 6 March 2026/);
    // A product that is only the drug's name again is not repeated in brackets.
    expect(stop({ drug: 'oxycodone', product: 'Oxycodone', startDate: '2026-03-01', stopDate: '2026-03-06', kind: 'stop' }))
      .to.match(/^Stop oxycodone on Friday/);
  });

  it('gives an empty string for input that cannot make a true sentence, in every catalogue [T-TEXT-006]', () => {
    const good = { drug: 'oxycodone', startDate: '2026-03-01', stopDate: '2026-03-06', kind: 'stop' };
    for (const tag of TAGS) {
      expectWords(stop(good, tag), tag);
      expect(stop({ ...good, stopDate: '2026-02-28' }, tag)).to.equal('');
      expect(stop({ ...good, stopDate: '2026-02-30' }, tag)).to.equal('');
      expect(stop({ ...good, startDate: '6 March 2026' }, tag)).to.equal('');
      expect(stop({ ...good, kind: 'continue' }, tag)).to.equal('');
      expect(stop({ ...good, drug: '' }, tag)).to.equal('');
      expect(stop({ ...good, drug: 42 }, tag)).to.equal('');
      expect(stop({ ...good, indication: 'headache' }, tag)).to.equal('');
      expect(describeStopDate(null, tag)).to.equal('');
      expect(describeStopDate('oxycodone', tag)).to.equal('');
    }
  });

  it('reads the same in every browser time zone (weekday counted, not taken from local time) [T-TEXT-007]', () => {
    fc.assert(fc.property(date, (day) => {
      // Intl in UTC as the independent check (setUTCFullYear, unlike Date.UTC, keeps years 1–99).
      const instant = new Date(0);
      instant.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
      const expected = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(instant);
      expect(formatDateWithWeekday(day).split(' ')[0]).to.equal(expected);
      expect(formatDateWithWeekday(day, 'en-US').split(',')[0]).to.equal(expected);
    }));
    expect(formatDateWithWeekday('2026-03-06', 'en-GB')).to.equal('Friday 6 March 2026');
    expect(formatDateWithWeekday('2024-02-29', 'en-US')).to.equal('Thursday, February 29, 2024');
  });

  it('never throws, whatever it is given [T-TEXT-008]', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (input, locale) => {
      expect(describeStopDate(input, locale)).to.be.a('string');
    }));
    fc.assert(fc.property(
      fc.record({
        drug: fc.oneof(fc.constantFrom(...OPIOID_IDS), fc.string()),
        product: fc.option(fc.string(), { nil: undefined }),
        startDate: fc.oneof(fc.constant('2026-03-01'), fc.string()),
        stopDate: fc.oneof(fc.constant('2026-03-06'), fc.string()),
        kind: fc.constantFrom('stop', 'review', 'x'),
        indication: fc.option(fc.constantFrom(...INDICATIONS, 'x'), { nil: undefined }),
      }),
      fc.option(fc.string(), { nil: undefined }),
      (input, locale) => { expect(describeStopDate(input, locale)).to.be.a('string'); },
    ));
  });

  it('words the discharge sentence of generated input in every catalogue, or refuses what cannot make a true sentence [T-LOC-09]', () => {
    fc.assert(fc.property(
      stopInputs, fc.constantFrom(...TAGS),
      ([drug, product, start, length, kind, indication], tag) => {
        const input = { drug, product, startDate: start, stopDate: addDays(start, length), kind, indication };
        const words = describeStopDate(input, tag);
        const possible = drug !== '' && length >= 0 && kind !== 'continue' && indication !== 'headache' && input.stopDate !== '';
        if (!possible) {
          expect(words, JSON.stringify(input)).to.equal('');
          return;
        }
        expectWords(words, `${tag} ${kind}`, ['opioid-use-disorder', 'chronic-non-cancer']);
        // The date a reader acts on is in the sentence, in the sentence's language (the weekday before it
        // may be mutated in Welsh: "ddydd Llun"), and so is the last dose for a stop.
        expect(words).to.include(wordsFor(tag).date(input.stopDate, 'long'));
        if (kind === 'stop' && length > 0) expect(words).to.include(wordsFor(tag).date(addDays(input.stopDate, -1), 'long'));
      },
    ), { numRuns: 1500 });
  });
});

describe('locales: due dates and days left', () => {
  before(async () => {
    await loadLocale('cy');
    await loadLocale('es');
  });

  it('words a due date relative to today [T-TEXT-009]', () => {
    expect(describeDueDate('2026-03-05', '2026-03-05')).to.deep.equal({ days: 0, text: 'today' });
    expect(describeDueDate('2026-03-05', '2026-03-06')).to.deep.equal({ days: 1, text: 'tomorrow' });
    expect(describeDueDate('2026-03-05', '2026-03-17')).to.deep.equal({ days: 12, text: 'in 12 days' });
    expect(describeDueDate('2026-03-05', '2026-03-04')).to.deep.equal({ days: -1, text: 'overdue by 1 day' });
    expect(describeDueDate('2026-03-05', '2026-03-02')).to.deep.equal({ days: -3, text: 'overdue by 3 days' });
    expect(describeDueDate('2028-02-28', '2028-03-01').text).to.equal('in 2 days');
    expect(describeDueDate('2026-01-01', '2029-04-15', 'en-US').text).to.equal('in 1,200 days');
  });

  it('words the time left before a stop date [T-TEXT-010]', () => {
    expect(describeDaysLeft('2026-03-01', '2026-03-06')).to.equal('5 days left');
    expect(describeDaysLeft('2026-03-05', '2026-03-06')).to.equal('1 day left');
    expect(describeDaysLeft('2026-03-06', '2026-03-06')).to.equal('stops today');
    expect(describeDaysLeft('2026-03-07', '2026-03-06')).to.equal('stop date passed 1 day ago');
    expect(describeDaysLeft('2026-03-08', '2026-03-06')).to.equal('stop date passed 2 days ago');
  });

  it('reports bad dates as NaN days and empty text [T-TEXT-011]', () => {
    const bad = describeDueDate('2026-02-30', '2026-03-01');
    expect(Number.isNaN(bad.days)).to.equal(true);
    expect(bad.text).to.equal('');
    expect(describeDaysLeft('today', '2026-03-01')).to.equal('');
  });

  it('agrees with daysBetween for any pair of dates, and words every offset in every catalogue [T-TEXT-012]', () => {
    fc.assert(fc.property(date, date, (from, to) => {
      expect(describeDueDate(from, to).days).to.equal(daysBetween(from, to));
    }));
    fc.assert(fc.property(date, fc.integer({ min: -500, max: 500 }), fc.constantFrom(...TAGS), (day, offset, tag) => {
      const other = addDays(day, offset);
      fc.pre(other !== '');
      expectWords(describeDueDate(day, other, tag).text, `${tag} due ${offset}`);
      expectWords(describeDaysLeft(day, other, tag), `${tag} left ${offset}`);
      expectWords(formatDateWithWeekday(day, tag), `${tag} ${day}`);
    }), { numRuns: 1000 });
  });
});

describe('locales: doses and names', () => {
  before(async () => {
    await loadLocale('cy');
    await loadLocale('es');
  });

  it('writes a medication line in words [T-TEXT-013]', () => {
    const oxyPrn = { drug: 'oxycodone', route: 'oral', strength: { value: 5, unit: 'mg' }, asNeeded: true, maxDosesPerDay: 4 };
    expect(describeDose(oxyPrn)).to.equal('5 mg up to 4 times a day when needed');
    expect(describeDose(oxyPrn, 'en-US')).to.equal('5 mg up to 4 times a day as needed');
    expect(describeDose({ drug: 'morphine', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 2 })).to.equal('60 mg twice a day');
    expect(describeDose({ drug: 'methadone', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 1 })).to.equal('60 mg once a day');
    expect(describeDose({ drug: 'oxycodone', route: 'oral', strength: { value: 10, unit: 'mg' }, dosesPerDay: 3 })).to.equal('10 mg 3 times a day');
    expect(describeDose({ drug: 'buprenorphine', route: 'transdermal', strength: { value: 10, unit: 'microgram/hour' } }))
      .to.equal('10 micrograms an hour patch');
    expect(describeDose({ drug: 'buprenorphine', route: 'transdermal', strength: { value: 1, unit: 'microgram/hour' } }))
      .to.equal('1 microgram an hour patch');
    expect(describeDose({ drug: 'buprenorphine', route: 'transdermal', strength: { value: 52.5, unit: 'microgram/hour' } }, 'en-US'))
      .to.equal('52.5 mcg/hour patch');
    expect(describeDose({ drug: 'buprenorphine', route: 'sublingual', strength: { value: 0.4, unit: 'mg' }, dosesPerDay: 1 }))
      .to.equal('0.4 mg under the tongue once a day');
    expect(describeDose({ drug: 'morphine', route: 'oral', strength: { value: 10, unit: 'mg' }, dosesPerDay: 0.5 })).to.equal('10 mg every 2 days');
    expect(describeDose({ drug: 'morphine', route: 'oral', strength: { value: 1200, unit: 'mg' }, dosesPerDay: 0.5 })).to.equal('1,200 mg every 2 days');
    expect(describeDose({ drug: 'morphine', route: 'oral', strength: { value: -10, unit: 'mg' }, dosesPerDay: 2 })).to.equal('');
    expect(describeDose({ drug: 'morphine', route: 'transdermal', strength: { value: 10, unit: 'microgram/hour' } })).to.equal('');
  });

  it('formats mg with at most 2 decimals below 10 and 1 from 10 up, with grouping [T-TEXT-014]', () => {
    const { mg } = formatters('en-GB');
    expect(mg(120)).to.equal('120');
    expect(mg(2.25)).to.equal('2.25');
    expect(mg(0.4)).to.equal('0.4');
    expect(mg(52.5)).to.equal('52.5');
    expect(mg(12.345)).to.equal('12.3');
    expect(mg(1200)).to.equal('1,200');
    expect(formatters('en-US').mg(1200)).to.equal('1,200');
    expect(mg(-0.001)).to.equal('0');
    expect(mg(Number.NaN)).to.equal('');
    expect(mg(Number.MAX_VALUE)).to.not.include('∞');
    expect(mg('12')).to.equal('');
  });

  it('reads only en-US as US wording, and names every opioid and indication [T-TEXT-015]', () => {
    expect(matchTag('en-US')).to.equal('en-US');
    expect(matchTag('en-us')).to.equal('en-US');
    expect(matchTag('en-US-u-ca-gregory')).to.equal('en-US');
    expect(matchTag('en-GB')).to.equal('en-GB');
    expect(matchTag('en-USX')).to.equal('en-GB');
    expect(catalogueFor('fr-FR').meta.tag).to.equal('en-GB');
    expect(catalogueFor(undefined).meta.tag).to.equal('en-GB');
    for (const id of OPIOID_IDS) expect(wordsFor('en-GB').drug(id)).to.equal(id);
    expect(wordsFor('en-US').drug('hydrocodone')).to.equal('hydrocodone');
    expect(wordsFor('en-GB').drug('heroin')).to.equal('');
    expect(catalogueFor('en-GB').indication['chronic-non-cancer']).to.equal('Chronic non-cancer pain');
    expect(catalogueFor('en-GB').indication.acute).to.equal('Acute pain');
    expect(catalogueFor('en-GB').indication['opioid-use-disorder']).to.equal('Opioid use disorder');
    for (const tag of TAGS) for (const id of INDICATIONS) expectWords(catalogueFor(tag).indication[id], `${tag} ${id}`, [id]);
  });

  it('words every medication line the schema accepts in every catalogue [T-LOC-07]', () => {
    let worded = 0;
    fc.assert(fc.property(line, fc.constantFrom(...TAGS), (input, tag) => {
      const words = describeDose(input, tag);
      if (words === '') return;
      worded += 1;
      expectWords(words, `${tag} ${JSON.stringify(input)}`, ['transdermal', 'sublingual', 'microgram/hour']);
      // The strength as the catalogue's own numbers show it.
      expect(words).to.include(formatters(catalogueFor(tag).meta.tag).mg(input.strength.value));
    }), { numRuns: 2000 });
    // Not vacuous: about 14% of generated lines are valid (~280 of 2,000, ±17); 100 is far below any
    // run's count, where 300 failed on unlucky seeds (271, 297 seen).
    expect(worded).to.be.above(100);
  });

  it('words dates with their weekday in every catalogue, the weekday counted from the date [T-LOC-08]', () => {
    fc.assert(fc.property(date, fc.constantFrom(...TAGS), (day, tag) => {
      const text = formatDateWithWeekday(day, tag);
      const weekday = catalogueFor(tag).text.weekdays[((daysBetween('1970-01-01', day) % 7) + 7) % 7] as string;
      expect(text).to.include(weekday);
      expect(text).to.include(wordsFor(tag).date(day, 'long'));
    }), { numRuns: 1000 });
  });

  it('never throws on any input [T-LOCW-04]', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (a, b) => {
      expect(describeDose(a, b)).to.be.a('string');
      expect(formatDateWithWeekday(a, b)).to.be.a('string');
      expect(describeDueDate(a, b, a).text).to.be.a('string');
      expect(describeDaysLeft(a, b, b)).to.be.a('string');
      expect(wordsFor(b).drug(a)).to.be.a('string');
      expect(formatters('en-GB').mg(a)).to.be.a('string');
    }));
  });
});
