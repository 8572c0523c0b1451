/** en-US: only what differs from en-GB ("mcg/hour", as US labels print a patch's rate). */
import { enGBCard } from './en-GB.js';
import type { CardWords } from './types.js';

export const enUSCard: CardWords = {
  ...enGBCard,
  meta: { tag: 'en-US', name: 'English (US)', reviewed: true },
  row: { ...enGBCard.row, patchDaily: (amount) => `${amount} mcg/hour, continuously` },
};
