/**
 * Assesses a long list without blocking the page: the list is cut into chunks; module workers
 * (review-worker.ts, the same review-model code and core) take chunks while the main thread checks
 * chunks too, in slices of a few milliseconds with a yield between them, so no task comes near the
 * 50 ms of a long task and a progress bar can move. A chunk a worker could not check (no Worker, a
 * blocked or missing worker file, an entry that cannot be copied, a worker that stopped) goes back to
 * the main thread: the rows are always `assessEntries`'s rows, every entry once, in input order.
 */
import { assessEntry, markDuplicatesFrom, readEntry, suppliedFields, type AssessOptions, type PersonField, type ReviewRow } from './review-model.js';
import { isPlainData, ReviewWorker } from './review-worker-client.js';
import { reviewSummary, type ReviewSummary } from './review-summary.js';
import type { ReviewSort } from './review-sort.js';
import { sortRowsInSlices } from './review-sort-slices.js';

export { reviewWorkerUrl } from './review-worker-url.js';

export interface RunOptions {
  /** Longest slice of main-thread work before yielding, in ms (well under the 50 ms of a long task). */
  sliceMs?: number;
  onProgress?: (done: number, total: number) => void;
  /** Set to true to stop: the promise then resolves to undefined. */
  cancelled?: () => boolean;
  /** The worker script (reviewWorkerUrl()); without it the main thread checks every chunk. */
  workerUrl?: URL | string;
  /** How many workers (default: two fewer than the processors, at most 3; none on 2 or fewer). */
  workers?: number;
  /**
   * Whether the main thread checks chunks too while workers run (default true: the list is ready
   * sooner; false: the page's thread only receives rows, for a page busy with other work).
   */
  mainHelps?: boolean;
  /** Told which chunks a worker checked, for tests and the benchmark. */
  onChunk?: (start: number, count: number, where: 'worker' | 'main') => void;
}

/** Entries per chunk: a worker's answer is copied back in a few milliseconds. */
const CHUNK = 250;
/** Rows marked for repeated plan ids between yields. */
const MARK_SLICE = 10_000;
/** Below this many entries a worker is not started: loading it costs more than it saves. */
const WORKER_FROM = 2000;
/** Chunks each worker holds at once, so it is never idle while the main thread is in a slice. */
const IN_FLIGHT = 2;

const now = () => (globalThis.performance?.now() ?? Date.now());

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/**
 * Back to the event loop, then on: a MessageChannel message (a task that waits behind input, paint and
 * the workers' answers, without the 4 ms a chain of zero-delay timers is clamped to), else a timer.
 */
