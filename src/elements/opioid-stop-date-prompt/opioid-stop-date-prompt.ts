import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { daysBetween, isIsoDate, type IsoDate } from '../../core/dates.js';
import { FormControl } from '../../internal/form-control.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { promptSection } from '../../locales/prompt/index.js';
import { planContext } from '../../internal/plan-context-key.js';
import { ensureContextRoot } from '../../internal/context-root.js';
import { planFromServerContext } from '../../internal/server-context.js';
import { pageLocale } from '../../internal/plan-inputs.js';
import { OpioidElement } from '../../internal/opioid-element.js';
import { TodayController } from '../../internal/today-controller.js';
import { tokens, sharedStyles } from '../../styles/shared-styles.js';
import { stopDatePromptStyles } from './opioid-stop-date-prompt.styles.js';
import { readLength, quickChoices, type StopDateKind } from './stop-date-rules.js';
import {
  NO_ANCHOR, allowedKinds, askedKind, followStart, inputIssues, isKind, isStartMoved, problemMessage, promptView, startDateOf, text, wording,
  type Anchor, type Moved, type Wording,
} from './stop-date-model.js';
import { PROMPT_VALIDATORS, type PromptValidity } from './stop-date-validators.js';
import { controlsTemplate, noticeTemplate, printedTemplate } from './stop-date-template.js';

import type { StopDateFhir } from './stop-date-fhir.js';

export type { StopDateKind } from './stop-date-rules.js';
export type { StopDateFhir } from './stop-date-fhir.js';

type FhirOutModule = typeof import('./stop-date-fhir.js');
/** The FHIR out code, loaded once, on first need (a prompt without `fhir-request` never loads it). */
let fhirOut: Promise<FhirOutModule> | undefined;
const loadFhirOut = () => (fhirOut ??= import('./stop-date-fhir.js'));

/** Detail of `opioid-stop-date-change`. */
export interface OpioidStopDateChangeDetail {
  /** The chosen date ('YYYY-MM-DD'), or '' when there is none. */
  value: IsoDate;
  kind: StopDateKind;
  /** Days from the start date to `value` (for a stop date: the days of treatment); null without both dates. */
  durationDays: number | null;
  /**
   * Only when the host set `fhir-request`: the date as FHIR the record can store (the request with
   * `boundsPeriod.end` = stop − 1 day and `expectedSupplyDuration`, a Transfer of Care statement) and
   * the sentence as text and as a safe HTML fragment. Null while there is no valid date.
   */
  fhir?: StopDateFhir | null;
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
 * order, H-24 warning lost in print or forced colours, H-28 wording changed by a locale catalogue, H-27
 * stop date changed on the way to another system (its FHIR output).
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
 * @attr locale - `en-GB` (default), `en-US`, `cy` or `es`; defaults to the context's, else the nearest `lang`, else the page's.
 *   cy and es are drafts, used only with `allow-draft-locales` (else en-GB, and one console warning).
 * @attr fhir-request - The JSON of the FHIR R4 MedicationRequest being discharged (property `fhirRequest`: the object
 *   or its JSON). Then `opioid-stop-date-change` also carries `detail.fhir`: that request with the stop date written in
 *   (`boundsPeriod.end` = stop − 1 day, `expectedSupplyDuration`), a UK Transfer of Care MedicationStatement, and
 *   the sentence as text and as an escaped HTML fragment (for "Actions for healthcare professionals").
 * @attr {boolean} allow-draft-locales - Allows draft wording (cy, es: written carefully, not yet reviewed by a clinician
 *   fluent in the language); also read from a surrounding `<opioid-plan-context allow-draft-locales>`. Property: `allowDraftLocales`.
 *
 * @prop {string} value - The current date ('YYYY-MM-DD' or ''). Setting it is like typing it.
 * @prop {'stop' | 'review'} kind - The current date's kind (kept when the indication changes).
 * @prop {HTMLFormElement | null} form - The form the element belongs to.
 * @prop {ValidityState} validity - As on native inputs.
 * @prop {string} validationMessage - As on native inputs.
 * @prop {boolean} willValidate - False when disabled or read-only.
 *
 * @fires opioid-stop-date-change - The user changed the date or the kind, or a quick-choice date moved with the start. Detail:
 *   `{ value, kind, durationDays }`, and `fhir` when `fhir-request` is set.
 * @fires input - The user changed the date or the kind, or a quick-choice date moved with the start (as a native input does).
 * @fires change - The user committed a change, or a quick-choice date moved with the start (as a native input does; not composed).
 * @fires opioid-error - An attribute could not be used. Detail: `{ element, issues }`; each issue has a `code` and `params`
 *   (`not-a-date`, `not-one-of`, `text-too-long`) and its `message` in the prompt's locale.
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
  /** The FHIR MedicationRequest being discharged, or its JSON (`fhir-request`); see `detail.fhir` of the change event. */
  @property({ attribute: 'fhir-request' }) fhirRequest: unknown;
  /** Allows the draft catalogues (cy, es); a surrounding `<opioid-plan-context allow-draft-locales>` does too. */
  @property({ type: Boolean, reflect: true, attribute: 'allow-draft-locales' }) allowDraftLocales = false;

