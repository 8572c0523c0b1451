import { ChildJsonScript } from '../../internal/child-json-script.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { OpioidElement } from '../../internal/opioid-element.js';
import { sharedStyles, tokens } from '../../styles/shared-styles.js';
import { planContext, type PlanContextValue } from '../../internal/plan-context-key.js';
import { ensureContextRoot } from '../../internal/context-root.js';
import { planFromServerContext } from '../../internal/server-context.js';
import { hasPlanInput as isGiven, planAttributeConverter } from '../../internal/plan-overrides.js';
import { LocaleRule } from '../../internal/locale-rule.js';
import { fillTemplate } from '../../core/risk/template.js';
import type { RiskPack, RiskSource } from '../../core/risk/pack-schema.js';
import { iconDefs, legendIcon } from './icon-array.js';
import { factBoxContext, renderExtraRisk, renderFigure, renderOverdose, type FactBoxContext } from './fact-box.js';
import { resolveRiskView, type RiskView } from './risk-inputs.js';
import { checkPack, type PackResult } from './pack-loader.js';
import { EN_GB, builtInPack, builtInPacks, type BuiltInPack } from './built-in-packs.js';
import { riskExplainerStyles } from './opioid-risk-explainer.styles.js';
import type { PackInput } from '../../internal/input-types.js';

/** A site's pack in a server-rendered page: `<script type="application/json">` inside the element. */

/** The legend: each kind of person and the pack's words for it. */
const LEGEND = [['filled', 'legendFilled'], ['outline', 'legendOutline'], ['striped', 'legendStriped']] as const;

/**
 * Attributes keep their text (the converter the plan attribute uses): the pack's JSON and the dose are
 * read, and reported, by our own rules rather than by Lit's.
 */
const textAttribute = planAttributeConverter;

