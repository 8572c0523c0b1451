/**
 * Direction controls (embeddings, overrides, isolates, LRM/RLM/ALM). Pasted into a medicine name, an
 * unclosed right-to-left override reverses everything printed after it in the same sentence — a dose,
 * a date ("01 hcraM" for "10 March") — so text typed by people loses them before it is put into a
 * sentence or quoted in an error message; every visible character stays.
 *
 * A module of its own, with no imports, so that the validator (parse.ts) and the pack schema can use it
 * without importing the text helpers (which import the validator).
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** `value` without direction controls; '' for anything that is not text. */
export function stripBidiControls(value: unknown): string {
  return typeof value === 'string' ? value.replace(BIDI_CONTROLS, '') : '';
}
