/**
 * en-GB: the reviewed base catalogue, whole (en-GB-base.ts, en-GB-results.ts and en-GB-taper.ts). Every other
 * catalogue has the same keys (en-US overrides only what differs).
 */
import { enGBBase } from './en-GB-base.js';
import { enGBResults } from './en-GB-results.js';
import { enGBTaper } from './en-GB-taper.js';
import type { Catalogue } from './types.js';

export const enGB: Catalogue = { ...enGBBase, ...enGBResults, ...enGBTaper };
