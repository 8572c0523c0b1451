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
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
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
  /** The host's ARIA role (`group`: a named group that carries the host page's label into its inner controls). */
  role?: string;
}

type Host = ReactiveControllerHost & HTMLElement;

export class FormControl<S> implements ReactiveController {
  readonly internals: ElementInternals;
  /** A disabled `<fieldset>` (or form) around the element. */
  formDisabled = false;
  /** The host page's message from `setCustomValidity`; '' for none. */
  customMessage = '';
  /** A submit or `checkValidity()` found the value invalid: show the problem now (GOV.UK: errors after submitting). */
  invalidReported = false;
  /** The host page's label for the control ('' for none), read before every update and on focus (see `readLabel`). */
  label = '';

  constructor(private readonly host: Host, private readonly options: FormControlOptions<S>) {
    this.internals = host.attachInternals();
    if (options.role) this.internals.role = options.role;
    host.addEventListener('invalid', () => {
      this.invalidReported = true;
      host.requestUpdate();
    });
    host.addEventListener('focusin', () => {
      if (this.readLabel()) host.requestUpdate();
    });
    host.addController(this);
  }

  hostConnected(): void {
    // A server template's native fallback (see renderToString in opioid-elements/ssr) stands in for the
    // controls while there is no JavaScript; now that the element runs, it must not submit twice.
    if (isServer) return;
    for (const fallback of this.host.querySelectorAll<HTMLFieldSetElement>(':scope > fieldset[slot="no-script"]')) fallback.disabled = true;
  }

  hostUpdate(): void {
    this.readLabel();
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

  /**
   * Naming across the shadow boundary. A host-page `<label for>` names the host itself (a
   * form-associated element is labelable, and the `group` role makes it a named group), but ARIA
   * references cannot cross the shadow root, so an inner field would not hear that name. This reads the
   * labels' text (else the host's `aria-label`) into `label` and names the host with it: the element
   * copies `label` into its shadow root and names its field by it first, then by the field's own
   * visible label, so voice-control users can still say the visible words (WCAG 2.5.3). Read before
   * every update and on focus, it follows a label whose text changes, unlike a one-off aria-label.
   * True when it changed.
   */
  readLabel(): boolean {
    let found = '';
    try {
      found = Array.from(this.internals.labels, (label) => label.textContent ?? '').join(' ');
    } catch {
      found = '';
    }
    const label = (found || this.host.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
    this.internals.ariaLabel = label || null;
    if (label === this.label) return false;
    this.label = label;
    return true;
  }

  /** For an inner field edited without an `input` event (a half-typed date): validity and its message follow. */
  readonly revalidate = (): void => {
    this.syncValidity();
    this.host.requestUpdate();
  };

  /** For the inner field's keydown: Enter submits the form, as in a native text field (the inner field has no form). */
  readonly submitOnEnter = (event: KeyboardEvent): void => {
    const { form } = this;
    if (event.key === 'Enter' && form) {
      event.preventDefault();
      this.syncValidity();
      form.requestSubmit();
    }
  };

  /** From the element's `formResetCallback`: no problem shown until the next submit. */
  resetCallback(): void {
    this.invalidReported = false;
    this.host.requestUpdate();
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

/**
 * A script may set a control's properties (its `value`) before the element is defined: that own
 * property would hide the class's accessor. Called in the constructor, it hands each early value to
 * the accessor.
 */
export function upgradeProperties(host: HTMLElement, keys: readonly string[]): void {
  const own = host as unknown as Record<string, unknown>;
  for (const key of keys) {
    if (Object.hasOwn(host, key)) {
      const early = own[key];
      delete own[key];
      own[key] = early;
    }
  }
}
