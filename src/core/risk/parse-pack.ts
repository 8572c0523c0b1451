/**
 * Reading a site's own content pack: an object, or its JSON text (a `pack` attribute or a child
 * `<script type="application/json">`). Never throws; every problem comes back as `{ path, code, params }`.
 */
import { parseWith, type ValidationIssue } from '../parse.js';
import { RiskPackSchema, type RiskPack } from './pack-schema.js';

export function parseRiskPack(input: unknown): { ok: true; pack: RiskPack } | { ok: false; issues: ValidationIssue[] } {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      return { ok: false, issues: [{ path: '', code: 'pack-invalid-json', params: {} }] };
    }
  }
  const result = parseWith(RiskPackSchema, value);
  if (result.ok) return { ok: true, pack: result.value };
  // A plan's `id` is the plan's ("Plan id"); in a pack, an id is a figure's or the pack's own.
  return { ok: false, issues: result.issues.map((issue) => (issue.params?.field === 'id' ? { ...issue, params: { ...issue.params, field: 'packId' } } : issue)) };
}
