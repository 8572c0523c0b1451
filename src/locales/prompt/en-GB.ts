/**
 * en-GB: the reviewed base of the prompt's words, exactly as the prompt said them before the catalogue
 * (stop-date-words.ts), and the core's course-length warnings as the core words them.
 */
import type { StopDateKind } from '../../core/ids.js';
import { enGBAcuteDurationAdvice } from '../en-GB-guidance.js';
import { num, str } from '../read.js';
import type { PromptWords } from './types.js';

const kindDate: Readonly<Record<StopDateKind, string>> = { stop: 'stop date', review: 'review date' };
const dateLabel: Readonly<Record<StopDateKind, string>> = { stop: 'Stop date', review: 'Review date' };
const days = { one: '{n} day', other: '{n} days' } as const;

export const enGBPrompt: PromptWords = {
  meta: { tag: 'en-GB', name: 'English (UK)', reviewed: true },
  question: {
    stop: ['When should the patient stop taking ', '?'],
    review: ['When should ', ' be reviewed with the patient?'],
  },
  defaultDrug: 'the opioid',
  kindLegend: 'What are you setting?',
  kindLabels: {
    stop: ['A stop date', 'The first day without the opioid.'],
    review: ['A review date', 'Decide then whether to continue, reduce or stop.'],
  },
  kindDate,
  dateLabel,
  length: (unit, count, f) => f.plural(count, unit === 'months' ? { one: '{n} month', other: '{n} months' }
    : unit === 'weeks' ? { one: '{n} week', other: '{n} weeks' } : days),
  noStartHint: 'The start date could not be read, so no lengths are offered. Enter a date.',
  startHint: (start, kind, hasChoices) => `Start date: ${start}. ${hasChoices ? 'Choose a length, or enter any date.' : 'Enter a date.'}`
    + (kind === 'stop' ? ' The stop date is the first day without it.' : ''),
  summary: (kind, on, lastDose, count, f) => {
    if (kind === 'review') return `Review on ${on}: ${count === 0 ? 'the start date' : `${f.plural(count, days)} after the start`}.`;
    if (count === 0) return `Stop on ${on}, the start date: no days of treatment.`;
    return `Last dose on ${lastDose}; stop on ${on}: ${f.plural(count, days)} of treatment.`;
  },
  noDateSentence: (kind, drug) => `No ${kindDate[kind]} has been set for ${drug}.`,
  sentenceWithoutCourse: (kind, drug, on, lastDose) => (kind === 'review' ? `Review ${drug} on ${on}.` : `Stop ${drug} on ${on} (last dose ${lastDose}).`),
  validity: {
    badInput: 'Enter a real date with a day, month and year, for example 17 March 2026',
    // Names only the kinds offered: mentioning one the indication does not offer would ask for what the prompt cannot take.
    valueMissing: (kinds) => `Enter the date the opioid should ${kinds.map((kind) => (kind === 'stop' ? 'stop' : 'be reviewed')).join(' or ')}`,
    beforeStart: (kind, start) => `The ${kindDate[kind]} cannot be before the start date, ${start}`,
    kindNotOffered: (kind, asked, indication, on) => `${on} was set as a ${kindDate[kind]}, but ${indication || 'this indication'} is given a ${kindDate[asked]}, `
      + `not a ${kindDate[kind]}. Choose the ${kindDate[asked]} again`,
    startMoved: (kind, start) => `The start date changed to ${start} after this ${kindDate[kind]} was entered. `
      + `Check the ${kindDate[kind]}: keep it, choose a length or enter another date`,
  },
  keep: (kind, on) => `Keep ${on} as the ${kindDate[kind]}`,
  moved: (kind, on, length, start) => `${dateLabel[kind]} moved to ${on} to keep ${length} after the new start, ${start}.`,
  errorPrefix: 'Error: ',
  warningPrefix: 'Warning: ',
  warning: {
    'acute-over-7-days': (p, f) => `This is a ${f.count(p.days)}-day course, longer than ${f.count(p.limit)} days. ${enGBAcuteDurationAdvice}; `
      + `reassess the need (${str(p, 'source')}).`,
    'non-cancer-over-3-months': (p, f) => {
      const months = f.count(num(p, 'months'));
      return p.kind === 'review'
        ? `This review is more than ${months} months after the start. Review long-term opioids at least every ${f.count(p.reviewMonths)} months `
          + `(${str(p, 'reviewSource')}); use beyond ${months} months for non-cancer pain increases the risk of dependence and addiction (${str(p, 'source')}).`
        : `This date is more than ${months} months after the start. Opioid use beyond ${months} months for non-cancer pain increases the risk `
          + `of dependence and addiction; agree the plan for ending treatment with the patient (${str(p, 'source')}).`;
    },
  },
  issues: {
    title: 'This date prompt was given something it cannot use',
    start: (given) => `Start date “${given}” is not a real calendar date. Write it as YYYY-MM-DD, for example 2026-03-05.`,
    indication: (given, known) => `Indication “${given}” is not one this prompt knows. Use one of: ${known.join(', ')}.`,
    value: (given) => `Value “${given}” is not a real calendar date, so no date was filled in. Write it as YYYY-MM-DD, for example 2026-03-10.`,
    kind: (given) => `Kind “${given}” must be stop or review.`,
    drugTooLong: 'Drug name is longer than 100 characters; only its start is shown.',
  },
};
