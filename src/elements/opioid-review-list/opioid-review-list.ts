import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { OpioidElement } from '../../internal/opioid-element.js';
import { ChildJsonScript } from '../../internal/child-json-script.js';
import { TodayController } from '../../internal/today-controller.js';
import { sharedStyles, tokens } from '../../styles/shared-styles.js';
import type { CodeTable } from '../../core/coded-medicine.js';
import type { IsoDate } from '../../core/dates.js';
import type { DoseBandId } from '../../core/guidance.js';
import type { Guidance } from '../../core/ids.js';
import type { ValidationIssue } from '../../core/parse.js';
import { pageLocale } from '../../internal/plan-inputs.js';
import { planContext } from '../../internal/plan-context-key.js';
import { ensureContextRoot } from '../../internal/context-root.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { commonSection, describeElementIssue } from '../../locales/common/index.js';
import { enGBReview, reviewSection } from '../../locales/review/index.js';
import type { LocaleTag } from '../../locales/types.js';
import { assessEntries, profileFor, suppliedFields, type AssessOptions, type ConditionId, type PersonField, type ReviewRow } from './review-model.js';
import { DEFAULT_SORT, FIRST_DIRECTION, SORT_KEYS, type ReviewSort, type SortKey } from './review-sort.js';
import { isFiltering, type ReviewFilter } from './review-filter.js';
import { reviewSummary, type ReviewSummary } from './review-summary.js';
import { reviewCsv } from './review-csv.js';
import { formatter, guidanceName, issueLines, reviewIssueText, type Formatter } from './review-format.js';
import {
  COLUMN_SORT, bodyRow, detailRow, headerRow, icon, printTable, summarySection,
  isDetail, type Column, type Item, type RowContext,
} from './review-list-templates.js';
import { notABundle, readSettings, readSource, type SourceKind } from './review-input.js';
import { RowNavigation } from './review-navigation.js';
import { sortDescription, toolbar } from './review-toolbar.js';
import { ReviewView } from './review-view.js';
import type { OpioidReviewAssessedDetail, OpioidReviewExportDetail, OpioidReviewSelectDetail } from './review-events.js';
import { reviewListStyles } from './opioid-review-list.styles.js';

export type { OpioidReviewAssessedDetail, OpioidReviewExportDetail, OpioidReviewSelectDetail } from './review-events.js';

/** Lists up to this long are checked at once; longer ones in slices with a progress bar. */
const AT_ONCE = 400;
/** Least time between two moves of the progress bar, in ms (ten a second reads as moving). */
const PROGRESS_MS = 100;

