/**
 * en-US: only what differs from en-GB (the reviewed base). Dates ("March 5, 2026") and list commas come
 * from Intl; words that differ are written here ("as needed" for "when needed", "mcg/hour" for
 * "micrograms an hour", as US labels print them). The results' words are en-GB's (MME and the CDC
 * bands come from the core's parameters): en-US has a base of its own, and index.ts puts it together
with en-GB's results for the whole catalogue (`catalogueFor('en-US')`).
 */
import { enGBBase } from './en-GB-base.js';
import type { BaseWords } from './types.js';

export const enUSBase: BaseWords = {
  ...enGBBase,
  meta: { tag: 'en-US', name: 'English (US)', reviewed: true },
  text: {
    ...enGBBase.text,
    doseLine: (params, words) => {
      if (params.route === 'transdermal') {
        return `${words.mg((params.strength as { value?: unknown } | undefined)?.value)} mcg/hour patch`;
      }
      return enGBBase.text.doseLine(params, words).replace(/ when needed$/, ' as needed');
    },
    weekdayDate: (weekday, longDate) => `${weekday}, ${longDate}`,
  },
};
