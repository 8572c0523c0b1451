import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { OpioidElement } from '../../internal/opioid-element.js';
import { TodayController } from '../../internal/today-controller.js';
import { sharedStyles, tokens } from '../../styles/shared-styles.js';
import type { IsoDate } from '../../core/dates.js';
import { parsePlan, type ValidationIssue } from '../../core/parse.js';
import { currentStep, nextStep, type TaperStep } from '../../core/taper.js';
import { planContext, type PlanContextValue } from '../../internal/plan-context-key.js';
import { ensureContextRoot } from '../../internal/context-root.js';
import { planFromServerContext } from '../../internal/server-context.js';
import { hasPlanInput, pageLocale, planAttributeConverter, readOverrides } from '../../internal/plan-inputs.js';
import { LocaleController } from '../../internal/locale-controller.js';
import type { LocaleTag } from '../../locales/types.js';
import { chartSection } from '../../locales/chart/index.js';
import { commonSection } from '../../locales/common/index.js';
import { layoutChart, type ChartLayout, type ChartMarker } from './chart-layout.js';
import { chartSvg } from './chart-svg.js';
import { textMeasurer, type MeasureText } from './measure-text.js';
import { scheduleTable } from './schedule-table.js';
import {
  hasTaperAttributes, taperFromAttributes, taperFromPlan, taperFromPlanObject, taperFromSchedule,
  type ChartIssue, type ResolvedTaper, type TaperInputResult,
} from './taper-input.js';
import { doseDigits, issueText, noteText, summarySentence, taperWords, type DoseUnit, type TaperWords } from './taper-text.js';
import { taperChartStyles } from './opioid-taper-chart.styles.js';
import type { PlanInput, ScheduleInput, TaperInput } from '../../internal/input-types.js';

/** Width used before the element has been measured (and where ResizeObserver does not exist). */
const DEFAULT_WIDTH = 640;

