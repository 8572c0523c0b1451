/**
 * The stop-date prompt's words (`prompt` section): en-GB and en-US built in; cy and es (drafts, used
 * only with `allow-draft-locales`) load on demand, so they are never in the default bundle.
 */
import { defineSection, type Section } from '../section.js';
import { enGBPrompt } from './en-GB.js';
import { enUSPrompt } from './en-US.js';
import type { PromptWords } from './types.js';

export type { LengthUnit, PromptWords, WarningParams } from './types.js';
export { enGBPrompt } from './en-GB.js';

export const promptSection: Section<PromptWords> = defineSection('prompt', { 'en-GB': enGBPrompt, 'en-US': enUSPrompt }, {
  cy: () => import('./cy.js').then((module) => module.cyPrompt),
  es: () => import('./es.js').then((module) => module.esPrompt),
});
