/**
 * A validator checks one rule of a form control's state and says what is wrong in a code and its
 * parameters, never in words: the element words the code from its locale catalogue, so the browser's
 * message and the text beside the field are in the element's language (Material Web's `Validator` and
 * Web Awesome's validator objects, read and rewritten: one rule per object, the first that fails wins).
 *
 * A validator reads only the fields it names in `S`, so one validator serves any control whose state
 * has them (`Validator<{ value: string; required: boolean }>` checks any required text value).
 */

/** What a validator found: the native validity flags it sets, a code to word it by, and its values. */
export interface ValidityProblem<Code extends string = string> {
  code: Code;
  flags: ValidityStateFlags;
  params?: Readonly<Record<string, unknown>>;
  /**
   * Shown at once, not only after a submit (GOV.UK: errors after submitting): the value was fine
   * until something else changed under it.
   */
  immediate?: boolean;
}

export interface Validator<S, Code extends string = string> {
  /** The problem with `state`, or null when this rule holds. Never throws. */
  readonly check: (state: S) => ValidityProblem<Code> | null;
}

/** The first problem the validators find, in their order, or null. */
export function firstProblem<S>(validators: readonly Validator<S>[], state: S): ValidityProblem | null {
  for (const validator of validators) {
    const problem = validator.check(state);
    if (problem) return problem;
  }
  return null;
}
