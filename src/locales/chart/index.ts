/**
 * The taper chart's words (`chart`): en-GB and en-US built in, cy and es loaded on demand (drafts, used
 * only with `allow-draft-locales`).
 */
import { defineSection, type Section } from '../section.js';
import { enGBChart } from './en-GB.js';
import { enUSChart } from './en-US.js';
import type { ChartWords } from './types.js';

export type { ChartWords } from './types.js';

export const chartSection: Section<ChartWords> = defineSection('chart', { 'en-GB': enGBChart, 'en-US': enUSChart }, {
  cy: () => import('./cy.js').then((module) => module.cyChart),
  es: () => import('./es.js').then((module) => module.esChart),
});
