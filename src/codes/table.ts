/**
 * Decodes a generated code table (scripts/build-code-tables.mjs writes the data files) into a
 * `CodeTable`. The data stays one compact string until the first lookup, so importing a table costs a
 * download and nothing else.
 *
 * Row format, comma-separated: `code:attr` (attr = base-36 index into `attrs`) or `code>target`, an
 * alias: a dm+d AMP to its VMP, or an old VMP id to the current one.
 *
 * `packing: 'sctid'` (dm+d, whose codes are SNOMED CT identifiers): `entries|aliases`, entries
 * `attr:id,id,…;attr:…`, aliases `target<id,id,…;…`. Each id is written as its SNOMED CT item identifier:
 * `digits` for a concept in the UK drug extension (item + namespace 1000001 + partition 10 + check
 * digit) or `_digits` for an international concept (item + partition 00 + check digit); the check digit
 * is the Verhoeff digit SNOMED CT specifies. The build checks that every code is rebuilt exactly.
 * Attr format: `[kind, …]` with kind `o` opioid `[o, drug, route, form, strength?, release?, patchHours?,
 * partner?, purpose?]`, `x` another opioid `[x, name]`, `b`/`g` benzodiazepine/gabapentinoid `[b, name]`,
 * `n` naloxone.
 */
import type { CodeTable, CodedMedicine, ProductForm, ProductRoute, ProductStrength, Release } from '../core/coded-medicine.js';
import type { OpioidId } from '../core/ids.js';

/** [value, unit, perValue?, perUnit?] */
export type EncodedStrength = [number, 'mg' | 'microgram', number?, ('ml' | 'hour' | 'actuation')?];
export type EncodedAttr =
  | ['o', OpioidId, ProductRoute, ProductForm, (EncodedStrength | 0)?, (Release | 0)?, number?, ([string, (EncodedStrength | 0)?] | 0)?, ('oud' | 0)?]
  | ['x' | 'b' | 'g', string]
  | ['n'];

export interface TableData {
  id: string;
  systems: readonly string[];
  source: string;
  attrs: readonly EncodedAttr[];
  rows: string;
  packing?: 'sctid';
}

/** A CodeTable that can also say which code a code stands for (dm+d: an AMP's VMP, an old VMP's current id). */
export interface GeneratedCodeTable extends CodeTable {
  /** The code this one is an alias of, or `undefined` when it is not an alias (or not known). */
  canonical(code: string): string | undefined;
  /** How many codes the table knows. */
  readonly size: number;
}

function strengthOf(encoded: EncodedStrength | 0 | undefined): ProductStrength | undefined {
  if (!encoded) return undefined;
  const [value, unit, perValue, perUnit] = encoded;
  return perUnit ? { value, unit, per: { value: perValue ?? 1, unit: perUnit } } : { value, unit };
}

function medicineOf(attr: EncodedAttr): CodedMedicine {
  switch (attr[0]) {
    case 'o': {
      const [, drug, route, form, strength, release, patchHours, partner, purpose] = attr;
      const medicine: CodedMedicine = { kind: 'opioid', drug, route, form };
      const s = strengthOf(strength);
      if (s) medicine.strength = s;
      if (release) medicine.release = release;
      if (patchHours) medicine.patchHours = patchHours;
      if (partner) {
        const ps = strengthOf(partner[1]);
        medicine.partner = { name: partner[0], ...(ps ? { strength: ps } : {}) };
      }
      if (purpose === 'oud') medicine.purpose = 'opioid-use-disorder';
      return medicine;
    }
    case 'x': return { kind: 'other-opioid', name: attr[1] };
    case 'b': return { kind: 'benzodiazepine', name: attr[1] };
    case 'g': return { kind: 'gabapentinoid', name: attr[1] };
    default: return { kind: 'naloxone' };
  }
}

/**
 * `unpack` turns a packed id back into its code; a table with `packing` needs one (dm+d passes
 * `sctidOf` from sctid.ts, so the RxNorm table does not carry it).
 */
export function decodeTable(data: TableData, unpack: (packed: string) => string = (id) => id): GeneratedCodeTable {
  let index: Map<string, number | string> | undefined;
  const load = (): Map<string, number | string> => {
    if (index) return index;
    index = new Map();
    if (data.packing === 'sctid') {
      const [entries = '', aliases = ''] = data.rows.split('|');
      for (const group of entries.split(';')) {
        const [attr = '', ids = ''] = group.split(':');
        for (const id of ids.split(',')) if (id) index.set(unpack(id), parseInt(attr, 36));
      }
      for (const group of aliases.split(';')) {
        const [target = '', ids = ''] = group.split('<');
        for (const id of ids.split(',')) if (id && target) index.set(unpack(id), unpack(target));
      }
      return index;
    }
    for (const row of data.rows.split(',')) {
      const alias = row.indexOf('>');
      if (alias > 0) index.set(row.slice(0, alias), row.slice(alias + 1));
      else {
        const colon = row.indexOf(':');
        if (colon > 0) index.set(row.slice(0, colon), parseInt(row.slice(colon + 1), 36));
      }
    }
    return index;
  };
  const resolve = (code: string): number | undefined => {
    let target = load().get(code);
    // Aliases are one step (AMP → VMP, old → new); a second step is allowed, cycles are not followed.
    for (let hops = 0; typeof target === 'string' && hops < 3; hops += 1) target = load().get(target);
    return typeof target === 'number' ? target : undefined;
  };
  return {
    id: data.id,
    systems: data.systems,
    source: data.source,
    lookup(code: string): CodedMedicine | undefined {
      if (typeof code !== 'string') return undefined;
      const at = resolve(code.trim());
      const attr = at === undefined ? undefined : data.attrs[at];
      return attr ? medicineOf(attr) : undefined;
    },
    canonical(code: string): string | undefined {
      if (typeof code !== 'string') return undefined;
      let target = load().get(code.trim());
      let last: string | undefined;
      for (let hops = 0; typeof target === 'string' && hops < 3; hops += 1) {
        last = target;
        target = load().get(target);
      }
      return last;
    },
    get size() {
      return load().size;
    },
  };
}
