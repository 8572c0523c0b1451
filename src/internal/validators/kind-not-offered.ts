import type { Validator } from './validator.js';

interface KindState<Kind extends string> {
  value: string;
  start: string;
  kind: Kind;
  /** The kinds the control offers now; the first is the one it asks for. */
  allowedKinds: readonly Kind[];
  /** The kind the control asks for now. */
  askedKind: Kind;
}

/**
 * A value kept as a kind the control no longer offers (a review date after the indication changed to
 * one with stop dates only): `customError` at once, never a silent change of kind, and
 * `rangeUnderflow` too when the date is also before the start.
 */
export function kindNotOfferedValidator<Kind extends string>(): Validator<KindState<Kind>, 'kind-not-offered'> {
  return {
    check: ({ value, start, kind, allowedKinds, askedKind }) => (value !== '' && !allowedKinds.includes(kind)
      ? {
        code: 'kind-not-offered', immediate: true,
        flags: { customError: true, rangeUnderflow: start !== '' && value < start },
        params: { kind, asked: askedKind, value },
      }
      : null),
  };
}