/**
 * The caseload for an MDT or a primary-care opioid review service: one row per person, most urgent
 * first, with the same numbers and flags the plan card shows (the core's `planFlags`,
 * `planTotalDailyOme`, `doseBand`, `taperSchedule`). Above the table, the measures a service reports
 * (how many people, how many at or above the high-dose threshold, with no review date or an overdue one,
 * co-prescribed a benzodiazepine or gabapentinoid, on a taper, acute plans without a stop date), each a
 * button that shows those people. Filters by dose band and condition, a text search over the host's own
 * display fields, sorting, an inline plan card per row, CSV export of the view and a print view.
 *
 * Rows are virtualised (`@lit-labs/virtualizer`): 10,000 people scroll as smoothly as 10. A list longer
 * than a few hundred is checked in slices of a few milliseconds with a progress bar, so the page never
 * stops responding. A plan that fails validation is a row that says so, counted apart; a repeated plan
 * id is shown, marked and counted once.
 *
 * The element shows only the display fields the host gives (`name`, `identifier`, `age`, `note`); it
 * never asks for more.
 *
 * Hazards controlled (docs/clinical-safety/hazard-log.md): H-03 silent partial total, H-05 stale or
 * mistyped threshold, H-09 total without its guidance, H-13 hostile text, H-14 a plan it could not check
 * shown as fine, H-19 co-prescription not flagged, H-20 missing stop or review date, H-22 day/month order,
 * H-24 warning lost in print or forced colours, H-29 a patient missed, counted twice or ranked too low.
 *
 * @summary The review caseload: one row per person, most urgent first, summary measures, filters.
 *
 * @fires opioid-review-select - A row was activated (click, Enter). `detail: { planId, index, person }`.
 * @fires opioid-review-assessed - Every plan is checked. `detail: { rows, people, invalid, duplicates, milliseconds }`.
 * @fires opioid-review-export - Export CSV was chosen; cancelable (preventDefault() to save it yourself). `detail: { csv, rows, filename }`.
 * @fires opioid-error - The input or a setting cannot be used, or some plans could not be checked.
 *   `detail: { element, issues: { path, message }[] }`; bubbles and is composed.
 *
 * @csspart list - The outer block.
 * @csspart header - Title, guidance and date.
 * @csspart summary - The summary measures.
 * @csspart toolbar - Search, filters, sort, export and print.
 * @csspart table - The scroll box around the grid.
 * @csspart print - The table printed instead of the grid.
 * @csspart error - The error block shown when the input cannot be used.
 *
 * @cssprop [--opioid-review-list-height=36rem] - Height of the scrolling table.
 * @cssprop [--opioid-review-list-title-size=1.375rem] - Font size of the title.
 * @cssprop [--opioid-font-family=Arial, sans-serif] - Font.
 * @cssprop [--opioid-color-text=#212b32] - Text colour.
 * @cssprop [--opioid-color-text-secondary=#4c6272] - Secondary text.
 * @cssprop [--opioid-color-primary=#005eb8] - Buttons, links and the pressed measure.
 * @cssprop [--opioid-color-border=#d8dde0] - Borders and rules.
 * @cssprop [--opioid-color-surface=#ffffff] - Background.
 * @cssprop [--opioid-color-surface-muted=#f0f4f5] - Header and hovered rows.
 * @cssprop [--opioid-color-urgent=#d5281b] - Urgent flags (always with an icon and words).
 * @cssprop [--opioid-color-warning=#ffb81c] - Warnings (always with an icon and words).
 * @cssprop [--opioid-color-info=#005eb8] - Information flags.
 * @cssprop [--opioid-radius=4px] - Corner radius.
 * @cssprop [--opioid-space=16px] - Base spacing unit.
 */
export class OpioidReviewList extends OpioidElement {
  static override styles = [tokens, sharedStyles, reviewListStyles];

  /**
   * The people to review: an array of plans, or of `{ plan, person: { name, identifier, age, note } }`
   * (the display fields may also sit beside `plan`). Assign a new array to update.
   */
  @property({ attribute: false })
  plans: unknown;

  /** A FHIR R4 Bundle (or array of resources) of many patients: medicines are grouped by patient and read by the FHIR adapter. */
  @property({ attribute: false })
  fhir: unknown;

  /** Coded-medicine tables for FHIR input (`rxnorm`, `dmd` from 'opioid-elements/codes/…'). */
  @property({ attribute: false })
  codes?: CodeTable[];

  /** `uk` (Opioids Aware OME, the default) or `us` (CDC 2022 MME): every row is read under it. */
  @property()
  guidance?: Guidance;

  /** The date treated as today, `YYYY-MM-DD`; defaults to today's local date (moving forward at midnight). */
  @property()
  today?: IsoDate;

  /**
   * Locale for wording, numbers and dates: `en-GB`, `en-US`, `cy` or `es` (a region such as `es-MX`
   * reads as `es`; other languages show en-GB). Defaults to a surrounding `<opioid-plan-context>`'s,
   * else the nearest `lang`, else `<html lang>`, else `en-GB`.
   */
  @property()
  locale?: string;

  /**
   * Lets the list use a draft catalogue (cy, es: written carefully, not yet reviewed by a clinician
   * fluent in the language). Without it, on the list or its `<opioid-plan-context>`, the list shows
   * en-GB and warns once in the console. The inline plan cards follow the list.
   */
  @property({ type: Boolean, reflect: true, attribute: 'allow-draft-locales' })
  allowDraftLocales = false;

  /** A locally agreed UK high-dose threshold in mg/day OME (e.g. 120); default 90. Ignored for US guidance. */
  @property({ type: Number })
  threshold?: number;

