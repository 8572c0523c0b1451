import type { Validator } from './validator.js';

/** What the user typed is not a value the control can read (a half-typed date): `badInput`. */
export const badInputValidator: Validator<{ badInput: boolean }, 'bad-input'> = {
  check: ({ badInput }) => (badInput ? { code: 'bad-input', flags: { badInput: true } } : null),
};
