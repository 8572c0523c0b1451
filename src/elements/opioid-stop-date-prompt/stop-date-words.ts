/**
 * Every word the stop-date prompt shows or speaks, in one place, so that they can move into the
 * locale catalogues as one piece. English (en-GB; dates follow `lang`, 'en-US' writes US dates).
 * Functions take codes and dates and return plain text: nothing here is ever rendered as HTML.
 *
 * One meaning of a stop date (REFERENCE.md §3): the stop date is the first day without the medicine,
 * and a course lasts stop − start days. Start 20 November, stop 23 November: doses on 20, 21 and
 * 22 November, "Last dose on Sunday 22 November; stop on Monday 23 November: 3 days of treatment".
 */
import { addDays, formatDate, type IsoDate } from '../../core/dates.js';
import { capitalise, formatDateWithWeekday, indicationName, type TextLocale } from '../../core/text.js';
import type { StopDateKind } from './stop-date-rules.js';

type Lang = TextLocale;

const day = (date: IsoDate, lang: Lang): string => formatDateWithWeekday(date, lang);

/** "1 day", "5 days". */
export function dayCount(count: number): string {
  return `${count} day${count === 1 ? '' : 's'}`;
}

/** "stop date" / "review date". */
export function kindDate(kind: StopDateKind): string {
  return kind === 'stop' ? 'stop date' : 'review date';
}

/** The two kinds as radio choices: [label, detail]. */
export const KIND_LABELS: Readonly<Record<StopDateKind, readonly [string, string]>> = {
  stop: ['A stop date', 'The first day without the opioid.'],
  review: ['A review date', 'Decide then whether to continue, reduce or stop.'],
};

export const KIND_LEGEND = 'What are you setting?';

/** The question around the drug's name (the name goes in a `<bdi>` between the two parts). */
export const QUESTIONS: Readonly<Record<StopDateKind, readonly [string, string]>> = {
  stop: ['When should the patient stop taking ', '?'],
  review: ['When should ', ' be reviewed with the patient?'],
};

/** The date field's own label. */
export function dateLabel(kind: StopDateKind): string {
  return capitalise(kindDate(kind));
}

/** The hint under the question: the start date, the meaning of a stop date, and what to do. */
export function startHint(start: IsoDate, kind: StopDateKind, hasChoices: boolean, lang: Lang): string {
  if (!start) return 'The start date could not be read, so no lengths are offered. Enter a date.';
  const meaning = kind === 'stop' ? ' The stop date is the first day without it.' : '';
  return `Start date: ${day(start, lang)}. ${hasChoices ? 'Choose a length, or enter any date.' : 'Enter a date.'}${meaning}`;
}

/**
 * The line under the controls restating the date in the one meaning: for a stop date, the last day
 * of doses, the stop date and the number of days of treatment.
 */
export function summaryLine(kind: StopDateKind, value: IsoDate, days: number, lang: Lang): string {
  if (kind === 'review') {
    return `Review on ${day(value, lang)}: ${days === 0 ? 'the start date' : `${dayCount(days)} after the start`}.`;
  }
  if (days === 0) return `Stop on ${day(value, lang)}, the start date: no days of treatment.`;
  return `Last dose on ${day(addDays(value, -1), lang)}; stop on ${day(value, lang)}: ${dayCount(days)} of treatment.`;
}

/**
 * The discharge-summary line when the core's `stopDateSentence` cannot make its sentence: no date
 * yet, or no start date to count from (then the length is left out, never guessed).
 */
export function sentenceWithoutCourse(drug: string, kind: StopDateKind, value: IsoDate, lang: Lang): string {
  if (!value) return `No ${kindDate(kind)} has been set for ${drug}.`;
  if (kind === 'review') return `Review ${drug} on ${day(value, lang)}.`;
  return `Stop ${drug} on ${day(value, lang)} (last dose ${day(addDays(value, -1), lang)}).`;
}

// Validation messages (the browser's bubble and the text beside the field), without a final stop.

export const MESSAGE_NOT_A_DATE = 'Enter a real date with a day, month and year, for example 17 March 2026';

/** How each kind ends "Enter the date the opioid should …". */
const REQUIRED_VERBS: Readonly<Record<StopDateKind, string>> = { stop: 'stop', review: 'be reviewed' };

/**
 * Names only the kinds offered, always in the same order ("stop or be reviewed"): mentioning a kind
 * the indication does not offer would ask for something the prompt cannot take.
 */
export function requiredMessage(allowed: readonly StopDateKind[]): string {
  const verbs = (['stop', 'review'] as const).filter((kind) => allowed.includes(kind)).map((kind) => REQUIRED_VERBS[kind]);
  return `Enter the date the opioid should ${verbs.join(' or ')}`;
}

export function beforeStartMessage(kind: StopDateKind, start: IsoDate, lang: Lang): string {
  return `The ${kind} date cannot be before the start date, ${formatDate(start, lang, 'long')}`;
}

/** A date kept as a kind the (new) indication does not offer; `asked` is the kind it does offer. */
export function kindNotOfferedMessage(kind: StopDateKind, asked: StopDateKind, indication: string, value: IsoDate, lang: Lang): string {
  const name = indicationName(indication).toLowerCase() || 'this indication';
  return `${day(value, lang)} was set as a ${kindDate(kind)}, but ${name} is given a ${kindDate(asked)}, not a ${kindDate(kind)}. `
    + `Choose the ${kindDate(asked)} again`;
}

/** A typed date kept while the start date moved after it was entered. */
export function startMovedMessage(kind: StopDateKind, start: IsoDate, lang: Lang): string {
  return `The start date changed to ${day(start, lang)} after this ${kindDate(kind)} was entered. `
    + `Check the ${kindDate(kind)}: keep it, choose a length or enter another date`;
}

/** The button that keeps a flagged date as it is, as the kind the prompt now asks for. */
export function keepButton(kind: StopDateKind, value: IsoDate, lang: Lang): string {
  return `Keep ${day(value, lang)} as the ${kindDate(kind)}`;
}

/** Said (visibly, in a status region) when a quick-choice date moved with the start. */
export function movedNotice(kind: StopDateKind, value: IsoDate, length: string, start: IsoDate, lang: Lang): string {
  return `${dateLabel(kind)} moved to ${day(value, lang)} to keep ${length} after the new start, ${day(start, lang)}.`;
}

export const ERROR_PREFIX = 'Error: ';
export const WARNING_PREFIX = 'Warning: ';
export const ISSUES_TITLE = 'This date prompt was given something it cannot use';
export const DEFAULT_DRUG = 'the opioid';

// Problems with what the host gave (the `opioid-error` issues and the alert block).

export function startIssue(quoted: string): string {
  return `Start date ${quoted} is not a real calendar date. Write it as YYYY-MM-DD, for example 2026-03-05.`;
}
export function indicationIssue(quoted: string, known: readonly string[]): string {
  return `Indication ${quoted} is not one this prompt knows. Use one of: ${known.join(', ')}.`;
}
export function valueIssue(quoted: string): string {
  return `Value ${quoted} is not a real calendar date, so no date was filled in. Write it as YYYY-MM-DD, for example 2026-03-10.`;
}
export function kindIssue(quoted: string): string {
  return `Kind ${quoted} must be stop or review.`;
}
export const DRUG_TOO_LONG_ISSUE = 'Drug name is longer than 100 characters; only its start is shown.';