  /** The list's title. */
  @property()
  label?: string;

  /** The host's name for the identifier (e.g. "NHS number", "MRN"), in the CSV header. */
  @property({ attribute: 'identifier-label' })
  identifierLabel?: string;

  /** Heading level of the title (1–6; the summary uses the next level). */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  /** Most rows in the print view (the CSV has them all). */
  @property({ attribute: 'print-limit', type: Number })
  printLimit = 2000;

  @state() private sort: ReviewSort = DEFAULT_SORT;
  @state() private filter: ReviewFilter = {};
  @state() private expanded: ReadonlySet<number> = new Set();
  @state() private active = 0;
  /** The row that takes Tab while the active row is not rendered (-1: the active row does). */
  @state() private tabbable = -1;
  @state() private progress: { done: number; total: number } | undefined;
  @state() private printing = false;
  @state() private cardReady = false;
  @state() private rows: ReviewRow[] = [];

  private readonly json = new ChildJsonScript(this);
  private readonly clock = new TodayController(this);
  private readonly consumer = new ContextConsumer(this, { context: planContext, subscribe: true });
  private readonly locales = new LocaleController(this, [reviewSection, commonSection]);
  private resolved: { options: AssessOptions; source: unknown; kind: SourceKind } | undefined;
  /** A FHIR input the adapter could not read, kept with that input (a new input clears it). */
  private fhirProblem: { source: unknown; issue: ValidationIssue } | undefined;
  private inputKey: readonly unknown[] = [];
  private run = 0;
  private started = 0;
  private f: Formatter | undefined;
  private formatterFor: readonly unknown[] = [];
  private fieldsFor: { rows: readonly ReviewRow[]; fields: PersonField[] } | undefined;
  private summaryValue: ReviewSummary = reviewSummary([]);
  private readonly shown = new ReviewView();
  private readonly navigation = new RowNavigation({
    items: () => this.shown.items,
    active: () => this.active,
    setActive: (position) => { this.active = position; },
    tabbable: () => this.tabbable,
    setTabbable: (position) => { this.tabbable = position; },
    root: () => this.renderRoot,
    updated: () => this.updateComplete,
    select: (row) => this.select(row),
    toggle: (row, open) => this.toggle(row, open),
  });
  /**
   * Rendered by a server (opioid-elements/ssr): until its first update in the browser it renders what the
   * server did (the rows as a plain table, readable with JavaScript off), so hydration matches; then the grid.
   */
  private readonly serverRendered = !isServer && this.shadowRoot !== null;
  private readonly onBeforePrint = () => { this.printing = true; this.performUpdate(); };
  private readonly onAfterPrint = () => { this.printing = false; };

  /** The summary measures of the whole list (not the filtered view). */
  get summary(): ReviewSummary {
    return this.summaryValue;
  }

  /** The rows shown now, in order (filtered and sorted). */
  get view(): readonly ReviewRow[] {
    return this.shown.rows;
  }

  /** The display fields the host supplied, worked out once per list (a field no one has is a pass over every row). */
  private fields(): PersonField[] {
    if (this.fieldsFor?.rows !== this.rows) this.fieldsFor = { rows: this.rows, fields: suppliedFields(this.rows) };
    return this.fieldsFor.fields;
  }

  /** The view as CSV text (only the display fields the host supplied). */
  toCsv(): string {
    if (this.f === undefined) return '';
    return reviewCsv(this.view, this.f, { fields: this.fields(), identifierLabel: this.identifierLabel });
  }

  override connectedCallback(): void {
    // Before super, so a request made before <opioid-plan-context> is defined is kept and replayed.
    ensureContextRoot(this);
    super.connectedCallback();
    globalThis.addEventListener?.('beforeprint', this.onBeforePrint);
    globalThis.addEventListener?.('afterprint', this.onAfterPrint);
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Hydrated the server's plain table: now the live grid, with its search, filters and sorting.
    if (this.serverRendered) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('beforeprint', this.onBeforePrint);
    globalThis.removeEventListener?.('afterprint', this.onAfterPrint);
  }