/**
 * A dose-reduction (taper) schedule as a step chart of daily dose against date, with the same data as a
 * table that always prints. The schedule comes from the core (`taperSchedule`); the chart only draws it.
 *
 * Input, first found wins: `.schedule` (a result of `taperSchedule()` / `cdcShortCourseTaper()`, or its
 * steps), `.taper` (a `TaperPlan`), `.plan` / `plan` (a whole plan, whose review dates are marked), the
 * attributes `start`, `dose`, `percent`, `interval-days`, `basis` (with `round-to`, `unit`, `drug`), and
 * finally the plan of a surrounding `<opioid-plan-context>`. Invalid input shows an error block
 * (role="alert") naming the field and fires `opioid-error`; no chart is drawn.
 *
 * Words: en-GB (the default) and en-US are built in; Welsh (`cy`) and Spanish (`es`) are drafts, not yet
 * reviewed by a clinician fluent in the language, loaded on demand and used only with
 * `allow-draft-locales` on the chart or its `<opioid-plan-context>` (otherwise en-GB, and one console
 * warning). Dates, doses and tick labels follow the same locale (Gregorian calendar, Latin digits), and
 * tick spacing is measured on the locale's own labels, so longer month names never overlap.
 *
 * Hazards controlled (docs/clinical-safety/hazard-log.md): H-04 OME/MME used to switch opioids (cautions
 * beside OME/MME doses), H-06 date off by one, H-09 dose without its guidance and unit, H-13 hostile text,
 * H-14 input it could not check shown as fine, H-17 taper cutting more than planned, H-22 day/month order,
 * H-23 chart or table misdrawn or misread, H-24 warning lost in print or forced colours, H-25 no or stale
 * plan from the context, H-28 wording changed by a locale catalogue.
 *
 * @summary Taper schedule as an accessible step chart with a printable table.
 *
 * @attr start - Start date of the taper, `YYYY-MM-DD`.
 * @attr dose - Daily dose at the start (mg of the drug, or mg OME/MME with `unit`).
 * @attr percent - Reduction per step, more than 0 and less than 100.
 * @attr interval-days - Days between reductions (1–365).
 * @attr basis - `original` (percentage of the starting dose: linear) or `current` (of the dose now).
 * @attr round-to - Round every dose to a multiple of this (an achievable tablet strength, mg).
 * @attr unit - `mg` (of the drug, default), `ome` or `mme`; labels the axis and every dose.
 * @attr drug - The opioid being reduced (`morphine`, `oxycodone`, …), named in the axis and summary.
 * @attr today - The date treated as today, `YYYY-MM-DD`; default: the context's, else the local date (moving forward at midnight).
 * @attr locale - Locale of every word, date and number: `en-GB`, `en-US`, `cy`, `es` (a region such as `cy-GB` or
 *   `es-MX` is fine); default: the context's, else the nearest `lang`, else `<html lang>`, else en-GB.
 * @attr table-open - Present when the table is shown on screen (it always prints).
 *
 * @prop {ScheduleInput | null | undefined} schedule - A result of `taperSchedule()` / `cdcShortCourseTaper()`, or its `steps` array.
 * @prop {TaperInput | null | undefined} taper - A `TaperPlan` object (`startDate`, `startDose`, `percent`, `intervalDays`, `basis`, …).
 * @prop {PlanInput | null | undefined} plan - A whole `OpioidPlanInput` (or its JSON text): its `taper` and review dates are used.
 * @prop {boolean} tableOpen - Whether the table is shown on screen.
 *
 * @fires opioid-error - The input cannot be drawn. `detail: { element, issues: { path, code, params, message }[] }`,
 *   each message in the chart's locale; once per distinct set of problems; bubbles and is composed.
 *
 * @csspart chart - The box around the chart (its width decides the layout).
 * @csspart svg - The chart drawing (`role="img"`, labelled with the summary sentence).
 * @csspart summary - The summary sentence under the chart.
 * @csspart status - Today's dose and the next change, in words.
 * @csspart key - The key to the lines and marks.
 * @csspart notes - The core's notes on the schedule (pace, rounding) and its source.
 * @csspart cautions - With doses in OME/MME: the guidance and the cautions that go with every such figure.
 * @csspart toggle - The button that shows or hides the table.
 * @csspart table - The table of steps.
 * @csspart empty - The message shown when there is no taper to draw.
 * @csspart error - The error block.
 *
 * @cssprop [--opioid-taper-chart-line=var(--opioid-color-primary, #005eb8)] - Colour of the step line and marks.
 * @cssprop [--opioid-taper-chart-current=#003087] - Colour of today's step.
 * @cssprop [--opioid-taper-chart-today=#212b32] - Colour of the "Today" line.
 * @cssprop [--opioid-taper-chart-review=#4c6272] - Colour of review-date lines.
 * @cssprop [--opioid-taper-chart-grid=#d8dde0] - Colour of gridlines.
 * @cssprop [--opioid-taper-chart-pause=#768692] - Colour of the pause hatching.
 * @cssprop [--opioid-color-primary=#005eb8] - Buttons and the step line (shared token).
 * @cssprop [--opioid-font-family] - Font (shared token).
 */
export class OpioidTaperChart extends OpioidElement {
  static override styles = [tokens, sharedStyles, taperChartStyles];

  @property({ attribute: false }) schedule: ScheduleInput | null | undefined;
  @property({ attribute: false }) taper: TaperInput | null | undefined;
  @property({ attribute: 'plan', converter: planAttributeConverter }) plan: PlanInput | null | undefined;

  @property() start?: string;
  @property() dose?: string;
  @property() percent?: string;
  @property({ attribute: 'interval-days' }) intervalDays?: string;
  @property() basis?: string;
  @property({ attribute: 'round-to' }) roundTo?: string;
  @property() unit?: string;
  @property() drug?: string;
  @property() today?: string;
  @property() locale?: string;
  @property({ type: Boolean, reflect: true, attribute: 'table-open' }) tableOpen = false;
  /**
   * Lets the chart use a draft catalogue (cy, es: written carefully, not yet reviewed by a clinician
   * fluent in the language). Without it, on the chart or its `<opioid-plan-context>`, the chart shows
   * en-GB and warns once in the console.
   */
  @property({ type: Boolean, reflect: true, attribute: 'allow-draft-locales' }) allowDraftLocales = false;

