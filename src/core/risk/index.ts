/**
 * The patient risk explainer's content: the pack schema, the en-GB pack, and the DOM-free helpers the
 * element renders from (dose band, icon counts, templates).
 */
export * from './pack-schema.js';
export * from './parse-pack.js';
export * from './bands.js';
export * from './icons.js';
export { fillTemplate, formatFigure } from './template.js';
export * from './template-check.js';
export { DEFAULT_PACK_EN_GB, builtInRiskPack } from './default-pack-en-gb.js';
