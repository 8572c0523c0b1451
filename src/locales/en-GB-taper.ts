/**
 * en-GB, the reviewed words for a taper: its method ("10% of the original dose every 14 days
 * (linear)"), its summary and its notes. Loaded by the taper chart and the plan card, not by the
 * prompt or the context.
 */
import type { TaperCatalogue } from './types.js';
import { list, num } from './read.js';

export const enGBTaper: TaperCatalogue = {
  taper: {
    description: (p, w) => {
      const every = (days: unknown) => (num({ d: days }, 'd') === 1 ? 'day' : `${w.count(days)} days`);
      let text = p.method === 'cdc-short-course'
        ? `${w.amount(p.percent)}% of the original dose every ${every(p.intervalDays)} until about 30% of it remains, then ${w.amount(p.percent)}% of the remaining dose every ${every(p.intervalDays)}`
        : p.method === 'current'
          ? `${w.amount(p.percent)}% of the current dose every ${every(p.intervalDays)} (each reduction smaller than the last)`
          : `${w.amount(p.percent)}% of the original dose every ${every(p.intervalDays)} (linear)`;
      if (Number.isFinite(num(p, 'roundTo'))) {
        text += `, each dose rounded up to a multiple of ${w.amount(p.roundTo)} mg without ever reducing faster than planned`;
        if (Number.isFinite(num(p, 'extraDays'))) {
          text += `, so it takes ${w.plural(num(p, 'extraDays'), { one: '{n} day', other: '{n} days' })} longer than planned`
            + ` (${w.plural(num(p, 'reductions'), { one: '{n} reduction', other: '{n} reductions' })} rather than ${w.count(p.plannedIntervals)})`;
        }
      }
      if (Number.isFinite(num(p, 'smallestDose'))) {
        text += p.smallestDoseSource === 'largest-cut'
          ? `; stops once the dose is ${w.amount(p.smallestDose)} mg or less (no more than one planned reduction)`
          : `; stops below ${w.amount(p.smallestDose)} mg`;
      }
      return text;
    },
    summary: (p, w) => `from ${w.amount(p.startDose)} mg to ${num(p, 'endDose') === 0 ? '0' : `${w.amount(p.endDose)} mg`} over ${w.plural(num(p, 'totalDays'), { one: '{n} day', other: '{n} days' })} in ${w.plural(num(p, 'reductions'), { one: '{n} step', other: '{n} steps' })}`,
    note: {
      'faster-than-opioids-aware': (p, w) => `Reducing ${w.amount(p.percent)}% every ${num(p, 'intervalDays') === 1 ? 'day' : `${w.count(p.intervalDays)} days`} is beyond the 5–10% every 2–6 weeks Opioids Aware describes; check this pace is intended.`,
      'cdc-short-course-use': () => 'CDC 2022 gives this weekly pace for people who have taken opioids for weeks to months; after a year or more, 10% a month or slower is usually better tolerated.',
      'rounding-lengthens': (p, w) => `Rounding to ${w.amount(p.roundTo)} mg makes this taper ${w.plural(num(p, 'extraDays'), { one: '{n} day', other: '{n} days' })} longer than the unrounded plan: `
        + 'each dose is rounded up, never down, and no reduction is larger than planned, because large late cuts are the hardest to tolerate '
        + '(Opioids Aware 2020: longer use, slower taper; CDC 2022: slow down at lower doses, and at the smallest strength extend the interval before stopping).',
      'start-not-multiple': (p, w) => `The starting dose (${w.amount(p.startDose)} mg) is not a multiple of ${w.amount(p.roundTo)} mg; the later doses are.`,
      'held-for-rounding': (p, w) => `Where rounding the planned dose up to ${w.amount(p.roundTo)} mg would not lower the dose, the dose is kept for longer instead (at ${list(p, 'doses').map((dose) => `${w.amount(dose)} mg`).join(', ')}).`,
      'lowest-dose-extended': (p, w) => `The lowest dose (${w.amount(p.dose)} mg) is kept for ${w.plural(num(p, 'days'), { one: '{n} day', other: '{n} days' })}, ${w.plural(num(p, 'extraDays'), { one: '{n} day', other: '{n} days' })} longer than the other steps, before stopping. CDC 2022: once the smallest available dose is reached, the interval between doses can be extended, and opioids may be stopped when taken less than once a day.`,
      'final-cut-larger-than-planned': (p, w) => `Stopping from ${w.amount(p.dose)} mg is a larger reduction than the planned ${w.amount(p.plannedCut)} mg, because no smaller dose can be given. Consider spacing the doses out (taking them less than once a day) before stopping (CDC 2022).`,
    },
  },
};
