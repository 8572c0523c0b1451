/** en-US: the review list's words need no change from en-GB (US dates and the MME unit come from Intl and the core). */
import { enGBReview } from './en-GB.js';
import type { ReviewWords } from './types.js';

export const enUSReview: ReviewWords = {
  ...enGBReview,
  meta: { tag: 'en-US', name: 'English (US)', reviewed: true },
};
