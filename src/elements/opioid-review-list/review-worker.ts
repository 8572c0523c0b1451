/**
 * The review list's module worker: checks chunks of entries with review-model.ts's `assessEntry`, the
 * same code and the same core the main thread runs, so a row is the same wherever it was made. The
 * rows come back without the host's plan object (the element puts its own back: the inline plan card
 * reads the host's object, not a copy). Anything that goes wrong answers "not checked here" and the
 * main thread checks that chunk itself: a row is never dropped.
 */
import { assessEntry, type AssessOptions, type ReviewRow } from './review-model.js';

export interface ReviewWorkerRequest {
  id: number;
  start: number;
  entries: unknown[];
  options: AssessOptions;
}

export interface ReviewWorkerAnswer {
  id: number;
  /** One row per entry, in order; undefined when this chunk could not be checked here. */
  rows: ReviewRow[] | undefined;
}

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<ReviewWorkerRequest>) => void): void;
  postMessage(message: ReviewWorkerAnswer): void;
};

scope.addEventListener('message', (event) => {
  const { id, start, entries, options } = event.data ?? {};
  let rows: ReviewRow[] | undefined;
  try {
    rows = entries.map((entry, k) => {
      const row = assessEntry(entry, start + k, options);
      row.plan = undefined;
      return row;
    });
  } catch {
    rows = undefined;
  }
  try {
    scope.postMessage({ id, rows });
  } catch {
    scope.postMessage({ id, rows: undefined });
  }
});
