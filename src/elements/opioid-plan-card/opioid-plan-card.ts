import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { OpioidElement } from '../../internal/opioid-element.js';
import { TodayController } from '../../internal/today-controller.js';
import { sharedStyles, tokens } from '../../styles/shared-styles.js';
import type { ValidationIssue } from '../../core/parse.js';
import type { Guidance } from '../../core/ids.js';
import type { IsoDate } from '../../core/dates.js';
import { thresholdFor } from '../../core/guidance.js';
import { planContext, type PlanContextValue } from '../../internal/plan-context-key.js';
import { ensureContextRoot } from '../../internal/context-root.js';
import { planFromServerContext } from '../../internal/server-context.js';
import { hasPlanInput, pageLocale, planAttributeConverter, readOverrides, resolvePlanValue } from '../../internal/plan-inputs.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { cardSection } from '../../locales/card/index.js';
import { commonSection, describeElementIssue } from '../../locales/common/index.js';
import type { LocaleTag } from '../../locales/types.js';
import { enGBCommon } from '../../locales/common/en-GB.js';
import { PlanCardMemo, planCardModel, type PlanCardModel } from './plan-card-model.js';
import { compactCard, fullCard } from './plan-card-templates.js';
import { planCardStyles } from './opioid-plan-card.styles.js';
import type { PlanInput } from '../../internal/input-types.js';
import type { FhirCardModel } from './plan-card-fhir.js';

type FhirCardModule = typeof import('./plan-card-fhir.js');
/** The card's FHIR words and model, loaded once, on first need (a plan given as JSON never loads them). */
let fhirModule: Promise<FhirCardModule> | undefined;

/**
 * An opioid treatment plan at a glance, for clinicians: each medicine with its dose, daily dose and
 * OME (UK) or MME (US); the total, where it sits against the guidance's high-dose threshold, and the
 * cautions that go with it; start, review and stop dates; the taper's next step; the patient's goals;
 * co-prescribed benzodiazepines, gabapentinoids and opioid substitution treatment; the MDT review; the
 * prescriber; and the plan's flags. Every number comes from the core; a medicine that cannot be
 * converted makes the total "Incomplete", in words.
 *
 * Inside `<opioid-plan-context>` it shows the context's plan. Its own `plan`, `guidance`, `today` and
 * `locale`, when set, win over the context's. When the context read the plan from FHIR, the card shows
 * under each medicine what reading the record assumed ("dose read from text: check"), and below the
 * table each resource it did not count and why (unknown medicine, dose unreadable, not active); a
 * medicine it could not read makes the total "Incomplete", in words.
 *
 * Words: en-GB (the default) and en-US are built in; Welsh (`cy`) and Spanish (`es`) are drafts, not yet
 * reviewed by a clinician fluent in the language, loaded on demand and used only with
 * `allow-draft-locales` on the card or its `<opioid-plan-context>` (otherwise en-GB, and one console
 * warning). The card's content carries the `lang` of the words it shows.
 *
 * Hazards controlled (docs/clinical-safety/hazard-log.md): H-01 wrong conversion factor or table, H-02
 * as-needed read as regular, H-03 silent partial total, H-04 OME/MME used to switch opioids, H-05 stale or
 * mistyped threshold, H-06 date off by one, H-08 patch strength misread, H-09 total without its guidance,
 * H-11 analgesic hidden as substitution treatment, H-12 US advice out of CDC scope, H-13 hostile text, H-14
 * a plan it could not check shown as fine, H-15 naloxone not offered, H-16 non-finite total, H-18
 * substitution counted as analgesic, H-19 co-prescription not flagged, H-20 missing stop or review date,
 * H-22 day/month order, H-24 warning lost in print or forced colours, H-25 no or stale plan from the
 * context, H-28 wording changed by a locale catalogue.
 *
 * @summary The treatment plan at a glance: medicines, total OME/MME, dates, taper, goals and flags.
 *
 * @slot actions - The host's own buttons or links (e.g. "Edit plan", "Print"); hidden in print.
 *
 * @fires opioid-error - The card's own plan or attributes are invalid. `detail: { element, issues: { path, message }[] }`;
 *   fired once per distinct set of problems; bubbles and is composed. (Problems with a context's plan are
 *   reported by the context.)
 *
 * @csspart card - The outer box (an `<article>`).
 * @csspart header - Title, indication and the guidance used.
 * @csspart flags - The flags section.
 * @csspart flag - One flag, carrying `data-flag="<id>"` and `data-severity="urgent|warning|info"`.
 * @csspart medications - The medicines table.
 * @csspart record-notes - Under a medicine read from FHIR: what reading the record assumed.
 * @csspart record - For a plan read from FHIR: the resources not counted and why, and what was assumed about the plan.
 * @csspart total - The total daily OME/MME (with band and cautions in the full card).
 * @csspart band - Where the total sits against the high-dose threshold.
 * @csspart cautions - The cautions that go with every OME/MME figure.
 * @csspart dates - Start, review and stop dates (a `<dl>`; the meta line in compact mode).
 * @csspart taper - The taper's next step and method.
 * @csspart goals - The patient's goals.
 * @csspart concurrent - Benzodiazepines, gabapentinoids, opioid substitution treatment and naloxone.
 * @csspart mdt - The MDT review's date and outcome.
 * @csspart prescriber - Who prescribes.
 * @csspart care-team - The care team: each member's role, name and what they are responsible for.
 * @csspart notes - Free-text notes.
 * @csspart actions - Wrapper of the `actions` slot.
 * @csspart empty - The message shown when there is no plan.
 * @csspart error - The error block shown when the card's own input is invalid.
 *
 * @cssprop [--opioid-plan-card-padding=16px] - Space inside the card.
 * @cssprop [--opioid-plan-card-border=1px solid var(--opioid-color-border)] - The card's border.
 * @cssprop [--opioid-plan-card-shadow=0 2px 0 #d8dde0] - The card's shadow (none in print).
 * @cssprop [--opioid-plan-card-title-size=1.375rem] - Font size of the title.
 * @cssprop [--opioid-plan-card-total-size=1.5rem] - Font size of the total.
 * @cssprop [--opioid-font-family=Arial, sans-serif] - Font.
 * @cssprop [--opioid-color-text=#212b32] - Text colour.
 * @cssprop [--opioid-color-text-secondary=#4c6272] - Secondary text (sources, details).
 * @cssprop [--opioid-color-border=#d8dde0] - Borders and rules.
 * @cssprop [--opioid-color-surface=#ffffff] - Card background.
 * @cssprop [--opioid-color-surface-muted=#f0f4f5] - Total and table header background.
 * @cssprop [--opioid-color-urgent=#d5281b] - Urgent flags and overdue dates (always with an icon and words).
 * @cssprop [--opioid-color-warning=#ffb81c] - Warnings and incomplete totals (always with an icon and words).
 * @cssprop [--opioid-color-info=#005eb8] - Information flags.
 * @cssprop [--opioid-radius=4px] - Corner radius.
 * @cssprop [--opioid-space=16px] - Base spacing unit.
 */
