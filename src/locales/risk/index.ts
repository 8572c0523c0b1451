/**
 * The risk explainer's patient wording, one catalogue per locale: en-GB here (the default, in every
 * bundle); en-US, cy and es are loaded on demand (`import('./cy.js')`), cy and es only when the host
 * allows draft locales. `riskPack` composes any of them with the core's figures.
 */
import { riskPack } from './compose.js';
import { enGBRisk } from './en-GB.js';

export type { RiskWording, RiskWordingMeta, GuidanceWords } from './types.js';
export { riskPack } from './compose.js';
export { enGBRisk } from './en-GB.js';

/** The built-in en-GB pack: the reviewed wording with the figures of clinical/REFERENCE.md §5. */
export const DEFAULT_PACK_EN_GB = riskPack(enGBRisk);
