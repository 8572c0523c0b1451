import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { daysBetween, isIsoDate, type IsoDate } from '../../core/dates.js';
import type { ValidationIssue } from '../../core/parse.js';
import { drugName, formatDateWithWeekday, stopDateSentence, stripBidiControls, textLocale, quoteValue } from '../../core/text.js';
import { OpioidElement } from '../base/opioid-element.js';
import { TodayController } from '../base/today-controller.js';
import { tokens, sharedStyles } from '../../styles/shared-styles.js';
import { stopDatePromptStyles } from './opioid-stop-date-prompt.styles.js';
import {
  KNOWN_INDICATIONS, STOP_DATE_KINDS, dateAfter, indicationRule, quickChoices, readLength, stopDateWarnings,
  type QuickChoice, type StopDateKind, type StopDateLength,
} from './stop-date-rules.js';
import * as words from './stop-date-words.js';

export type { StopDateKind } from './stop-date-rules.js';

/** Detail of `opioid-stop-date-change`. */
export interface OpioidStopDateChangeDetail {
  /** The chosen date ('YYYY-MM-DD'), or '' when there is none. */
  value: IsoDate;
  kind: StopDateKind;
  /** Days from the start date to `value` (for a stop date: the days of treatment); null without both dates. */
  durationDays: number | null;
}

declare global {
  interface HTMLElementEventMap {
    'opioid-stop-date-change': CustomEvent<OpioidStopDateChangeDetail>;
  }
  interface HTMLElementTagNameMap {
    'opioid-stop-date-prompt': OpioidStopDatePrompt;
  }
}

/**
 * Attributes and properties may be set to anything from plain JavaScript: read them as text. A finite
 * number, a BigInt or a boolean reads as written; a value with no text of its own (an object, even one
 * without toString, a symbol, a function, NaN, Infinity) reads as nothing, so it can neither throw nor
 * put "[object Object]" or "NaN" on screen.
 */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  const printable = (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint' || typeof value === 'boolean';
  return printable ? String(value) : '';
}

function isKind(value: unknown): value is StopDateKind {
  return value === 'stop' || value === 'review';
}

/** The date as of the last update, the start it counts from and the quick-choice length it came from. */
interface Anchor {
  value: IsoDate;
  start: IsoDate;
  /** Undefined for a typed (or script-set) date: such a date stays as typed when the start moves. */
  length: StopDateLength | undefined;
}

const NO_ANCHOR: Anchor = { value: '', start: '', length: undefined };

/** A reason the date cannot be accepted, with the native validity flags it sets. */
interface Problem {
  flags: ValidityStateFlags;
  message: string;
  /** Shown at once (not only after a submit): the date was fine until something else changed. */
  immediate?: boolean;
  /** The clinician may keep the date as it is, with one button. */
  keep?: boolean;
}

