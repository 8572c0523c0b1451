/**
 * The review list's markup. Text only: every value is bound as text (never HTML), and the host's own
 * text (names, identifiers, notes, plan ids) sits in <bdi> so a right-to-left override in it cannot
 * reorder the words around it. The table is an ARIA grid (rows are virtualised, so a native <table>
 * cannot lay them out): column headers with `aria-sort`, `aria-rowcount` on the grid and
 * `aria-rowindex` on every row, so a screen reader says "row 412 of 10,001" although only a screenful is
 * in the DOM. The print view is a real <table> of the whole view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FlagSeverity } from '../../core/flags.js';
import type { DoseBandId } from '../../core/guidance.js';
import type { ConditionId, PersonField, ReviewRow } from './review-model.js';
import type { ReviewSort, SortKey } from './review-sort.js';
import type { ReviewSummary, SummaryMeasure } from './review-summary.js';
import {
  bandText, careTeamText, durationText, flagItems, issueLines, opioidsText, personLabel, reviewText, taperText, totalText,
  type Formatter,
} from './review-format.js';

export const COLUMNS = ['person', 'total', 'opioids', 'duration', 'review', 'flags', 'taper', 'careTeam'] as const;
export type Column = (typeof COLUMNS)[number];
/** The sort each column header applies (the flags column sorts by urgency: flags, then total). */
export const COLUMN_SORT: Partial<Record<Column, SortKey>> = {
  person: 'name', total: 'total', duration: 'duration', review: 'review', flags: 'urgency', taper: 'taper',
};

/** The open plan's inline card, shown after its row. */
export interface DetailItem { readonly detailOf: ReviewRow }
/**
 * One line of the virtualised list: a person's row itself, or the detail after an open row. Rows are
 * not wrapped, so with no plan open the list's items are the view itself (100,000 rows, no copies).
 */
export type Item = ReviewRow | DetailItem;
export const isDetail = (item: Item): item is DetailItem => 'detailOf' in item;
/** The person's row an item belongs to. */
export const rowOf = (item: Item): ReviewRow => (isDetail(item) ? item.detailOf : item);

const ICONS: Readonly<Record<FlagSeverity, string>> = { urgent: '!', warning: '!', info: 'i' };
export const icon = (severity: FlagSeverity) => html`<span class="icon icon-${severity}" aria-hidden="true">${ICONS[severity]}</span>`;
const text = (value: string | undefined) => html`<bdi>${value}</bdi>`;

export function columnName(column: Column, f: Formatter): string {
  return column === 'total' ? f.w.columns.total(f.profile.unit) : f.w.columns[column];
}

const BAND_SEVERITY: Readonly<Record<DoseBandId, FlagSeverity>> = {
  'specialist-referral': 'urgent', implausible: 'urgent', 'high-dose': 'warning', reassess: 'warning',
  incomplete: 'warning', 'below-threshold': 'info', information: 'info', 'outside-scope': 'info',
};

export interface HeaderContext {
  f: Formatter;
  sort: ReviewSort;
  onSort: (column: Column) => void;
}

export function headerRow(ctx: HeaderContext): TemplateResult {
  return html`<div role="row" class="row head-row" aria-rowindex="1">${COLUMNS.map((column) => {
    const key = COLUMN_SORT[column];
    const name = columnName(column, ctx.f);
    const sorted = key !== undefined && key === ctx.sort.key;
    const arrow = sorted ? (ctx.sort.direction === 'ascending' ? '▲' : '▼') : '';
    return html`<div role="columnheader" class="cell col-${column}" aria-sort=${sorted ? ctx.sort.direction : nothing}>${key === undefined ? name
      : html`<button type="button" class="sort" @click=${() => ctx.onSort(column)}>${name}<span class="arrow" aria-hidden="true">${arrow}</span></button>`}</div>`;
  })}</div>`;
}

export interface RowContext {
  f: Formatter;
  expanded: ReadonlySet<number>;
  active: number;
  /** Takes Tab instead of `active` while the active row is scrolled out of the DOM (-1: none). */
  tabbable: number;
  onToggle: (row: ReviewRow, event: Event) => void;
  /** The inline plan card, once its module has loaded. */
  card: (row: ReviewRow) => TemplateResult;
}

const label = (words: string) => html`<span class="label" aria-hidden="true">${words}</span>`;

