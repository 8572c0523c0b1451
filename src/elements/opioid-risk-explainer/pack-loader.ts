import type { PackResult } from './pack-check.js';

export type { PackResult };

let checker: Promise<(input: unknown) => PackResult> | undefined;

/**
 * The pack validator (the zod schema and its checks) is loaded only when a site supplies its own pack:
 * a page using the built-in pack never downloads it. Loaded once per page.
 */
function loadChecker(): Promise<(input: unknown) => PackResult> {
  checker ??= import('./pack-check.js').then((module) => module.checkSitePack);
  // A failed load (offline, a blocked chunk) may succeed on the next try.
  checker.catch(() => { checker = undefined; });
  return checker;
}

/** Validates a site's pack; issue paths start at `pack`. Never rejects. */
export async function checkPack(input: unknown): Promise<PackResult> {
  try {
    return (await loadChecker())(input);
  } catch {
    return { ok: false, issues: [{ path: 'pack', code: 'pack-checker-not-loaded', message: 'The content pack could not be checked, because the part of this page that checks it did not load.' }] };
  }
}
