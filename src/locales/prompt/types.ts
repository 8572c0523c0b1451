/**
 * The stop-date prompt's words (`prompt` section), one typed object per locale, so a missing or an
 * extra key is a type error. Dates, drug names, indication phrases and sources arrive already worded
 * (the core catalogue's `formatDateWithWeekday`, `drug`, `indicationPhrase`; the core's sources are
 * data): a message here only puts them in a sentence. Counts go through `Formatters.plural`, so each
 * language gives the forms its plural rules need (Welsh: zero, one, two, few, many, other).
 *
 * One meaning of a stop date (REFERENCE.md §3): the first day without the medicine; a course lasts
 * stop − start days. Every locale says it that way.
 */
import type { StopDateKind } from '../../core/ids.js';
import type { Formatters } from '../format.js';
import type { SectionWords } from '../section.js';

/** How a quick choice's length is counted: "5 days", "2 weeks", "3 months". */
export type LengthUnit = 'days' | 'weeks' | 'months';

/** A warning's parameters as the core gives them (`stopDateWarnings`), read with care. */
export type WarningParams = Readonly<Record<string, unknown>>;

export interface PromptWords extends SectionWords {
  /** The question, before and after the drug's name (which goes in a `<bdi>` between them). */
  question: Readonly<Record<StopDateKind, readonly [string, string]>>;
  /** The drug named in the question and the sentence when the host gave none. */
  defaultDrug: string;
  /** The legend of the "stop or review" radios. */
  kindLegend: string;
  /** Each kind as a radio choice: its label and what it means. */
  kindLabels: Readonly<Record<StopDateKind, readonly [string, string]>>;
  /** "stop date" / "review date" inside a sentence. */
  kindDate: Readonly<Record<StopDateKind, string>>;
  /** The date field's own label: "Stop date". */
  dateLabel: Readonly<Record<StopDateKind, string>>;
  /** A quick choice's label: "5 days", "2 weeks", "3 months". */
  length: (unit: LengthUnit, count: number, f: Formatters) => string;
  /** Under the question when the start date could not be read (no quick choices then). */
  noStartHint: string;
  /** Under the question: the start date, what to do, and (for a stop date) what a stop date is. */
  startHint: (start: string, kind: StopDateKind, hasChoices: boolean) => string;
  /**
   * The line under the controls: for a stop date the last dose, the stop date and the days of
   * treatment; for a review date how long after the start. `days` ≥ 0.
   */
  summary: (kind: StopDateKind, on: string, lastDose: string, days: number, f: Formatters) => string;
  /** The printed line when there is no date yet. */
  noDateSentence: (kind: StopDateKind, drug: string) => string;
  /** The printed line when there is no start date to count from: the date (and last dose), no length. */
  sentenceWithoutCourse: (kind: StopDateKind, drug: string, on: string, lastDose: string) => string;
  /** Validation messages (the browser's bubble and the text beside the field), without a final stop. */
  validity: {
    /** A half-typed date, or one the browser could not read. */
    badInput: string;
    /** Required and empty; `kinds` are the kinds the indication offers, stop first. */
    valueMissing: (kinds: readonly StopDateKind[], f: Formatters) => string;
    /** A date before the start; `start` is the long date without weekday. */
    beforeStart: (kind: StopDateKind, start: string) => string;
    /**
     * A date kept as a kind the (new) indication does not offer; `asked` is the kind it offers,
     * `indication` the core catalogue's phrase ('' for one it does not know).
     */
    kindNotOffered: (kind: StopDateKind, asked: StopDateKind, indication: string, on: string) => string;
    /** A typed date kept while the start date moved after it was entered. */
    startMoved: (kind: StopDateKind, start: string) => string;
  };
  /** The button that keeps a flagged date as it is, as the kind the prompt now asks for. */
  keep: (kind: StopDateKind, on: string) => string;
  /** Said in a status region when a quick-choice date moved with the start. */
  moved: (kind: StopDateKind, on: string, length: string, start: string) => string;
  /** Read before a validation message by screen readers: "Error: ". */
  errorPrefix: string;
  /** Shown before each warning: "Warning: ". */
  warningPrefix: string;
  /** The core's course-length warnings (`stopDateWarnings`), from their params. */
  warning: {
    'acute-over-7-days': (p: WarningParams, f: Formatters) => string;
    'non-cancer-over-3-months': (p: WarningParams, f: Formatters) => string;
  };
  /** Problems with what the host gave (the alert block and the `opioid-error` issues). */
  issues: {
    title: string;
    /** `given` is the host's text as typed (at most 40 characters and "…"), to be quoted. */
    start: (given: string) => string;
    indication: (given: string, known: readonly string[]) => string;
    value: (given: string) => string;
    kind: (given: string) => string;
    drugTooLong: string;
  };
}
