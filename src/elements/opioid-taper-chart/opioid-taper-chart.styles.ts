import { css } from 'lit';

/**
 * Chart styles. Every signal has a non-colour form (shape, dash pattern, hatching, thickness, words),
 * so forced-colours mode (system colours only) and black-and-white printing lose nothing.
 * Labels get a halo (`paint-order: stroke`) so they stay legible where they cross a line or hatching.
 * In print the table is the patient's copy of the schedule: it prints even when collapsed on screen.
 */
export const taperChartStyles = css`
:host {
  display: block;
  --_line: var(--opioid-taper-chart-line, var(--_primary));
  --_current: var(--opioid-taper-chart-current, #003087);
  --_today: var(--opioid-taper-chart-today, var(--_text));
  --_review: var(--opioid-taper-chart-review, var(--_text-secondary));
  --_grid: var(--opioid-taper-chart-grid, var(--_border));
  --_pause: var(--opioid-taper-chart-pause, #768692);
}
svg { display: block; width: 100%; height: auto; overflow: visible; }
text, .label { fill: var(--_text); }
.label { paint-order: stroke; stroke: var(--_surface); stroke-width: 3px; stroke-linejoin: round; }
.axis-title, .current, .stop-label, .today-label, .review-label { font-weight: 700; }
.pause-label { font-style: italic; }
.tick-label { fill: var(--_text-secondary); }
.gridline { stroke: var(--_grid); }
.baseline, .tick { stroke: var(--_text); }
.step-line { fill: none; stroke: var(--_line); stroke-width: 2.5; }
.current-step { stroke: var(--_current); stroke-width: 6; stroke-linecap: round; }
.step-mark { fill: var(--_line); stroke: var(--_surface); }
.step-mark.current { fill: var(--_current); stroke: var(--_text); stroke-width: 2; }
.stop-mark { fill: none; stroke: var(--_text); stroke-width: 3; stroke-linecap: round; }
.stop-mark.current { stroke: var(--_current); stroke-width: 4; }
.hatch-line, .pause { stroke: var(--_pause); stroke-width: 2; }
.pause { stroke-width: 1; }
.marker { stroke-width: 2; }
.today { stroke: var(--_today); stroke-dasharray: 7 4; }
.review { stroke: var(--_review); stroke-dasharray: 2 3; }
p { margin: 0.5em 0 0; }
.empty { margin: 0; color: var(--_text-secondary); }
.key, .notes, .cautions { font-size: 0.9em; color: var(--_text-secondary); }
.notes ul, .cautions ul { margin: 0.5em 0 0; padding-inline-start: 1.25em; }
.toggle {
  margin-top: 0.75em; min-height: 44px; padding: 0.4em 0.9em; cursor: pointer;
  font: inherit; font-weight: 600; color: var(--_primary); background: var(--_surface);
  border: 2px solid var(--_primary); border-radius: var(--_radius);
}
.toggle:hover { background: var(--_surface-muted); }
.table-region { margin-top: 0.75em; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: start; font-weight: 700; padding-bottom: 0.5em; }
th, td { text-align: start; vertical-align: top; padding: 0.35em 0.6em; border-bottom: 1px solid var(--_border); }
thead th { border-bottom: 2px solid var(--_text); }
tbody th { font-weight: 400; }
tbody th, td:nth-child(2), td:nth-child(3) { white-space: nowrap; }
tr.current, tr.current th { background: var(--_surface-muted); font-weight: 700; }
/* Server-rendered with no JavaScript (never defined): the button cannot work, so the table is simply there. */
:host(:not(:defined)) .toggle { display: none; }
:host(:not(:defined)) .table-region[hidden] { display: block; }
@media (forced-colors: active) {
  text, .label, .tick-label, .step-mark { fill: CanvasText; }
  .label, .step-mark { stroke: Canvas; }
  .gridline, .hatch-line, .pause { stroke: GrayText; }
  .baseline, .tick, .step-line, .stop-mark, .today, .review, .step-mark.current { stroke: CanvasText; }
  .current-step, .stop-mark.current { stroke: Highlight; }
  .step-mark.current, .dose-label.current { fill: Highlight; }
  tr.current { outline: 2px solid Highlight; }
}
@media print {
  :host { --_line: #000; --_current: #000; --_today: #000; --_review: #000; --_grid: #bbb; --_pause: #555; }
  text, .tick-label { fill: #000; }
  .label { stroke: #fff; }
  .toggle { display: none; }
  .table-region[hidden] { display: block; }
  svg, tr { break-inside: avoid; }
  /* A scroll box would keep the table from breaking across pages; its header repeats on each page. */
  .table-region { overflow: visible; }
  thead { display: table-header-group; }
  tr.current { background: none; }
}
`;
