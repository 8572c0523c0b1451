import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { daysBetween, formatDate, isIsoDate, todayIso, type IsoDate } from '../../core/dates.js';
import type { ValidationIssue } from '../../core/parse.js';
import { drugName, formatDateWithWeekday, stopDateSentence, stripBidiControls, textLocale, quoteValue } from '../../core/text.js';
import { OpioidElement } from '../base/opioid-element.js';
import { tokens, sharedStyles } from '../../styles/shared-styles.js';
import { stopDatePromptStyles } from './opioid-stop-date-prompt.styles.js';
import {
  KNOWN_INDICATIONS, STOP_DATE_KINDS, indicationRule, quickChoices, stopDateWarnings,
  type QuickChoice, type StopDateKind,
} from './stop-date-rules.js';

export type { StopDateKind } from './stop-date-rules.js';

/** Detail of `opioid-stop-date-change`. */
export interface OpioidStopDateChangeDetail {
  /** The chosen date ('YYYY-MM-DD'), or '' when there is none. */
  value: IsoDate;
  kind: StopDateKind;
  /** Days from the start date to `value`; null without both dates. */
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

/** How each kind ends "Enter the date the opioid should …". */
const REQUIRED_VERBS: Readonly<Record<StopDateKind, string>> = { stop: 'stop', review: 'be reviewed' };
const MESSAGE_NOT_A_DATE = 'Enter a real date with a day, month and year, for example 17 March 2026';
const KIND_LABELS: Readonly<Record<StopDateKind, [string, string]>> = {
  stop: ['A stop date', 'The opioid ends on this date.'],
  review: ['A review date', 'Decide then whether to continue, reduce or stop.'],
};

/** Attributes and properties may be set to anything from plain JavaScript: read them as text. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}

function isKind(value: unknown): value is StopDateKind {
  return value === 'stop' || value === 'review';
}

function dayCount(count: number): string {
  return `${count} day${count === 1 ? '' : 's'}`;
}

/**
 * Asks when an opioid should stop (or be reviewed) and records the answer in the host page's form,
 * like a native input. Built for discharge summaries: the OUCh project (Newcastle, 2023) found acute
 * opioids reach primary care "without a clear stop date"; MHRA 2020 asks for a plan for the end of
 * treatment before starting.
 *
 * Submits two entries with its form: `<name>` = the date ('YYYY-MM-DD') and `<name>-kind` = `stop` or
 * `review`.
 *
 * Hazards controlled (docs/clinical-safety/hazard-log.md): H-06 date off by one or a stop date that moves,
 * H-07 stop date changed silently, H-12 advice out of scope (end of life), H-13 hostile text, H-14 input it
 * could not check shown as fine, H-20 missing stop or review date and over-long courses, H-22 day/month
 * order, H-24 warning lost in print or forced colours.
 *
 * @summary Form-associated stop/review date prompt with quick choices suited to the indication.
 *
 * @attr name - Form field name; the kind is submitted as `<name>-kind`.
 * @attr value - The initial date ('YYYY-MM-DD'); `form.reset()` returns to it. Property: `defaultValue`.
 * @attr kind - The initial kind, `stop` or `review`; defaults to what suits the indication. Property: `defaultKind`.
 * @attr start - The start date ('YYYY-MM-DD'); defaults to today's local calendar date.
 * @attr indication - `acute` (default), `chronic-non-cancer`, `cancer`, `end-of-life` or `opioid-use-disorder`.
 * @attr drug - An opioid id (`oxycodone`) or a product name, used in the wording only.
 * @attr required - A date must be given before the form submits.
 * @attr disabled - Not editable and not submitted.
 * @attr readonly - Shows the discharge-summary sentence as plain text; still submitted. Property: `readOnly`.
 * @attr locale - `en-GB` (default) or `en-US` date wording; defaults to the nearest `lang`.
 *
 * @prop {string} value - The current date ('YYYY-MM-DD' or ''). Setting it is like typing it.
 * @prop {'stop' | 'review'} kind - The current kind.
 * @prop {HTMLFormElement | null} form - The form the element belongs to.
 * @prop {ValidityState} validity - As on native inputs.
 * @prop {string} validationMessage - As on native inputs.
 * @prop {boolean} willValidate - False when disabled or read-only.
 *
 * @fires opioid-stop-date-change - The user changed the date or the kind. Detail: `{ value, kind, durationDays }`.
 * @fires input - The user changed the date or the kind (as a native input does).
 * @fires change - The user committed a change (as a native input does; not composed).
 * @fires opioid-error - An attribute could not be used. Detail: `{ element, issues }`.
 *
 * @csspart base - The interactive controls.
 * @csspart kind - The "stop or review" radio group.
 * @csspart choices - The question with its quick choices and date field.
 * @csspart question - The question.
 * @csspart choice - One quick choice (label with its radio).
 * @csspart date-field - The label, error and native date input.
 * @csspart date-input - The native date input.
 * @csspart summary - The line restating the chosen date and its length.
 * @csspart warnings - The non-blocking warnings (a `role="status"` region).
 * @csspart field-error - The validation message shown after a failed submit.
 * @csspart sentence - The discharge-summary sentence (read-only and print).
 * @csspart error - The error block for unusable attributes.
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
  private today: IsoDate = todayIso();
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

  /** `stop` or `review`: the user's choice, else the `kind` attribute, else what suits the indication. */
  get kind(): StopDateKind {
    const allowed = this.allowedKinds;
    return [this.userKind, text(this.defaultKind)].find((kind): kind is StopDateKind =>
      isKind(kind) && allowed.includes(kind)) ?? allowed[0] ?? 'stop';
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
    // A half-typed date lives only inside the native input; clearing its value clears it.
    const input = this.dateInput;
    if (input) input.value = '';
    this.requestUpdate();
    this.syncForm();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Back/forward navigation and autofill give back the state saved by `syncForm`. */
  formStateRestoreCallback(saved: unknown): void {
    if (typeof saved !== 'string') return;
    try {
      const { value, kind } = JSON.parse(saved) as { value?: unknown; kind?: unknown };
      if (value === '' || isIsoDate(value)) this.setUserDate(value, '');
      if (isKind(kind)) this.userKind = kind;
    } catch {
      return; // Not our state: keep the initial value.
    }
    this.requestUpdate();
    this.syncForm();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.today = todayIso();
  }

  private get startDate(): IsoDate {
    const start = text(this.start);
    return start === '' ? this.today : isIsoDate(start) ? start : '';
  }

  private get allowedKinds(): readonly StopDateKind[] {
    return indicationRule(this.indication)?.kinds ?? STOP_DATE_KINDS;
  }

  private get wording() {
    return textLocale(text(this.locale) || this.closest('[lang]')?.getAttribute('lang') || 'en-GB');
  }

  /** The drug as people read it: the generic name for an id we know, else the text given, shortened. */
  private get drugText(): string {
    // Direction controls dropped (core): an unclosed right-to-left override would reverse the stop date after it.
    const given = stripBidiControls(text(this.drug)).replace(/\s+/g, ' ').trim();
    return drugName(given) || given.slice(0, 100) || 'the opioid';
  }

  private get dateInput(): HTMLInputElement | null {
    return this.shadowRoot?.querySelector<HTMLInputElement>('#date') ?? null;
  }

  private get durationDays(): number | null {
    const days = daysBetween(this.startDate, this.value);
    return Number.isFinite(days) ? days : null;
  }

  private setUserDate(value: IsoDate, typed: string): void {
    this.userValue = value;
    this.typedText = typed;
    this.dirty = true;
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
    if (start !== '' && !isIsoDate(start)) {
      issues.push({ path: 'start', message: `Start date ${quoteValue(start)} is not a real calendar date. Write it as YYYY-MM-DD, for example 2026-03-05.` });
    }
    const indication = text(this.indication);
    if (!indicationRule(indication)) {
      issues.push({ path: 'indication', message: `Indication ${quoteValue(indication)} is not one this prompt knows. Use one of: ${KNOWN_INDICATIONS.join(', ')}.` });
    }
    const initial = text(this.defaultValue);
    for (const given of [initial !== '' && !isIsoDate(initial) ? initial : '', this.rejectedValue]) {
      if (given) issues.push({ path: 'value', message: `Value ${quoteValue(given)} is not a real calendar date, so no date was filled in. Write it as YYYY-MM-DD, for example 2026-03-10.` });
    }
    const kind = text(this.defaultKind) || this.rejectedKind;
    if (kind !== '' && !isKind(kind)) {
      issues.push({ path: 'kind', message: `Kind ${quoteValue(kind)} must be stop or review.` });
    }
    if (text(this.drug).trim().length > 100) {
      issues.push({ path: 'drug', message: 'Drug name is longer than 100 characters; only its start is shown.' });
    }
    return issues;
  }

  /**
   * Names only the kinds this indication offers: an acute course asks for a stop date, end of life
   * for a review date; mentioning the other would ask for something the prompt does not offer. Always
   * in the same order ("stop or be reviewed"), whichever kind the indication makes the default.
   */
  private requiredMessage(): string {
    const allowed = this.allowedKinds;
    const verbs = STOP_DATE_KINDS.filter((kind) => allowed.includes(kind)).map((kind) => REQUIRED_VERBS[kind]);
    return `Enter the date the opioid should ${verbs.join(' or ')}`;
  }

  /** The native validity flags and the message the browser shows, or null when valid. */
  private currentProblem(): { flags: ValidityStateFlags; message: string } | null {
    if (this.customMessage) return { flags: { customError: true }, message: this.customMessage };
    if (this.typedText !== '' || this.dateInput?.validity.badInput) {
      return { flags: { badInput: true }, message: MESSAGE_NOT_A_DATE };
    }
    const value = this.value;
    if (value === '') return this.required ? { flags: { valueMissing: true }, message: this.requiredMessage() } : null;
    const start = this.startDate;
    if (start !== '' && value < start) {
      return {
        flags: { rangeUnderflow: true },
        message: `The ${this.kind} date cannot be before the start date, ${formatDate(start, this.wording, 'long')}`,
      };
    }
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
    const saved = JSON.stringify({ value, kind });
    if (name) {
      const data = new FormData();
      data.append(name, value);
      data.append(`${name}-kind`, kind);
      this.internals.setFormValue(data, saved);
    } else {
      this.internals.setFormValue(null, saved);
    }
    this.syncValidity();
  }

  private changeDetail(): OpioidStopDateChangeDetail {
    return { value: this.value, kind: this.kind, durationDays: this.durationDays };
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
      if (choice) this.setUserDate(choice.date, '');
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

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.setInputIssues(this.inputProblems());
    this.readHostLabel();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncForm();
  }

  /** The discharge-summary sentence (core `stopDateSentence`), or a plain line when there is no date. */
  private sentence(): string {
    const { value, kind, wording: lang } = this;
    const given = text(this.drug).trim();
    const known = indicationRule(this.indication) ? text(this.indication) : undefined;
    const sentence = stopDateSentence({
      drug: drugName(given) ? given : this.drugText,
      startDate: this.startDate, stopDate: value, kind, locale: lang,
      ...(known ? { indication: known } : {}),
    });
    if (sentence) return sentence;
    if (value === '') return `No ${kind} date has been set for ${this.drugText}.`;
    return `${kind === 'stop' ? 'Stop' : 'Review'} ${this.drugText} on ${formatDateWithWeekday(value, lang)}.`;
  }

  protected override render(): TemplateResult {
    const issues = this.inputIssues.length > 0
      ? this.renderIssues('This date prompt was given something it cannot use', this.inputIssues)
      : nothing;
    // A printed summary must not state an impossible course (a stop date before the start): read-only
    // shows the problem in place of the sentence, as plainly as the form would.
    const problem = this.readOnly && this.value !== '' ? this.currentProblem() : null;
    const sentence = problem
      ? html`<p class="field-error" role="alert" part="field-error">${problem.message}.</p>`
      : html`<p class="sentence ${this.readOnly ? '' : 'print-only'}" part="sentence">${this.sentence()}</p>`;
    return html`${issues}${this.readOnly ? nothing : this.renderControls()}${sentence}`;
  }

  private renderControls(): TemplateResult {
    const { value, kind, wording: lang } = this;
    const disabled = this.disabled || this.formDisabled;
    const start = this.startDate;
    const choices = this.choices();
    const problem = this.showValidation && this.internals.willValidate ? this.currentProblem() : null;
    // <bdi>: a product name in a right-to-left script keeps its own order without moving the "?".
    const drug = html`<bdi>${this.drugText}</bdi>`;
    const question = kind === 'stop'
      ? html`When should the patient stop taking ${drug}?`
      : html`When should ${drug} be reviewed with the patient?`;
    const startText = start
      ? `Start date: ${formatDateWithWeekday(start, lang)}. ${choices.length > 0 ? 'Choose a length, or enter any date.' : 'Enter a date.'}`
      : 'The start date could not be read, so no lengths are offered. Enter a date.';
    const labelledBy = this.hostLabel && this.hostLabel.toLowerCase() !== `${kind} date` ? 'host-label date-label' : nothing;
    return html`<div class="controls" part="base" @input=${this.onInnerInput} @change=${this.onInnerChange}>
      <span id="host-label" hidden>${this.hostLabel}</span>
      ${this.allowedKinds.length > 1 ? html`<fieldset class="kinds" part="kind">
        <legend class="kind-legend">What are you setting?</legend>
        <div class="options">${this.allowedKinds.map((option) => html`<label class="option" part="choice">
          <input type="radio" name="kind" value=${option} .checked=${live(kind === option)} ?disabled=${disabled}>
          <span class="option-label"><strong>${KIND_LABELS[option][0]}</strong>
            <span class="option-detail">${KIND_LABELS[option][1]}</span></span>
        </label>`)}</div>
      </fieldset>` : nothing}
      <fieldset class="choices" part="choices" aria-describedby="start-hint">
        <legend class="question" part="question">${question}</legend>
        <p class="hint" id="start-hint">${startText}</p>
        ${choices.length > 0 ? html`<div class="options">${choices.map((choice, index) => html`<label class="option" part="choice">
          <input type="radio" name="choice" value=${index} .checked=${live(value === choice.date)} ?disabled=${disabled}>
          <span class="option-label"><strong>${choice.label}</strong>
            <span class="option-detail">${formatDateWithWeekday(choice.date, lang)}</span></span>
        </label>`)}</div>` : nothing}
        <div class="date-field" part="date-field">
          <!-- No min attribute: Chrome clears a half-typed date whenever min changes (e.g. a new start),
            and we check "not before the start date" ourselves. -->
          <label for="date" id="date-label">${kind === 'stop' ? 'Stop date' : 'Review date'}</label>
          ${problem ? html`<p class="field-error" id="date-error" part="field-error">
            <span class="field-error-icon" aria-hidden="true">!</span><span class="visually-hidden">Error: </span>${problem.message}
          </p>` : nothing}
          <input id="date" type="date" part="date-input" .value=${live(this.typedText || value)}
            max="9999-12-31" ?required=${this.required} ?disabled=${disabled}
            aria-labelledby=${labelledBy} aria-describedby=${problem ? 'date-error' : nothing}
            aria-invalid=${problem ? 'true' : nothing}
            @keydown=${this.onDateKeydown} @keyup=${this.onDateEdited} @blur=${this.onDateEdited}>
        </div>
      </fieldset>
      ${this.renderSummary()}
    </div>`;
  }

  private renderSummary(): TemplateResult {
    const { value, kind, wording: lang } = this;
    const days = this.durationDays;
    const summary = value && days !== null && days >= 0
      ? `${kind === 'stop' ? 'Stop' : 'Review'} on ${formatDateWithWeekday(value, lang)}: ${days === 0 ? 'the start date' : `${dayCount(days)} after the start`}.`
      : '';
    const warnings = value && this.startDate ? stopDateWarnings(this.indication, this.startDate, value, kind) : [];
    return html`${summary ? html`<p class="summary" part="summary">${summary}</p>` : nothing}
      <div class="warnings" role="status" part="warnings">${warnings.map((warning) => html`<p class="warning">
        <span class="warning-icon" aria-hidden="true">!</span><span><strong>Warning: </strong>${warning.message}</span>
      </p>`)}</div>`;
  }
}
