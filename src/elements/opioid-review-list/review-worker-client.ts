/**
 * One module worker (review-worker.ts) seen from the main thread: a chunk of entries goes in, its rows
 * come back. Every way a worker can fail (none in this runtime, blocked by a content security policy,
 * its file missing, an entry that cannot be copied to it, an answer that does not fit the chunk)
 * resolves to undefined, and the caller checks that chunk on the main thread instead.
 */
import type { AssessOptions, ReviewRow } from './review-model.js';
import type { ReviewWorkerAnswer, ReviewWorkerRequest } from './review-worker.js';

/** review-worker.ts's tags (kept here as text, so the element never loads the worker's module). */
const WIRE_UNDEFINED = '$u';
const WIRE_NUMBER = '$n';

/** The worker's JSON rows as they were: its tagged values back to undefined, NaN, ±Infinity and -0. */
export function fromWire(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = fromWire(value[i]);
    return value;
  }
  const record = value as Record<string, unknown>;
  if (WIRE_UNDEFINED in record) return undefined;
  if (WIRE_NUMBER in record) return Number(record[WIRE_NUMBER]);
  for (const key in record) record[key] = fromWire(record[key]);
  return record;
}

type Pending = { start: number; count: number; resolve: (rows: ReviewRow[] | undefined) => void };

/**
 * Plain data only (objects of Object.prototype or null, arrays, primitives), as a structured copy
 * keeps it exactly: a class instance with getters on its prototype, a proxy or a function would reach
 * the worker changed or not at all, so such an entry is checked on the main thread.
 */
export function isPlainData(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'function' && typeof value !== 'symbol';
  if (depth > 16) return false;
  try {
    if (Array.isArray(value)) {
      if (Object.getPrototypeOf(value) !== Array.prototype) return false;
      for (const item of value) if (!isPlainData(item, depth + 1)) return false;
      return true;
    }
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return false;
    for (const key in value) if (!isPlainData((value as Record<string, unknown>)[key], depth + 1)) return false;
    return true;
  } catch {
    return false;
  }
}

export class ReviewWorker {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(url: URL | string) {
    try {
      const worker = new Worker(url, { type: 'module', name: 'opioid-review-list' });
      worker.addEventListener('message', (event: MessageEvent<ReviewWorkerAnswer>) => this.answer(event.data));
      worker.addEventListener('error', (event) => { event.preventDefault(); this.stop(); });
      worker.addEventListener('messageerror', () => this.stop());
      this.worker = worker;
    } catch {
      // No Worker here (Node, SSR), or a policy without worker-src: the main thread does it all.
      this.worker = undefined;
    }
  }

  get working(): boolean {
    return this.worker !== undefined;
  }

  /** Chunks sent and not yet answered. */
  get inFlight(): number {
    return this.pending.size;
  }

  /** The rows of `entries` (the host's entries from `start`), or undefined: check them on the main thread. */
  assess(entries: unknown[], start: number, options: AssessOptions): Promise<ReviewRow[] | undefined> {
    const worker = this.worker;
    if (worker === undefined) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const id = this.nextId++;
      try {
        worker.postMessage({ id, start, entries, options } satisfies ReviewWorkerRequest);
        this.pending.set(id, { start, count: entries.length, resolve });
      } catch {
        // DataCloneError: something in the chunk cannot be copied.
        resolve(undefined);
      }
    });
  }

  private answer(data: ReviewWorkerAnswer | undefined): void {
    const pending = data ? this.pending.get(data.id) : undefined;
    if (data === undefined || pending === undefined) return;
    this.pending.delete(data.id);
    let rows: unknown;
    try {
      rows = typeof data.rows === 'string' ? fromWire(JSON.parse(data.rows)) : undefined;
    } catch {
      rows = undefined;
    }
    // One row per entry, each at its own index: anything else is checked again, never dropped.
    const fits = Array.isArray(rows) && rows.length === pending.count
      && rows.every((row: ReviewRow | null, k) => typeof row === 'object' && row !== null && row.index === pending.start + k);
    pending.resolve(fits ? rows as ReviewRow[] : undefined);
  }

  /** Ends the worker; chunks it had not answered resolve to undefined. */
  stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const pending of this.pending.values()) pending.resolve(undefined);
    this.pending.clear();
  }
}
