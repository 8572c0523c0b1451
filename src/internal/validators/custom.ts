import type { Validator } from './validator.js';

/** The host's own message (`setCustomValidity`), shown as given: `customError`. */
export const customValidator: Validator<{ customMessage: string }, 'custom'> = {
  check: ({ customMessage }) => (customMessage !== '' ? { code: 'custom', flags: { customError: true }, params: { message: customMessage } } : null),
};
