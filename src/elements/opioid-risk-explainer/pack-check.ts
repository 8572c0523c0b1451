/**
 * Checks a site's content pack for `<opioid-risk-explainer>`, with issue paths starting at `pack` (the
 * attribute and property it came from). Loaded on demand by `pack-loader.ts`, together with the schema:
 * a page using the built-in pack never downloads either.
 */
import type { ValidationIssue } from '../../core/parse.js';
import { parseRiskPack } from '../../core/risk/parse-pack.js';
import type { RiskPack } from '../../core/risk/pack-schema.js';
// The core catalogue, which words a pack's coded issues in the error block: loaded with the checker.
import '../../locales/core-words.js';

export type PackResult = { ok: true; pack: RiskPack } | { ok: false; issues: ValidationIssue[] };

export function checkSitePack(input: unknown): PackResult {
  const parsed = parseRiskPack(input);
  if (parsed.ok) return parsed;
  return { ok: false, issues: parsed.issues.map((issue) => ({ ...issue, path: issue.path ? `pack.${issue.path}` : 'pack' })) };
}
