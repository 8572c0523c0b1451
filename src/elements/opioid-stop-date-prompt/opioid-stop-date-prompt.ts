import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import type { IsoDate } from '../../core/dates.js';
import { FormControl, upgradeProperties } from '../../internal/form-control.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { promptSection } from '../../locales/prompt/index.js';
import { planContext } from '../../internal/plan-context-key.js';
import { ensureContextRoot } from '../../internal/context-root.js';
import { planFromServerContext } from '../../internal/server-context.js';
import { OpioidElement } from '../../internal/opioid-element.js';
import { TodayController } from '../../internal/today-controller.js';
import { tokens, sharedStyles } from '../../styles/shared-styles.js';
import { stopDatePromptStyles } from './opioid-stop-date-prompt.styles.js';
import type { StopDateKind } from './stop-date-rules.js';
import {
  NO_ANSWER, changeDetail, followInputs, formValue, kept, kindOf, reset, restored, shownAnswer, startDateOf, text, validityOf, valueOf,
  withInput, withKindProperty, withValueProperty, type Answer, type OpioidStopDateChangeDetail,
} from './stop-date-answer.js';
import { inputIssues, problemMessage, promptView, wording } from './stop-date-model.js';
import { PROMPT_VALIDATORS, type PromptValidity } from './stop-date-validators.js';
import { controlsTemplate, noticeTemplate, printedTemplate } from './stop-date-template.js';
import { fhirDetail, fhirRequestIssue } from './stop-date-fhir-loader.js';

