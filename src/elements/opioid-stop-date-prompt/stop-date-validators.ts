/**
 * The prompt's validity rules, in the order they are checked (the first that fails is shown). The two
 * that come before the host's own message are the ones where the date was fine until something else
 * changed: a kind the new indication does not offer, and a start that moved under a typed date.
 */
import type { Validator } from '../../internal/form-control.js';
import { badInputValidator } from '../../internal/validators/bad-input.js';
import { beforeStartValidator } from '../../internal/validators/before-start.js';
import { customValidator } from '../../internal/validators/custom.js';
import { kindNotOfferedValidator } from '../../internal/validators/kind-not-offered.js';
import { requiredValidator } from '../../internal/validators/required.js';
import { startMovedValidator } from '../../internal/validators/start-moved.js';
import type { StopDateKind } from './stop-date-rules.js';

/** What the validators read. */
export interface PromptValidity {
  value: string;
  /** What the user typed is not a date (kept on screen), or the native field reports bad input. */
  badInput: boolean;
  kind: StopDateKind;
  allowedKinds: readonly StopDateKind[];
  askedKind: StopDateKind;
  start: string;
  startMoved: boolean;
  customMessage: string;
  required: boolean;
}

export const PROMPT_VALIDATORS: readonly Validator<PromptValidity>[] = [
  badInputValidator,
  kindNotOfferedValidator<StopDateKind>(),
  startMovedValidator,
  customValidator,
  requiredValidator,
  beforeStartValidator,
];