export function yieldToHost(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    if (channel === undefined) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
      // Node: an open port would keep the process alive.
      (channel.port1 as { unref?: () => void }).unref?.();
      (channel.port2 as { unref?: () => void }).unref?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/**
 * Workers to start: as asked, else two fewer than the processors (one is the page's, one the
 * browser's), at most 3, none on two processors or fewer. Measured on a busy 2-processor machine
 * (`npm run bench`): a worker there made the first screen later, not sooner, and took no work off the
 * main thread (copying rows back cost it as much as checking them), so the slices alone do the work.
 */
function workerCount(asked: number | undefined): number {
  if (asked !== undefined) return Math.min(Math.max(Math.round(asked), 0), 3);
  const cores = Number((globalThis.navigator as { hardwareConcurrency?: number } | undefined)?.hardwareConcurrency) || 2;
  return Math.min(Math.max(cores - 2, 0), 3);
}

export async function assessInSlices(entries: readonly unknown[], options: AssessOptions, run: RunOptions = {}): Promise<ReviewRow[] | undefined> {
  const sliceMs = run.sliceMs ?? 8;
  const total = entries.length;
  const rows: ReviewRow[] = new Array(total);
  let done = 0;
  let next = 0;
  /** Chunks a worker gave back unchecked, or that cannot be copied to one. */
  const mainOnly: [number, number][] = [];
  const take = (): [number, number] | undefined => {
    const again = mainOnly.pop();
    if (again !== undefined) return again;
    if (next >= total || (run.mainHelps === false && workers.some((worker) => worker.working))) return undefined;
    const start = next;
    next = Math.min(start + CHUNK, total);
    return [start, next];
  };
  const stopped = () => run.cancelled?.() === true;
  /** Chunks a worker holds (start → end), and the starts of chunks whose rows are in. */
  const sent = new Map<number, number>();
  const finished = new Set<number>();
  /**
   * When nothing is left to take, the main thread checks itself a chunk a worker holds but has not
   * begun (each worker keeps the one it is on), so the list is not left waiting on a queue.
   */
  const steal = (): [number, number] | undefined => {
    if (sent.size <= workers.length || run.mainHelps === false) return undefined;
    let last: number | undefined;
    for (const start of sent.keys()) if (last === undefined || start > last) last = start;
    if (last === undefined) return undefined;
    const end = sent.get(last) as number;
    sent.delete(last);
    return [last, end];
  };

  let wake: (() => void) | undefined;
  const workers = run.workerUrl !== undefined && typeof Worker === 'function' && total >= WORKER_FROM
    ? Array.from({ length: workerCount(run.workers) }, () => new ReviewWorker(run.workerUrl as URL | string)) : [];
  const feed = (worker: ReviewWorker): void => {
    while (worker.working && worker.inFlight < IN_FLIGHT && !stopped()) {
      // Workers take fresh chunks only; what came back unchecked stays with the main thread.
      if (next >= total) return;
      const start = next;
      next = Math.min(start + CHUNK, total);
      const end = next;
      const slice = entries.slice(start, end);
      if (!slice.every((entry) => isPlainData(entry))) {
        mainOnly.push([start, end]);
        continue;
      }
      sent.set(start, end);
      void worker.assess(slice, start, options).then((checked) => {
        if (stopped()) return;
        const stolen = !sent.delete(start);
        if (stolen || finished.has(start)) {
          // The main thread took this chunk over: its rows are in already.
        } else if (checked === undefined) {
          mainOnly.push([start, end]);
        } else {
          for (const row of checked) {
            // The host's own plan object, as assessEntry keeps it (the worker had a copy).
            row.plan = row.status === 'ok' ? readEntry(entries[row.index]).plan : undefined;
            rows[row.index] = row;
          }
          finished.add(start);
          done += end - start;
          run.onChunk?.(start, end - start, 'worker');
          run.onProgress?.(done, total);
        }
        feed(worker);
        wake?.();
      });
    }
  };

  try {
    for (const worker of workers) feed(worker);
    let sliceStart = now();
    for (;;) {
      if (stopped()) return undefined;
      const chunk = take() ?? steal();
      if (chunk === undefined) {
        if (sent.size === 0) break;
        // Nothing left to take: wait for a worker's answer (or its chunk back).
        await new Promise<void>((resolve) => { wake = resolve; });
        wake = undefined;
        sliceStart = now();
        continue;
      }
      const [start, end] = chunk;
      // Check the clock every 16 plans: a plan takes tens of microseconds, a clock read is not free.
      for (let index = start; index < end;) {
        const stop = Math.min(index + 16, end);
        for (; index < stop; index += 1) rows[index] = assessEntry(entries[index], index, options);
        if (now() - sliceStart >= sliceMs) {
          run.onProgress?.(done + (index - start), total);
          await yieldToHost();
          if (stopped()) return undefined;
          sliceStart = now();
        }
      }
      if (finished.has(start)) continue;
      finished.add(start);
      done += end - start;
      run.onChunk?.(start, end - start, 'main');
      run.onProgress?.(done, total);
    }
  } finally {
    for (const worker of workers) worker.stop();
  }
  // Repeated plan ids, marked in input order, in slices too (100,000 ids in one go is a long task).
  const first = new Map<string, number>();
  for (let from = 0; from < total; from += MARK_SLICE) {
    markDuplicatesFrom(rows, from, Math.min(from + MARK_SLICE, total), first);
    if (from + MARK_SLICE < total) {
      await yieldToHost();
      if (stopped()) return undefined;
    }
  }
  return rows;
}

/**
 * A long list end to end, as the element shows it: checked (workers and slices), then its summary and
 * its first sort, each in a task of its own, so showing 100,000 rows never blocks the page for long.
 * `sort` is read when the rows are in (the reader may have changed it meanwhile).
 */
export async function assessLongList(entries: readonly unknown[], options: AssessOptions, sort: () => ReviewSort, run: RunOptions = {}):
  Promise<{ rows: ReviewRow[]; summary: ReviewSummary; fields: PersonField[]; sort: ReviewSort; sorted: ReviewRow[] } | undefined> {
  const rows = await assessInSlices(entries, options, run);
  if (rows === undefined || run.cancelled?.() === true) return undefined;
  await yieldToHost();
  const summary = reviewSummary(rows);
  await yieldToHost();
  // The display fields the host supplied: a pass over every row, done here rather than in the first render.
  const fields = suppliedFields(rows);
  await yieldToHost();
  const order = sort();
  const sorted = await sortRowsInSlices(rows, order, yieldToHost);
  await yieldToHost();
  if (run.cancelled?.() === true) return undefined;
  return { rows, summary, fields, sort: order, sorted };
}
