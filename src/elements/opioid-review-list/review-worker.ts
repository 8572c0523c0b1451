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
  /**
   * One row per entry, in order, as JSON text (`toWire`); undefined when this chunk could not be
   * checked here. Text, because the main thread reads JSON several times faster than it rebuilds the
   * same rows from a structured copy (measured: that copy cost the main thread as much as checking).
   */
  rows: string | undefined;
}

/** Values JSON has no form for, written as small tagged objects that `fromWire` turns back. */
export const WIRE_UNDEFINED = '$u';
export const WIRE_NUMBER = '$n';

function toWire(_key: string, value: unknown): unknown {
  if (value === undefined) return { [WIRE_UNDEFINED]: 1 };
  if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) return { [WIRE_NUMBER]: Object.is(value, -0) ? '-0' : String(value) };
  return value;
}

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<ReviewWorkerRequest>) => void): void;
  postMessage(message: ReviewWorkerAnswer): void;
};

scope.addEventListener('message', (event) => {
  const { id, start, entries, options } = event.data ?? {};
  let rows: string | undefined;
  try {
    rows = JSON.stringify(entries.map((entry, k): ReviewRow => {
      const row = assessEntry(entry, start + k, options);
      row.plan = undefined;
      return row;
    }), toWire);
  } catch {
    rows = undefined;
  }
  try {
    scope.postMessage({ id, rows });
  } catch {
    scope.postMessage({ id, rows: undefined });
  }
});
