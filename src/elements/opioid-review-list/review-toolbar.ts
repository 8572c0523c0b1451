/**
 * The toolbar above the grid: the text search (over the host's display fields and the plan id only),
 * the dose band and the conditions to filter on, the sort, Export CSV and Print; and the words that
 * say how the list is sorted. Text only, as every template of the list.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DoseBandId } from '../../core/guidance.js';
import type { ReviewWords } from '../../locales/review/index.js';
import { CONDITIONS, type ConditionId, type PersonField } from './review-model.js';
import { bandsFor, type ReviewFilter } from './review-filter.js';
import type { ReviewSort } from './review-sort.js';
import type { Formatter } from './review-format.js';
import { COLUMN_SORT, columnName, type Column } from './review-list-templates.js';

export interface ToolbarContext {
  f: Formatter;
  filter: ReviewFilter;
  sort: ReviewSort;
  /** The display fields the host supplied (what the search looks in). */
  fields: PersonField[];
  viewLength: number;
  sortDescription: string;
  onSearch: (event: Event) => void;
  onBand: (event: Event) => void;
  onSortSelect: (event: Event) => void;
  onCondition: (id: ConditionId, on: boolean) => void;
  onExport: () => void;
  onPrint: () => void;
}

export function toolbar(ctx: ToolbarContext): TemplateResult {
  const { f, filter, sort, fields } = ctx;
  const { w } = f;
  const searchFields = [...fields.map((field) => w.searchFields[field]), w.searchFields.planId].join(', ');
  const conditionsOn = filter.conditions?.length ?? 0;
  const sortValue = `${sort.key}:${sort.direction}`;
  const sortOptions: [string, string][] = [
    ['urgency:descending', w.sortOptions.urgency], ['total:descending', w.sortOptions['total-desc']], ['total:ascending', w.sortOptions['total-asc']],
    ['review:ascending', w.sortOptions['review-asc']], ['duration:descending', w.sortOptions['duration-desc']],
    ['name:ascending', w.sortOptions['name-asc']], ['taper:ascending', w.sortOptions['taper-asc']],
  ];
  const threshold = (band: DoseBandId) => f.dose(band === 'specialist-referral' ? (f.profile.specialistReferralThreshold ?? f.profile.highDoseThreshold) : f.profile.highDoseThreshold);
  return html`<div class="toolbar" part="toolbar">
    <div class="field"><label for="search">${w.searchLabel}</label>
      <input id="search" type="search" autocomplete="off" .value=${filter.search ?? ''} @input=${ctx.onSearch} aria-describedby="search-hint">
      <span class="hint" id="search-hint">${w.searchHint(searchFields)}</span></div>
    <div class="field"><label for="band">${w.bandLabel}</label>
      <select id="band" @change=${ctx.onBand}>
        <option value="" ?selected=${filter.band === undefined}>${w.bandAll}</option>
        ${bandsFor(f.profile.id).map((band) => html`<option value=${band} ?selected=${filter.band === band}>${w.bandFilter[band](threshold(band))}</option>`)}
      </select></div>
    <div class="field"><label for="sort">${w.sortLabel}</label>
      <select id="sort" @change=${ctx.onSortSelect}>
        ${sortOptions.map(([value, name]) => html`<option value=${value} ?selected=${value === sortValue}>${name}</option>`)}
        ${sortOptions.some(([value]) => value === sortValue) ? nothing : html`<option value=${sortValue} selected>${ctx.sortDescription}</option>`}
      </select></div>
    <div class="actions">
      <button type="button" class="button" @click=${ctx.onExport} aria-describedby="csv-hint">${w.exportCsv}</button>
      <button type="button" class="button" @click=${ctx.onPrint}>${w.print}</button>
      <span class="visually-hidden" id="csv-hint">${w.exportCsvHint(f.count(ctx.viewLength))}</span>
    </div>
    <details class="more-filters" ?open=${conditionsOn > 0}>
      <summary>${w.conditionsLabel}${conditionsOn > 0 ? ` (${conditionsOn})` : ''}</summary>
      <fieldset><legend class="visually-hidden">${w.conditionsLabel}</legend>
        ${CONDITIONS.map((id) => html`<label class="check"><input type="checkbox" .checked=${filter.conditions?.includes(id) ?? false}
          @change=${(event: Event) => ctx.onCondition(id, (event.target as HTMLInputElement).checked)}>${w.conditions[id]}</label>`)}
      </fieldset>
    </details>
  </div>`;
}

export function sortDescription(sort: ReviewSort, w: ReviewWords, f: Formatter | undefined): string {
  const { key, direction } = sort;
  if (key === 'urgency' && direction === 'descending') return w.sortedByUrgency;
  const column = (Object.keys(COLUMN_SORT) as Column[]).find((name) => COLUMN_SORT[name] === key) ?? 'flags';
  const name = f ? columnName(column, f) : column;
  return direction === 'ascending' ? w.sortedAscending(name) : w.sortedDescending(name);
}