/**
 * What opioids can and cannot do for long-term pain, for patients: benefits and harms side by side,
 * each as a plain sentence and a person-icon array out of a fixed group, with population, time span
 * and source under every number (Harding Center fact-box style; clinical/REFERENCE.md §5).
 *
 * The dose picks the overdose figure (Dunn 2010 dose bands, chosen by the core's `overdoseBand`); a dose
 * between bands, 0 or no dose says "we do not have a figure" rather than inventing one. Inside an
 * `<opioid-plan-context>`, the plan's total daily OME/MME (the core's `totalDailyOme`) is used when it
 * is complete; an incomplete total says in words that no band can be chosen. Benzodiazepine and
 * gabapentinoid rows (relative risks) always sit beside the absolute overdose figure.
 *
 * All words and figures come from a content pack: the built-in pack of the explainer's locale (its
 * `locale`, else the plan context's, else the nearest `lang`, else the page's, else en-GB), or a site's
 * own reviewed pack (`.pack`, the `pack` attribute, or a child `<script type="application/json">`). An
 * invalid pack shows only an error block (role="alert") and fires `opioid-error`: never a half-filled box.
 * Built-in wording exists for en-GB (in the bundle), en-US, and the drafts cy (Welsh) and es (Spanish),
 * which load on demand and only with `allow-draft-locales`; without it a cy or es page shows en-GB and
 * the console says once why. While a locale's wording loads, the wording shown before stays.
 *
 * Hazards controlled (docs/clinical-safety/hazard-log.md): H-02 as-needed maximum read as the dose, H-03
 * silent partial total, H-04 OME/MME used to switch opioids, H-09 dose without its guidance, H-10 patient
 * figure without denominator, population and source, H-13 hostile text, H-14 input it could not check shown
 * as fine, H-18 substitution counted as analgesic, H-19 co-prescription not shown, H-21 wrong overdose
 * figure for the dose, H-24 figures lost in print or forced colours, H-25 no or stale plan from the
 * context, H-28 wording changed by a locale catalogue.
 *
 * @summary Patient-facing benefits and harms of long-term opioids, in plain words and icon arrays.
 *
 * @attr {number} dose - Total daily dose in mg of oral morphine equivalent (OME/MME). Overrides the plan's total.
 * @attr {'uk'|'us'} guidance - The guidance the dose is counted by: `uk` (Opioids Aware, OME) or `us` (CDC 2022, MME).
 *   Named beside the dose with its cautions. Defaults to the plan context's guidance, else `uk`; anything else is reported.
 * @attr {'patient'|'clinician'} audience - `patient` (default): plain layout, short sources. `clinician`: compact, full citations.
 * @attr {boolean} benzodiazepine - Show the extra-risk row for a benzodiazepine taken at the same time.
 * @attr {boolean} gabapentinoid - Show the extra-risk row for gabapentin or pregabalin taken at the same time.
 * @attr {string} locale - Picks the built-in wording: `en-GB`, `en-US`, `cy`, `es` (`cy-GB` → `cy`, `es-MX` → `es`; any
 *   other language → `en-GB`). Defaults to the plan context's locale, else the nearest `lang`, else the page's.
 * @attr {boolean} allow-draft-locales - Allows draft wording (cy, es: written carefully, not yet reviewed by a clinician
 *   fluent in the language). Also read from the surrounding `<opioid-plan-context>`. Without it, such a page shows en-GB.
 * @attr {string} pack - A content pack as JSON text (see `RiskPackSchema`).
 *
 * @prop {PackInput | null | undefined} pack - A content pack object (or its JSON text); validated before anything is shown.
 *
 * @slot - Not rendered. A child `<script type="application/json">` may hold the content pack.
 *
 * @fires opioid-error - The pack, the dose or the audience cannot be used. `detail: { element, issues: { path, message }[] }`;
 *   fired once per distinct set of problems; bubbles and is composed.
 *
 * @csspart box - The whole fact box.
 * @csspart dose - The dose the figures are for, and notes about it.
 * @csspart legend - How to read the pictures.
 * @csspart columns - The benefits and harms columns.
 * @csspart benefits - The benefits column.
 * @csspart harms - The harms column (with the overdose figure and extra-risk rows).
 * @csspart figure - One figure: title, sentence, icon arrays, provenance.
 * @csspart overdose - The overdose figure for the dose band.
 * @csspart no-figure - The sentence saying there is no figure for this dose.
 * @csspart bands - The list of overdose figures for every dose band.
 * @csspart extra-risk - A benzodiazepine or gabapentinoid row.
 * @csspart absolute - The absolute overdose figure beside a relative risk.
 * @csspart icon-array - An icon array (`svg`).
 * @csspart provenance - Who was studied, over what time, and the source.
 * @csspart approximate - The note on a figure taken from a secondary source.
 * @csspart stopping - The benefit-of-stopping section.
 * @csspart harms-list - Other harms in plain words.
 * @csspart questions - Questions to ask at the next review.
 * @csspart glossary - What the words mean (patient audience).
 * @csspart sources - Full references (patient audience).
 * @csspart error - The error block.
 *
 * @cssprop [--opioid-icon-color=var(--opioid-color-primary, #005eb8)] - Filled and striped people.
 * @cssprop [--opioid-icon-outline-color=#4c6272] - Outline people.
 * @cssprop [--opioid-risk-explainer-max-width=60rem] - Widest the box grows.
 * @cssprop [--opioid-risk-array-max-width=24rem] - Widest an icon array grows (clinician audience: two thirds of it).
 * @cssprop [--opioid-color-text] - Text colour.
 * @cssprop [--opioid-color-border] - Lines between figures.
 * @cssprop [--opioid-color-surface-muted] - Background of the dose and the absolute-figure boxes.
 * @cssprop [--opioid-font-family] - Font.
 */
export class OpioidRiskExplainer extends OpioidElement {
  static override styles = [tokens, sharedStyles, riskExplainerStyles];

  /** Total daily dose, mg OME/MME. A number, or the attribute's text; anything else is reported. */
  @property({ converter: textAttribute })
  dose: unknown;

  /** `uk` (Opioids Aware, OME) or `us` (CDC 2022, MME); defaults to the context's guidance, else `uk`. */
  @property()
  guidance?: string;

  /** `patient` (default) or `clinician`. */
  @property()
  audience: string = 'patient';

  @property({ type: Boolean })
  benzodiazepine = false;

  @property({ type: Boolean })
  gabapentinoid = false;

  @property()
  locale?: string;

  /** Use the draft cy and es wording when the locale asks for it (else en-GB, with one console warning). */
  @property({ type: Boolean, reflect: true, attribute: 'allow-draft-locales' })
  allowDraftLocales = false;