  /** Internal state is reachable from script like any property: whatever was put there, start again from a sound value. */
  private repairState(): void {
    if (!(this.expanded instanceof Set)) this.expanded = new Set();
    if (!Array.isArray(this.rows)) this.rows = [];
    if (typeof this.filter !== 'object' || this.filter === null) this.filter = {};
    const sort = this.sort as Partial<ReviewSort> | null | undefined;
    if (typeof sort !== 'object' || sort === null || !SORT_KEYS.includes(sort.key as SortKey)
      || (sort.direction !== 'ascending' && sort.direction !== 'descending')) this.sort = DEFAULT_SORT;
    if (!Number.isSafeInteger(this.active) || this.active < 0) this.active = 0;
    if (!Number.isSafeInteger(this.tabbable)) this.tabbable = -1;
  }

  /** The list's problems carry codes (its own, the shared settings', the core's): worded in its locale. */
  protected override issueText(issue: ValidationIssue): string {
    return reviewIssueText(issue, this.wordsTag) ?? describeElementIssue(issue, this.wordsTag);
  }

  /** The locale the list speaks (DESIGN.md's one rule; drafts only with allow-draft-locales here or on the context). */
  private resolveLocale(): LocaleTag {
    const context = this.consumer.value;
    // A context without its own `locale` passes the page's on; then a nearer `lang` comes first.
    const contextLocale = context?.locale !== undefined && context.locale !== pageLocale(this) ? context.locale : undefined;
    return this.locales.resolve({
      own: this.locale, context: contextLocale, allowDraft: this.allowDraftLocales || context?.allowDraftLocales === true,
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.wordsTag = this.resolveLocale();
    this.repairState();
    const settings = readSettings({ guidance: this.guidance, today: this.today, locale: this.locale, threshold: this.threshold },
      { today: this.clock.today, locale: pageLocale(this) });
    const source = readSource(this.plans, this.fhir, this.json.text);
    const unreadable = this.fhirProblem !== undefined && this.fhirProblem.source === source.source ? [this.fhirProblem.issue] : [];
    const issues = [...settings.issues, ...(source.issue ? [source.issue] : []), ...unreadable];
    this.setInputIssues(issues);
    if (settings.options === undefined || issues.length > 0) {
      this.resolved = undefined;
      this.inputKey = [];
      this.run += 1;
      this.rows = [];
      this.summaryValue = reviewSummary([]);
      this.progress = undefined;
    } else {
      const options = settings.options;
      // A new formatter only when what it words changed (the list updates after every slice while it checks).
      const words = [options.guidance, options.threshold, options.today, this.wordsTag];
      if (this.f === undefined || words.some((part, i) => part !== this.formatterFor[i])) {
        this.f = formatter(profileFor(options), this.wordsTag, options.today);
        this.formatterFor = words;
      }
      // A child script is parsed on every update: its text, not the new object, says whether it changed.
      const key = [source.text ?? source.source, source.kind,
        options.guidance, options.today, options.threshold, options.locale, this.codes];
      if (key.length !== this.inputKey.length || key.some((part, i) => part !== this.inputKey[i])) {
        this.inputKey = key;
        this.resolved = { options, source: source.source, kind: source.kind };
        this.start(this.resolved);
      }
    }
    this.derive();
  }

  private start(resolved: NonNullable<OpioidReviewList['resolved']>): void {
    const run = ++this.run;
    this.started = globalThis.performance?.now() ?? Date.now();
    this.expanded = new Set();
    this.active = 0;
    if (resolved.kind === 'none') {
      this.rows = [];
      this.progress = undefined;
      return;
    }
    if (resolved.kind === 'fhir') {
      this.rows = [];
      this.progress = { done: 0, total: 0 };
      // The FHIR adapter is loaded only when FHIR is given (the plans path never downloads it).
      import('./review-fhir.js').then(({ entriesFromFhir }) => {
        if (run !== this.run) return;
        const read = entriesFromFhir(resolved.source, { today: resolved.options.today, guidance: resolved.options.guidance, codes: this.codes });
        if (!read.ok) {
          this.unreadableFhir(resolved.source);
          return;
        }
        this.assess(read.entries, resolved.options, run);
      }).catch(() => {
        if (run !== this.run) return;
        this.unreadableFhir(resolved.source);
      });
      return;
    }
    this.assess(resolved.source as unknown[], resolved.options, run);
  }

  /** The error stays while this input does (every update checks the input again, so it is kept, not set once). */
  private unreadableFhir(source: unknown): void {
    this.progress = undefined;
    this.fhirProblem = { source, issue: notABundle() };
    this.requestUpdate();
  }

  /** On the server, and when hydrating what it rendered, the whole list at once (a server has no frames to yield). */
  private get staticView(): boolean {
    return isServer || (this.serverRendered && !this.hasUpdated);
  }

  private assess(entries: readonly unknown[], options: AssessOptions, run: number): void {
    if (entries.length <= AT_ONCE || this.staticView) {
      this.finish(assessEntries(entries, options));
      return;
    }
    this.rows = [];
    this.progress = { done: 0, total: entries.length };
    let shownAt = globalThis.performance?.now() ?? Date.now();
    // The runner and its worker client load only for a long list.
    import('./review-runner.js').then(({ assessLongList, reviewWorkerUrl }) => assessLongList(entries, options, () => this.sort, {
      workerUrl: reviewWorkerUrl(),
      // The bar moves at most every PROGRESS_MS: each move is an update and a render of the element, and
      // the runner reports after every slice of a few milliseconds (10,000 people: some 40 reports).
      onProgress: (done, total) => {
        const at = globalThis.performance?.now() ?? Date.now();
        if (run !== this.run || at - shownAt < PROGRESS_MS) return;
        shownAt = at;
        this.progress = { done, total };
      },
      cancelled: () => run !== this.run,
    })).then((done) => {
      if (done === undefined || run !== this.run) return;
      this.shown.keepSorted(done.rows, done.sort, done.sorted);
      this.fieldsFor = { rows: done.rows, fields: done.fields };
      this.finish(done.rows, done.summary);
    }, () => {
      // The runner could not be loaded (offline, a moved file): check here, at once, rather than show nothing.
      if (run === this.run) this.finish(assessEntries(entries, options));
    });
  }

  private finish(rows: ReviewRow[], summary: ReviewSummary = reviewSummary(rows)): void {
    this.rows = rows;
    this.progress = undefined;
    this.summaryValue = summary;
    const invalid = rows.filter((row) => row.status === 'invalid');
    const milliseconds = Math.round((globalThis.performance?.now() ?? Date.now()) - this.started);
    queueMicrotask(() => {
      this.emit<OpioidReviewAssessedDetail>('opioid-review-assessed', {
        rows: rows.length, people: summary.people, invalid: summary.invalid, duplicates: summary.duplicates, milliseconds,
      });
      if (invalid.length > 0) {
        this.emit('opioid-error', {
          element: this.localName,
          issues: invalid.slice(0, 50).map((row) => ({
            // The event keeps English, as every element's opioid-error does.
            path: `plans[${row.index}]`, message: `${row.planId ? `${enGBReview.planId(row.planId)}: ` : ''}${issueLines(row, 'en-GB').slice(0, 3).join(' ')}`,
          })),
        });
      }
    });
  }

  /** Sorted, then filtered, then with the open plans' detail rows: each step redone only when its input changed. */
  private derive(): void {
    this.shown.update(this.rows, this.sort, this.filter, this.expanded);
    const count = this.shown.items.length;
    if (this.active >= count) this.active = Math.max(count - 1, 0);
  }

  // ---- interaction ------------------------------------------------------------------------------

  private setSort(sort: ReviewSort): void {
    this.sort = sort;
    this.active = 0;
  }

  private onSortColumn(column: Column): void {
    const key = COLUMN_SORT[column];
    if (key === undefined) return;
    const direction = this.sort.key === key
      ? (this.sort.direction === 'ascending' ? 'descending' : 'ascending')
      : FIRST_DIRECTION[key];
    this.setSort({ key, direction });
  }

  private onSortSelect(event: Event): void {
    const [key, direction] = (event.target as HTMLSelectElement).value.split(':') as [SortKey, ReviewSort['direction']];
    if (SORT_KEYS.includes(key)) this.setSort({ key, direction: direction === 'ascending' ? 'ascending' : 'descending' });
  }

  private setFilter(filter: ReviewFilter): void {
    this.filter = filter;
    this.active = 0;
  }

  private onMeasure(id: ConditionId | 'all'): void {
    const pressed = this.pressedMeasure();
    this.setFilter(id === 'all' || pressed === id ? {} : { conditions: [id] });
  }

  private pressedMeasure(): ConditionId | 'all' | undefined {
    const { filter } = this;
    if (!isFiltering(filter)) return 'all';
    const only = filter.band === undefined && !(filter.search?.trim()) && filter.conditions?.length === 1 ? filter.conditions[0] : undefined;
    return only;
  }

  private onCondition(id: ConditionId, on: boolean): void {
    const conditions = (this.filter.conditions ?? []).filter((existing) => existing !== id);
    this.setFilter({ ...this.filter, conditions: on ? [...conditions, id] : conditions });
  }

  private onBand(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.setFilter({ ...this.filter, band: value === '' ? undefined : value as DoseBandId });
  }

  private onSearch(event: Event): void {
    this.setFilter({ ...this.filter, search: (event.target as HTMLInputElement).value });
  }

  private toggle(row: ReviewRow, open = !this.expanded.has(row.index)): void {
    if (row.status !== 'ok') return;
    const next = new Set(this.expanded);
    if (open) next.add(row.index);
    else next.delete(row.index);
    this.expanded = next;
    if (open && !this.cardReady) {
      import('../opioid-plan-card/register.js').then(() => { this.cardReady = true; }, () => undefined);
    }
  }

  private select(row: ReviewRow): void {
    this.emit<OpioidReviewSelectDetail>('opioid-review-select', { planId: row.planId, index: row.index, person: { ...row.person } });
  }

  private exportCsv(): void {
    const csv = this.toCsv();
    const filename = `opioid-review-${this.f?.today ?? 'list'}.csv`;
    const proceed = this.dispatchEvent(new CustomEvent<OpioidReviewExportDetail>('opioid-review-export', {
      detail: { csv, rows: this.view.length, filename }, bubbles: true, composed: true, cancelable: true,
    }));
    // The file-saving code loads on first use (most lists are never exported).
    if (proceed) void import('./review-export.js').then(({ saveCsv }) => saveCsv(this.renderRoot, csv, filename), () => undefined);
  }

  private async print(): Promise<void> {
    this.printing = true;
    await this.updateComplete;
    globalThis.print?.();
  }

  // ---- rendering ----------------------------------------------------------------------------------

  private card(row: ReviewRow): TemplateResult {
    const options = this.resolved?.options;
    if (!this.cardReady || options === undefined) return html`<p>…</p>`;
    // The card speaks the list's language (and may use a draft only because the list does).
    return html`<opioid-plan-card .plan=${row.plan} guidance=${options.guidance} today=${options.today} locale=${this.wordsTag}
      ?allow-draft-locales=${this.allowDraftLocales || this.consumer.value?.allowDraftLocales === true} .threshold=${options.threshold} heading-level=${Math.min(this.level() + 1, 6)}></opioid-plan-card>`;
  }

  private level(): number {
    return Math.min(Math.max(Math.round(Number(this.headingLevel)) || 2, 1), 6);
  }

  private sortDescription(): string {
    return sortDescription(this.sort, reviewSection.get(this.wordsTag), this.f);
  }

  private table(f: Formatter): TemplateResult {
    const ctx: RowContext = {
      f, expanded: this.expanded, active: this.active, tabbable: this.tabbable,
      onToggle: (row, event) => { event.stopPropagation(); this.toggle(row); },
      card: (row) => this.card(row),
    };
    const items = this.shown.items;
    return html`<div class="scroll" part="table">
      <div role="grid" class="grid" aria-labelledby="title" aria-describedby="sort-status hint" aria-rowcount=${items.length + 1} aria-colcount="8">
        <div role="rowgroup" class="head">${headerRow({ f, sort: this.sort, onSort: (column) => this.onSortColumn(column) })}</div>
        <div role="rowgroup" class="body" @click=${this.navigation.onBodyClick} @keydown=${this.navigation.onKeyDown} @rangeChanged=${this.navigation.onRangeChanged}>${virtualize({
          // The virtualizer only reads its items (its type asks for a mutable array).
          items: items as Item[],
          keyFunction: (item: Item) => (isDetail(item) ? `detail-${item.detailOf.index}` : `row-${item.index}`),
          renderItem: (item: Item, position: number) => (isDetail(item) ? detailRow(item.detailOf, position, ctx) : bodyRow(item, position, ctx)),
          // Given, not left to the virtualizer to load on demand: one module fewer to fetch, and it works in
          // a single-file bundle and in every dev server.
          layout: flow(),
        })}</div>
      </div>
    </div>`;
  }

  protected override render(): TemplateResult {
    const level = this.level();
    const tag = this.wordsTag;
    const w = reviewSection.get(tag);
    const title = this.label?.trim() || w.caption;
    const header = html`<div class="header" part="header">
      <div class="title" role="heading" aria-level=${level} id="title">${title}</div>
      ${this.f && this.inputIssues.length === 0 ? html`<p class="meta">${w.guidanceUsed(guidanceName(this.f))} · ${w.todayIs(this.f.date(this.f.today))}</p>` : nothing}
    </div>`;
    if (this.inputIssues.length > 0 || this.f === undefined) {
      return html`<div class="list" part="list" lang=${tag}>${header}${this.renderIssues(w.errorTitle, this.inputIssues)}</div>`;
    }
    const f = this.f;
    if (this.progress !== undefined) {
      const { done, total } = this.progress;
      return html`<div class="list" part="list" lang=${tag}>${header}
        <div class="progress"><label for="progress">${w.assessing(f.count(done), f.count(total))}</label>
        <progress id="progress" max=${Math.max(total, 1)} .value=${done}></progress></div>
        <p class="visually-hidden" role="status">${w.assessingLabel}</p></div>`;
    }
    const summary = this.summaryValue;
    const view = this.view;
    const filtering = isFiltering(this.filter);
    const status = filtering ? w.showing(f.count(view.length), f.count(this.rows.length)) : f.plural(this.rows.length, w.showingAll);
    return html`<div class="list" part="list" lang=${tag}>${header}
      ${summary.invalid > 0 ? html`<p class="row-alert" role="alert">${icon('urgent')}<strong>${f.plural(summary.invalid, w.invalidAlert)}</strong></p>` : nothing}
      ${this.rows.length === 0 ? html`<p class="empty">${w.noRows}</p>` : html`
        ${summarySection({ f, summary, pressed: this.pressedMeasure(), onMeasure: (id) => this.onMeasure(id), level })}
        ${toolbar({
          f, filter: this.filter, sort: this.sort, fields: this.fields(), viewLength: view.length,
          sortDescription: this.sortDescription(),
          onSearch: (event) => this.onSearch(event), onBand: (event) => this.onBand(event), onSortSelect: (event) => this.onSortSelect(event),
          onCondition: (id, on) => this.onCondition(id, on), onExport: () => this.exportCsv(), onPrint: () => void this.print(),
        })}
        <div class="status-line"><p role="status">${status}. <span id="sort-status">${this.sortDescription()}</span></p>
          ${filtering ? html`<button type="button" class="link" @click=${() => this.setFilter({})}>${w.clearFilters}</button>` : nothing}
          <p class="hint" id="hint">${w.keyboardHint}</p></div>
        ${view.length === 0 ? html`<p class="empty">${w.noMatches}</p>` : this.staticView ? nothing : this.table(f)}
        ${this.printing || this.staticView ? printTable({ f, rows: view, max: Math.max(1, Math.round(Number(this.printLimit)) || 2000), total: this.rows.length, fields: this.fields(), identifierLabel: this.identifierLabel }) : nothing}`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'opioid-review-list': OpioidReviewList;
  }
}
