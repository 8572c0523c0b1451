/**
 * Which medicine a MedicationRequest or MedicationStatement is for: its codes first (each code table
 * given, in order), then its names. A medicine read from a name says so in an assumption.
 */
import type { CodeTable, CodedMedicine } from '../core/coded-medicine.js';
import { readMedicineName } from './medicine-name.js';
import { codings, conceptTexts, obj, str, type Json } from './read.js';
import { resolveMedication } from './resources.js';
import type { Note } from './types.js';

export interface Identified {
  medicine: CodedMedicine | undefined;
  /** The name to show (the medicine's text or first display). */
  name: string | undefined;
  assumptions: Note[];
  /** True when the resource names no medicine at all (no code, no text, unresolvable reference). */
  nothing: boolean;
  /** Some code is in a system a given table answers for (so a code it does not list is not ours). */
  covered: boolean;
}

/** RxNorm is also sent by its OID; dm+d codes are SNOMED CT identifiers. */
const SYSTEM_ALIASES: Readonly<Record<string, string>> = {
  'urn:oid:2.16.840.1.113883.6.88': 'http://www.nlm.nih.gov/research/umls/rxnorm',
  'https://snomed.info/sct': 'http://snomed.info/sct',
  'urn:oid:2.16.840.1.113883.6.96': 'http://snomed.info/sct',
};

function lookup(concept: unknown, tables: readonly CodeTable[]): { medicine: CodedMedicine; table: CodeTable; code: string } | undefined {
  for (const coding of codings(concept)) {
    if (!coding.code || !coding.system) continue;
    const system = SYSTEM_ALIASES[coding.system] ?? coding.system;
    for (const table of tables) {
      if (!table.systems.includes(system)) continue;
      try {
        const medicine = table.lookup(coding.code);
        if (medicine) return { medicine, table, code: coding.code };
      } catch {
        // A table is host-supplied code; one that throws is a table that does not know the code.
      }
    }
  }
  return undefined;
}

/** Opioid > other opioid > benzodiazepine/gabapentinoid/naloxone: a name that could be read as an opioid is. */
const RANK: Readonly<Record<CodedMedicine['kind'], number>> = { opioid: 0, 'other-opioid': 1, benzodiazepine: 2, gabapentinoid: 2, naloxone: 2 };

export function identifyMedicine(resource: Json, index: Map<string, Json>, tables: readonly CodeTable[]): Identified {
  const concepts: unknown[] = [];
  const referenceText: string[] = [];
  if (resource.medicationCodeableConcept !== undefined) concepts.push(resource.medicationCodeableConcept);
  if (resource.medicationReference !== undefined) {
    const medication = resolveMedication(resource, resource.medicationReference, index);
    if (medication) concepts.push(medication.code);
    const display = str(obj(resource.medicationReference)?.display);
    if (display) referenceText.push(display);
  }
  const texts = [...concepts.flatMap(conceptTexts), ...referenceText];
  const name = texts[0];

  for (const concept of concepts) {
    const found = lookup(concept, tables);
    if (found) {
      return { medicine: found.medicine, name, assumptions: [], nothing: false, covered: true };
    }
  }
  const codes = concepts.flatMap(codings).filter((c) => c.code);
  const covered = codes.some((c) => c.system !== undefined && tables.some((t) => t.systems.includes(SYSTEM_ALIASES[c.system as string] ?? c.system as string)));
  if (texts.length === 0) return { medicine: undefined, name, assumptions: [], nothing: codes.length === 0, covered };

  // No code a table knows: read the names, best reading first (an opioid over anything else), so a
  // display that names the opioid is never outvoted by a vaguer text.
  const readings = texts.map((text) => ({ text, medicine: readMedicineName(text) }))
    .filter((r): r is { text: string; medicine: CodedMedicine } => r.medicine !== undefined)
    .sort((a, b) => RANK[a.medicine.kind] - RANK[b.medicine.kind]
      || Number(b.medicine.kind === 'opioid' && b.medicine.strength !== undefined) - Number(a.medicine.kind === 'opioid' && a.medicine.strength !== undefined));
  const best = readings[0];
  if (!best) return { medicine: undefined, name, assumptions: [], nothing: false, covered };
  const params: Record<string, unknown> = { text: best.text };
  const first = codes[0];
  if (first) params.code = { system: first.system, code: first.code };
  return { medicine: best.medicine, name: best.text, assumptions: [{ code: 'medicine-read-from-text', params }], nothing: false, covered };
}
