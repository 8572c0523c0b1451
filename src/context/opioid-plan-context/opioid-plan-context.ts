import { ChildJsonScript } from '../../internal/child-json-script.js';
import { TodayController } from '../../internal/today-controller.js';
import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { OpioidElement } from '../../internal/opioid-element.js';
import { sharedStyles, tokens } from '../../styles/shared-styles.js';
import type { Guidance } from '../../core/ids.js';
import type { IsoDate } from '../../core/dates.js';
import { planContext, type PlanContextValue } from '../../internal/plan-context-key.js';
import { ensureContextRoot } from '../../internal/context-root.js';
import { hasPlanInput, planAttributeConverter, resolvePlanValue } from '../../internal/plan-inputs.js';
import { planContextStyles } from './opioid-plan-context.styles.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { commonSection, describeElementIssue } from '../../locales/common/index.js';
import type { ValidationIssue } from '../../core/parse.js';
import type { PlanInput } from '../../internal/input-types.js';
import type { CodeTable } from '../../core/coded-medicine.js';
import type { ContextFhirRead } from './context-fhir.js';

/**
 * Shares one opioid treatment plan, the guidance to read it by, "today" and the locale with every
 * opioid-elements widget inside it, so a page states the plan once.
 *
 * The plan comes from the `.plan` property, the `plan` attribute (JSON text), or — when neither is set —
 * from FHIR: the `.fhir` property (a Bundle, a list of resources or one MedicationRequest or
 * MedicationStatement, or its JSON text) or a child `<script type="application/fhir+json">`; else from a
 * child `<script type="application/json">` holding the plan's JSON. Child scripts are watched, so
 * replacing their text updates every widget. A plan is validated with the core's `parsePlan`; FHIR is
 * read by the FHIR adapter (`planFromFhir`, loaded on demand with its words and any code tables named
 * in `fhir-codes`), and every widget also receives one result per medication resource (`fhirResults`:
 * what was assumed, what was not counted and why). When the plan, the record or an attribute is
 * invalid, every widget receives `plan: undefined` with the issues, this element shows an error block
 * (role="alert") above its content saying what is wrong, and it fires `opioid-error`.
 *
 * Works in any definition order: a widget connected before this element is defined or upgraded is
 * answered as soon as this element arrives (a @lit/context `ContextRoot` on the document keeps its
 * request).
 *
 * Hazards controlled (docs/clinical-safety/hazard-log.md): H-06 "today" not the local calendar date, H-09
 * guidance not reaching every widget, H-13 hostile attribute text, H-14 a plan it could not check shown as
 * fine, H-22 day/month order (one locale rule), H-25 no or stale plan in a widget, H-28 wording changed by
 * a locale catalogue, H-03 silent partial total and H-26 a medicine read wrongly (a FHIR record).
 *
 * @summary Provides one validated opioid plan, guidance, today and locale to the widgets inside it.
 *
 * @slot - The widgets (and any other content) that use the plan.
 *
 * @attr {boolean} allow-draft-locales - The widgets inside (and this element's own error block) may use draft catalogues (cy, es).
 * @attr fhir-codes - Coded-medicine tables to read FHIR codes with, space-separated: `dmd` (UK dm+d), `rxnorm` (US). Each loads on demand.
 * @attr indication - The indication of a plan read from FHIR (FHIR does not say it): `acute`, `chronic-non-cancer`
 *   (the default, so every check applies, and the card says it was assumed), `cancer`, `end-of-life`, `opioid-use-disorder`.
 *
 * @fires opioid-error - The plan or an attribute is invalid. `detail: { element, issues: { path, message }[] }`;
 *   fired once per distinct set of problems; bubbles and is composed.
 *
 * @csspart error - The error block shown above the content when the plan cannot be used.
 *
 * @cssprop [--opioid-plan-context-gap=16px] - Space between the error block and the content.
 * @cssprop [--opioid-color-urgent=#d5281b] - Border and icon colour of the error block.
 * @cssprop [--opioid-font-family] - Font of the error block.
 */
export class OpioidPlanContext extends OpioidElement {
  static override styles = [tokens, sharedStyles, planContextStyles];

  /**
   * The plan: an object (`OpioidPlanInput`) or its JSON text. The `plan` attribute sets the JSON text.
   * When neither is set, the JSON of a child `<script type="application/json">` is used. Assign a new
   * object to update the widgets (changing the old object in place is not seen).
   */
  @property({ attribute: 'plan', converter: planAttributeConverter })
  plan: PlanInput | null | undefined;

  /** `uk` (Opioids Aware OME) or `us` (CDC 2022 MME). When set, overrides the plan's own `guidance`. */
  @property()
  guidance?: Guidance;

  /**
   * The date the widgets treat as today, `YYYY-MM-DD`. Defaults to today's local calendar date, which
   * moves forward at midnight on a page left open.
   */
  @property()
  today?: IsoDate;

  /**
   * Locale for the widgets' wording, numbers and dates: `en-GB`, `en-US`, `cy` or `es`. Defaults to
   * `<html lang>`, else `en-GB`. This element's own error block follows it too.
   */
  @property()
  locale?: string;

  /**
   * Lets the widgets inside use draft catalogues (cy, es: written carefully, not yet reviewed by a
   * clinician fluent in the language). Without it they show English and warn once in the console.
   */
  @property({ type: Boolean, reflect: true, attribute: 'allow-draft-locales' })
  allowDraftLocales = false;

