import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  niceStep, doseTicks, dayTickStep, dayTicks, CALENDAR_DAY_STEPS,
} from '../../src/elements/opioid-taper-chart/chart-ticks.js';

/** True for 1, 2 or 5 × 10^n. */
function isNice(value: number): boolean {
  const mantissa = Number((value / 10 ** Math.floor(Math.log10(value))).toPrecision(6));
  return [1, 2, 5].includes(mantissa);
}

describe('taper chart tick maths', () => {
  it('rounds a rough step up to 1, 2 or 5 × 10^n', () => {
    expect(niceStep(0.7)).to.equal(1);
    expect(niceStep(1)).to.equal(1);
    expect(niceStep(1.1)).to.equal(2);
    expect(niceStep(2.5)).to.equal(5);
    expect(niceStep(12)).to.equal(20);
    expect(niceStep(24)).to.equal(50);
    expect(niceStep(51)).to.equal(100);
    expect(niceStep(0.03)).to.equal(0.05);
    expect(niceStep(0.29)).to.equal(0.5);
    expect(niceStep(0)).to.equal(1);
    expect(niceStep(Number.NaN)).to.equal(1);
  });

  it('gives dose ticks from 0 that cover the highest dose in round numbers', () => {
    expect(doseTicks(120, 6)).to.deep.equal({ step: 20, top: 120, values: [0, 20, 40, 60, 80, 100, 120] });
    expect(doseTicks(60, 4)).to.deep.equal({ step: 20, top: 60, values: [0, 20, 40, 60] });
    expect(doseTicks(65, 4).values).to.deep.equal([0, 20, 40, 60, 80]);
    expect(doseTicks(0.3, 3).values).to.deep.equal([0, 0.1, 0.2, 0.3]);
    expect(doseTicks(0, 5).values).to.deep.equal([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(doseTicks(-4, 5).top).to.equal(1);
  });

  it('always starts at 0, steps by a nice number, covers the maximum and respects the tick budget [T-CHART-029]', () => {
    fc.assert(fc.property(
      fc.double({ min: 0.01, max: 100000, noNaN: true }),
      fc.integer({ min: 1, max: 12 }),
      (max, budget) => {
        const { step, top, values } = doseTicks(max, budget);
        expect(values[0]).to.equal(0);
        expect(isNice(step)).to.equal(true);
        expect(top).to.be.at.least(max * (1 - 1e-9)); // float dust in max is not a tick
        expect(top - step).to.be.below(max);
        expect(values.length - 1).to.be.at.most(budget * 2.5 + 1);
        values.forEach((value, i) => expect(value).to.equal(Number((i * step).toPrecision(12))));
      },
    ));
  });

  it('picks the shortest calendar gap whose labels do not touch', () => {
    // 2 px a day, 40 px labels + 8 px gap → at least 24 days → four weeks.
    expect(dayTickStep(2, 40, 8)).to.equal(28);
    // 20 px a day: every 2 days (40 px ≥ 48? no) → a week.
    expect(dayTickStep(20, 40, 8)).to.equal(7);
    expect(dayTickStep(100, 40, 8)).to.equal(1);
    // A preferred step (the taper interval) is used when it is the shortest that fits.
    expect(dayTickStep(2, 40, 8, [25])).to.equal(25);
    // Very long schedules on a narrow chart: whole years.
    expect(dayTickStep(0.01, 40, 8) % 364).to.equal(0);
    expect(dayTickStep(0.01, 40, 8) * 0.01).to.be.at.least(48);
  });

  it('never chooses a gap narrower than a label [T-CHART-030]', () => {
    fc.assert(fc.property(
      fc.double({ min: 0.001, max: 200, noNaN: true }),
      fc.integer({ min: 10, max: 120 }),
      (pixelsPerDay, labelWidth) => {
        const step = dayTickStep(pixelsPerDay, labelWidth, 8, [14]);
        expect(step * pixelsPerDay).to.be.at.least(labelWidth + 8);
        expect(Number.isInteger(step)).to.equal(true);
      },
    ));
  });

  it('lists whole-day offsets from 0 to the end of the schedule', () => {
    expect(dayTicks(140, 28)).to.deep.equal([0, 28, 56, 84, 112, 140]);
    expect(dayTicks(30, 7)).to.deep.equal([0, 7, 14, 21, 28]);
    expect(dayTicks(0, 7)).to.deep.equal([0]);
    expect(dayTicks(10, 0)).to.deep.equal([0]);
    expect(CALENDAR_DAY_STEPS).to.include(7);
  });
});
