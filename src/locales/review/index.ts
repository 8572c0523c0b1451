/**
 * The review list's words (`review` section): en-GB and en-US built in; cy and es (drafts, used only
 * with `allow-draft-locales`) load on demand, so they are never in the default bundle.
 */
import { defineSection, type Section } from '../section.js';
import { enGBReview } from './en-GB.js';
import { enUSReview } from './en-US.js';
import type { ReviewWords } from './types.js';

export type { ReviewConditionId, ReviewFhirReason, ReviewSortOption, ReviewWords } from './types.js';
export { enGBReview } from './en-GB.js';

export const reviewSection: Section<ReviewWords> = defineSection('review', { 'en-GB': enGBReview, 'en-US': enUSReview }, {
  cy: () => import('./cy.js').then((module) => module.cyReview),
  es: () => import('./es.js').then((module) => module.esReview),
});
