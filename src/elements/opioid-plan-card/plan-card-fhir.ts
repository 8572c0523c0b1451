/**
 * The plan card's words for a plan read from FHIR, loaded with `import()` only when the context gives
 * the card FHIR results: under each medicine row, what reading the record assumed ("dose read from
 * text: check", "worst case of a dose range"); below the table, each resource that was not counted and
 * why (a stopped order is listed, not totalled); and the total's words when the record had a medicine
 * that could not be read (the total is then incomplete, never a silent partial sum).
 */
import { adoptStyles, css, html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { Note } from '../../fhir/types.js';
import type { ContextFhirResult } from '../../internal/plan-context-key.js';
import { formatters } from '../../locales/format.js';
import { describeFhirNote, describeFhirRowNote, describeUnusable, fhirSection } from '../../locales/fhir/index.js';
import type { LocaleTag } from '../../locales/types.js';

// The card's own icon and heading markup (plan-card-templates.ts), repeated here so this module shares
// no code with the card's chunk (sharing would split the card into two files).
const icon = (severity: 'warning' | 'info') => html`<span class="icon icon-${severity}" aria-hidden="true">${severity === 'info' ? 'i' : '!'}</span>`;
const heading = (level: number, id: string, label: string) => html`<div class="heading" role="heading" aria-level=${Math.min(level + 1, 6)} id=${id}>${label}</div>`;

/** Added to the card's styles when this module loads (a card without FHIR never carries them). */
export const recordStyles = css`
  tr.has-notes > * { border-bottom: 0; padding-bottom: 0.125em; }
  .record-notes td { padding-top: 0; font-size: 0.9375em; color: var(--_text-secondary); }
  .record-notes ul, .not-counted { list-style: none; padding: 0; margin: 0; }
  .record-notes ul, .record-notes li { display: inline; }
  .record-notes li { margin-inline-end: 1em; }
  .record-label { font-weight: 700; }
  .not-counted li { display: flex; align-items: flex-start; gap: 0.1em; margin-bottom: 0.25em; }
  .record .heading { font-size: 1rem; }
  @container (max-width: 40rem) {
    .record-notes td { display: block; }
    .record-notes td::before { content: none; }
    .record-notes li { display: block; }
  }
  @media print { .record-notes td { color: #000; } }
`;

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
  /** The row under plan line `index` with what was assumed, or undefined when nothing was. */
  notesRow: (index: number) => TemplateResult | undefined;
  /** The resources not counted and the plan's own notes, below the table. */
  section: (level: number) => TemplateResult | typeof nothing;
}

/**
 * What reading the FHIR record assumed for one line, in a row of its own under it (in the record's
 * words, which may still be en-GB while a draft loads: hence their own `lang`).
 */
function notesRow(model: FhirCardModel, index: number): TemplateResult | undefined {
  const notes = model.rowNotes[index] ?? [];
  if (notes.length === 0) return undefined;
  return html`<tr role="row" class="record-notes" part="record-notes"><td role="cell" colspan="4" lang=${model.tag}>
    <span class="record-label">${model.rowNotesLabel}:</span> <ul>${notes.map((note) => html`<li>${icon('info')}<bdi>${note}</bdi></li>`)}</ul></td></tr>`;
}

/** Each resource not counted and why (a stopped order is listed, not totalled); names come from another system: <bdi>. */
function section(model: FhirCardModel, level: number): TemplateResult | typeof nothing {
  if (model.notCounted.length === 0 && model.planNotes.length === 0) return nothing;
  return html`<section class="record" part="record" lang=${model.tag}>
    ${model.notCounted.length > 0 ? html`<div aria-labelledby="record-h" role="group">${heading(level, 'record-h', model.notCountedHeading)}
      <ul class="not-counted">${model.notCounted.map((item) => html`<li class=${item.gap ? 'gap' : ''}>${icon(item.gap ? 'warning' : 'info')}<span><bdi>${item.name}</bdi> — <strong>${item.reason}</strong>: ${item.why}</span></li>`)}</ul></div>` : nothing}
    ${model.planNotes.length > 0 ? html`<div aria-labelledby="record-notes-h" role="group">${heading(level, 'record-notes-h', model.planNotesHeading)}
      <ul>${model.planNotes.map((note) => html`<li>${note}</li>`)}</ul></div>` : nothing}
  </section>`;
}


/** Gives a card the styles of these blocks (once this module has loaded). */
export function adoptRecordStyles(card: ReactiveElement): void {
  if (card.shadowRoot) adoptStyles(card.shadowRoot, [...(card.constructor as typeof ReactiveElement).elementStyles, recordStyles]);
}

/**
 * The card's FHIR words for `results` in `tag`; en-GB until a draft has loaded (then `loaded` is
 * called, for the card to update).
 */
export function fhirCardModel(results: readonly ContextFhirResult[], notes: readonly Note[], tag: LocaleTag, loaded: () => void): FhirCardModel {
  if (!fhirSection.has(tag)) void fhirSection.load(tag).then((found) => { if (found.meta.tag === tag) loaded(); });
  const words = fhirSection.get(tag);
  const spoken = words.meta.tag;
  const f = formatters(spoken);
  const notCounted: FhirNotCounted[] = results.flatMap((result) => {
    if (result.kind !== 'unusable') return [];
    const { reason, why } = describeUnusable(result, spoken);
    return [{ name: result.name ?? words.card.unnamed, reason, why, gap: result.reason !== 'not-active' }];
  });
  const gaps = notCounted.filter((item) => item.gap).length;
  const model: FhirCardModel = {
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
    notesRow: (index) => notesRow(model, index),
    section: (level) => section(model, level),
  };
  return model;
}
