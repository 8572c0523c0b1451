import type { ValidationIssue } from '../../core/parse.js';
import type { RiskPack } from '../../core/risk/pack-schema.js';

export type PackResult = { ok: true; pack: RiskPack } | { ok: false; issues: ValidationIssue[] };

type PackParser = (input: unknown) => { ok: true; pack: RiskPack } | { ok: false; issues: ValidationIssue[] };

let parser: Promise<PackParser> | undefined;

/**
 * The pack validator (the zod schema and its checks) is loaded only when a site supplies its own pack:
 * a page using the built-in pack never downloads it. Loaded once per page.
 */
function loadParser(): Promise<PackParser> {
  parser ??= import('../../core/risk/parse-pack.js').then((module) => module.parseRiskPack);
  // A failed load (offline, a blocked chunk) may succeed on the next try.
  parser.catch(() => { parser = undefined; });
  return parser;
}

/** Validates a site's pack; issue paths start at `pack`. Never rejects. */
export async function checkPack(input: unknown): Promise<PackResult> {
  try {
    const parsed = (await loadParser())(input);
    if (parsed.ok) return parsed;
    return { ok: false, issues: parsed.issues.map((issue) => ({ ...issue, path: issue.path ? `pack.${issue.path}` : 'pack' })) };
  } catch {
    return { ok: false, issues: [{ path: 'pack', message: 'The content pack could not be checked, because the part of this page that checks it did not load.' }] };
  }
}
