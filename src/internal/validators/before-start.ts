import type { Validator } from './validator.js';

/**
 * A date ('YYYY-MM-DD', compared as text, which orders calendar dates) before the start it counts
 * from: `rangeUnderflow`, as a native date input's `min` would say. No start, no check.
 */
export const beforeStartValidator: Validator<{ value: string; start: string }, 'before-start'> = {
  check: ({ value, start }) => (value !== '' && start !== '' && value < start
    ? { code: 'before-start', flags: { rangeUnderflow: true }, params: { start } } : null),
};
