/**
 * What <opioid-plan-context> does with FHIR, loaded with `import()` only when a host gives it FHIR
 * (the `.fhir` property or a child `<script type="application/fhir+json">`), so a page with a plain
 * plan never downloads the adapter, its words or a code table.
 *
 * The record is read by the DOM-free adapter (`planFromFhir`). Every medication resource keeps its
 * result, with the medicine's name as the record gives it, so the card can say per line what was
 * assumed and list each resource that was not counted and why. Problems with the record as a whole are
 * issues with codes (`fhir-<code>`) and their words in the context's locale.
 */
import type { CodeTable } from '../../core/coded-medicine.js';
import type { IsoDate } from '../../core/dates.js';
import { stripBidiControls } from '../../core/bidi.js';
import { INDICATIONS, type Indication } from '../../core/ids.js';
import type { ValidationIssue } from '../../core/parse.js';
import type { OpioidPlan } from '../../core/schema.js';
import { planFromFhir } from '../../fhir/plan.js';
import { collectResources } from '../../fhir/resources.js';
import { identifyMedicine } from '../../fhir/medicine.js';
import type { Note } from '../../fhir/types.js';
import { describeFhirIssue, fhirSection } from '../../locales/fhir/index.js';
import type { LocaleTag } from '../../locales/types.js';
import type { ContextFhirResult } from '../../internal/plan-context-key.js';

export type ContextFhirRead =
  | { ok: true; plan: OpioidPlan; results: ContextFhirResult[]; notes: Note[] }
  | { ok: false; issues: ValidationIssue[]; results: ContextFhirResult[] };

/** The code tables a host may name in `fhir-codes`: each its own on-demand chunk. */
const TABLES: Readonly<Record<string, () => Promise<CodeTable>>> = {
  dmd: () => import('../../codes/dmd.js').then((module) => module.dmd),
  rxnorm: () => import('../../codes/rxnorm.js').then((module) => module.rxnorm),
};
export const TABLE_NAMES: readonly string[] = Object.keys(TABLES);

/** Loads the named tables (unknown names are the caller's issue); a table that fails to load is left out. */
export async function loadCodeTables(names: readonly string[]): Promise<CodeTable[]> {
  const tables = await Promise.all(names.filter((name) => Object.hasOwn(TABLES, name)).map((name) => (TABLES[name] as () => Promise<CodeTable>)().catch(() => undefined)));
  return tables.filter((table): table is CodeTable => table !== undefined);
}

/** Loads the `fhir` words of a locale (a draft only once the context allows it: the caller decides the tag). */
export const loadFhirWords = (tag: LocaleTag) => fhirSection.load(tag);

const MAX_NAME = 120;

/** The medicine's name as the record gives it: one line, no direction controls, at most 120 characters. */
function cleanName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  // eslint-disable-next-line no-control-regex
  const clean = stripBidiControls(name).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim();
  if (clean === '') return undefined;
  return clean.length > MAX_NAME ? `${clean.slice(0, MAX_NAME - 1)}…` : clean;
}

/** Each medication resource's name, by source ('MedicationRequest/abc'), as the adapter named the sources. */
function namesOf(input: unknown, tables: readonly CodeTable[]): Map<string, string> {
  const names = new Map<string, string>();
  const collected = collectResources(input);
  if (!collected.ok) return names;
  for (const entry of collected.collected.medications) {
    try {
      const name = cleanName(identifyMedicine(entry.resource, collected.collected.index, tables).name);
      if (name) names.set(entry.source, name);
    } catch {
      // A resource too odd to name is listed by its source.
    }
  }
  return names;
}

/** JSON text is parsed here, so malformed text is an issue in words rather than an exception. */
function parseInput(input: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof input !== 'string') return { ok: true, value: input };
  try {
    return { ok: true, value: JSON.parse(input) as unknown };
  } catch {
    return { ok: false };
  }
}

export interface ContextFhirOptions {
  today: IsoDate;
  indication: unknown;
  codes: readonly CodeTable[];
  /** Names in `fhir-codes` that are no table we have. */
  unknownCodes: readonly string[];
  tag: LocaleTag;
}

const issue = (path: string, code: string, params: Record<string, unknown>, tag: LocaleTag): ValidationIssue =>
  ({ path, code: `fhir-${code}`, params, message: describeFhirIssue({ code, params }, tag) });

/** The record read into a plan, with one result per medication resource; never throws. */
export function readContextFhir(input: unknown, options: ContextFhirOptions): ContextFhirRead {
  const { tag } = options;
  const words = fhirSection.get(tag).context;
  const issues: ValidationIssue[] = [];
  const given = options.indication;
  const wanted = typeof given === 'string' ? given.trim() : given;
  const indication = wanted === undefined || wanted === null || wanted === '' ? undefined : INDICATIONS.find((known) => known === wanted);
  if (wanted !== undefined && wanted !== null && wanted !== '' && indication === undefined) {
    issues.push({ path: 'indication', code: 'fhir-indication-not-known', params: { given: String(wanted).slice(0, 40) }, message: words.indicationNotKnown(String(wanted).slice(0, 40), INDICATIONS.join(', ')) });
  }
  for (const name of options.unknownCodes) {
    issues.push({ path: 'fhir-codes', code: 'fhir-codes-not-known', params: { given: name.slice(0, 40) }, message: words.codesNotKnown(name.slice(0, 40), TABLE_NAMES.join(', ')) });
  }
  const parsed = parseInput(input);
  if (!parsed.ok) return { ok: false, issues: [issue('fhir', 'not-json', {}, tag), ...issues], results: [] };
  try {
    const read = planFromFhir(parsed.value, {
      today: options.today, codes: options.codes, ...(indication ? { indication: indication as Indication } : {}),
    });
    const names = namesOf(parsed.value, options.codes);
    const results: ContextFhirResult[] = (read.results ?? []).map((result) => {
      const name = names.get(result.source);
      return name ? { ...result, name } : result;
    });
    if (!read.ok) return { ok: false, issues: [...read.issues.map((problem) => issue('fhir', problem.code, problem.params ?? {}, tag)), ...issues], results };
    if (issues.length > 0) return { ok: false, issues, results };
    return { ok: true, plan: read.plan, results, notes: read.notes };
  } catch {
    return { ok: false, issues: [issue('fhir', 'unreadable', {}, tag)], results: [] };
  }
}