/**
 * Asks when an opioid should stop (or be reviewed) and records the answer in the host page's form,
 * like a native input. Built for discharge summaries: the OUCh project (Newcastle, 2023) found acute
 * opioids reach primary care "without a clear stop date"; MHRA 2020 asks for a plan for the end of
 * treatment before starting.
 *
 * One meaning of a stop date (REFERENCE.md §3): the stop date is the first day without the medicine,
 * and the course lasts stop − start days. The prompt says it that way: "Last dose on Sunday
 * 22 November 2026; stop on Monday 23 November 2026: 3 days of treatment."
 *
 * Submits three entries with its form: `<name>` = the date ('YYYY-MM-DD'), `<name>-kind` = `stop` or
 * `review`, and `<name>-start` = the start date it counted from.
 *
 * What happens when the inputs change after a date was chosen (never a silent change of kind or date):
 * - **Indication:** a date keeps its kind. If the new indication does not offer that kind (a review
 *   date when `indication` becomes `acute`), the prompt says so beside the field and is invalid
 *   (`customError`) until the clinician chooses again: a length, another date, or the button that
 *   keeps the date as the kind now asked for.
 * - **Start, after a quick choice:** a quick choice is a length ("5 days"). The length is kept and the
 *   date moves with the start; the prompt fires `input`, `change` and `opioid-stop-date-change` and
 *   says so ("Stop date moved to … to keep 5 days after the new start, …").
 * - **Start, after a typed date** (or one set by a script or the `value` attribute): the date is kept
 *   as typed, and the prompt at once says the start changed and is invalid (`customError`) until the
 *   clinician keeps the date, chooses a length or enters another date.
 * - **Midnight:** without a `start`, the start is today's local date, which moves forward at midnight
 *   on a page left open; that is a start change as above.
 *
 * Hazards controlled (docs/clinical-safety/hazard-log.md): H-06 date off by one or a stop date that moves,
 * H-07 stop date changed silently, H-12 advice out of scope (end of life), H-13 hostile text, H-14 input it
 * could not check shown as fine, H-20 missing stop or review date and over-long courses, H-22 day/month
 * order, H-24 warning lost in print or forced colours.
 *
 * @summary Form-associated stop/review date prompt with quick choices suited to the indication.
 *
 * @attr name - Form field name; the kind is submitted as `<name>-kind` and the start date as `<name>-start`.
 * @attr value - The initial date ('YYYY-MM-DD'); `form.reset()` returns to it. Property: `defaultValue`.
 * @attr kind - The initial kind, `stop` or `review`; defaults to what suits the indication. Property: `defaultKind`.
 * @attr start - The start date ('YYYY-MM-DD'); defaults to today's local calendar date (moving forward at midnight).
 * @attr indication - `acute` (default), `chronic-non-cancer`, `cancer`, `end-of-life` or `opioid-use-disorder`.
 * @attr drug - An opioid id (`oxycodone`) or a product name, used in the wording only.
 * @attr required - A date must be given before the form submits.
 * @attr disabled - Not editable and not submitted.
 * @attr readonly - Shows the discharge-summary sentence as plain text; still submitted. Property: `readOnly`.
 * @attr locale - `en-GB` (default) or `en-US` date wording; defaults to the nearest `lang`.
 *
 * @prop {string} value - The current date ('YYYY-MM-DD' or ''). Setting it is like typing it.
 * @prop {'stop' | 'review'} kind - The current date's kind (kept when the indication changes).
 * @prop {HTMLFormElement | null} form - The form the element belongs to.
 * @prop {ValidityState} validity - As on native inputs.
 * @prop {string} validationMessage - As on native inputs.
 * @prop {boolean} willValidate - False when disabled or read-only.
 *
 * @fires opioid-stop-date-change - The user changed the date or the kind, or a quick-choice date moved with the start. Detail: `{ value, kind, durationDays }`.
 * @fires input - The user changed the date or the kind, or a quick-choice date moved with the start (as a native input does).
 * @fires change - The user committed a change, or a quick-choice date moved with the start (as a native input does; not composed).
 * @fires opioid-error - An attribute could not be used. Detail: `{ element, issues }`.
 *
 * @csspart base - The interactive controls.
 * @csspart kind - The "stop or review" radio group.
 * @csspart choices - The question with its quick choices and date field.
 * @csspart question - The question.
 * @csspart choice - One quick choice (label with its radio).
 * @csspart date-field - The label, error and native date input.
 * @csspart date-input - The native date input.
 * @csspart keep - The button that keeps a date flagged after the start or the indication changed.
 * @csspart summary - The line restating the chosen date and its length.
 * @csspart notice - Says that a quick-choice date moved with the start (a `role="status"` region).
 * @csspart warnings - The non-blocking warnings (a `role="status"` region).
 * @csspart field-error - The validation message (after a failed submit, or at once when the start or indication changed).
 * @csspart sentence - The discharge-summary sentence (read-only and print).
 * @csspart error - The error block for unusable attributes.
 *
 * @slot no-script - A server template's native fallback, shown only while the element is not defined (JavaScript
 *   off): a `<fieldset slot="no-script">` with a date input submitting the same field names. Disabled once the element runs.
 *
 * @cssprop --opioid-font-family - Font.
 * @cssprop --opioid-color-text - Text colour.
 * @cssprop --opioid-color-text-secondary - Hint text colour.
 * @cssprop --opioid-color-primary - Selected choice and radio colour.
 * @cssprop --opioid-color-border - Choice border.
 * @cssprop --opioid-color-surface - Background.
 * @cssprop --opioid-color-urgent - Validation and error colour.
 * @cssprop --opioid-color-warning - Warning fill.
 * @cssprop --opioid-color-warning-text - Warning text.
 * @cssprop --opioid-color-warning-border - Warning border.
 * @cssprop --opioid-color-focus - Focus ring.
 * @cssprop --opioid-radius - Corner radius.
 * @cssprop --opioid-space - Spacing unit.
 */
