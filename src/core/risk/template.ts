/**
 * Sentence templates of a risk content pack: `"About {count} in every {denominator} people …"`.
 *
 * Why a pack's words may hold no digits: every number a patient reads must come from a figure's
 * fields, where it sits next to its population, time span and source (REFERENCE.md §5). A digit typed
 * into a sentence would be a number with no source, so the schema rejects it and the number has to
 * be given as a placeholder instead. Citations, populations and time spans (which are the source) are
 * exempt and use plain strings.
 */

const PLACEHOLDER = /\{([^{}]*)\}/g;
/** Any decimal digit in any script (Arabic-Indic, Devanagari, … as well as 0–9). */
const DIGIT = /\p{Nd}/u;

/** The placeholder names a template uses, in order, repeats included. */
export function placeholdersIn(template: string): string[] {
  return Array.from(template.matchAll(PLACEHOLDER), (match) => match[1] ?? '');
}

/**
 * What is wrong with a template, as sentence endings ("must not …") for the pack's error list:
 * digits, placeholders this template may not use, and braces that do not pair up.
 */
export function templateProblems(template: string, allowed: readonly string[]): string[] {
  const problems: string[] = [];
  if (DIGIT.test(template)) {
    problems.push('must not contain digits: give numbers as a figure\'s count, where they carry their source');
  }
  for (const name of new Set(placeholdersIn(template))) {
    if (!allowed.includes(name)) {
      problems.push(allowed.length === 0
        ? `must not contain {${name}}: this text takes no placeholders`
        : `must not contain {${name}}: use only ${allowed.map((known) => `{${known}}`).join(', ')}`);
    }
  }
  if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) {
    problems.push('must not contain a { or } that is not part of a {placeholder}');
  }
  return problems;
}

/**
 * The template with each `{name}` replaced by `values[name]`. A name with no value is left as written
 * (the schema makes that impossible for a validated pack). Returns plain text: callers render it as
 * text, never as HTML.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? values[name] ?? whole : whole));
}

/**
 * A figure as people read it in the pack's language: "1,000" in en-GB, at most two decimals ("5.9").
 * Formatting only; the value is the pack's, unchanged.
 */
export function formatFigure(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  } catch {
    return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(value);
  }
}