export class OpioidPlanCard extends OpioidElement {
  static override styles = [tokens, sharedStyles, planCardStyles];

  /**
   * The plan: an object (`OpioidPlanInput`) or its JSON text; the `plan` attribute sets the JSON text.
   * When set, it wins over a surrounding `<opioid-plan-context>`. Assign a new object to update.
   */
  @property({ attribute: 'plan', converter: planAttributeConverter })
  plan: PlanInput | null | undefined;

  /** `uk` (Opioids Aware OME) or `us` (CDC 2022 MME). Overrides the plan's and the context's guidance. */
  @property()
  guidance?: Guidance;

  /** The date treated as today, `YYYY-MM-DD`; defaults to the context's, else today's local date (moving forward at midnight). */
  @property()
  today?: IsoDate;

  /**
   * Locale for wording, numbers and dates: `en-GB`, `en-US`, `cy` or `es` (a region such as `es-MX`
   * reads as `es`; other languages show en-GB). Defaults to the context's, else the nearest `lang`, else
   * `<html lang>`, else `en-GB`.
   */
  @property()
  locale?: string;

  /**
   * Lets the card use a draft catalogue (cy, es: written carefully, not yet reviewed by a clinician
   * fluent in the language). Without it, on the card or its `<opioid-plan-context>`, the card shows
   * en-GB and warns once in the console.
   */
  @property({ type: Boolean, reflect: true, attribute: 'allow-draft-locales' })
  allowDraftLocales = false;

  /**
   * A locally agreed UK high-dose threshold in mg/day OME (e.g. `120`, the Opioids Aware 2020 key
   * message). Defaults to 90 (the reported 2025 Opioids Aware update). Ignored for US guidance (CDC 2022: 50 MME/day).
   */
  @property({ type: Number })
  threshold?: number;

  /** One or two lines for a list of patients: drugs, total, review and stop dates, flag count. */
  @property({ type: Boolean, reflect: true })
  compact = false;

  /** Heading level of the card's title (1–6; sections use the next level). */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  @state()
  private hasActions = false;

  private readonly consumer = new ContextConsumer(this, { context: planContext, subscribe: true });
  private readonly clock = new TodayController(this);
  private readonly locales = new LocaleController(this, [cardSection, commonSection]);
  private model: PlanCardModel | undefined;
  /** The model's pieces with what they were made from: an update that moves a date words only what changed. */
  private readonly memo = new PlanCardMemo();
  /** Set when the surrounding context has a plan it could not use (it shows the error itself). */
  private contextProblem = false;
  private fhirCard: FhirCardModule | undefined;

  /** What the card currently shows (plan, guidance, today, locale, issues), for hosts and tests. */
  get value(): PlanContextValue | undefined {
    return this.resolved;
  }

