/** en-US: the shared words need no change from en-GB. */
import { enGBCommon } from './en-GB.js';
import type { CommonWords } from './types.js';

export const enUSCommon: CommonWords = {
  ...enGBCommon,
  meta: { tag: 'en-US', name: 'English (US)', reviewed: true },
};
