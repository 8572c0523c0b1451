/**
 * Sorting a long list without a long task: `sortRows`'s order, in pieces. Loaded with the runner, only
 * for a long list. DOM-free.
 */
import type { ReviewRow } from './review-model.js';
import { keyed, sortRows, type ReviewSort } from './review-sort.js';

/** Rows sorted in one go before `sortRowsInSlices` cuts the work up. */
const SORT_SLICE = 20_000;

/**
 * `sortRows`'s order for a long list, in pieces with `pause()` between them (runs of 20,000 sorted
 * apart, then merged two at a time), so 100,000 rows never make one long task. The same order: the
 * comparison is a total order (input position breaks every tie).
 */
export async function sortRowsInSlices(rows: readonly ReviewRow[], sort: ReviewSort, pause: () => Promise<void>): Promise<ReviewRow[]> {
  if (sort.key === 'name' || rows.length <= SORT_SLICE) return sortRows(rows, sort);
  const { order, compare } = keyed(rows, sort);
  let runs: Uint32Array[] = [];
  for (let start = 0; start < order.length; start += SORT_SLICE) {
    await pause();
    runs.push(order.slice(start, start + SORT_SLICE).sort(compare));
  }
  while (runs.length > 1) {
    const merged: Uint32Array[] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const left = runs[r] as Uint32Array;
      const right = runs[r + 1];
      if (right === undefined) {
        merged.push(left);
        continue;
      }
      await pause();
      const out = new Uint32Array(left.length + right.length);
      let i = 0;
      let j = 0;
      let k = 0;
      while (i < left.length && j < right.length) out[k++] = compare(left[i] as number, right[j] as number) <= 0 ? left[i++] as number : right[j++] as number;
      while (i < left.length) out[k++] = left[i++] as number;
      while (j < right.length) out[k++] = right[j++] as number;
      merged.push(out);
    }
    runs = merged;
  }
  return Array.from(runs[0] ?? [], (i) => rows[i] as ReviewRow);
}
