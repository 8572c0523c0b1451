/**
 * Assesses a long list in slices of a few milliseconds, yielding to the browser between slices, so a
 * list of 100,000 people never blocks the page (no task over 50 ms) and a progress bar can move. The
 * rows are the same as `assessEntries` gives. No DOM: `yieldToHost` uses `scheduler.yield` where the
 * browser has it, else a zero-delay timer.
 */
import { assessEntry, markDuplicates, type AssessOptions, type ReviewRow } from './review-model.js';

export interface RunOptions {
  /** Longest slice of work before yielding, in ms (well under the 50 ms of a long task). */
  sliceMs?: number;
  onProgress?: (done: number, total: number) => void;
  /** Set to true to stop: the promise then resolves to undefined. */
  cancelled?: () => boolean;
}

type Scheduler = { yield?: () => Promise<void> };

export function yieldToHost(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const now = () => (globalThis.performance?.now() ?? Date.now());

export async function assessInSlices(entries: readonly unknown[], options: AssessOptions, run: RunOptions = {}): Promise<ReviewRow[] | undefined> {
  const sliceMs = run.sliceMs ?? 12;
  const rows: ReviewRow[] = new Array(entries.length);
  let index = 0;
  while (index < entries.length) {
    const start = now();
    // Check the clock every 16 plans: a plan takes tens of microseconds, a clock read is not free.
    do {
      const end = Math.min(index + 16, entries.length);
      for (; index < end; index += 1) rows[index] = assessEntry(entries[index], index, options);
    } while (index < entries.length && now() - start < sliceMs);
    run.onProgress?.(index, entries.length);
    if (index < entries.length) {
      await yieldToHost();
      if (run.cancelled?.()) return undefined;
    }
  }
  markDuplicates(rows);
  return rows;
}