function personCell(row: ReviewRow, ctx: RowContext): TemplateResult {
  const { w } = ctx.f;
  const who = personLabel(row, ctx.f);
  const open = ctx.expanded.has(row.index);
  const details = [
    row.person.name !== undefined ? row.person.identifier : undefined,
    row.person.age !== undefined ? w.ageYears(row.person.age) : undefined,
    row.person.note,
  ].filter((part): part is string => part !== undefined);
  return html`<div role="rowheader" class="cell col-person">
    ${row.status === 'ok' ? html`<button type="button" class="toggle" tabindex="-1" aria-expanded=${open ? 'true' : 'false'}
      aria-label=${open ? w.hidePlan(who) : w.showPlan(who)} @click=${(event: Event) => ctx.onToggle(row, event)}><span aria-hidden="true">${open ? '−' : '+'}</span></button>` : nothing}
    <span class="who"><strong class="name">${text(who)}</strong>
    ${details.length > 0 ? html`<span class="detail">${details.map((part, i) => html`${i > 0 ? ' · ' : ''}${text(part)}`)}</span>` : nothing}
    ${row.planId ? html`<span class="detail plan-id">${w.planId('')}${text(row.planId)}</span>` : nothing}
    ${row.duplicateOf !== undefined ? html`<span class="duplicate">${icon('warning')}${w.duplicateOf(row.planId, ctx.f.count(row.duplicateOf + 1))}</span>` : nothing}</span>
  </div>`;
}

function invalidCells(row: ReviewRow, f: Formatter): TemplateResult {
  const lines = issueLines(row, f.tag);
  return html`<div role="gridcell" class="cell invalid" aria-colspan="7">${icon('urgent')}<span><strong>${f.w.invalidRow}.</strong>
    ${f.plural(lines.length, f.w.invalidIssues)} <span class="issues">${lines.slice(0, 3).map((line, i) => html`${i > 0 ? '; ' : ''}${text(line)}`)}${lines.length > 3 ? ` (+${lines.length - 3})` : ''}</span></span></div>`;
}

function flagsCell(row: ReviewRow, f: Formatter): TemplateResult {
  const { w } = f;
  const items = flagItems(row, f);
  const shown = items.length > 4 ? items.slice(0, 3) : items;
  return html`<div role="gridcell" class="cell col-flags">${label(w.columns.flags)}${items.length === 0 ? html`<span class="none">${w.noFlags}</span>`
    : html`<ul class="flags">${shown.map((item) => html`<li class="flag flag-${item.severity}" data-flag=${item.id} data-severity=${item.severity}>${icon(item.severity)}<span><span class="visually-hidden">${w.flagWithSeverity(item.severityText, '')}</span>${item.label}</span></li>`)}
      ${items.length > shown.length ? html`<li class="more">${f.plural(items.length - shown.length, w.moreFlags)}</li>` : nothing}</ul>`}</div>`;
}

export function bodyRow(row: ReviewRow, position: number, ctx: RowContext): TemplateResult {
  const f = ctx.f;
  const { w } = f;
  const top: FlagSeverity | 'none' = row.urgent > 0 ? 'urgent' : row.warnings > 0 ? 'warning' : row.flags.length > 0 ? 'info' : 'none';
  const cells = row.status === 'invalid' ? invalidCells(row, f) : (() => {
    const review = reviewText(row, f);
    const band = row.band;
    return html`
      <div role="gridcell" class="cell col-total ${row.complete ? '' : 'incomplete'}">${label(columnName('total', f))}<span class="figure">${row.complete && !row.implausible ? nothing : icon(row.implausible ? 'urgent' : 'warning')}${totalText(row, f)}</span>
        ${band !== undefined && band !== 'below-threshold' && band !== 'incomplete' ? html`<span class="band band-${band}" data-band=${band}>${icon(BAND_SEVERITY[band])}${bandText(row, f)}</span>` : nothing}</div>
      <div role="gridcell" class="cell col-opioids">${label(w.columns.opioids)}${opioidsText(row, f)}</div>
      <div role="gridcell" class="cell col-duration">${label(w.columns.duration)}${durationText(row, f)}${row.startDate ? html`<span class="detail">${w.since(f.date(row.startDate))}</span>` : nothing}</div>
      <div role="gridcell" class="cell col-review review-${review.state}">${label(w.columns.review)}${review.state === 'overdue' || review.state === 'missing' ? icon(review.state === 'overdue' ? 'warning' : 'info') : nothing}<span>${review.text}</span>${review.date ? html`<span class="detail">${review.date}</span>` : nothing}</div>
      ${flagsCell(row, f)}
      <div role="gridcell" class="cell col-taper">${label(w.columns.taper)}${taperText(row, f)}</div>
      <div role="gridcell" class="cell col-careTeam">${label(w.columns.careTeam)}${text(careTeamText(row, f))}</div>`;
  })();
  return html`<div role="row" class="row body-row sev-${top} ${row.status}" aria-rowindex=${position + 2} data-position=${position}
    tabindex=${position === ctx.active || position === ctx.tabbable ? '0' : '-1'}>
    ${personCell(row, ctx)}${cells}
  </div>`;
}

