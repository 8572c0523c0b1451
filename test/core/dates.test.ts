import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addDays, daysBetween, isIsoDate, todayIso, INVALID_DATE } from '../../src/core/dates.js';
// Dates for people are formatted by the locales (the core only does date arithmetic).
import { formatters } from '../../src/locales/index.js';

const formatDate = (date: unknown, locale: string = 'en-GB', style?: 'long' | 'medium' | 'short' | 'weekday') => formatters(locale).date(date, style);

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`dates (browser time zone ${zone})`, () => {
  it('knows which strings are real calendar dates [T-DATE-005]', () => {
    expect(isIsoDate('2028-02-29')).to.equal(true);
    expect(isIsoDate('2026-02-29')).to.equal(false);
    expect(isIsoDate('2026-02-30')).to.equal(false);
    expect(isIsoDate('2100-02-29')).to.equal(false);
    expect(isIsoDate('2000-02-29')).to.equal(true);
    expect(isIsoDate('2026-2-3')).to.equal(false);
    expect(isIsoDate('2026-13-01')).to.equal(false);
    expect(isIsoDate('2026-03-05T00:00')).to.equal(false);
    expect(isIsoDate(20260305)).to.equal(false);
  });

  it('adds days across 29 February 2028 and month and year ends [T-DATE-006]', () => {
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2028-02-29', 1)).to.equal('2028-03-01');
    expect(addDays('2027-02-28', 1)).to.equal('2027-03-01');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2027-01-01', -1)).to.equal('2026-12-31');
    expect(addDays('2028-02-01', 90)).to.equal('2028-05-01');
  });

  it('counts whole days across DST changes in London and Los Angeles [T-DATE-007]', () => {
    // UK clocks change on 29 March and 25 October 2026; US clocks on 8 March and 1 November 2026.
    expect(addDays('2026-03-28', 1)).to.equal('2026-03-29');
    expect(addDays('2026-03-29', 1)).to.equal('2026-03-30');
    expect(addDays('2026-10-24', 7)).to.equal('2026-10-31');
    expect(addDays('2026-03-07', 2)).to.equal('2026-03-09');
    expect(daysBetween('2026-03-01', '2026-04-01')).to.equal(31);
    expect(daysBetween('2026-10-01', '2026-11-05')).to.equal(35);
    expect(daysBetween('2028-02-28', '2028-03-01')).to.equal(2);
    expect(daysBetween('2026-03-10', '2026-03-05')).to.equal(-5);
  });

  it('reports bad input instead of throwing [T-DATE-008]', () => {
    expect(addDays('2026-02-30', 1)).to.equal(INVALID_DATE);
    expect(addDays('2026-03-01', 1.5)).to.equal(INVALID_DATE);
    expect(addDays('9999-12-31', 1)).to.equal(INVALID_DATE);
    expect(Number.isNaN(daysBetween('nope', '2026-03-01'))).to.equal(true);
    expect(formatDate('2026-02-30')).to.equal('');
  });

  it("reads today's date in a named zone, not the machine's [T-DATE-009]", () => {
    // 2026-03-05 11:30 UTC is already 6 March in Kiritimati (UTC+14) and still 5 March in LA.
    const instant = Date.UTC(2026, 2, 5, 11, 30);
    expect(todayIso('Pacific/Kiritimati', instant)).to.equal('2026-03-06');
    expect(todayIso('America/Los_Angeles', instant)).to.equal('2026-03-05');
    expect(todayIso('Europe/London', instant)).to.equal('2026-03-05');
    expect(todayIso('Not/AZone', instant)).to.satisfy(isIsoDate);
  });

  it('formats a date the same day in every reader time zone [T-DATE-010]', () => {
    expect(formatDate('2026-03-05', 'en-GB')).to.equal('5 March 2026');
    expect(formatDate('2026-03-05', 'en-US')).to.equal('March 5, 2026');
    expect(formatDate('2028-02-29', 'en-GB', 'weekday')).to.match(/^Tuesday,? 29 February 2028$/);
    expect(formatDate('2026-03-05', 'xx-invalid-locale-!!')).to.equal('5 March 2026');
  });

  it('property: addDays then daysBetween round-trips and stays a calendar date [T-DATE-011]', () => {
    const dates = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(dates, fc.integer({ min: -40000, max: 40000 }), (date, days) => {
      const later = addDays(date, days);
      expect(isIsoDate(later)).to.equal(true);
      expect(daysBetween(date, later)).to.equal(days);
      expect(addDays(later, -days)).to.equal(date);
    }));
  });

  it('property: never throws on any input [T-DATE-012]', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (a, b) => {
      addDays(a as string, b as number);
      daysBetween(a as string, b as string);
      formatters(b as string).date(a);
      isIsoDate(a);
    }));
  });
});
