import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * Person-shaped icon arrays (Zikmund-Fisher et al., Med Decis Making 2014: person icons help recall;
 * affected people grouped first, in reading order). One small `<symbol>` is drawn once per shadow root
 * and reused by `<use>`, so a 1,000-person array stays light.
 *
 * Affected and unaffected people differ in shape, not only colour: filled vs outline, and striped
 * for the uncertain part of a range. Everything is `currentColor`, so it prints in black and white and
 * follows forced colours.
 */

/**
 * The icon's box (viewBox units) and the pitch between icons. The templates write the box (10 × 16)
 * and the ids (`opioid-person`, `opioid-hatch`; the styles use the hatch too) as literal text, not
 * bindings: a 1,000-person array then binds two numbers per person, not four.
 */
const ICON_W = 10;
const ICON_H = 16;
const PITCH_X = 12;
const PITCH_Y = 18;
/** An extra gap after every ten columns and rows, so people can be counted in tens. */
const BLOCK = 10;
const BLOCK_GAP = 6;

/** The shared `<symbol>` and stripe pattern; render once, hidden, before any array. */
export function iconDefs(): TemplateResult {
  return html`<svg class="icon-defs" aria-hidden="true" width="0" height="0">
    <defs>
      <symbol id="opioid-person" viewBox="0 0 10 16">
        <path d="M5 .7a2.45 2.45 0 1 0 0 4.9a2.45 2.45 0 1 0 0-4.9zM1.2 15.3v-5a3.8 3.6 0 0 1 7.6 0v5z"></path>
      </symbol>
      <pattern id="opioid-hatch" width="2.6" height="2.6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="1.1" height="2.6" fill="currentColor"></rect>
      </pattern>
    </defs>
  </svg>`;
}

function columnsFor(total: number): number {
  if (total <= 20) return total;
  return total <= 200 ? 20 : 50;
}

function offset(index: number, pitch: number): number {
  return index * pitch + Math.floor(index / BLOCK) * BLOCK_GAP;
}

export interface IconArrayOptions {
  total: number;
  /** Solid people, drawn first. */
  filled: number;
  /** Striped people, drawn after the solid ones. */
  striped: number;
  /** The sentence a screen reader hears for the whole picture. */
  label: string;
}

/**
 * Whether `count` people take the singular in `locale` ("1 is filled in", not "1 are"): icon-array
 * labels pick the pack's singular wording by it. `locale` is a pack's, checked by the pack schema.
 */
export function isSingular(count: number, locale: string): boolean {
  return new Intl.PluralRules(locale).select(count) === 'one';
}

/** One icon array as an `<svg role="img">` with its sentence as `aria-label`. */
export function iconArray({ total, filled, striped, label }: IconArrayOptions): TemplateResult {
  const columns = columnsFor(total);
  const rows = Math.ceil(total / columns);
  const width = offset(columns - 1, PITCH_X) + ICON_W;
  const height = offset(rows - 1, PITCH_Y) + ICON_H;
  const people: SVGTemplateResult[] = [];
  for (let index = 0; index < total; index += 1) {
    const kind = index < filled ? 'filled' : index < filled + striped ? 'striped' : 'outline';
    const x = offset(index % columns, PITCH_X);
    const y = offset(Math.floor(index / columns), PITCH_Y);
    people.push(svg`<use href="#opioid-person" class=${kind} x=${x} y=${y} width="10" height="16"></use>`);
  }
  return html`<svg class="icon-array ${total > 200 ? 'dense' : ''}" part="icon-array" role="img" aria-label=${label}
    viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMinYMin meet">${people}</svg>`;
}

/** A single icon for the legend (decorative: the legend's words carry the meaning). */
export function legendIcon(kind: 'filled' | 'outline' | 'striped'): TemplateResult {
  return html`<svg class="legend-icon" aria-hidden="true" viewBox="-1 -1 12 18">
    <use href="#opioid-person" class=${kind} width="10" height="16"></use>
  </svg>`;
}