  /** A content pack (object or JSON text). Assign a new object to update (changes in place are not seen). */
  @property({ attribute: 'pack', converter: textAttribute })
  pack: PackInput | null | undefined;

  @consume({ context: planContext, subscribe: true })
  @state()
  private planContextValue?: PlanContextValue;

  /** A site's pack given as a child JSON script. */
  private readonly script = new ChildJsonScript(this);
  /** The site's pack input last seen, its validation result, and the validation under way. */
  private packInput: unknown = undefined;
  private packResult: PackResult | undefined;
  private packCheck: Promise<void> | undefined;
  /** The pack and view of the coming render, set in `willUpdate`; undefined while a pack is checked. */
  private current: { pack: RiskPack; view: RiskView } | undefined;
  /** The built-in pack shown (kept while another locale's wording loads); undefined for a site's pack. */
  private builtIn: BuiltInPack | undefined;
  /** The one locale rule and draft warning of every element; its words are the built-in packs (none of the core's). */
  private readonly locales = new LocaleRule(this, [builtInPacks]);

  override connectedCallback(): void {
    // Before super, so a request made before <opioid-plan-context> is defined is kept and replayed.
    ensureContextRoot(this);
    super.connectedCallback();
  }

  /** Resolves once a site's pack has been checked, or the locale's wording has loaded, and the result rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let pending = this.packCheck ?? this.locales.loading; pending; pending = this.packCheck ?? this.locales.loading) {
      await pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * The built-in pack when the site gives none; otherwise the site's pack once checked (property or
   * attribute first, then the child script), or `undefined` while it is being checked.
   */
  private resolvePack(): PackResult | undefined {
    const input = isGiven(this.pack) ? this.pack : isGiven(this.script.text) ? this.script.text : undefined;
    this.builtIn = undefined;
    if (input === undefined) {
      this.packInput = undefined;
      this.builtIn = this.builtInForLocale();
      return { ok: true, pack: this.builtIn.pack };
    }
    // Object.is: NaN is never !== itself, which would start a new check on every update, forever.
    if (!Object.is(input, this.packInput)) {
      this.packInput = input;
      this.packResult = undefined;
      const check = checkPack(input).then((result) => {
        if (Object.is(this.packInput, input)) this.packResult = result;
      }).finally(() => {
        if (this.packCheck === check) this.packCheck = undefined;
        this.requestUpdate();
      });
      this.packCheck = check;
    }
    return this.packResult;
  }

  /** The built-in pack for the widget's locale, or (while its wording loads) the one shown before. */
  private builtInForLocale(): BuiltInPack {
    const tag = this.locales.resolveWithin(this.planContextValue, { own: this.locale, allowDraft: this.allowDraftLocales });
    // A wording that could not load gives en-GB, as every catalogue section does.
    return builtInPack(tag) ?? EN_GB;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.planContextValue ??= planFromServerContext(this);
    this.current = undefined;
    const pack = this.resolvePack();
    if (pack === undefined) return;
    if (!pack.ok) {
      this.setInputIssues(pack.issues);
      return;
    }
    const view = resolveRiskView({
      dose: this.dose,
      guidance: this.guidance,
      audience: this.audience,
      benzodiazepine: this.benzodiazepine,
      gabapentinoid: this.gabapentinoid,
      context: this.planContextValue,
    }, pack.pack);
    this.current = { pack: pack.pack, view };
    this.setInputIssues(view.issues);
  }

  protected override render(): TemplateResult {
    // While a site's pack is checked: nothing. An unusable pack: only the error, never a half-filled box
    // (its title comes from the built-in pack).
    if (this.current === undefined) {
      return this.packResult?.ok === false ? this.renderIssues(EN_GB.pack.text.packError) : html``;
    }
    const { pack, view } = this.current;
    const ctx = factBoxContext(pack, view.audience);
    return html`${this.inputIssues.length > 0 ? this.renderIssues(pack.text.inputError) : nothing}
      ${this.renderFactBox(view, ctx)}`;
  }

