/**
 * The rows a reader sees, derived from the assessed rows: sorted, then filtered, then with a detail
 * item after each open plan. Each step is redone only when its own input changed (a new filter does
 * not sort again; opening a plan does not filter again), so a sort or filter of 10,000 rows is one
 * pass over precomputed keys. DOM-free.
 */
import type { ReviewRow } from './review-model.js';
import { sortRows, type ReviewSort } from './review-sort.js';
import { filterRows, type ReviewFilter } from './review-filter.js';
import type { Item } from './review-list-templates.js';

export class ReviewView {
  private sortedFor: { rows: readonly ReviewRow[]; sort: ReviewSort; result: ReviewRow[] } | undefined;
  private viewFor: { sorted: ReviewRow[]; filter: ReviewFilter; result: ReviewRow[] } | undefined;
  private itemsFor: { view: ReviewRow[]; expanded: ReadonlySet<number>; result: readonly Item[] } | undefined;

  /** The filtered, sorted rows (empty before the first `update`). */
  get rows(): readonly ReviewRow[] {
    return this.viewFor?.result ?? [];
  }

  /** The rows with the open plans' detail items, in display order. */
  get items(): readonly Item[] {
    return this.itemsFor?.result ?? [];
  }

  /** A sort already made elsewhere (the runner sorts a long list in a task of its own). */
  keepSorted(rows: readonly ReviewRow[], sort: ReviewSort, sorted: ReviewRow[]): void {
    this.sortedFor = { rows, sort, result: sorted };
  }

  update(rows: readonly ReviewRow[], sort: ReviewSort, filter: ReviewFilter, expanded: ReadonlySet<number>): void {
    if (this.sortedFor?.rows !== rows || this.sortedFor.sort !== sort) {
      this.sortedFor = { rows, sort, result: sortRows(rows, sort) };
    }
    const sorted = this.sortedFor.result;
    if (this.viewFor?.sorted !== sorted || this.viewFor.filter !== filter) {
      this.viewFor = { sorted, filter, result: filterRows(sorted, filter) };
    }
    const view = this.viewFor.result;
    if (this.itemsFor?.view !== view || this.itemsFor.expanded !== expanded) {
      // No plan open: the items are the view itself (no pass, no copy of 100,000 rows in the first render).
      let result: readonly Item[] = view;
      if (expanded.size > 0) {
        const withDetails: Item[] = [];
        for (const row of view) {
          withDetails.push(row);
          if (expanded.has(row.index)) withDetails.push({ detailOf: row });
        }
        result = withDetails;
      }
      this.itemsFor = { view, expanded, result };
    }
  }
}
