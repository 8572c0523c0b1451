/**
 * opioid-elements/core: every clinical calculation, DOM-free, for browsers and Node 20.
 * Sources for every factor and threshold are cited beside them in the modules below.
 */
export * from './schema.js';
export * from './parse.js';
export * from './dates.js';
export * from './ome.js';
export * from './guidance.js';
export * from './taper.js';
export * from './flags.js';
export * from './text.js';
export * from './ids.js';
export * from './durations.js';
export * from './plan-total.js';
export * from './evidence.js';