  private renderFactBox(view: RiskView, ctx: FactBoxContext): TemplateResult {
    const { pack, audience } = ctx;
    const { text } = pack;
    const patient = audience === 'patient';
    return html`<article class="box ${audience}" part="box" lang=${pack.locale}>
      ${iconDefs()}
      <h2 class="title">${text.title}</h2>
      ${patient ? html`<p class="intro">${text.intro}</p>` : nothing}
      ${this.renderDose(view, ctx)}
      <div class="legend" part="legend">
        <p class="legend-title">${text.howToRead}</p>
        <ul>${LEGEND.map(([kind, key]) => html`<li>${legendIcon(kind)}<span>${text[key]}</span></li>`)}</ul>
      </div>
      <div class="columns" part="columns">
        <section class="column" part="benefits">
          <h3>${text.benefitsHeading}</h3>
          ${pack.benefits.map((figure) => renderFigure(figure, ctx))}
        </section>
        <section class="column" part="harms">
          <h3>${text.harmsHeading}</h3>
          ${pack.harms.map((figure) => renderFigure(figure, ctx))}
          ${renderOverdose(view.dose, view.band, ctx)}
          ${view.extraRisks.map((kind) => renderExtraRisk(kind, pack.extraRisks[kind], view.band, ctx))}
        </section>
      </div>
      <section class="stopping" part="stopping">
        <h3>${text.stoppingHeading}</h3>
        ${renderFigure(pack.stopping, ctx)}
      </section>
      <div class="lists">
        <section part="harms-list">
          <h3>${text.harmsListHeading}</h3>
          <ul>${pack.harmsInWords.map((harm) => html`<li>${harm}</li>`)}</ul>
        </section>
        <section part="questions">
          <h3>${text.questionsHeading}</h3>
          <ul>${pack.questions.map((question) => html`<li>${question}</li>`)}</ul>
        </section>
      </div>
      ${patient && pack.glossary.length > 0 ? html`<section class="glossary" part="glossary">
        <h3>${text.glossaryHeading}</h3>
        <dl>${pack.glossary.map((entry) => html`<div><dt>${entry.term}</dt><dd>${entry.meaning}</dd></div>`)}</dl>
      </section>` : nothing}
      ${patient ? this.renderSources(view, pack) : nothing}
      ${pack.review ? html`<p class="review">${pack.review}</p>` : nothing}
    </article>`;
  }

  /**
   * The dose the figures are for, the guidance it was counted by and that guidance's cautions (REFERENCE.md
   * §1: they go wherever an OME/MME figure shows), whether the host gave the dose or a plan's total did.
   */
  private renderDose(view: RiskView, ctx: FactBoxContext): TemplateResult | typeof nothing {
    const { dose } = view;
    if (dose.kind !== 'given' && dose.kind !== 'plan') return nothing;
    const { text } = ctx.pack;
    // A site's own pack (no built-in wording): the en-GB guidance words (the core catalogue's), as the pack's text is the site's.
    const { id } = dose.profile;
    const guidance = this.builtIn?.guidance ?? EN_GB.guidance;
    const amount = fillTemplate(text.doseAmount, { dose: ctx.format(dose.value) });
    return html`<div class="dose" part="dose">
      <p class="your-dose"><strong>${fillTemplate(text.yourDose, { dose: amount })}</strong></p>
      <p>${text.doseExplained}</p>
      ${dose.kind === 'plan' && dose.worstCase ? html`<p>${text.worstCase}</p>` : nothing}
      <p>${fillTemplate(text.guidanceUsed, { guidance: guidance.label[id] })}</p>
      <p class="cautions-heading">${text.cautionsHeading}</p>
      <ul class="cautions">${guidance.cautions[id].map((caution) => html`<li>${caution}</li>`)}</ul>
    </div>`;
  }

  /** Full references of every figure shown, once each, in the order they appear. */
  private renderSources(view: RiskView, pack: RiskPack): TemplateResult {
    const shown: { source: RiskSource }[] = [
      ...pack.benefits, ...pack.harms, pack.overdose, ...view.extraRisks.map((kind) => pack.extraRisks[kind]), pack.stopping,
    ];
    const unique = [...new Set(shown.map((item) => item.source.full))];
    return html`<section class="sources" part="sources">
      <h3>${pack.text.sourcesHeading}</h3>
      <ol>${unique.map((full) => html`<li><cite>${full}</cite></li>`)}</ol>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'opioid-risk-explainer': OpioidRiskExplainer;
  }
}
