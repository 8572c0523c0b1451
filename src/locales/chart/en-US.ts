/**
 * en-US: the chart's words need no change from en-GB; dates ("Mar 5, 2026") and numbers come from Intl,
 * and "MME/day" from the core's unit words.
 */
import { enGBChart } from './en-GB.js';
import type { ChartWords } from './types.js';

export const enUSChart: ChartWords = {
  ...enGBChart,
  meta: { tag: 'en-US', name: 'English (US)', reviewed: true },
};