  /**
   * A FHIR record to read the plan from, when no `plan` is set: a Bundle, an array of resources, one
   * MedicationRequest or MedicationStatement, or its JSON text. When unset, the JSON of a child
   * `<script type="application/fhir+json">` is used. Assign a new value to re-read.
   */
  @property({ attribute: false })
  fhir: unknown;

  /** Space-separated code tables for FHIR codes: `dmd`, `rxnorm` (each loaded on demand). */
  @property({ attribute: 'fhir-codes' })
  fhirCodes?: string;

  /** Code tables given directly (e.g. `[dmd]` from 'opioid-elements/codes/dmd'), used with those in `fhir-codes`. */
  @property({ attribute: false })
  codes?: readonly CodeTable[];

  /** The indication of a plan read from FHIR; without it `chronic-non-cancer` (every check applies), said as assumed. */
  @property()
  indication?: string;

  /** The child plan script's text; replacing it re-validates. */
  private readonly script = new ChildJsonScript(this);
  /** The child FHIR script's text; replacing it re-reads the record. */
  private readonly fhirScript = new ChildJsonScript(this, 'application/fhir+json');
  /** The last record read, and what it was read with. */
  private fhirRead: { key: unknown[]; read: ContextFhirRead } | undefined;
  private fhirWanted: unknown[] | undefined;
  private readonly provider = new ContextProvider(this, { context: planContext });
  private readonly clock = new TodayController(this);
  private readonly locales = new LocaleController(this, [commonSection]);

  /** What every widget inside currently receives (read-only). */
  get value(): PlanContextValue | undefined {
    return this.provider.value;
  }

  override connectedCallback(): void {
    // Before super: widgets waiting since before this element arrived are replayed by the root when
    // the provider announces itself in super.connectedCallback().
    ensureContextRoot(this);
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.wordsTag = this.locales.resolve({ own: this.locale, allowDraft: this.allowDraftLocales });
    const settings = { guidance: this.guidance, today: this.today, locale: this.locale };
    const record = hasPlanInput(this.plan) ? undefined : [this.fhir, this.fhirScript.text].find(hasPlanInput);
    const value = record === undefined
      ? resolvePlanValue({ ...settings, plan: hasPlanInput(this.plan) ? this.plan : this.script.text }, this, () => this.clock.today)
      : this.fhirValue(record, settings);
    value.allowDraftLocales = this.allowDraftLocales;
    this.setInputIssues(value.issues);
    this.provider.setValue(value);
    // Server render (Lit SSR): a widget inside asks for the plan with an event that reaches this element
    // through its shadow root (internal/server-context.ts), which Lit SSR makes only when it is told to
    // call connectedCallback. Make it here, so the plan reaches the widgets on the server either way.
    if (isServer && !this.shadowRoot) this.attachShadow(OpioidPlanContext.shadowRootOptions);
  }

  /**
   * The value for a FHIR record: read once per record and settings (the adapter, its words and the code
   * tables load on demand), then the plan it gave is validated like any other. Until the record is read
   * the widgets have no plan (and no error).
   */
  private fhirValue(record: unknown, settings: { guidance: unknown; today: unknown; locale: unknown }): PlanContextValue {
    const base = resolvePlanValue(settings, this, () => this.clock.today);
    const key = [record, this.fhirCodes, this.codes, base.today, this.indication, this.wordsTag];
    const same = (other: unknown[] | undefined) => other !== undefined && other.every((part, i) => part === key[i]);
    const done = this.fhirRead;
    if (!same(done?.key)) {
      if (!same(this.fhirWanted)) {
        this.fhirWanted = key;
        const names = String(this.fhirCodes ?? '').split(/[\s,]+/).filter(Boolean);
        const given = Array.isArray(this.codes) ? this.codes : [];
        const tag = this.wordsTag;
        import('./context-fhir.js').then(async (m) => {
          const [tables] = await Promise.all([m.loadCodeTables(names), m.loadFhirWords(tag)]);
          const read = m.readContextFhir(record, {
            today: base.today, indication: this.indication, codes: [...given, ...tables], tag,
            unknownCodes: names.filter((name) => !m.TABLE_NAMES.includes(name)),
          });
          return read;
        }, () => undefined).catch(() => undefined).then((read) => {
          if (this.fhirWanted !== key) return;
          this.fhirRead = { key, read: read ?? { ok: false, results: [], issues: [{ path: 'fhir', code: 'display-failed', params: { detail: 'FHIR' }, message: 'This widget could not display its data (FHIR).' }] } };
          this.requestUpdate();
        });
      }
      return base;
    }
    const { read } = done as { read: ContextFhirRead };
    if (!read.ok) return { ...base, plan: undefined, issues: [...read.issues, ...base.issues], fhirResults: read.results };
    return { ...resolvePlanValue({ ...settings, plan: read.plan }, this, () => base.today), fhirResults: read.results, fhirNotes: read.notes };
  }

  /** The plan's and the settings' problems carry codes: worded in this element's locale. */
  protected override issueText(issue: ValidationIssue): string {
    return describeElementIssue(issue, this.wordsTag);
  }

  protected override render() {
    return html`${this.inputIssues.length > 0
      ? this.renderIssues(commonSection.get(this.wordsTag).contextTitle, this.inputIssues, this.wordsTag)
      : nothing}<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'opioid-plan-context': OpioidPlanContext;
  }
}
