/**
 * The plan card's words (`card`): en-GB and en-US built in, cy and es loaded on demand (drafts, used
 * only with `allow-draft-locales`).
 */
import { defineSection, type Section } from '../section.js';
import { enGBCard } from './en-GB.js';
import { enUSCard } from './en-US.js';
import type { CardWords } from './types.js';

export type { CardWords, CompactBandId } from './types.js';

export const cardSection: Section<CardWords> = defineSection('card', { 'en-GB': enGBCard, 'en-US': enUSCard }, {
  cy: () => import('./cy.js').then((module) => module.cyCard),
  es: () => import('./es.js').then((module) => module.esCard),
});