  @consume({ context: planContext, subscribe: true })
  @state()
  private planFromContext?: PlanContextValue;

  /** The chart box's width in CSS pixels, from ResizeObserver (0 until measured). */
  @state() private width = 0;

  private resolved: TaperInputResult = { kind: 'empty', reason: 'noInput' };
  private effectiveToday: IsoDate = '';
  /** The locale whose words are shown (see LocaleController: drafts only when allowed). */
  private tag: LocaleTag = 'en-GB';
  private readonly locales = new LocaleController(this, [chartSection, commonSection]);
  private resizeObserver?: ResizeObserver;
  private resizeFrame = 0;
  private measure?: MeasureText;
  private readonly clock = new TodayController(this);
  /** Upgraded over a server render (a declarative shadow root was already there). */
  private readonly serverRendered = !isServer && this.shadowRoot !== null;

  override connectedCallback(): void {
    // Before super: a context requested before <opioid-plan-context> is defined is kept and replayed.
    ensureContextRoot(this);
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver((entries) => this.onResize(entries));
      if (this.hasUpdated) this.observeSizer();
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    this.observeSizer();
    if (this.serverRendered) {
      // Hydrated with estimated text widths (see renderTaper): lay out again with the real font's.
      this.measure = undefined;
      queueMicrotask(() => this.requestUpdate());
    }
  }

  /**
   * Watches a zero-height strip as wide as the element rather than the element itself: drawing the
   * chart changes the element's height, and watching that would notify again in the same frame.
   */
  private observeSizer(): void {
    const sizer = this.renderRoot.querySelector('.sizer');
    if (sizer && this.resizeObserver) this.resizeObserver.observe(sizer);
  }

  override disconnectedCallback(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    cancelAnimationFrame(this.resizeFrame);
    super.disconnectedCallback();
  }

  private onResize(entries: ResizeObserverEntry[]): void {
    const width = Math.floor(entries[entries.length - 1]?.contentRect.width ?? 0);
    if (width <= 0) return; // hidden (display: none): keep the last layout
    if (this.width === 0) {
      this.width = width; // first measurement: lay out now, before the first paint of the chart
      return;
    }
    // Many resize notifications while a window is dragged: lay out once per frame.
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = requestAnimationFrame(() => { this.width = width; });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const context = this.planFromContext ??= planFromServerContext(this);
    // A context without a locale of its own passes the page's on: then a nearer `lang` comes first.
    const contextLocale = context?.locale;
    this.tag = this.locales.resolve({
      own: this.locale,
      context: contextLocale !== pageLocale(this) ? contextLocale : undefined,
      allowDraft: this.allowDraftLocales || context?.allowDraftLocales === true,
    });
    this.wordsTag = this.tag;
    // `today` by the rule every widget and the context share (a value that is not a date is an issue).
    const overrides = readOverrides({ today: this.today });
    this.effectiveToday = overrides.today ?? context?.today ?? this.clock.today;
    const resolved = this.resolveInput(context);
    const found: ChartIssue[] = [...overrides.issues, ...(resolved.kind === 'issues' ? resolved.issues : [])];
    // Every message in the chart's locale, the event's too (the host gets the codes and parameters as well).
    const issues: ValidationIssue[] = found.map((issue) => issueText(issue, this.tag));
    this.resolved = issues.length > 0
      ? { kind: 'issues', title: resolved.kind === 'issues' ? resolved.title : 'cannotDraw', issues }
      : resolved;
    this.setInputIssues(issues);
    // A chart drawn at a guessed width is drawn again when ResizeObserver reports the real one (a
    // second render and layout in the first frame): read the width once, before the first drawing.
    if (!this.hasUpdated && this.width === 0 && this.resolved.kind === 'taper' && !isServer && !this.serverRendered && this.isConnected) this.width = this.contentWidth();
  }