export type { StopDateKind } from './stop-date-rules.js';
export type { StopDateFhir } from './stop-date-fhir.js';
export type { OpioidStopDateChangeDetail } from './stop-date-answer.js';

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
 * A date never changes kind or date silently. When a new indication does not offer its kind, or the start
 * moves under a typed date (also at midnight, when there is no `start`: the start is today), the prompt says so
 * at once and is invalid (`customError`) until the clinician chooses again or keeps the date with one button.
 * A quick choice is a length ("5 days"), so its date moves with a new start, with `input`, `change`,
 * `opioid-stop-date-change` and a notice. (The rules: stop-date-answer.ts.)
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

  private readonly control: FormControl<PromptValidity> = new FormControl(this, {
    role: 'group',
    state: () => validityOf(this.answer, this, this.startDate, {
      required: this.required, customMessage: this.control.customMessage, nativeBadInput: this.dateInput?.validity.badInput === true,
    }),
    validators: PROMPT_VALIDATORS,
    message: (problem) => problemMessage(problem, { indication: this.indication, kind: this.kind }, this.wording),
    anchor: () => this.dateInput,
  });
  /** Today's local date for the default start; moves forward at midnight. */
  private readonly clock = new TodayController(this);
  private readonly locales = new LocaleController(this, [promptSection]);
  private readonly context = new ContextConsumer(this, { context: planContext, subscribe: true });
  private wording = wording('en-GB');
  /** The date, its kind and the start it counts from (stop-date-answer.ts); replaced, never changed in place. */
  private answer: Answer = NO_ANSWER;
  /** A quick-choice date moved in this update: fire the events once it is on screen. */
  private movedEvents = false;

  constructor() {
    super();
    // A script may set these before the element is defined; the own property would hide our accessors.
    upgradeProperties(this, ['value', 'kind', 'readonly']);
  }

  /** The current date ('YYYY-MM-DD'), or '' when none is chosen. Setting it is like typing it. */
  get value(): IsoDate { return valueOf(this.answer, this); }
  set value(next: string) { this.change(withValueProperty(this.answer, this, next)); }

  /** The current date's kind: kept when the indication changes (then invalid, never silently changed). */
  get kind(): StopDateKind { return kindOf(this.answer, this); }
  set kind(next: StopDateKind) { this.change(withKindProperty(this.answer, next)); }

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
    this.movedEvents = false;
    this.control.resetCallback();
    // A half-typed date lives only inside the native input; clearing its value clears it.
    const input = this.dateInput;
    if (input) input.value = '';
    this.change(reset(this.answer));
  }

  formDisabledCallback(disabled: boolean): void { this.control.disabledCallback(disabled); }

  /** Back/forward navigation and autofill give back what `syncForm` saved (stop-date-answer.ts `restored`). */
  formStateRestoreCallback(saved: unknown): void {
    this.control.restoreCallback(saved, (state) => {
      this.change(restored(this.answer, this, this.startDate, state));
      return true;
    });
  }

  override connectedCallback(): void {
    // Before super (whose form control then disables a server template's `slot="no-script"` fallback): a
    // context requested before <opioid-plan-context> is defined is kept and replayed.
    ensureContextRoot(this);
    super.connectedCallback();
  }

  private get startDate(): IsoDate { return startDateOf(this.start, () => this.clock.today); }
  private get dateInput(): HTMLInputElement | null { return this.shadowRoot?.querySelector<HTMLInputElement>('#date') ?? null; }

  /** A new answer: render it, and give the form its value. */
  private change(next: Answer): void {
    this.answer = next;
    this.requestUpdate();
    this.syncForm();
  }

  private syncForm(): void {
    const { entries, saved } = formValue(this.answer, this, this.startDate, this.name);
    this.control.setValue(entries, saved);
  }

  /** The events a user's change fires, also fired when a quick-choice date moves with the start. */
  private fireChange(input = true): void {
    if (input) this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
    const detail = changeDetail(this.answer, this, this.startDate);
    const given = this.fhirRequest;
    if (!given) {
      this.emit('opioid-stop-date-change', detail);
      return;
    }
    // The state of this change, put into FHIR once the out code is here (a microtask later when it is).
    const { drug, indication, wording, startDate: start } = this;
    const state = { ...detail, valid: detail.value !== '' && this.control.problem() === null, start, drug, indication, wording };
    void fhirDetail(given, state).then((fhir) => this.emit('opioid-stop-date-change', { ...detail, fhir }));
  }

  /** Inner controls report here; the host re-fires `input` so listeners see one event from the control. */
  private readonly onInput = (event: Event): void => {
    event.stopPropagation();
    this.change(withInput(this.answer, this, this.startDate, event.target as HTMLInputElement));
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };

  private readonly onChange = (event: Event): void => {
    event.stopPropagation();
    this.fireChange(false);
  };

  /** The clinician keeps a flagged date: as the kind now asked for, counted from the start shown now. */
  private readonly onKeep = (): void => {
    this.change(kept(this.answer, this, this.startDate));
    this.fireChange();
    // The button goes away with the problem: focus the date it kept rather than lose focus to the page.
    this.updateComplete.then(() => this.dateInput?.focus(), () => undefined);
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const context = this.context.value ?? planFromServerContext(this);
    this.wording = wording(this.locales.resolveWithin(context, { own: this.locale, allowDraft: this.allowDraftLocales }));
    const followed = followInputs(this.answer, this, this.startDate, changed.has('indication'));
    this.answer = followed.answer;
    if (followed.moved) this.movedEvents = true;
    const issues = inputIssues(this, this.answer, this.wording);
    const problem = this.fhirRequest ? fhirRequestIssue(this.fhirRequest, this.wording.tag, () => this.requestUpdate()) : undefined;
    this.setInputIssues(problem ? [...issues, problem] : issues);
  }

  /**
   * Upgraded over a server render: Lit SSR writes each `.checked` binding as a `checked` attribute (every
   * radio arrives checked) and hydration keeps the server's DOM: render once more at once for their real state.
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
    const hostLabel = this.control.label;
    const found = this.control.willValidate ? this.control.problem() : null;
    const disabled = this.disabled || this.control.formDisabled;
    const view = promptView({
      ...shownAnswer(this.answer, this, this.startDate), drug: this.drug, hostLabel,
      problem: found && (this.control.invalidReported || found.immediate) ? found : null,
      // A printed summary must not state an impossible course (a stop date before the start, a kind the
      // indication does not offer, a date the start moved under): it shows the problem in its place.
      valueProblem: value !== '' ? this.control.problem() : null,
    }, this.wording);
    const issues = this.inputIssues.length > 0 ? this.renderIssues(view.words.issues.title, this.inputIssues) : nothing;
    // The words' own language, for screen readers' pronunciation (WCAG 3.1.2), whatever the page's is.
    return html`<div lang=${view.words.meta.tag}>${issues}${this.readOnly ? noticeTemplate(view) : controlsTemplate(view, {
      fieldText: this.answer.typedText || value, hostLabel, required: this.required, disabled,
      onInput: this.onInput, onChange: this.onChange, onKeep: this.onKeep, onDateKeydown: this.control.submitOnEnter, onDateEdited: this.control.revalidate,
    })}</div><slot name="no-script"></slot>${printedTemplate(view, this.readOnly)}`;
  }
}