export class OpioidStopDatePrompt extends OpioidElement {
  static formAssociated = true;
  // Clicking a host-page <label for> (or calling focus()) lands on the first inner control.
  static override shadowRootOptions: ShadowRootInit = { ...OpioidElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, sharedStyles, stopDatePromptStyles];

  @property() name = '';
  @property({ attribute: 'value' }) defaultValue = '';
  @property({ attribute: 'kind' }) defaultKind = '';
  @property() start = '';
  @property() indication = 'acute';
  @property() drug = '';
  @property({ type: Boolean, reflect: true }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  // The attribute is what the browser reads to bar a read-only control from validation.
  @property({ type: Boolean, reflect: true, attribute: 'readonly' }) readOnly = false;
  @property() locale = '';

  @state() private formDisabled = false;
  /** Set once a submit or checkValidity() found the value invalid (GOV.UK: errors after submitting). */
  @state() private showValidation = false;
  @state() private hostLabel = '';

  private readonly internals: ElementInternals;
  /** Today's local date for the default start; moves forward at midnight. */
  private readonly clock = new TodayController(this);
  /** The value once the user (or a script) set it; until then the `value` attribute is followed. */
  private userValue: IsoDate = '';
  private dirty = false;
  private userKind: StopDateKind | undefined;
  /** What the user typed when it is not a calendar date we accept (kept on screen, never wiped). */
  private typedText = '';
  /** Non-date strings given to the `value` / `kind` properties, reported as issues. */
  private rejectedValue = '';
  private rejectedKind = '';
  private customMessage = '';
  private anchor: Anchor = NO_ANCHOR;
  /** The kind as of the last update, kept for the date when the indication changes. */
  private lastKind: StopDateKind | undefined;
  /** Set when a quick-choice date moved with the start: what the notice says. */
  private moved: { value: IsoDate; start: IsoDate; label: string } | undefined;
  /** A quick-choice date moved in this update: fire the events once it is on screen. */
  private movedEvents = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // The host is the form control; as a named group it carries the host page's <label> to screen
    // readers on the way into the inner controls.
    this.internals.role = 'group';
    this.addEventListener('invalid', () => { this.showValidation = true; });
    this.addEventListener('focusin', () => this.readHostLabel());
    // A script may set these before the element is defined; the own property would hide our accessors.
    for (const key of ['value', 'kind', 'readonly'] as const) {
      if (Object.hasOwn(this, key)) {
        const early = (this as Record<string, unknown>)[key];
        delete (this as Record<string, unknown>)[key];
        (this as Record<string, unknown>)[key] = early;
      }
    }
  }

  /** The current date ('YYYY-MM-DD'), or '' when none is chosen. */
  get value(): IsoDate {
    if (this.dirty) return this.userValue;
    const initial = text(this.defaultValue);
    return isIsoDate(initial) ? initial : '';
  }

  set value(next: string) {
    const candidate = text(next);
    this.rejectedValue = candidate === '' || isIsoDate(candidate) ? '' : candidate;
    this.setUserDate(this.rejectedValue ? '' : candidate, '');
    this.syncForm();
  }

