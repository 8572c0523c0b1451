/**
 * The patient risk explainer's content: the pack schema, the figures and their sources (one copy for
 * every language; the words are in src/locales/risk), and the DOM-free helpers the element renders
 * from (dose band, icon counts, templates).
 */
export * from './pack-schema.js';
export * from './parse-pack.js';
export * from './bands.js';
export * from './icons.js';
export { fillTemplate, formatFigure } from './template.js';
export * from './template-check.js';
export * from './figures.js';
