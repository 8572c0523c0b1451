import { css } from 'lit';

/**
 * Layout of the fact box: one column at phone widths (down to 320 px), benefits and harms side by side
 * when the box itself is wide enough (a container query, so it also stacks in a narrow sidebar).
 * Icons use `currentColor`: black in print, system colours in forced-colours mode.
 * Rules are grouped by what they share (weight, small print, marked boxes) to keep the sheet small.
 */
export const riskExplainerStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    max-width: var(--opioid-risk-explainer-max-width, 60rem);
    --_icon: var(--opioid-icon-color, var(--_primary));
    --_icon-outline: var(--opioid-icon-outline-color, #4c6272);
    --_array-max: var(--opioid-risk-array-max-width, 24rem);
  }

  .error + .box { margin-top: var(--_space); }
  .title { font-size: 1.5rem; line-height: 1.25; margin: 0 0 0.5em; }
  h3 { font-size: 1.25rem; line-height: 1.3; margin: 1.5em 0 0.5em; }
  h4 { font-size: 1.0625rem; line-height: 1.35; margin: 0 0 0.25em; }
  p { margin: 0 0 0.5em; }
  ul, ol { margin: 0 0 0.5em; padding-inline-start: 1.25em; }
  li { margin-bottom: 0.25em; }
  dt, .legend-title, .cautions-heading, .bands-heading, .bands .current { font-weight: 700; }
  dd, figure { margin: 0; }
  cite { font-style: normal; }
  .your-dose { font-size: 1.125rem; }
  .cautions, .caveat, figcaption { font-size: 0.9375rem; }
  .study-figure, .provenance, .approximate, .sources ol, .review { font-size: 0.875rem; }
  .study-figure, .provenance, .review { color: var(--_text-secondary); }

  /* Boxes marked on their starting edge: the dose, the absolute figure, and the notes on a figure. */
  .dose, .absolute { background: var(--_surface-muted); border-inline-start: 4px solid var(--_primary); margin: 0.5rem 0; }
  .dose { border-inline-start-width: 6px; padding: 0.75rem var(--_space); margin: var(--_space) 0; }
  .absolute { padding: 0.5rem 0.75rem; }
  .absolute > :last-child { margin-bottom: 0; }
  .approximate, .no-figure { border-inline-start: 4px solid var(--_text-secondary); padding-inline-start: 0.5rem; }
  .approximate { border-color: var(--_warning); margin: 0.5rem 0 0; }
  .cautions-heading { margin-top: 0.75em; }

  .legend { margin: var(--_space) 0; }
  .legend ul { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.25rem; }
  .legend li { display: flex; gap: 0.5rem; align-items: flex-start; margin: 0; }
  .legend-icon { width: 1rem; height: 1.6rem; flex: none; }

  .columns, .lists { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 2rem; }
  @container (min-width: 42rem) {
    .columns, .lists { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  }
  .column > h3, .stopping > h3 { border-bottom: 4px solid var(--_primary); padding-bottom: 0.25rem; }

  .figure { border-top: 1px solid var(--_border); padding: 0.75rem 0 1rem; }
  .box h3 + .figure { border-top: 0; padding-top: 0; }
  .sentence { font-size: 1.0625rem; }
  .arrays { display: grid; gap: 0.75rem; margin: 0.5rem 0; }
  figcaption { font-weight: 600; margin-bottom: 0.25rem; }
  .study-figure { margin: 0.25rem 0 0; }

  svg { color: var(--_icon); }
  /* Out of the flow; its width and height attributes are 0 and an inner svg clips what overflows. */
  .icon-defs { position: absolute; }
  .icon-array { display: block; width: 100%; max-width: var(--_array-max); height: auto; }
  use { stroke-width: 1; stroke-linejoin: round; stroke: currentColor; }
  .filled { fill: currentColor; }
  .striped { fill: url(#opioid-hatch); }
  .outline { fill: none; stroke: var(--_icon-outline); }
  /* At 1,000 people an icon is a few pixels wide: thicker outlines keep every person visible. */
  .dense use { stroke-width: 1.8; }

  .provenance { margin: 0.5rem 0 0; display: grid; gap: 0.125rem; }
  .provenance div { display: flex; flex-wrap: wrap; gap: 0 0.35em; }
  .provenance dt::after { content: ':'; }

  .bands-heading { margin: 0.75rem 0 0.25rem; }
  .glossary dl { margin: 0; display: grid; gap: 0.5rem; }
  .review { margin-top: var(--_space); }

  /* Clinician audience: the same content, tighter, with full citations inline. */
  .clinician { font-size: 0.9375rem; }
  .clinician .title { font-size: 1.25rem; }
  .clinician h3 { font-size: 1.125rem; margin-top: 1em; }
  .clinician .sentence { font-size: 1rem; }
  .clinician .figure { padding: 0.5rem 0 0.75rem; }
  .clinician .icon-array { max-width: calc(var(--_array-max) * 2 / 3); }
  .clinician .legend { margin: 0.5rem 0; }

  /* Print: every colour the box uses becomes black (the shared styles make the text black). */
  @media print {
    :host { --_icon: #000; --_icon-outline: #000; --_primary: #000; --_text-secondary: #000; --_warning: #000; max-width: none; }
    .dose, .absolute { background: none; border: 1px solid #000; }
    /* Only small blocks stay whole (an icon array with its label, the legend, a source): keeping a whole
       figure or the dose box together leaves half-empty A4 pages. */
    figure, .legend, .provenance, .absolute { break-inside: avoid; }
    h3, h4 { break-after: avoid; }
  }

  /* Forced colours: border colours are the system's already; the boxes lose their background, so get a border. */
  @media (forced-colors: active) {
    :host { --_icon: CanvasText; --_icon-outline: CanvasText; }
    svg { forced-color-adjust: none; }
    .dose, .absolute { border: 1px solid CanvasText; }
  }
`;