  private resolved: PlanContextValue | undefined;

  override connectedCallback(): void {
    // Before super, so a request made before <opioid-plan-context> is defined is kept and replayed.
    ensureContextRoot(this);
    super.connectedCallback();
  }

  /** The card's own inputs first, then the context's. */
  private resolveInputs(context: PlanContextValue | undefined): { value: PlanContextValue; issues: ValidationIssue[] } {
    const own = { guidance: this.guidance, today: this.today ?? context?.today, locale: this.locale ?? context?.locale };
    if (hasPlanInput(this.plan) || context === undefined) {
      const value = resolvePlanValue({ ...own, plan: this.plan }, this, () => this.clock.today);
      return { value, issues: value.issues };
    }
    const overrides = readOverrides(own);
    const value: PlanContextValue = {
      plan: overrides.issues.length > 0 ? undefined : context.plan,
      guidance: overrides.guidance ?? context.guidance,
      today: overrides.today ?? context.today,
      locale: overrides.locale ?? context.locale,
      issues: context.issues,
    };
    return { value, issues: overrides.issues };
  }

  /** The core's check (`thresholdFor`): a UK threshold outside 20–500 mg/day is a typing mistake, shown as one. */
  private thresholdIssues(): ValidationIssue[] {
    const value = this.threshold;
    if (value === undefined || value === null) return [];
    const check = thresholdFor(value, 'uk');
    return check.ok ? []
      : [{ path: 'threshold', code: check.code, params: { min: check.params.min, max: check.params.max }, message: enGBCommon.thresholdRange(String(check.params.min), String(check.params.max)) }];
  }

  /** The card's problems carry codes (the core's and the shared settings'): worded in the card's locale. */
  protected override issueText(issue: ValidationIssue): string {
    return describeElementIssue(issue, this.wordsTag);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const context = this.consumer.value ?? planFromServerContext(this);
    // A context without its own `locale` passes the page's on; then a nearer `lang` comes first.
    const contextLocale = context?.locale !== undefined && context.locale !== pageLocale(this) ? context.locale : undefined;
    const tag = this.locales.resolve({
      own: this.locale, context: contextLocale, allowDraft: this.allowDraftLocales || context?.allowDraftLocales === true,
    });
    this.wordsTag = tag;
    const { value, issues } = this.resolveInputs(context);
    const allIssues = [...issues, ...this.thresholdIssues()];
    this.resolved = value;
    this.setInputIssues(allIssues);
    this.contextProblem = allIssues.length === 0 && value.issues.length > 0;
    // A plan read from FHIR is shown only with its record's words: until they load, a total that the
    // record leaves incomplete could otherwise be shown as whole.
    const results = !hasPlanInput(this.plan) ? context?.fhirResults : undefined;
    const record = results ? this.recordModel(results, context?.fhirNotes ?? [], tag) : undefined;
    this.model = allIssues.length === 0 && value.plan !== undefined && (results === undefined || record !== undefined)
      ? planCardModel(value.plan, { guidance: value.guidance, today: value.today, tag, threshold: this.threshold ?? undefined, ...(record ? { record } : {}) }, this.memo)
      : undefined;
  }

  /** The FHIR record's words in `tag`, or undefined while they load (then the card updates again). */
  private recordModel(results: NonNullable<PlanContextValue['fhirResults']>, notes: NonNullable<PlanContextValue['fhirNotes']>, tag: LocaleTag): FhirCardModel | undefined {
    const loaded = this.fhirCard;
    if (loaded) return loaded.fhirCardModel(results, notes, tag, () => this.requestUpdate());
    (fhirModule ??= import('./plan-card-fhir.js')).then((module) => {
      this.fhirCard = module;
      module.adoptRecordStyles(this);
      this.requestUpdate();
    }, () => undefined);
    return undefined;
  }

  private onActionsChange(event: Event): void {
    this.hasActions = (event.target as HTMLSlotElement).assignedNodes({ flatten: true })
      .some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
  }

  protected override render(): TemplateResult {
    const level = Math.min(Math.max(Math.round(Number(this.headingLevel)) || 2, 1), 6);
    const actions = html`<div class="actions" part="actions" ?hidden=${!this.hasActions}>
      <slot name="actions" @slotchange=${this.onActionsChange}></slot></div>`;
    const words = cardSection.get(this.wordsTag);
    if (this.inputIssues.length > 0) {
      return html`${this.renderIssues(words.cannotShow, this.inputIssues, this.wordsTag)}${actions}`;
    }
    if (this.model === undefined) {
      return html`<p class="empty" part="empty" lang=${this.wordsTag}>${this.contextProblem ? words.contextProblem : words.empty}</p>${actions}`;
    }
    return this.compact ? compactCard(this.model, level, actions) : fullCard(this.model, level, actions);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'opioid-plan-card': OpioidPlanCard;
  }
}
