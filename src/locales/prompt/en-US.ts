/**
 * en-US: the prompt says nothing differently in US English; dates ("Tuesday, March 10, 2026") come
 * from the core catalogue's en-US date wording through Intl.
 */
import { enGBPrompt } from './en-GB.js';
import type { PromptWords } from './types.js';

export const enUSPrompt: PromptWords = {
  ...enGBPrompt,
  meta: { tag: 'en-US', name: 'English (US)', reviewed: true },
};
