import { css } from 'lit';

/**
 * Layout of the fact box: one column at phone widths (down to 320 px), benefits and harms side by side
 * when the box itself is wide enough (a container query, so it also stacks in a narrow sidebar).
 * Icons use `currentColor`: black in print, system colours in forced-colours mode.
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

  .dose {
    background: var(--_surface-muted);
    border-inline-start: 6px solid var(--_primary);
    padding: 0.75rem var(--_space);
    margin: var(--_space) 0;
  }
  .your-dose { font-size: 1.125rem; }
  .cautions-heading { font-weight: 700; margin-top: 0.75em; }
  .cautions { font-size: 0.9375rem; }

  .legend { margin: var(--_space) 0; }
  .legend-title { font-weight: 700; }
  .legend ul { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.25rem; }
  .legend li { display: flex; gap: 0.5rem; align-items: flex-start; margin: 0; }
  .legend-icon { width: 1rem; height: 1.6rem; flex: none; color: var(--_icon); }

  .columns, .lists { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 2rem; }
  @container (min-width: 42rem) {
    .columns, .lists { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
  }
  .column > h3, .stopping > h3 { border-bottom: 4px solid var(--_primary); padding-bottom: 0.25rem; }

  .figure { border-top: 1px solid var(--_border); padding: 0.75rem 0 1rem; }
  .column > h3 + .figure, .stopping > h3 + .figure { border-top: 0; padding-top: 0; }
  .sentence { font-size: 1.0625rem; }
  .arrays { display: grid; gap: 0.75rem; margin: 0.5rem 0; }
  .array { margin: 0; }
  figcaption { font-weight: 600; font-size: 0.9375rem; margin-bottom: 0.25rem; }
  .study-figure { font-size: 0.875rem; color: var(--_text-secondary); margin: 0.25rem 0 0; }

  .icon-defs { position: absolute; width: 0; height: 0; overflow: hidden; color: var(--_icon); }
  .icon-array { display: block; width: 100%; max-width: var(--_array-max); height: auto; color: var(--_icon); }
  use { stroke-width: 1; stroke-linejoin: round; }
  use.filled { fill: currentColor; stroke: currentColor; }
  use.striped { fill: url(#opioid-hatch); stroke: currentColor; }
  use.outline { fill: none; stroke: var(--_icon-outline); }
  /* At 1,000 people an icon is a few pixels wide: thicker outlines keep every person visible. */
  .dense use { stroke-width: 1.8; }

  .provenance { margin: 0.5rem 0 0; font-size: 0.875rem; color: var(--_text-secondary); display: grid; gap: 0.125rem; }
  .provenance div { display: flex; flex-wrap: wrap; gap: 0 0.35em; }
  .provenance dt { font-weight: 700; }
  .provenance dt::after { content: ':'; }
  .provenance dd { margin: 0; }
  cite { font-style: normal; }
  .approximate {
    font-size: 0.875rem;
    border-inline-start: 4px solid var(--_warning);
    padding-inline-start: 0.5rem;
    margin: 0.5rem 0 0;
  }

  .no-figure { border-inline-start: 4px solid var(--_text-secondary); padding-inline-start: 0.5rem; }
  .bands-heading { font-weight: 700; margin: 0.75rem 0 0.25rem; }
  .bands li.current { font-weight: 700; }
  .absolute {
    background: var(--_surface-muted);
    border-inline-start: 4px solid var(--_primary);
    padding: 0.5rem 0.75rem;
    margin: 0.5rem 0;
  }
  .absolute p:last-child, .absolute ul:last-child { margin-bottom: 0; }
  .caveat { font-size: 0.9375rem; }

  .glossary dl { margin: 0; display: grid; gap: 0.5rem; }
  .glossary dt { font-weight: 700; }
  .glossary dd { margin: 0; }
  .sources ol { font-size: 0.875rem; }
  .review { font-size: 0.875rem; color: var(--_text-secondary); margin-top: var(--_space); }

  /* Clinician audience: the same content, tighter, with full citations inline. */
  .box.clinician { font-size: 0.9375rem; }
  .clinician .title { font-size: 1.25rem; }
  .clinician h3 { font-size: 1.125rem; margin-top: 1em; }
  .clinician .sentence { font-size: 1rem; }
  .clinician .figure { padding: 0.5rem 0 0.75rem; }
  .clinician .icon-array { max-width: calc(var(--_array-max) * 2 / 3); }
  .clinician .legend { margin: 0.5rem 0; }

  @media print {
    :host { --_icon: #000; --_icon-outline: #000; max-width: none; }
    .box { color: #000; }
    .dose, .absolute { background: none; border: 1px solid #000; }
    .column > h3, .stopping > h3 { border-color: #000; }
    .provenance, .study-figure, .review { color: #000; }
    .approximate, .no-figure { border-color: #000; }
    .figure, .dose, .legend, .array { break-inside: avoid; }
    h3, h4 { break-after: avoid; }
  }

  @media (forced-colors: active) {
    .icon-defs, .icon-array, .legend-icon { forced-color-adjust: none; color: CanvasText; }
    use.outline { stroke: CanvasText; }
    .dose, .absolute { border: 1px solid CanvasText; }
    .column > h3, .stopping > h3, .approximate, .no-figure { border-color: CanvasText; }
  }
`;