  /**
   * The kind of the current date. A date keeps the kind it was given (the user's choice, else the
   * `kind` attribute, else what suited the indication when it was chosen), even when the indication
   * no longer offers that kind: then the field is invalid, never silently changed. With no date, the
   * kind the prompt asks for.
   */
  get kind(): StopDateKind {
    if (this.value !== '') {
      const given = this.userKind ?? text(this.defaultKind);
      if (isKind(given)) return given;
    }
    return this.askedKind;
  }

  set kind(next: StopDateKind) {
    this.rejectedKind = isKind(next) ? '' : text(next);
    if (isKind(next)) this.userKind = next;
    this.requestUpdate();
    this.syncForm();
  }

  /** Alias of `readOnly`, spelt like the attribute. */
  get readonly(): boolean { return this.readOnly; }
  set readonly(next: boolean) { this.readOnly = next; }

  get form(): HTMLFormElement | null { return this.internals.form; }
  get labels(): NodeList { return this.internals.labels; }
  get type(): string { return this.localName; }
  get willValidate(): boolean { return this.internals.willValidate; }
  get validity(): ValidityState { this.syncValidity(); return this.internals.validity; }
  get validationMessage(): string { this.syncValidity(); return this.internals.validationMessage; }
  checkValidity(): boolean { this.syncValidity(); return this.internals.checkValidity(); }
  reportValidity(): boolean { this.syncValidity(); return this.internals.reportValidity(); }

  setCustomValidity(message: string): void {
    this.customMessage = text(message);
    this.syncValidity();
    this.requestUpdate();
  }

