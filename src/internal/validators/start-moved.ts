import type { Validator } from './validator.js';

/**
 * A typed date whose start moved after it was entered (and was not kept since): `customError` at once,
 * and `rangeUnderflow` too when the start moved past it. The control says which start it is now.
 */
export const startMovedValidator: Validator<{ value: string; start: string; startMoved: boolean }, 'start-moved'> = {
  check: ({ value, start, startMoved }) => (startMoved
    ? { code: 'start-moved', immediate: true, flags: { customError: true, rangeUnderflow: value !== '' && value < start }, params: { start } }
    : null),
};
