/**
 * What makes a custom element a form control, as a Lit reactive controller rather than a base class
 * (STYLE.md: behaviour as controllers): ElementInternals, the value the form submits (one entry or
 * several, as FormData), validity through `Validator` objects that speak in codes (the element words
 * them in its locale), `setCustomValidity`, and the form's callbacks. Learned from Material Web's
 * form-associated behaviour and validators and Web Awesome's validator objects; written our own.
 *
 * The browser reads an element's form callbacks (`formResetCallback`, `formStateRestoreCallback`,
 * `formDisabledCallback`) from its class when it is defined, so the element declares them and passes
 * them on here: `formDisabledCallback(disabled) { this.control.disabledCallback(disabled); }`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { firstProblem, type Validator, type ValidityProblem } from './validators/validator.js';

export type { Validator, ValidityProblem } from './validators/validator.js';

export interface FormControlOptions<S> {
  /** The state the validators read, made on each check (a few fields: checks are frequent and cheap). */
  state: () => S;
  /** In order: the first that finds a problem sets the flags and the message. */
  validators: readonly Validator<S>[];
  /** A problem in words, in the element's locale (`custom` gives the host's own message). */
  message: (problem: ValidityProblem) => string;
  /** The inner element the browser's message bubble points at. */
  anchor?: () => HTMLElement | null | undefined;
}

type Host = ReactiveControllerHost & HTMLElement;

export class FormControl<S> implements ReactiveController {
  readonly internals: ElementInternals;
  /** A disabled `<fieldset>` (or form) around the element. */
  formDisabled = false;
  /** The host page's message from `setCustomValidity`; '' for none. */
  customMessage = '';

  constructor(private readonly host: Host, private readonly options: FormControlOptions<S>) {
    this.internals = host.attachInternals();
    host.addController(this);
  }

  hostConnected(): void {
    // Validity is set on every update (`sync`) and before every read.
  }

  get form(): HTMLFormElement | null { return this.internals.form; }
  get labels(): NodeList { return this.internals.labels; }
  get willValidate(): boolean { return this.internals.willValidate; }
  get validity(): ValidityState { this.syncValidity(); return this.internals.validity; }
  get validationMessage(): string { this.syncValidity(); return this.internals.validationMessage; }
  checkValidity(): boolean { this.syncValidity(); return this.internals.checkValidity(); }
  reportValidity(): boolean { this.syncValidity(); return this.internals.reportValidity(); }

  setCustomValidity(message: string): void {
    this.customMessage = message;
    this.syncValidity();
    this.host.requestUpdate();
  }

  /** The first problem the validators find now, or null. */
  problem(): ValidityProblem | null {
    return firstProblem(this.options.validators, this.options.state());
  }

  /** The problem in words; the host's own message as given. */
  message(problem: ValidityProblem): string {
    return problem.code === 'custom' && typeof problem.params?.message === 'string' ? problem.params.message : this.options.message(problem);
  }

  syncValidity(): void {
    const problem = this.problem();
    if (problem) this.internals.setValidity(problem.flags, this.message(problem) || ' ', this.options.anchor?.() ?? undefined);
    else this.internals.setValidity({});
  }

  /**
   * What the form submits: each `[name, value]` entry (none without a name), and the state the
   * browser gives back on restore (`formStateRestoreCallback`). Validity follows.
   */
  setValue(entries: readonly (readonly [string, string])[], state: string): void {
    if (entries.length > 0) {
      const data = new FormData();
      for (const [name, value] of entries) data.append(name, value);
      this.internals.setFormValue(data, state);
    } else {
      this.internals.setFormValue(null, state);
    }
    this.syncValidity();
  }

  /** From the element's `formDisabledCallback`. */
  disabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.host.requestUpdate();
  }

  /**
   * From the element's `formStateRestoreCallback`: `restore` reads what the element saved (a JSON
   * text here) and returns false for anything that is not its own state, which is then left alone.
   */
  restoreCallback(saved: unknown, restore: (state: Record<string, unknown>) => boolean): void {
    if (typeof saved !== 'string') return;
    let state: unknown;
    try {
      state = JSON.parse(saved);
    } catch {
      return; // Not our state: keep the initial value.
    }
    if (typeof state === 'object' && state !== null && restore(state as Record<string, unknown>)) this.host.requestUpdate();
  }
}
