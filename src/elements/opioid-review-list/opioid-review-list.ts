import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { OpioidElement } from '../../internal/opioid-element.js';
import { ChildJsonScript } from '../../internal/child-json-script.js';
import { TodayController } from '../../internal/today-controller.js';
import { sharedStyles, tokens } from '../../styles/shared-styles.js';
import type { CodeTable } from '../../core/coded-medicine.js';
import type { IsoDate } from '../../core/dates.js';
import { thresholdFor, type DoseBandId } from '../../core/guidance.js';
import type { Guidance } from '../../core/ids.js';
import type { ValidationIssue } from '../../core/parse.js';
import { pageLocale, readOverrides } from '../../internal/plan-inputs.js';
import { planContext } from '../../internal/plan-context-key.js';
import { ensureContextRoot } from '../../internal/context-root.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { commonSection, describeElementIssue } from '../../locales/common/index.js';
import { enGBCommon } from '../../locales/common/en-GB.js';
import { enGBReview, reviewSection } from '../../locales/review/index.js';
import type { LocaleTag } from '../../locales/types.js';
import { assessEntries, CONDITIONS, profileFor, type AssessOptions, type ConditionId, type ReviewPerson, type ReviewRow } from './review-model.js';
import { assessInSlices, yieldToHost } from './review-runner.js';
import { reviewWorkerUrl } from './review-worker-url.js';
import { DEFAULT_SORT, FIRST_DIRECTION, SORT_KEYS, sortRows, type ReviewSort, type SortKey } from './review-sort.js';
import { bandsFor, filterRows, isFiltering, type ReviewFilter } from './review-filter.js';
import { reviewSummary, type ReviewSummary } from './review-summary.js';
import { reviewCsv, suppliedFields } from './review-csv.js';
import { formatter, guidanceName, issueLines, REVIEW_ISSUES, reviewIssueText, type Formatter } from './review-format.js';
import {
  COLUMN_SORT, bodyRow, columnName, detailRow, headerRow, icon, printTable, summarySection,
  type Column, type Item, type RowContext,
} from './review-list-templates.js';
import { reviewListStyles } from './opioid-review-list.styles.js';

/** Detail of `opioid-review-select`: the person a reviewer opened (the host shows the record). */
export interface OpioidReviewSelectDetail {
  planId: string;
  /** Position in the host's input (0-based). */
  index: number;
  person: ReviewPerson;
}

/** Detail of `opioid-review-assessed`: every plan is checked and the list is shown. */
export interface OpioidReviewAssessedDetail {
  rows: number;
  people: number;
  invalid: number;
  duplicates: number;
  /** From the input being set to the rows being ready, in ms. */
  milliseconds: number;
}

/** Detail of `opioid-review-export` (cancelable: call preventDefault() to save the CSV yourself). */
export interface OpioidReviewExportDetail {
  csv: string;
  rows: number;
  filename: string;
}

declare global {
  interface HTMLElementEventMap {
    'opioid-review-select': CustomEvent<OpioidReviewSelectDetail>;
    'opioid-review-assessed': CustomEvent<OpioidReviewAssessedDetail>;
    'opioid-review-export': CustomEvent<OpioidReviewExportDetail>;
  }
}

const notAList = (path: string): ValidationIssue => ({ path, code: REVIEW_ISSUES.notAList, message: enGBReview.notAList });
const notABundle = (): ValidationIssue => ({ path: 'fhir', code: REVIEW_ISSUES.notABundle, message: enGBReview.notABundle });

/** Lists up to this long are checked at once; longer ones in slices with a progress bar. */
const AT_ONCE = 400;

