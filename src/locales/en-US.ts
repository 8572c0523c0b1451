/**
 * en-US: only what differs from en-GB (the reviewed base). Dates ("March 5, 2026") and list commas come
 * from Intl; words that differ are written here ("as needed" for "when needed", "mcg/hour" for
 * "micrograms an hour", as US labels print them).
 */
import { enGB } from './en-GB.js';
import type { Catalogue } from './types.js';

export const enUS: Catalogue = {
  ...enGB,
  meta: { tag: 'en-US', name: 'English (US)', reviewed: true },
  text: {
    ...enGB.text,
    doseLine: (params, words) => {
      if (params.route === 'transdermal') {
        return `${words.mg((params.strength as { value?: unknown } | undefined)?.value)} mcg/hour patch`;
      }
      return enGB.text.doseLine(params, words).replace(/ when needed$/, ' as needed');
    },
    weekdayDate: (weekday, longDate) => `${weekday}, ${longDate}`,
  },
};
