/** en-GB: the reviewed base of the shared words (as the elements said them before the catalogues). */
import type { CommonWords } from './types.js';

export const enGBCommon: CommonWords = {
  meta: { tag: 'en-GB', name: 'English (UK)', reviewed: true },
  somethingWentWrong: 'Something went wrong',
  couldNotDisplay: (detail) => `This widget could not display its data (${detail}).`,
  more: { one: '…and {n} more.', other: '…and {n} more.' },
  contextTitle: 'The opioid treatment plan cannot be shown',
  guidanceNotKnown: (given) => `Guidance must be “uk” or “us”, not ${given}.`,
  todayNotADate: (given) => `Today must be a real calendar date written YYYY-MM-DD (for example 2026-03-05), not ${given}.`,
  settingsUnreadable: 'The guidance, today or locale setting could not be read.',
  thresholdRange: (min, max) => `Threshold must be a number of mg/day OME from ${min} to ${max} (for example 120).`,
  given: {
    quoted: (text) => `“${text}”`,
    empty: 'an empty value',
    object: 'an object',
    invalidNumber: 'an invalid number',
    infiniteNumber: 'an infinite number',
  },
};
