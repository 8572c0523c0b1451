/**
 * Where review-worker.ts is. The build (rollup.config.mjs, `reviewWorker`) replaces this expression
 * with the worker's built file; in development and tests the dev server serves the TypeScript itself.
 * Undefined where there is no URL to give (a runtime without `import.meta.url`).
 */
export function reviewWorkerUrl(): URL | undefined {
  try {
    return new URL('./review-worker.ts', import.meta.url);
  } catch {
    return undefined;
  }
}
