/**
 * The plan card's words for a plan read from FHIR, loaded with `import()` only when the context gives
 * the card FHIR results: under each medicine row, what reading the record assumed ("dose read from
 * text: check", "worst case of a dose range"); below the table, each resource that was not counted and
 * why (a stopped order is listed, not totalled); and the total's words when the record had a medicine
 * that could not be read (the total is then incomplete, never a silent partial sum).
 */
import type { Note } from '../../fhir/types.js';
import type { ContextFhirResult } from '../../context/plan-context-key.js';
import { formatters } from '../../locales/format.js';
import { describeFhirNote, describeFhirRowNote, describeUnusable, fhirSection } from '../../locales/fhir/index.js';
import type { LocaleTag } from '../../locales/types.js';

export interface FhirNotCounted {
  /** The medicine as the record names it (free text from another system), else the catalogue's "a medicine with no name". */
  name: string;
  reason: string;
  why: string;
  /** Whether leaving it out makes the total incomplete (a stopped order does not). */
  gap: boolean;
}

export interface FhirCardModel {
  /** The language of these words (en-GB until a draft has loaded). */
  tag: LocaleTag;
  rowNotesLabel: string;
  /** Notes for each plan line, in the plan's order. */
  rowNotes: string[][];
  notCountedHeading: string;
  notCounted: FhirNotCounted[];
  planNotesHeading: string;
  planNotes: string[];
  /** How many resources the total leaves out that it should have had. */
  gaps: number;
  incomplete: (counted: string) => string;
  incompleteShort: (counted: string) => string;
}

export { fhirSection };

/** The card's FHIR words for `results` in `tag` (or en-GB until `tag` has loaded: `fhirSection.load(tag)`). */
export function fhirCardModel(results: readonly ContextFhirResult[], notes: readonly Note[], tag: LocaleTag): FhirCardModel {
  const words = fhirSection.get(tag);
  const spoken = words.meta.tag;
  const f = formatters(spoken);
  const notCounted: FhirNotCounted[] = results.flatMap((result) => {
    if (result.kind !== 'unusable') return [];
    const { reason, why } = describeUnusable(result, spoken);
    return [{ name: result.name ?? words.card.unnamed, reason, why, gap: result.reason !== 'not-active' }];
  });
  const gaps = notCounted.filter((item) => item.gap).length;
  return {
    tag: spoken,
    rowNotesLabel: words.card.rowNotesLabel,
    rowNotes: results.flatMap((result) => (result.kind === 'opioid' ? [result.assumptions.map((note) => describeFhirRowNote(note, spoken))] : [])),
    notCountedHeading: words.card.notCountedHeading(f.count(notCounted.length)),
    notCounted,
    planNotesHeading: words.card.planNotesHeading,
    planNotes: notes.map((note) => describeFhirNote(note, spoken)),
    gaps,
    incomplete: (counted) => words.card.incomplete(counted, gaps, f),
    incompleteShort: (counted) => words.card.incompleteShort(counted, gaps, f),
  };
}
