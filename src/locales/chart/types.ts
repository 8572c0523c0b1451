/**
 * The taper chart's own words (`chart`): the axis, the summary sentence around the core's description
 * of the method, today's status, the key, the table, each step's notes, the labels drawn in the chart,
 * and the problems with a schedule handed in from outside. The core's results themselves (the method,
 * the notes on a schedule, validation issues, units, drug names, cautions, the guidance's name) come
 * from the core catalogue.
 *
 * Every value is a string, a function of already formatted strings, or a set of plural forms
 * (`PluralForms`, chosen by `Intl.PluralRules`; Welsh has six), so no number or date is formatted here.
 */
import type { PluralForms } from '../format.js';
import type { SectionWords } from '../section.js';

export interface ChartWords extends SectionWords {
  /** A dose in mg of the drug: "60 mg" (OME/MME doses are worded by the core's unit words). */
  mg: (amount: string) => string;
  axis: {
    /** "Daily dose (mg of morphine)"; `drug` is '' when the drug is not known: "Daily dose (mg)". */
    mg: (drug: string) => string;
    /** "Daily dose (mg/day OME)", from the core's unit words. */
    equivalent: (unit: string) => string;
  };

  summary: {
    /** What the taper reduces: "oxycodone"; `drug` '' → "the daily dose". */
    what: (drug: string) => string;
    /**
     * "Reduces oxycodone from 60 mg to 0 mg a day over 154 days in 10 steps, 10% of the original dose
     * every 14 days (linear)." — `method` is the core's description of the method, '' when there is none.
     */
    reduces: (what: string, from: string, to: string, days: string, steps: string, method: string) => string;
    days: PluralForms;
    steps: PluralForms;
    /** "It includes a pause." / "It includes 2 pauses." */
    pauses: PluralForms;
  };

  status: {
    /** Before the start: "The taper starts on 5 Mar 2026 at 60 mg a day." */
    startsOn: (date: string, dose: string) => string;
    /** On or after the stop: "Today (20 Mar 2026): stopped on 6 Aug 2026." */
    stopped: (today: string, date: string) => string;
    /** "Today (20 Mar 2026): 54 mg a day." */
    today: (today: string, dose: string) => string;
    /** Follows `today` when the next step is the stop: "Stop on 6 Aug 2026." */
    stopOn: (date: string) => string;
    /** Follows `today`: "Next change on 2 Apr 2026, to 48 mg a day." */
    nextChange: (date: string, dose: string) => string;
  };

  /** Words drawn in the chart. */
  label: {
    today: string;
    review: string;
    mdtReview: string;
    /** Beside the cross at the stop. */
    stop: string;
    /** In a hatched pause. */
    pause: string;
  };

  /** The key under the chart, one item for each kind of line and mark shown. */
  key: {
    /** The first item: "Key: dots mark dose changes". */
    dots: string;
    today: string;
    /** "dotted line: Review 5 Jun 2026". */
    review: (label: string, date: string) => string;
    pause: string;
    stop: string;
    /** A today or review line too far outside the schedule to draw: "dashed line: today (outside the chart)". */
    outside: (item: string) => string;
    /** The items as one sentence: "a; b; c." */
    join: (items: readonly string[]) => string;
  };

  /** "Method from: Opioids Aware (2020)." (the source as the core cites it). */
  methodFrom: (source: string) => string;
  /** With doses in OME/MME: "Dose unit: oral morphine equivalent (OME). Guidance used: UK: Opioids Aware …." */
  doseUnit: (unitLong: string, unit: string, guidance: string) => string;

  table: {
    show: string;
    hide: string;
    /** The name of the scrolling box around the table. */
    region: string;
    /** "Taper schedule: Reduces oxycodone …". */
    caption: (summary: string) => string;
    date: string;
    dose: string;
    change: string;
    notes: string;
    /** The "Change" cell of the first row. */
    starting: string;
    noChange: string;
    /** "−12 mg": a reduction (a true minus sign reads as "less"). */
    less: (dose: string) => string;
    /** "+5 mg": an increase (only in a schedule handed in from outside). */
    more: (dose: string) => string;
  };

  /** The table's "Notes" cell. */
  note: {
    today: string;
    stop: string;
    /** "2 extra intervals", inside the notes below. */
    extraIntervals: PluralForms;
    /** "Pause: stay on this dose until 2 Apr 2026 (2 extra intervals)." */
    pause: (until: string, extra: string) => string;
    /** "Kept for 1 extra interval: the next rounded dose would not have been lower." */
    heldForRounding: (extra: string) => string;
    /** "Lowest dose, kept 1 extra interval before stopping (CDC 2022: …)." */
    lowestKept: (extra: string) => string;
    roundedUp: (dose: string) => string;
    cutLimited: (dose: string) => string;
    afterPlan: string;
    /** A step made elsewhere that does not say why it was rounded. */
    rounded: (dose: string) => string;
  };

  /** Titles of the error block. */
  cannotDraw: string;
  planUnreadable: string;
  /** Shown instead of a chart, without an alert. */
  empty: {
    noInput: string;
    noTaper: string;
    planProblems: string;
  };

  /**
   * The chart's own problems with its input. The core's issues, and a step field of the wrong type
   * or missing (`wrong-type`, `required`, `not-a-date`, `too-small`), are worded by the core catalogue.
   */
  issue: {
    /** After the core's sentence about an attribute: "The dose attribute says “-10”." (`given` quoted by the common words). */
    attributeSays: (attribute: string, given: string) => string;
    notASchedule: string;
    stepNotObject: string;
    dateNotAfter: string;
  };
}