  /** Set once a submit or checkValidity() found the value invalid (GOV.UK: errors after submitting). */
  @state() private showValidation = false;
  @state() private hostLabel = '';

  private readonly control = new FormControl<PromptValidity>(this, {
    state: () => this.validityState(),
    validators: PROMPT_VALIDATORS,
    message: (problem) => problemMessage(problem, this, this.wording),
    anchor: () => this.dateInput,
  });
  /** Today's local date for the default start; moves forward at midnight. */
  private readonly clock = new TodayController(this);
  private readonly locales = new LocaleController(this, [promptSection]);
  private readonly context = new ContextConsumer(this, { context: planContext, subscribe: true });
  private wording: Wording = wording('en-GB');
  /** The value once the user (or a script) set it; until then the `value` attribute is followed. */
  private userValue: IsoDate = '';
  private dirty = false;
  private userKind: StopDateKind | undefined;
  /** What the user typed when it is not a calendar date we accept (kept on screen, never wiped). */
  private typedText = '';
  /** Non-date strings given to the `value` / `kind` properties, reported as issues. */
  private rejectedValue = '';
  private rejectedKind = '';
  private anchor: Anchor = NO_ANCHOR;
  /** The kind as of the last update, kept for the date when the indication changes. */
  private lastKind: StopDateKind | undefined;
  /** Set when a quick-choice date moved with the start: what the notice says. */
  private moved: Moved | undefined;
  /** A quick-choice date moved in this update: fire the events once it is on screen. */
  private movedEvents = false;