interface Resolved {
  options: AssessOptions;
  source: unknown;
  kind: 'plans' | 'fhir' | 'json' | 'none';
}

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
  private resolved: Resolved | undefined;
  /** A FHIR input the adapter could not read, kept with that input (a new input clears it). */
  private fhirProblem: { source: unknown; issue: ValidationIssue } | undefined;
  private inputKey: readonly unknown[] = [];
  private run = 0;
  private started = 0;
  private f: Formatter | undefined;
  private summaryValue: ReviewSummary = reviewSummary([]);
  private sortedFor: { rows: ReviewRow[]; sort: ReviewSort; result: ReviewRow[] } | undefined;
  private viewFor: { sorted: ReviewRow[]; filter: ReviewFilter; result: ReviewRow[] } | undefined;
  private items: Item[] = [];
  private itemsFor: { view: ReviewRow[]; expanded: ReadonlySet<number> } | undefined;
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
    return this.viewFor?.result ?? [];
  }

  /** The view as CSV text (only the display fields the host supplied). */
  toCsv(): string {
    if (this.f === undefined) return '';
    return reviewCsv(this.view, this.f, { fields: suppliedFields(this.rows), identifierLabel: this.identifierLabel });
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

  private settingIssues(): { options: AssessOptions | undefined; issues: ValidationIssue[] } {
    const overrides = readOverrides({ guidance: this.guidance, today: this.today, locale: this.locale });
    const issues = [...overrides.issues];
    const threshold = this.threshold ?? undefined;
    if (threshold !== undefined) {
      const check = thresholdFor(threshold, 'uk');
      if (!check.ok) {
        const { min, max } = check.params;
        issues.push({ path: 'threshold', code: check.code, params: { min, max }, message: enGBCommon.thresholdRange(String(min), String(max)) });
      }
    }
    if (issues.length > 0) return { options: undefined, issues };
    return {
      options: {
        guidance: overrides.guidance ?? 'uk',
        today: overrides.today ?? this.clock.today,
        threshold,
        locale: overrides.locale ?? pageLocale(this),
      },
      issues,
    };
  }

  /** Which input the host gave: `.plans`, else `.fhir`, else a child JSON script (an array, or a Bundle). */
  private readSource(): { kind: Resolved['kind']; source: unknown; text?: string; issue?: ValidationIssue } {
    if (this.plans !== undefined && this.plans !== null) {
      return Array.isArray(this.plans) ? { kind: 'plans', source: this.plans } : { kind: 'none', source: undefined, issue: notAList('plans') };
    }
    if (this.fhir !== undefined && this.fhir !== null) return { kind: 'fhir', source: this.fhir };
    const text = this.json.text;
    if (text === undefined || text.trim() === '') return { kind: 'none', source: undefined };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { kind: 'none', source: undefined, issue: { path: '', code: REVIEW_ISSUES.notJson, message: enGBReview.notJson } };
    }
    if (Array.isArray(value)) return { kind: 'json', source: value, text };
    if (typeof value === 'object' && value !== null && 'resourceType' in value) return { kind: 'fhir', source: value, text };
    return { kind: 'none', source: undefined, issue: notAList('') };
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
    const settings = this.settingIssues();
    const source = this.readSource();
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
      this.f = formatter(profileFor(options), this.wordsTag, options.today);
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

  private start(resolved: Resolved): void {
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
    void assessInSlices(entries, options, {
      workerUrl: reviewWorkerUrl(),
      onProgress: (done, total) => { if (run === this.run) this.progress = { done, total }; },
      cancelled: () => run !== this.run,
    }).then(async (rows) => {
      if (rows === undefined || run !== this.run) return;
      // The summary and the first sort of a long list each get a task of their own, so showing
      // 100,000 rows never blocks the page for long (each is a few tens of ms at that size).
      await yieldToHost();
      const summary = reviewSummary(rows);
      await yieldToHost();
      const sort = this.sort;
      const sorted = sortRows(rows, sort);
      await yieldToHost();
      if (run !== this.run) return;
      this.sortedFor = { rows, sort, result: sorted };
      this.finish(rows, summary);
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
    const { rows, sort, filter } = this;
    if (this.sortedFor?.rows !== rows || this.sortedFor.sort !== sort) {
      this.sortedFor = { rows, sort, result: sortRows(rows, sort) };
    }
    const sorted = this.sortedFor.result;
    if (this.viewFor?.sorted !== sorted || this.viewFor.filter !== filter) {
      this.viewFor = { sorted, filter, result: filterRows(sorted, filter) };
    }
    const view = this.viewFor.result;
    if (this.itemsFor?.view !== view || this.itemsFor.expanded !== this.expanded) {
      this.itemsFor = { view, expanded: this.expanded };
      this.items = [];
      for (const row of view) {
        this.items.push({ kind: 'row', row });
        if (this.expanded.has(row.index)) this.items.push({ kind: 'detail', row });
      }
      if (this.active >= this.items.length) this.active = Math.max(this.items.length - 1, 0);
    }
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

  private positionOf(event: Event): number {
    const target = (event.target as Element | null)?.closest?.('[data-position]');
    return target ? Number((target as HTMLElement).dataset.position) : Number.NaN;
  }

  private onBodyClick(event: MouseEvent): void {
    const position = this.positionOf(event);
    const item = this.items[position];
    if (item === undefined) return;
    this.active = position;
    const target = event.target as Element;
    if (item.kind === 'detail' || target.closest('button, a, input, select, opioid-plan-card')) return;
    this.select(item.row);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const position = this.positionOf(event);
    const item = this.items[position];
    // Only keys pressed on a row itself; inside the inline plan card keys belong to the card.
    if (item === undefined || !(event.target as Element).matches('[role="row"]')) return;
    const last = this.items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: position + 1, ArrowUp: position - 1, Home: 0, End: last, PageDown: position + 10, PageUp: position - 10,
    };
    if (event.key in moves) {
      event.preventDefault();
      void this.moveTo(Math.min(Math.max(moves[event.key] as number, 0), last));
      return;
    }
    if (event.key === 'Enter' && item.kind === 'row') {
      event.preventDefault();
      this.select(item.row);
    } else if ((event.key === ' ' || event.key === 'ArrowRight') && item.kind === 'row') {
      event.preventDefault();
      this.toggle(item.row, event.key === 'ArrowRight' ? true : undefined);
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      if (item.kind === 'detail') void this.moveTo(position - 1);
      else this.toggle(item.row, false);
    }
  }

  /** Makes the item at `position` the active row, scrolls it into view (the virtualizer renders it) and focuses it. */
  private async moveTo(position: number): Promise<void> {
    this.active = position;
    this.tabbable = -1;
    await this.scrollToAndFocus(position);
  }

  private async scrollToAndFocus(position: number): Promise<void> {
    await this.updateComplete;
    const body = this.renderRoot.querySelector<HTMLElement & VirtualizerHostElement>('.body');
    const virtualizer = body?.[virtualizerRef];
    const find = () => this.renderRoot.querySelector<HTMLElement>(`.body [data-position="${position}"]`);
    if (find() === null) virtualizer?.element(position)?.scrollIntoView({ block: 'nearest' });
    // The virtualizer renders the rows near the new scroll position a frame or more later.
    const until = (globalThis.performance?.now() ?? Date.now()) + 3000;
    while (find() === null && (globalThis.performance?.now() ?? Date.now()) < until) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    let row = find();
    if (row === null) return;
    row.scrollIntoView?.({ block: 'nearest' });
    row.focus({ preventScroll: true });
    // The virtualizer then measures the real row heights and may re-render the range, replacing the
    // focused row: focus the row at that position again once the layout has settled.
    await virtualizer?.layoutComplete.catch(() => undefined);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    row = find();
    if (row !== null && this.active === position && !row.matches(':focus')) {
      row.scrollIntoView?.({ block: 'nearest' });
      row.focus({ preventScroll: true });
    }
  }

  /**
   * Keep a focusable row among those rendered when the reader scrolls away with the mouse or wheel: the
   * first rendered row takes Tab while the active one is out of the DOM (the active row is kept).
   */
  private onRangeChanged(event: Event): void {
    const { first, last } = event as Event & { first: number; last: number };
    const outside = this.active < first || this.active > last;
    const next = outside ? Math.max(first, 0) : -1;
    if (next !== this.tabbable) this.tabbable = next;
  }

  private exportCsv(): void {
    const csv = this.toCsv();
    const filename = `opioid-review-${this.f?.today ?? 'list'}.csv`;
    const proceed = this.dispatchEvent(new CustomEvent<OpioidReviewExportDetail>('opioid-review-export', {
      detail: { csv, rows: this.view.length, filename }, bubbles: true, composed: true, cancelable: true,
    }));
    if (!proceed || typeof URL.createObjectURL !== 'function') return;
    // A byte-order mark so spreadsheet programs read the file as UTF-8 (names with accents, "≥").
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
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

  private toolbar(f: Formatter): TemplateResult {
    const { w } = f;
    const filter = this.filter;
    const fields = suppliedFields(this.rows);
    const searchFields = [...fields.map((field) => w.searchFields[field]), w.searchFields.planId].join(', ');
    const conditionsOn = filter.conditions?.length ?? 0;
    const sortValue = `${this.sort.key}:${this.sort.direction}`;
    const sortOptions: [string, string][] = [
      ['urgency:descending', w.sortOptions.urgency], ['total:descending', w.sortOptions['total-desc']], ['total:ascending', w.sortOptions['total-asc']],
      ['review:ascending', w.sortOptions['review-asc']], ['duration:descending', w.sortOptions['duration-desc']],
      ['name:ascending', w.sortOptions['name-asc']], ['taper:ascending', w.sortOptions['taper-asc']],
    ];
    const threshold = (band: DoseBandId) => f.dose(band === 'specialist-referral' ? (f.profile.specialistReferralThreshold ?? f.profile.highDoseThreshold) : f.profile.highDoseThreshold);
    return html`<div class="toolbar" part="toolbar">
      <div class="field"><label for="search">${w.searchLabel}</label>
        <input id="search" type="search" autocomplete="off" .value=${filter.search ?? ''} @input=${this.onSearch} aria-describedby="search-hint">
        <span class="hint" id="search-hint">${w.searchHint(searchFields)}</span></div>
      <div class="field"><label for="band">${w.bandLabel}</label>
        <select id="band" @change=${this.onBand}>
          <option value="" ?selected=${filter.band === undefined}>${w.bandAll}</option>
          ${bandsFor(f.profile.id).map((band) => html`<option value=${band} ?selected=${filter.band === band}>${w.bandFilter[band](threshold(band))}</option>`)}
        </select></div>
      <div class="field"><label for="sort">${w.sortLabel}</label>
        <select id="sort" @change=${this.onSortSelect}>
          ${sortOptions.map(([value, name]) => html`<option value=${value} ?selected=${value === sortValue}>${name}</option>`)}
          ${sortOptions.some(([value]) => value === sortValue) ? nothing : html`<option value=${sortValue} selected>${this.sortDescription()}</option>`}
        </select></div>
      <div class="actions">
        <button type="button" class="button" @click=${this.exportCsv} aria-describedby="csv-hint">${w.exportCsv}</button>
        <button type="button" class="button" @click=${this.print}>${w.print}</button>
        <span class="visually-hidden" id="csv-hint">${w.exportCsvHint(f.count(this.view.length))}</span>
      </div>
      <details class="more-filters" ?open=${conditionsOn > 0}>
        <summary>${w.conditionsLabel}${conditionsOn > 0 ? ` (${conditionsOn})` : ''}</summary>
        <fieldset><legend class="visually-hidden">${w.conditionsLabel}</legend>
          ${CONDITIONS.map((id) => html`<label class="check"><input type="checkbox" .checked=${filter.conditions?.includes(id) ?? false}
            @change=${(event: Event) => this.onCondition(id, (event.target as HTMLInputElement).checked)}>${w.conditions[id]}</label>`)}
        </fieldset>
      </details>
    </div>`;
  }

  private sortDescription(): string {
    const { key, direction } = this.sort;
    const w = reviewSection.get(this.wordsTag);
    if (key === 'urgency' && direction === 'descending') return w.sortedByUrgency;
    const column = (Object.keys(COLUMN_SORT) as Column[]).find((name) => COLUMN_SORT[name] === key) ?? 'flags';
    const name = this.f ? columnName(column, this.f) : column;
    return direction === 'ascending' ? w.sortedAscending(name) : w.sortedDescending(name);
  }

  private table(f: Formatter): TemplateResult {
    const ctx: RowContext = {
      f, expanded: this.expanded, active: this.active, tabbable: this.tabbable,
      onToggle: (row, event) => { event.stopPropagation(); this.toggle(row); },
      card: (row) => this.card(row),
    };
    const items = this.items;
    return html`<div class="scroll" part="table">
      <div role="grid" class="grid" aria-labelledby="title" aria-describedby="sort-status hint" aria-rowcount=${items.length + 1} aria-colcount="8">
        <div role="rowgroup" class="head">${headerRow({ f, sort: this.sort, onSort: (column) => this.onSortColumn(column) })}</div>
        <div role="rowgroup" class="body" @click=${this.onBodyClick} @keydown=${this.onKeyDown} @rangeChanged=${this.onRangeChanged}>${virtualize({
          items,
          keyFunction: (item: Item) => `${item.kind}-${item.row.index}`,
          renderItem: (item: Item, position: number) => (item.kind === 'row' ? bodyRow(item.row, position, ctx) : detailRow(item.row, position, ctx)),
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
        ${this.toolbar(f)}
        <div class="status-line"><p role="status">${status}. <span id="sort-status">${this.sortDescription()}</span></p>
          ${filtering ? html`<button type="button" class="link" @click=${() => this.setFilter({})}>${w.clearFilters}</button>` : nothing}
          <p class="hint" id="hint">${w.keyboardHint}</p></div>
        ${view.length === 0 ? html`<p class="empty">${w.noMatches}</p>` : this.staticView ? nothing : this.table(f)}
        ${this.printing || this.staticView ? printTable({ f, rows: view, max: Math.max(1, Math.round(Number(this.printLimit)) || 2000), total: this.rows.length, fields: suppliedFields(this.rows), identifierLabel: this.identifierLabel }) : nothing}`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'opioid-review-list': OpioidReviewList;
  }
}
