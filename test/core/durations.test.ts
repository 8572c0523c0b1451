import { expect } from '@open-wc/testing';
import { ACUTE_MAX_DAYS, LONG_TERM_MONTHS, longTermFrom, stopDateWarnings } from '../../src/core/durations.js';
import { planFlags } from '../../src/core/flags.js';

const ids = (indication: string, start: string, date: string, kind: 'stop' | 'review' = 'stop') =>
  stopDateWarnings(indication, start, date, kind).map((w) => w.id);

describe('course-length rules shared by the prompt and the plan flags', () => {
  it('warns for an acute course longer than 7 days, not at 7 [T-DATE-001]', () => {
    expect(ACUTE_MAX_DAYS).to.equal(7);
    expect(ids('acute', '2026-03-01', '2026-03-08')).to.deep.equal([]);
    expect(ids('acute', '2026-03-01', '2026-03-09')).to.deep.equal(['acute-over-7-days']);
  });

  it('counts 3 calendar months, clamped to the month end, across 29 February 2028 [T-DATE-002]', () => {
    expect(LONG_TERM_MONTHS).to.equal(3);
    expect(longTermFrom('2027-11-30')).to.equal('2028-02-29');
    expect(ids('chronic-non-cancer', '2027-11-30', '2028-02-29', 'review')).to.deep.equal([]);
    expect(ids('chronic-non-cancer', '2027-11-30', '2028-03-01', 'review')).to.deep.equal(['non-cancer-over-3-months']);
    expect(ids('cancer', '2027-11-30', '2028-06-01', 'review')).to.deep.equal([]);
  });

  it('agrees with the plan card: the day the prompt warns is the day the long-term flag starts [T-DATE-003]', () => {
    const plan = {
      id: 'p', indication: 'chronic-non-cancer', startDate: '2026-01-31', reviewDate: '2026-02-15', stopDate: '2026-12-01',
      medications: [{ drug: 'morphine', route: 'oral', strength: { value: 10, unit: 'mg' }, dosesPerDay: 2 }],
    };
    const flagged = (today: string) => planFlags(plan, { today }).some((f) => f.id === 'long-term');
    const warned = (date: string) => ids('chronic-non-cancer', '2026-01-31', date).length > 0;
    for (const day of ['2026-04-30', '2026-05-01']) expect(flagged(day), day).to.equal(warned(day));
    expect(flagged('2026-04-30')).to.equal(false);
    expect(flagged('2026-05-01')).to.equal(true);
  });

  it('gives no warning for bad dates instead of throwing [T-DATE-004]', () => {
    expect(ids('acute', '2026-02-30', '2026-03-09')).to.deep.equal([]);
    expect(ids('acute', '2026-03-09', '2026-03-01')).to.deep.equal([]);
  });
});