  constructor() {
    super();
    // The host is the form control; as a named group it carries the host page's <label> to screen
    // readers on the way into the inner controls.
    this.control.internals.role = 'group';
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
    const given = this.userKind ?? text(this.defaultKind);
    return this.value !== '' && isKind(given) ? given : this.askedKind;
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

  get form(): HTMLFormElement | null { return this.control.form; }
  get labels(): NodeList { return this.control.labels; }
  get type(): string { return this.localName; }
  get willValidate(): boolean { return this.control.willValidate; }
  get validity(): ValidityState { return this.control.validity; }
  get validationMessage(): string { return this.control.validationMessage; }
  checkValidity(): boolean { return this.control.checkValidity(); }
  reportValidity(): boolean { return this.control.reportValidity(); }
  setCustomValidity(message: string): void { this.control.setCustomValidity(text(message)); }

  formResetCallback(): void {
    this.dirty = false;
    this.userValue = '';
    this.userKind = undefined;
    this.typedText = this.rejectedValue = this.rejectedKind = '';
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

  formDisabledCallback(disabled: boolean): void {
    this.control.disabledCallback(disabled);
  }

  /**
   * Back/forward navigation and autofill give back the state saved by `syncForm`: the date, its kind,
   * the start it counted from and the quick-choice length. When the start is different now (a default
   * start of "today" on the next day), the date follows it as after any start change.
   */
  formStateRestoreCallback(saved: unknown): void {
    this.control.restoreCallback(saved, ({ value, kind, start, length }) => {
      if (value === '' || isIsoDate(value)) {
        this.setUserDate(value, '');
        this.anchor = { value, start: isIsoDate(start) ? start : this.startDate, length: readLength(length) };
      }
      if (isKind(kind)) this.userKind = kind;
      this.syncForm();
      return true;
    });
  }

  override connectedCallback(): void {
    // Before super: a context requested before <opioid-plan-context> is defined is kept and replayed.
    ensureContextRoot(this);
    super.connectedCallback();
    // A server template's native fallback (see renderToString in opioid-elements/ssr) stands in for the
    // controls while there is no JavaScript; now that the element runs, it must not submit twice.
    if (!isServer) {
      for (const fallback of this.querySelectorAll<HTMLFieldSetElement>(':scope > fieldset[slot="no-script"]')) fallback.disabled = true;
    }
  }

  private get startDate(): IsoDate {
    return startDateOf(this.start, () => this.clock.today);
  }

  private get askedKind(): StopDateKind {
    return askedKind(allowedKinds(this.indication), this.userKind, this.defaultKind);
  }

  private get dateInput(): HTMLInputElement | null {
    return this.shadowRoot?.querySelector<HTMLInputElement>('#date') ?? null;
  }

  private get durationDays(): number | null {
    const days = daysBetween(this.startDate, this.value);
    return Number.isFinite(days) ? days : null;
  }

  private validityState(): PromptValidity {
    const { value, kind } = this;
    const start = this.startDate;
    return {
      value, kind, start, required: this.required, customMessage: this.control.customMessage,
      badInput: this.typedText !== '' || this.dateInput?.validity.badInput === true,
      allowedKinds: allowedKinds(this.indication), askedKind: this.askedKind, startMoved: isStartMoved(this.anchor, value, start),
    };
  }

  private setUserDate(value: IsoDate, typed: string): void {
    // A new date is chosen as the kind the prompt asks for, not as one the indication no longer offers.
    if (!allowedKinds(this.indication).includes(this.kind)) this.userKind = this.askedKind;
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
      found = Array.from(this.control.labels, (label) => label.textContent ?? '').join(' ');
    } catch {
      found = '';
    }
    const label = (found || this.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
    if (label !== this.hostLabel) this.hostLabel = label;
    this.control.internals.ariaLabel = label || null;
  }

  private syncForm(): void {
    const { value, kind } = this;
    const name = text(this.name);
    const start = this.startDate;
    const counted = this.anchor.value === value ? this.anchor : { start, length: undefined };
    const saved = JSON.stringify({ value, kind, start: counted.start, length: counted.length });
    this.control.setValue(name ? [[name, value], [`${name}-kind`, kind], [`${name}-start`, start]] : [], saved);
  }

  /** The events a user's change fires, also fired when a quick-choice date moves with the start. */
  private fireChange(input = true): void {
    if (input) this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
    const detail: OpioidStopDateChangeDetail = { value: this.value, kind: this.kind, durationDays: this.durationDays };
    const given = this.fhirRequest;
    if (!given) {
      this.emit('opioid-stop-date-change', detail);
      return;
    }
    // The state of this change, put into FHIR once the out code is here (a microtask later when it is).
    const { value, kind, startDate: start, drug, indication, wording } = this;
    const state = { valid: value !== '' && this.control.problem() === null, value, kind, start, drug, indication, wording };
    loadFhirOut().then((out) => out.stopDateFhir(given, state), () => null).then((fhir) => this.emit('opioid-stop-date-change', { ...detail, fhir }));
  }

  /** The FHIR out code once loaded (it also checks `fhir-request`). */
  // `declare`: no field initialiser in the built class (the prompt's size budget); undefined until loaded.
  private declare fhirOut: FhirOutModule | undefined;

  /** Inner controls report here; the host re-fires `input` so listeners see one event from the control. */
  private readonly onInput = (event: Event): void => {
    event.stopPropagation();
    const target = event.target as HTMLInputElement;
    if (target.name === 'kind' && isKind(target.value)) {
      this.userKind = target.value;
      this.rejectedKind = '';
    } else if (target.name === 'choice') {
      const choice = quickChoices(this.indication, this.startDate)[Number(target.value)];
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
  };

  private readonly onChange = (event: Event): void => {
    event.stopPropagation();
    this.fireChange(false);
  };

  /** The clinician keeps a flagged date: as the kind now asked for, counted from the start shown now. */
  private readonly onKeep = (): void => {
    if (!allowedKinds(this.indication).includes(this.kind)) this.userKind = this.askedKind;
    if (this.anchor.value === this.value) this.anchor = { ...this.anchor, start: this.startDate };
    this.moved = undefined;
    this.requestUpdate();
    this.syncForm();
    this.fireChange();
    // The button goes away with the problem: focus the date it kept rather than lose focus to the page.
    this.updateComplete.then(() => this.dateInput?.focus(), () => undefined);
  };

  private readonly onDateKeydown = (event: KeyboardEvent): void => {
    // Enter in a native text field submits its form; the inner input has no form, so do it for it.
    const { form } = this.control;
    if (event.key === 'Enter' && form) {
      event.preventDefault();
      this.control.syncValidity();
      form.requestSubmit();
    }
  };

  /** A half-typed date changes no value and fires no input event; refresh validity and its message. */
  private readonly onDateEdited = (): void => {
    this.control.syncValidity();
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const context = this.context.value ?? planFromServerContext(this);
    // A context without its own locale passes the page's on; then a nearer `lang` comes first.
    const contextLocale = context && context.locale !== pageLocale(this) ? context.locale : undefined;
    this.wording = wording(this.locales.resolve({
      own: this.locale, context: contextLocale, allowDraft: this.allowDraftLocales || context?.allowDraftLocales === true,
    }));
    // A date keeps its kind when the indication changes (if the new one does not offer it, a validator says so).
    if (changed.has('indication') && this.userKind === undefined && this.lastKind !== undefined
      && this.value !== '' && this.value === this.anchor.value && this.kind !== this.lastKind) this.userKind = this.lastKind;
    const { anchor, moved, fresh } = followStart(this.anchor, this.value, this.startDate);
    this.anchor = anchor;
    if (fresh) this.moved = undefined;
    if (moved) {
      this.userValue = moved.value;
      this.typedText = '';
      this.dirty = true;
      this.moved = moved;
      this.movedEvents = true;
    }
    this.lastKind = this.kind;
    const { start, indication, defaultValue, rejectedValue, defaultKind, rejectedKind, drug } = this;
    const issues = inputIssues({ start, indication, defaultValue, rejectedValue, defaultKind, rejectedKind, drug }, this.wording);
    const given = this.fhirRequest;
    if (given) {
      // The out code checks the request (and words a problem): fetched now, so the change event does not wait.
      const problem = this.fhirOut ? this.fhirOut.requestIssue(given, this.wording.tag, () => this.requestUpdate())
        : void loadFhirOut().then((module) => { this.fhirOut = module; this.requestUpdate(); }, () => undefined);
      if (problem) issues.push(problem);
    }
    this.setInputIssues(issues);
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

  protected override render(): TemplateResult {
    const { value } = this;
    const found = this.control.willValidate ? this.control.problem() : null;
    const disabled = this.disabled || this.control.formDisabled;
    const view = promptView({
      value, kind: this.kind, asked: this.askedKind, allowed: allowedKinds(this.indication), start: this.startDate,
      indication: this.indication, drug: this.drug, hostLabel: this.hostLabel, moved: this.moved,
      problem: found && (this.showValidation || found.immediate) ? found : null,
      // A printed summary must not state an impossible course (a stop date before the start, a kind the
      // indication does not offer, a date the start moved under): it shows the problem in its place.
      valueProblem: value !== '' ? this.control.problem() : null,
    }, this.wording);
    const issues = this.inputIssues.length > 0 ? this.renderIssues(view.words.issues.title, this.inputIssues) : nothing;
    // The words' own language, for screen readers' pronunciation (WCAG 3.1.2), whatever the page's is.
    return html`<div lang=${view.words.meta.tag}>${issues}${this.readOnly ? noticeTemplate(view) : controlsTemplate(view, {
      fieldText: this.typedText || value, hostLabel: this.hostLabel, required: this.required, disabled,
      onInput: this.onInput, onChange: this.onChange, onKeep: this.onKeep, onDateKeydown: this.onDateKeydown, onDateEdited: this.onDateEdited,
    })}</div><slot name="no-script"></slot>${printedTemplate(view, this.readOnly)}`;
  }
}
