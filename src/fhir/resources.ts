/**
 * Gathers resources from what a host passes: a Bundle (nested Bundles too, as GP Connect and search
 * results nest them), an array of resources, one resource, or a CDS Hooks request (its draft orders and
 * prefetch). Medication resources keep their order; Medications are indexed so a `medicationReference`
 * can be resolved against the Bundle or the other resources given.
 */
import { isObject, list, obj, str, type Json } from './read.js';
import type { Issue } from './types.js';

export const MEDICATION_RESOURCE_TYPES: readonly string[] = ['MedicationRequest', 'MedicationStatement'];

export interface MedicationEntry {
  resource: Json;
  /** 'MedicationRequest/abc', or the type and position when the resource has no id. */
  source: string;
  /** From a CDS Hooks request's `draftOrders`: an order being signed is 'draft' and still counts. */
  draft: boolean;
}

export interface Collected {
  medications: MedicationEntry[];
  /** Medication resources by 'Medication/id' and by fullUrl. */
  index: Map<string, Json>;
  conditions: Json[];
  bundleId?: string;
}

const MAX_DEPTH = 4;
const MAX_RESOURCES = 20_000;

export function collectResources(input: unknown): { ok: true; collected: Collected } | { ok: false; issues: Issue[] } {
  const collected: Collected = { medications: [], index: new Map(), conditions: [] };
  let count = 0;
  const counters = new Map<string, number>();

  const add = (value: unknown, fullUrl: string | undefined, draft: boolean, depth: number): void => {
    if (!isObject(value) || depth > MAX_DEPTH || count >= MAX_RESOURCES) return;
    const type = str(value.resourceType);
    if (type === 'Bundle') {
      collected.bundleId ??= str(value.id);
      for (const entry of list(value.entry)) {
        const e = obj(entry);
        if (e) add(e.resource, str(e.fullUrl), draft, depth + 1);
      }
      return;
    }
    if (type === undefined) return;
    count += 1;
    const id = str(value.id);
    if (type === 'Medication') {
      if (id) collected.index.set(`Medication/${id}`, value);
      if (fullUrl) collected.index.set(fullUrl, value);
    } else if (type === 'Condition') {
      collected.conditions.push(value);
    } else if (MEDICATION_RESOURCE_TYPES.includes(type)) {
      const position = (counters.get(type) ?? 0) + 1;
      counters.set(type, position);
      collected.medications.push({ resource: value, source: id ? `${type}/${id}` : `${type}/#${position}`, draft });
    }
  };

  try {
    if (Array.isArray(input)) {
      for (const item of input) add(item, undefined, false, 1);
    } else if (isObject(input) && str(input.resourceType)) {
      add(input, undefined, false, 0);
    } else if (isObject(input) && str(input.hook) && isObject(input.context)) {
      // CDS Hooks: draftOrders (order-select, order-sign), older medication hooks' `medications`, then prefetch.
      const context = input.context;
      add(context.draftOrders, undefined, true, 1);
      for (const item of list(obj(context.medications)?.entry ?? context.medications)) {
        add(obj(item)?.resource ?? item, undefined, true, 1);
      }
      for (const value of Object.values(obj(input.prefetch) ?? {})) add(value, undefined, false, 1);
    } else {
      return { ok: false, issues: [{ path: '', code: 'not-fhir' }] };
    }
  } catch {
    return { ok: false, issues: [{ path: '', code: 'unreadable' }] };
  }
  return { ok: true, collected };
}

/**
 * The Medication a `medicationReference` points to: contained ('#id'), in the Bundle or given
 * ('Medication/id', a fullUrl, or an absolute URL ending in 'Medication/id').
 */
export function resolveMedication(resource: Json, reference: unknown, index: Map<string, Json>): Json | undefined {
  const ref = str(obj(reference)?.reference);
  if (!ref) return undefined;
  if (ref.startsWith('#')) {
    const id = ref.slice(1);
    return list(resource.contained).map(obj).find((c) => c !== undefined && c.resourceType === 'Medication' && c.id === id);
  }
  const direct = index.get(ref);
  if (direct) return direct;
  const match = /(?:^|\/)Medication\/([^/]+?)(?:\/_history\/[^/]+)?$/.exec(ref);
  return match ? index.get(`Medication/${match[1]}`) : undefined;
}
