// The locale tests' walk over a catalogue section: every value with its path, so a test can compare a
// draft catalogue with en-GB word by word. Functions are called with markers in place of their
// arguments (MARK), so only the words the catalogue itself writes remain.

/** Stands for any argument a catalogue function is given. */
export const MARK = '\u0001';

export interface CatalogueValue { path: string; text: string }

/** Calls a catalogue function with a marker for each argument (at least one). */
export const callWithMarks = (value: (...args: string[]) => unknown): string =>
  String(value(...Array.from({ length: Math.max(value.length, 1) }, () => MARK)));

/**
 * Every value of a section with its path: strings, functions (through `call`, by default with markers),
 * plural forms; `meta` is left out.
 */
export function catalogueValues(words: object, call: (value: (...args: never[]) => unknown, path: string) => string = callWithMarks as never, prefix = ''): CatalogueValue[] {
  const out: CatalogueValue[] = [];
  for (const [key, value] of Object.entries(words)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (key === 'meta') continue;
    if (typeof value === 'string') out.push({ path, text: value });
    else if (typeof value === 'function') out.push({ path, text: call(value as (...args: never[]) => unknown, path) });
    else if (typeof value === 'object' && value !== null) out.push(...catalogueValues(value, call, path));
  }
  return out;
}
