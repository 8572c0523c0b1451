import type { Validator } from './validator.js';

/** `required` and no value: `valueMissing`, as on a native input. */
export const requiredValidator: Validator<{ value: string; required: boolean }, 'value-missing'> = {
  check: ({ value, required }) => (required && value === '' ? { code: 'value-missing', flags: { valueMissing: true } } : null),
};