  formResetCallback(): void {
    this.dirty = false;
    this.userValue = '';
    this.userKind = undefined;
    this.typedText = '';
    this.rejectedValue = '';
    this.rejectedKind = '';
    this.showValidation = false;
    // The initial date counts again from the start shown now.
    this.anchor = NO_ANCHOR;
    this.moved = undefined;
    this.movedEvents = false;
    // A half-typed date lives only inside the native input; clearing its value clears it.
    const input = this.dateInput;
    if (input) input.value = '';
    this.requestUpdate();
    this.syncForm();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A server template's native fallback (see renderToString in opioid-elements/ssr) stands in for the
    // controls while there is no JavaScript; now that the element runs, it must not submit twice.
    if (!isServer) {
      for (const fallback of this.querySelectorAll<HTMLFieldSetElement>(':scope > fieldset[slot="no-script"]')) fallback.disabled = true;
    }
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /**
   * Back/forward navigation and autofill give back the state saved by `syncForm`: the date, its kind,
   * the start it counted from and the quick-choice length. When the start is different now (a default
   * start of "today" on the next day), the date follows it as after any start change.
   */
  formStateRestoreCallback(saved: unknown): void {
    if (typeof saved !== 'string') return;
    try {
      const { value, kind, start, length } = JSON.parse(saved) as Record<string, unknown>;
      if (value === '' || isIsoDate(value)) {
        this.setUserDate(value, '');
        this.anchor = { value, start: isIsoDate(start) ? start : this.startDate, length: readLength(length) };
      }
      if (isKind(kind)) this.userKind = kind;
    } catch {
      return; // Not our state: keep the initial value.
    }
    this.requestUpdate();
    this.syncForm();
  }

  private get startDate(): IsoDate {
    const start = text(this.start);
    return start === '' ? this.clock.today : isIsoDate(start) ? start : '';
  }

  private get allowedKinds(): readonly StopDateKind[] {
    return indicationRule(this.indication)?.kinds ?? STOP_DATE_KINDS;
  }

  /** The kind the prompt asks for: the user's choice, else the `kind` attribute, else the indication's — one it offers. */
  private get askedKind(): StopDateKind {
    const allowed = this.allowedKinds;
    return [this.userKind, text(this.defaultKind)].find((kind): kind is StopDateKind =>
      isKind(kind) && allowed.includes(kind)) ?? allowed[0] ?? 'stop';
  }

  private get wording() {
    // A server render (Lit SSR) has no tree to look up: there the `locale` attribute or en-GB.
    return textLocale(text(this.locale) || (isServer ? '' : this.closest('[lang]')?.getAttribute('lang')) || 'en-GB');
  }

  /** The drug as people read it: the generic name for an id we know, else the text given, shortened. */
  private get drugText(): string {
    // Direction controls dropped (core): an unclosed right-to-left override would reverse the stop date after it.
    const given = stripBidiControls(text(this.drug)).replace(/\s+/g, ' ').trim();
    return drugName(given) || given.slice(0, 100) || words.DEFAULT_DRUG;
  }

  private get dateInput(): HTMLInputElement | null {
    return this.shadowRoot?.querySelector<HTMLInputElement>('#date') ?? null;
  }

  private get durationDays(): number | null {
    const days = daysBetween(this.startDate, this.value);
    return Number.isFinite(days) ? days : null;
  }

  /** A typed date whose start date changed after it was entered (and not yet kept). */
  private get startMoved(): boolean {
    const { anchor, value } = this;
    const start = this.startDate;
    return value !== '' && value === anchor.value && anchor.length === undefined
      && anchor.start !== '' && start !== '' && start !== anchor.start;
  }

  private setUserDate(value: IsoDate, typed: string): void {
    // A new date is chosen as the kind the prompt asks for, not as one the indication no longer offers.
    if (!this.allowedKinds.includes(this.kind)) this.userKind = this.askedKind;
    this.userValue = value;
    this.typedText = typed;
    this.dirty = true;
    this.moved = undefined;
    this.requestUpdate();
  }

  /**
   * Naming across the shadow boundary. A host-page `<label for>` names the host itself (a
   * form-associated element is labelable, and `internals.role = 'group'` makes it a named group), but
   * ARIA references cannot cross the shadow root, so the inner date input would not hear that name.
   * We copy the label's text into a hidden span inside the shadow root and name the date input with
   * `aria-labelledby="host-label date-label"`: the host page's words first, then the input's own
   * visible label, so voice-control users can still say the visible words (WCAG 2.5.3). This keeps
   * working when the label text changes (re-read on every update and on focus), unlike a one-off
   * aria-label. The radios are named by their own visible legend and labels.
   */
  private readHostLabel(): void {
    let found = '';
    try {
      found = Array.from(this.internals.labels, (label) => label.textContent ?? '').join(' ');
    } catch {
      found = '';
    }
    const label = (found || this.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
    if (label !== this.hostLabel) this.hostLabel = label;
    this.internals.ariaLabel = label || null;
  }

  private inputProblems(): ValidationIssue[] {
    const issues: ValidationIssue[] = [];
    const start = text(this.start);
    if (start !== '' && !isIsoDate(start)) issues.push({ path: 'start', message: words.startIssue(quoteValue(start)) });
    const indication = text(this.indication);
    if (!indicationRule(indication)) {
      issues.push({ path: 'indication', message: words.indicationIssue(quoteValue(indication), KNOWN_INDICATIONS) });
    }
    const initial = text(this.defaultValue);
    for (const given of [initial !== '' && !isIsoDate(initial) ? initial : '', this.rejectedValue]) {
      if (given) issues.push({ path: 'value', message: words.valueIssue(quoteValue(given)) });
    }
    const kind = text(this.defaultKind) || this.rejectedKind;
    if (kind !== '' && !isKind(kind)) issues.push({ path: 'kind', message: words.kindIssue(quoteValue(kind)) });
    if (text(this.drug).trim().length > 100) issues.push({ path: 'drug', message: words.DRUG_TOO_LONG_ISSUE });
    return issues;
  }

  /** The native validity flags and the message the browser shows, or null when valid. */
  private currentProblem(): Problem | null {
    if (this.typedText !== '' || this.dateInput?.validity.badInput) {
      return { flags: { badInput: true }, message: words.MESSAGE_NOT_A_DATE };
    }
    const { value, kind, wording: lang } = this;
    const start = this.startDate;
    const before = value !== '' && start !== '' && value < start;
    // These two come before the host's own message: the date was fine until something else changed.
    if (value !== '' && !this.allowedKinds.includes(kind)) {
      return {
        flags: { customError: true, rangeUnderflow: before },
        message: words.kindNotOfferedMessage(kind, this.askedKind, text(this.indication), value, lang),
        immediate: true, keep: !before,
      };
    }
    if (this.startMoved) {
      return {
        flags: { customError: true, rangeUnderflow: before },
        message: words.startMovedMessage(kind, start, lang), immediate: true, keep: !before,
      };
    }
    if (this.customMessage) return { flags: { customError: true }, message: this.customMessage };
    if (value === '') return this.required ? { flags: { valueMissing: true }, message: words.requiredMessage(this.allowedKinds) } : null;
    if (before) return { flags: { rangeUnderflow: true }, message: words.beforeStartMessage(kind, start, lang) };
    return null;
  }

  private syncValidity(): void {
    const problem = this.currentProblem();
    // The inner date input is the anchor, so the browser's message bubble points at it.
    if (problem) this.internals.setValidity(problem.flags, problem.message, this.dateInput ?? undefined);
    else this.internals.setValidity({});
  }

  private syncForm(): void {
    const { value, kind } = this;
    const name = text(this.name);
    const start = this.startDate;
    const counted = this.anchor.value === value ? this.anchor : { start, length: undefined };
    const saved = JSON.stringify({ value, kind, start: counted.start, length: counted.length });
    if (name) {
      const data = new FormData();
      data.append(name, value);
      data.append(`${name}-kind`, kind);
      data.append(`${name}-start`, start);
      this.internals.setFormValue(data, saved);
    } else {
      this.internals.setFormValue(null, saved);
    }
    this.syncValidity();
  }

  private changeDetail(): OpioidStopDateChangeDetail {
    return { value: this.value, kind: this.kind, durationDays: this.durationDays };
  }

  /** The events a user's change fires, also fired when a quick-choice date moves with the start. */
  private fireChange(): void {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
    this.emit<OpioidStopDateChangeDetail>('opioid-stop-date-change', this.changeDetail());
  }

  /** Inner controls report here; the host re-fires `input` so listeners see one event from the control. */
  private onInnerInput(event: Event): void {
    event.stopPropagation();
    const target = event.target as HTMLInputElement;
    if (target.name === 'kind' && isKind(target.value)) {
      this.userKind = target.value;
      this.rejectedKind = '';
    } else if (target.name === 'choice') {
      const choice = this.choices()[Number(target.value)];
      if (choice) {
        this.setUserDate(choice.date, '');
        this.anchor = { value: choice.date, start: this.startDate, length: choice.length };
      }
    } else if (target.type === 'date') {
      const typed = target.value;
      this.setUserDate(isIsoDate(typed) ? typed : '', isIsoDate(typed) ? '' : typed);
    }
    this.rejectedValue = '';
    this.requestUpdate();
    this.syncForm();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private onInnerChange(event: Event): void {
    event.stopPropagation();
    this.dispatchEvent(new Event('change', { bubbles: true }));
    this.emit<OpioidStopDateChangeDetail>('opioid-stop-date-change', this.changeDetail());
  }

  /** The clinician keeps a flagged date: as the kind now asked for, counted from the start shown now. */
  private onKeep(): void {
    if (!this.allowedKinds.includes(this.kind)) this.userKind = this.askedKind;
    if (this.anchor.value === this.value) this.anchor = { ...this.anchor, start: this.startDate };
    this.moved = undefined;
    this.requestUpdate();
    this.syncForm();
    this.fireChange();
    // The button goes away with the problem: focus the date it kept rather than lose focus to the page.
    this.updateComplete.then(() => this.dateInput?.focus(), () => undefined);
  }

  private onDateKeydown(event: KeyboardEvent): void {
    // Enter in a native text field submits its form; the inner input has no form, so do it for it.
    if (event.key === 'Enter' && this.internals.form) {
      event.preventDefault();
      this.syncValidity();
      this.internals.form.requestSubmit();
    }
  }

  private onDateEdited(): void {
    // A half-typed date changes no value and fires no input event; refresh validity and its message.
    this.syncValidity();
    this.requestUpdate();
  }

  private choices(): QuickChoice[] {
    return quickChoices(this.indication, this.startDate);
  }

  /**
   * Keeps a date's kind when the indication changes (a review date stays a review date; if the new
   * indication does not offer that kind, `currentProblem` says so).
   */
  private keepKind(changed: PropertyValues): void {
    if (!changed.has('indication') || this.userKind !== undefined || this.lastKind === undefined) return;
    if (this.value !== '' && this.value === this.anchor.value && this.kind !== this.lastKind) this.userKind = this.lastKind;
  }

  /**
   * Follows a start date that changed after the date was chosen: a quick choice keeps its length and
   * moves; a typed date stays (and `startMoved` makes the field invalid until the clinician acts).
   */
  private followStart(): void {
    const value = this.value;
    const start = this.startDate;
    if (value !== this.anchor.value) {
      // A new date (typed, picked, set by a script or the attribute, a reset): it counts from the start shown now.
      this.anchor = { value, start, length: undefined };
      this.moved = undefined;
      return;
    }
    const { length } = this.anchor;
    if (value === '' || !length || start === '' || this.anchor.start === '' || start === this.anchor.start) return;
    const next = dateAfter(start, length);
    if (!next) return;
    this.anchor = { value: next, start, length };
    if (next === value) return;
    this.userValue = next;
    this.typedText = '';
    this.dirty = true;
    this.moved = { value: next, start, label: length.label };
    this.movedEvents = true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.keepKind(changed);
    this.followStart();
    this.lastKind = this.kind;
    this.setInputIssues(this.inputProblems());
    this.readHostLabel();
  }

  /**
   * Upgraded over a server render: Lit SSR writes each `.checked` binding as a `checked` attribute (so
   * every radio arrives checked) and hydration keeps the server's DOM, so render once more at once for
   * the radios' real state.
   */
  private readonly serverRendered = !isServer && this.shadowRoot !== null;

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (this.serverRendered) queueMicrotask(() => this.requestUpdate());
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncForm();
    if (this.movedEvents) {
      this.movedEvents = false;
      this.fireChange();
    }
  }

  /** The discharge-summary sentence (core `stopDateSentence`: stop date, last dose, days of treatment). */
  private sentence(): string {
    const { value, kind, wording: lang } = this;
    const given = text(this.drug).trim();
    const known = indicationRule(this.indication) ? text(this.indication) : undefined;
    const sentence = stopDateSentence({
      drug: drugName(given) ? given : this.drugText,
      startDate: this.startDate, stopDate: value, kind, locale: lang,
      ...(known ? { indication: known } : {}),
    });
    return sentence || words.sentenceWithoutCourse(this.drugText, kind, value, lang);
  }

  protected override render(): TemplateResult {
    const issues = this.inputIssues.length > 0 ? this.renderIssues(words.ISSUES_TITLE, this.inputIssues) : nothing;
    // A printed summary must not state an impossible course (a stop date before the start, a kind the
    // indication does not offer, a date the start moved under): it shows the problem in its place.
    const problem = this.value !== '' ? this.currentProblem() : null;
    const sentence = problem
      ? html`<p class="field-error ${this.readOnly ? '' : 'print-only'}" role=${this.readOnly ? 'alert' : nothing} part="field-error">${problem.message}.</p>`
      : html`<p class="sentence ${this.readOnly ? '' : 'print-only'}" part="sentence">${this.sentence()}</p>`;
    return html`${issues}${this.readOnly ? this.renderNotice() : this.renderControls()}<slot name="no-script"></slot>${sentence}`;
  }

  private renderControls(): TemplateResult {
    const { value, wording: lang } = this;
    const asked = this.askedKind;
    const disabled = this.disabled || this.formDisabled;
    const start = this.startDate;
    const choices = this.choices();
    const found = this.internals.willValidate ? this.currentProblem() : null;
    const problem = found && (this.showValidation || found.immediate) ? found : null;
    // <bdi>: a product name in a right-to-left script keeps its own order without moving the "?".
    const [before, after] = words.QUESTIONS[asked];
    // The date input has no min attribute: Chrome clears a half-typed date whenever min changes (e.g. a
    // new start), and currentProblem checks "not before the start date" itself.
    const labelledBy = this.hostLabel && this.hostLabel.toLowerCase() !== words.kindDate(asked) ? 'host-label date-label' : nothing;
    return html`<div class="controls" part="base" @input=${this.onInnerInput} @change=${this.onInnerChange}>
      <span id="host-label" hidden>${this.hostLabel}</span>
      ${this.allowedKinds.length > 1 ? html`<fieldset class="kinds" part="kind">
        <legend class="kind-legend">${words.KIND_LEGEND}</legend>
        <div class="options">${this.allowedKinds.map((option) => html`<label class="option" part="choice">
          <input type="radio" name="kind" value=${option} .checked=${live(asked === option)} ?disabled=${disabled}>
          <span class="option-label"><strong>${words.KIND_LABELS[option][0]}</strong>
            <span class="option-detail">${words.KIND_LABELS[option][1]}</span></span>
        </label>`)}</div>
      </fieldset>` : nothing}
      <fieldset class="choices" part="choices" aria-describedby="start-hint">
        <legend class="question" part="question">${before}<bdi>${this.drugText}</bdi>${after}</legend>
        <p class="hint" id="start-hint">${words.startHint(start, asked, choices.length > 0, lang)}</p>
        ${choices.length > 0 ? html`<div class="options">${choices.map((choice, index) => html`<label class="option" part="choice">
          <input type="radio" name="choice" value=${index} .checked=${live(value === choice.date)} ?disabled=${disabled}>
          <span class="option-label"><strong>${choice.label}</strong>
            <span class="option-detail">${formatDateWithWeekday(choice.date, lang)}</span></span>
        </label>`)}</div>` : nothing}
        <div class="date-field" part="date-field">
          <label for="date" id="date-label">${words.dateLabel(asked)}</label>
          ${problem ? html`<p class="field-error" id="date-error" part="field-error" role=${problem.immediate ? 'alert' : nothing}>
            <span class="field-error-icon" aria-hidden="true">!</span><span class="visually-hidden">${words.ERROR_PREFIX}</span>${problem.message}
          </p>` : nothing}
          <input id="date" type="date" part="date-input" .value=${live(this.typedText || value)}
            max="9999-12-31" ?required=${this.required} ?disabled=${disabled}
            aria-labelledby=${labelledBy} aria-describedby=${problem ? 'date-error' : nothing}
            aria-invalid=${problem ? 'true' : nothing}
            @keydown=${this.onDateKeydown} @keyup=${this.onDateEdited} @blur=${this.onDateEdited}>
          ${problem?.keep && !disabled ? html`<p class="keep"><button type="button" part="keep" @click=${this.onKeep}>${words.keepButton(asked, value, lang)}</button></p>` : nothing}
        </div>
      </fieldset>
      ${this.renderSummary()}
    </div>`;
  }

  /** Says that a quick-choice date moved with the start; the region is always there so it is announced. */
  private renderNotice(): TemplateResult {
    const { moved } = this;
    return html`<div class="notice" role="status" part="notice">${moved && moved.value === this.value
      ? html`<p>${words.movedNotice(this.kind, moved.value, moved.label, moved.start, this.wording)}</p>`
      : nothing}</div>`;
  }

  private renderSummary(): TemplateResult {
    const { value, kind, wording: lang } = this;
    const days = this.durationDays;
    const summary = value && days !== null && days >= 0 ? words.summaryLine(kind, value, days, lang) : '';
    const warnings = value && this.startDate ? stopDateWarnings(this.indication, this.startDate, value, kind) : [];
    return html`${summary ? html`<p class="summary" part="summary">${summary}</p>` : nothing}
      ${this.renderNotice()}
      <div class="warnings" role="status" part="warnings">${warnings.map((warning) => html`<p class="warning">
        <span class="warning-icon" aria-hidden="true">!</span><span><strong>${words.WARNING_PREFIX}</strong>${warning.message}</span>
      </p>`)}</div>`;
  }
}
