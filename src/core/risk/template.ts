/**
 * Sentence templates of a risk content pack: `"About {count} in every {denominator} people …"`.
 *
 * Why a pack's words may hold no digits: every number a patient reads must come from a figure's
 * fields, where it sits next to its population, time span and source (REFERENCE.md §5). A digit typed
 * into a sentence would be a number with no source, so the schema rejects it and the number has to
 * be given as a placeholder instead. Citations, populations and time spans (which are the source) are
 * exempt and use plain strings.
 */

/** A `{name}` placeholder; the checks on it are in `template-check.ts`. */
export const PLACEHOLDER = /\{([^{}]*)\}/g;

/**
 * The template with each `{name}` replaced by `values[name]`. A name with no value is left as written
 * (the schema makes that impossible for a validated pack). Returns plain text: callers render it as
 * text, never as HTML.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  if (typeof template !== 'string') return '';
  if (typeof values !== 'object' || values === null) return template;
  // Only text fills a placeholder: an object would print as "[object Object]".
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value: unknown = Object.hasOwn(values, name) ? values[name] : undefined;
    return typeof value === 'string' ? value : whole;
  });
}

/** Latin digits whatever the locale's default (DESIGN.md: one rule for every number a widget shows). */
const LATIN = { maximumFractionDigits: 2, numberingSystem: 'latn' } as const;

/**
 * A figure as people read it in the pack's language: "1,000" in en-GB, "1000" and "5,9" in es, at most
 * two decimals ("5.9"), always in Latin digits. Formatting only; the value is the pack's, unchanged.
 */
export function formatFigure(value: number, locale: string): string {
  // '' rather than "NaN" or "∞"; rounded first so a value that rounds to zero reads "0", never "-0".
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  const rounded = Number.isFinite(value * 100) ? Math.round(value * 100) / 100 || 0 : value;
  try {
    // Text only: Intl reads any other value as a list of locales ({ length: 1e9 } would hang it).
    if (typeof locale !== 'string') throw new TypeError('not a locale');
    return new Intl.NumberFormat(locale, LATIN).format(rounded);
  } catch {
    return new Intl.NumberFormat('en-GB', LATIN).format(rounded);
  }
}