  /**
   * The element's content width in CSS pixels, as ResizeObserver reports it for the sizer (0 when not
   * laid out, e.g. inside `display: none`). One style and layout read, before the first drawing only;
   * the computed style also names the font the labels are measured in.
   */
  private contentWidth(): number {
    const style = getComputedStyle(this);
    this.measure ??= textMeasurer(style.fontFamily);
    const edges = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
    const width = this.getBoundingClientRect().width - edges.reduce((sum, edge) => sum + (Number.parseFloat(style[edge]) || 0), 0);
    return Number.isFinite(width) && width > 0 ? Math.floor(width) : 0;
  }

  private resolveInput(context: PlanContextValue | undefined): TaperInputResult {
    const guidance = context?.guidance ?? 'uk';
    if (this.schedule !== undefined && this.schedule !== null) return taperFromSchedule(this.schedule, this.unit, guidance);
    if (this.taper !== undefined && this.taper !== null) return taperFromPlanObject(this.taper, guidance, []);
    if (hasPlanInput(this.plan)) {
      const parsed = parsePlan(this.plan);
      if (!parsed.ok) return { kind: 'issues', title: 'planUnreadable', issues: parsed.issues };
      return taperFromPlan(parsed.plan, parsed.plan.guidance);
    }
    const attributes = {
      start: this.start, dose: this.dose, percent: this.percent, 'interval-days': this.intervalDays,
      basis: this.basis, 'round-to': this.roundTo, unit: this.unit, drug: this.drug,
    };
    if (hasTaperAttributes(attributes)) return taperFromAttributes(attributes, guidance);
    if (context?.plan) return taperFromPlan(context.plan, context.guidance);
    if (context && context.issues.length > 0) {
      // The provider shows the plan's problems and fires the event; repeating them here would be noise.
      return { kind: 'empty', reason: 'planProblems' };
    }
    return { kind: 'empty', reason: 'noInput' };
  }

  protected override render(): TemplateResult {
    // The words' language, for screen readers and hyphenation, where it is not the page's (WCAG 3.1.2).
    return html`<div class="sizer"></div><div lang=${this.tag}>${this.renderContent()}</div>`;
  }

  private renderContent(): TemplateResult {
    const resolved = this.resolved;
    const chart = chartSection.get(this.tag);
    if (resolved.kind === 'issues') return this.renderIssues(chart[resolved.title], resolved.issues);
    if (resolved.kind === 'empty') return html`<p class="empty" part="empty">${chart.empty[resolved.reason]}</p>`;
    return this.renderTaper(resolved.taper);
  }