export function detailRow(row: ReviewRow, position: number, ctx: RowContext): TemplateResult {
  return html`<div role="row" class="row detail-row" aria-rowindex=${position + 2} data-position=${position} tabindex=${position === ctx.active || position === ctx.tabbable ? '0' : '-1'}
    aria-label=${ctx.f.w.planOf(personLabel(row, ctx.f))}>
    <div role="gridcell" class="cell detail-cell" aria-colspan="8">${ctx.card(row)}</div>
  </div>`;
}

export interface SummaryContext {
  f: Formatter;
  summary: ReviewSummary;
  /** The condition the list is filtered on alone, if it is one of the measures. */
  pressed: ConditionId | 'all' | undefined;
  onMeasure: (id: ConditionId | 'all') => void;
  level: number;
}

function measure(ctx: SummaryContext, id: ConditionId | 'all', figure: string, name: string, share?: string): TemplateResult {
  return html`<li><button type="button" class="measure measure-${id}" aria-pressed=${ctx.pressed === id ? 'true' : 'false'}
    @click=${() => ctx.onMeasure(id)} aria-describedby="measure-hint">
    <span class="figure">${figure}</span><span class="name">${name}</span>${share ? html`<span class="share">${share}</span>` : nothing}</button></li>`;
}

export function summarySection(ctx: SummaryContext): TemplateResult {
  const { f, summary } = ctx;
  const { w } = f;
  const m = w.measures;
  const threshold = f.dose(f.profile.highDoseThreshold);
  const names: Record<SummaryMeasure, string> = {
    'above-threshold': m.aboveThreshold(threshold), 'no-review-date': m.noReviewDate, 'review-overdue': m.reviewOverdue,
    'co-prescribed': m.coPrescribed, 'on-taper': m.onTaper, 'acute-no-stop-date': m.acuteNoStop,
  };
  const ids = Object.keys(names) as SummaryMeasure[];
  return html`<section class="summary" part="summary" aria-labelledby="summary-h">
    <div class="heading" role="heading" aria-level=${Math.min(ctx.level + 1, 6)} id="summary-h">${w.summaryHeading}</div>
    <ul class="measures">
      ${measure(ctx, 'all', f.count(summary.people), m.people)}
      ${ids.map((id) => measure(ctx, id, f.count(summary.counts[id]), names[id], w.share(f.percent(summary.shares[id]))))}
      ${summary.invalid > 0 ? measure(ctx, 'invalid', f.count(summary.invalid), m.invalid) : nothing}
      ${summary.duplicates > 0 ? measure(ctx, 'duplicate', f.count(summary.duplicates), m.duplicates) : nothing}
    </ul>
    <p class="note" id="measure-hint">${w.summaryNote}</p>
  </section>`;
}

export interface PrintContext {
  f: Formatter;
  rows: readonly ReviewRow[];
  max: number;
  total: number;
  fields: PersonField[];
  identifierLabel: string | undefined;
}

/** A real table of the whole view for paper (the screen's grid holds only the rows in view). */
export function printTable(ctx: PrintContext): TemplateResult {
  const { f } = ctx;
  const { w } = f;
  const shown = ctx.rows.slice(0, ctx.max);
  return html`<div class="print-view" part="print">
    <p>${w.printedOn(f.date(f.today), f.count(ctx.rows.length), f.count(ctx.total))}</p>
    ${ctx.rows.length > ctx.max ? html`<p><strong>${w.printTruncated(f.count(ctx.max), f.count(ctx.rows.length))}</strong></p>` : nothing}
    <table>
      <thead><tr>${COLUMNS.map((column) => html`<th scope="col">${columnName(column, f)}</th>`)}</tr></thead>
      <tbody>${shown.map((row) => html`<tr>
        <th scope="row">${text(personLabel(row, f))}${row.person.identifier && row.person.name ? html`<br>${text(row.person.identifier)}` : nothing}${row.person.age ? html`<br>${w.ageYears(row.person.age)}` : nothing}</th>
        ${row.status === 'invalid' ? html`<td colspan="7">${w.invalidRow}: ${issueLines(row, f.tag).slice(0, 3).join('; ')}</td>` : html`
        <td>${totalText(row, f)}${row.band && row.band !== 'below-threshold' && row.band !== 'incomplete' ? html`<br>${bandText(row, f)}` : nothing}</td>
        <td>${opioidsText(row, f)}</td><td>${durationText(row, f)}</td>
        <td>${reviewText(row, f).text}${row.reviewDate ? html`<br>${f.date(row.reviewDate)}` : nothing}</td>
        <td>${flagItems(row, f).map((item) => w.flagWithSeverity(item.severityText, item.label)).join('; ') || w.noFlags}</td>
        <td>${taperText(row, f)}</td><td>${text(careTeamText(row, f))}</td>`}
      </tr>`)}</tbody>
    </table>
  </div>`;
}
