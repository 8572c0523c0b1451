/**
 * en-US: as en-GB, but paracetamol is acetaminophen in US English (a combination product's partner is
 * named as the adapter found it, in UK words). Dates come through Intl ("December 2, 2026").
 */
import { enGBFhir } from './en-GB.js';
import type { FhirWords } from './types.js';

const US_NAMES: Readonly<Record<string, string>> = { paracetamol: 'acetaminophen', chlorphenamine: 'chlorpheniramine' };
const partner = <T extends Readonly<Record<string, unknown>>>(p: T): T =>
  (typeof p.partner === 'string' && Object.hasOwn(US_NAMES, p.partner) ? { ...p, partner: US_NAMES[p.partner] } : p);

export const enUSFhir: FhirWords = {
  ...enGBFhir,
  meta: { tag: 'en-US', name: 'English (US)', reviewed: true },
  note: { ...enGBFhir.note, 'combination-product': (p, f) => enGBFhir.note['combination-product'](partner(p), f) },
  rowNote: { ...enGBFhir.rowNote, 'combination-product': (p, f) => enGBFhir.rowNote['combination-product'](partner(p), f) },
};