  private renderTaper(taper: ResolvedTaper): TemplateResult {
    const words = taperWords(this.tag, taper.unit, taper.drug, doseDigits(taper.steps));
    const { chart } = words;
    const today = this.effectiveToday;
    const current = currentStep(taper.steps, today);
    const summary = summarySentence({
      summary: taper.summary, steps: taper.steps, descriptionParams: taper.descriptionParams, description: taper.description, drug: taper.drug, words,
    });
    const markers: ChartMarker[] = [
      { kind: 'today', date: today, label: chart.label.today },
      ...taper.reviews.map((r) => ({ kind: 'review' as const, date: r.date, label: chart.label[r.kind] })),
    ];
    const notes = taper.notes.map((note) => noteText(note, this.tag)).filter((note) => note !== '');
    // The server has no fonts to measure: it lays out with the measurer's estimate, and the browser's
    // first render of a server-rendered chart (hydration) must draw the same chart; it measures after.
    const estimate = isServer || (this.serverRendered && !this.hasUpdated);
    this.measure ??= estimate ? textMeasurer('', true) : textMeasurer(getComputedStyle(this).fontFamily);
    const layout = layoutChart({
      steps: taper.steps, width: this.width || DEFAULT_WIDTH, currentIndex: current?.index, markers,
      formatDate: words.shortDate, formatDateWithYear: words.date, formatDose: words.number, measure: this.measure,
      words: { stop: chart.label.stop, pause: chart.label.pause },
    });
    // The table scrolls sideways on a narrow screen (320 px): its box takes keyboard focus and has a
    // name, so someone without a mouse can scroll it and hears what it is (WCAG 2.1.1; axe
    // scrollable-region-focusable).
    return html`<div class="chart" part="chart">${chartSvg(layout, summary, words.axisTitle, !estimate)}</div>
<p class="summary" part="summary">${summary}</p>
${this.renderStatus(taper, words, today, current)}
${this.renderKey(layout, taper, words)}
<div class="notes" part="notes">${notes.length > 0 ? html`<ul>${notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing}
${taper.source ? html`<p>${chart.methodFrom(taper.source)}</p>` : nothing}</div>
${this.renderCautions(taper.unit, words)}
<button type="button" class="toggle" part="toggle" aria-expanded=${this.tableOpen ? 'true' : 'false'}
aria-controls="schedule-table" @click=${this.toggleTable}>${this.tableOpen ? chart.table.hide : chart.table.show}</button>
<div id="schedule-table" class="table-region" role="region" aria-label=${chart.table.region} tabindex="0" ?hidden=${!this.tableOpen}>
${scheduleTable(taper.steps, words, current?.index, chart.table.caption(summary), !estimate)}</div>`;
  }

  /** Today's dose and the next change, in words (the chart's "Today" line says the same). */
  private renderStatus(taper: ResolvedTaper, words: TaperWords, today: IsoDate, current: TaperStep | undefined): TemplateResult {
    const next = nextStep(taper.steps, today);
    const first = taper.steps[0];
    const { status } = words.chart;
    let text: string;
    if (!current) {
      text = first ? status.startsOn(words.date(first.date), words.dose(first.dose)) : '';
    } else if (current.isStop) {
      text = status.stopped(words.date(today), words.date(current.date));
    } else {
      text = status.today(words.date(today), words.dose(current.dose));
      if (next) text += ` ${next.isStop ? status.stopOn(words.date(next.date)) : status.nextChange(words.date(next.date), words.dose(next.dose))}`;
    }
    return html`<p class="status" part="status"><strong>${text}</strong></p>`;
  }

  /** The chart's marks and lines in words, dash styles included, so the key survives black-and-white print. */
  private renderKey(layout: ChartLayout, taper: ResolvedTaper, words: TaperWords): TemplateResult {
    const { key } = words.chart;
    const outside = (item: string, kind: ChartMarker['kind'], date?: IsoDate) =>
      layout.markersNotDrawn.some((m) => m.kind === kind && (date === undefined || m.date === date)) ? key.outside(item) : item;
    const items = [
      key.dots,
      outside(key.today, 'today'),
      ...taper.reviews.map((r) => outside(key.review(words.chart.label[r.kind], words.date(r.date)), 'review', r.date)),
      ...(layout.pauses.length > 0 ? [key.pause] : []),
      ...(layout.stop ? [key.stop] : []),
    ];
    return html`<p class="key" part="key">${key.join(items)}</p>`;
  }

  /**
   * Doses in OME/MME are morphine equivalents, not doses of a drug: they carry the guidance that names
   * the unit and its cautions, as every OME/MME figure must (REFERENCE.md §1), above all that they must
   * not be turned back into a dose of another opioid.
   */
  private renderCautions(unit: DoseUnit, words: TaperWords): TemplateResult | typeof nothing {
    if (unit === 'mg') return nothing;
    const core = words.core.catalogue;
    const guidance = unit === 'MME' ? core.guidance.us : core.guidance.uk;
    return html`<div class="cautions" part="cautions"><p>${words.chart.doseUnit(core.unit[unit].long, unit, guidance)}</p>
<ul>${core.cautions(unit).map((caution) => html`<li>${caution}</li>`)}</ul></div>`;
  }

  private toggleTable(): void {
    this.tableOpen = !this.tableOpen;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'opioid-taper-chart': OpioidTaperChart;
  }
}
