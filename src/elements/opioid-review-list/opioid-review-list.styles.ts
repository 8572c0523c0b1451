import { css } from 'lit';

export const reviewListStyles = css`
  :host {
    display: block;
    /* The list reflows by its own width (a sidebar, a phone), not the page's. */
    container-type: inline-size;
    --_height: var(--opioid-review-list-height, 36rem);
    --_columns: minmax(11rem, 1.5fr) minmax(8rem, 1.1fr) minmax(7rem, 1fr) minmax(6rem, 0.8fr) minmax(7rem, 0.9fr) minmax(10rem, 1.5fr) minmax(8rem, 1.1fr) minmax(8rem, 1fr);
  }
  bdi { unicode-bidi: isolate; }
  p { margin: 0 0 0.5em; }
  .list { display: grid; gap: calc(var(--_space) * 0.75); min-width: 0; }
  .title { font-size: var(--opioid-review-list-title-size, 1.375rem); font-weight: 700; line-height: 1.3; margin: 0; }
  .heading { font-size: 1.0625rem; font-weight: 700; margin: 0 0 0.25em; }
  .meta, .detail, .note, .hint, .none, .more { color: var(--_text-secondary); }
  .meta { margin: 0; font-size: 0.9375em; }
  .detail { display: block; font-size: 0.875em; }

  .icon {
    display: inline-grid; place-items: center; flex: none;
    width: 1.3em; height: 1.3em; margin-inline-end: 0.3em; vertical-align: -0.2em;
    font-weight: 700; font-size: 0.85em; line-height: 1; border-radius: 50%;
  }
  .icon-urgent { background: var(--_urgent); color: #fff; }
  .icon-warning { background: var(--_warning); color: var(--_warning-text); border-radius: 0; clip-path: polygon(50% 0, 100% 100%, 0 100%); padding-top: 0.3em; }
  .icon-info { background: var(--_info); color: #fff; font-family: Georgia, serif; font-style: italic; }

  button, input, select { font: inherit; color: inherit; }
  .button {
    border: 2px solid var(--_primary); background: var(--_surface); color: var(--_primary); border-radius: var(--_radius);
    padding: 0.3em 0.8em; font-weight: 700; cursor: pointer; min-height: 2.5rem;
  }
  .button:hover { background: var(--_surface-muted); }

  /* Summary: the measures a service reports, each a button that shows those people. */
  .measures { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5em; grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr)); }
  .measure {
    width: 100%; height: 100%; text-align: start; display: grid; align-content: start; gap: 0.1em; cursor: pointer;
    border: 1px solid var(--_border); border-inline-start: 5px solid var(--_primary); border-radius: var(--_radius);
    background: var(--_surface); padding: 0.5em 0.75em;
  }
  .measure:hover { background: var(--_surface-muted); }
  .measure[aria-pressed='true'] { background: var(--_surface-muted); border-color: var(--_primary); box-shadow: inset 0 0 0 2px var(--_primary); }
  .measure .figure { font-size: 1.5rem; font-weight: 700; line-height: 1.2; }
  .measure .name { font-weight: 700; font-size: 0.9375em; line-height: 1.3; }
  .measure .share { color: var(--_text-secondary); font-size: 0.875em; }
  .measure-invalid, .measure-duplicate { border-inline-start-color: var(--_urgent); }
  .note { font-size: 0.875em; margin: 0.4em 0 0; }

  /* Filters and actions */
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: end; }
  .field { display: grid; gap: 0.15em; min-width: 0; }
  .field > label { font-weight: 700; font-size: 0.9375em; }
  .field input, .field select {
    border: 2px solid var(--_text); border-radius: 0; padding: 0.25em 0.4em; min-height: 2.5rem; background: var(--_surface); max-width: 100%;
  }
  .field input { width: 16rem; }
  .field select { width: 20rem; }
  .toolbar { align-items: start; }
  .hint { font-size: 0.8125em; }
  .actions { display: flex; gap: 0.5em; margin-inline-start: auto; flex-wrap: wrap; }
  details.more-filters { flex-basis: 100%; }
  details.more-filters summary { cursor: pointer; font-weight: 700; color: var(--_primary); padding: 0.25em 0; width: max-content; max-width: 100%; }
  fieldset { border: 0; margin: 0; padding: 0.25em 0 0; display: flex; flex-wrap: wrap; gap: 0.25em 1em; }
  legend { font-weight: 700; padding: 0; margin-bottom: 0.25em; }
  .check { display: inline-flex; align-items: center; gap: 0.35em; min-height: 2rem; }
  .check input { width: 1.25rem; height: 1.25rem; margin: 0; accent-color: var(--_primary); }
  .status-line { display: flex; flex-wrap: wrap; gap: 0.25em 1em; align-items: baseline; margin: 0; }
  .status-line p { margin: 0; }
  .link { background: none; border: 0; padding: 0; color: var(--_primary); text-decoration: underline; cursor: pointer; }

  .progress { display: grid; gap: 0.25em; }
  progress { width: 100%; height: 1rem; accent-color: var(--_primary); }
  .row-alert { border: 3px solid var(--_urgent); border-inline-start-width: 8px; padding: 0.5em 0.75em; border-radius: var(--_radius); margin: 0; }

  /* The grid: one scroll box, a header that stays at the top, rows laid out on the same columns. */
  .scroll {
    max-height: var(--_height); overflow: auto; border: 1px solid var(--_border); border-radius: var(--_radius);
    background: var(--_surface); overscroll-behavior: contain;
  }
  .grid { min-width: 62rem; }
  .row { display: grid; grid-template-columns: var(--_columns); width: 100%; }
  .head { position: sticky; top: 0; z-index: 2; background: var(--_surface-muted); border-bottom: 2px solid var(--_text-secondary); }
  .head .cell { font-weight: 700; font-size: 0.9375em; padding: 0.5em; }
  .sort { background: none; border: 0; padding: 0.1em 0; font-weight: 700; cursor: pointer; text-align: start; color: var(--_primary); text-decoration: underline; text-underline-offset: 0.15em; }
  .arrow { display: inline-block; margin-inline-start: 0.25em; font-size: 0.8em; text-decoration: none; }
  .body-row, .detail-row { border-bottom: 1px solid var(--_border); background: var(--_surface); }
  .body-row { cursor: pointer; border-inline-start: 5px solid transparent; }
  .body-row:hover { background: var(--_surface-muted); }
  .body-row.sev-urgent { border-inline-start-color: var(--_urgent); }
  .body-row.sev-warning { border-inline-start-color: var(--_warning); }
  .row:focus-visible { outline: 3px solid var(--_text); outline-offset: -3px; box-shadow: inset 0 0 0 6px var(--_focus); }
  .cell { padding: 0.5em; min-width: 0; overflow-wrap: anywhere; }
  .col-person { display: flex; gap: 0.35em; align-items: flex-start; }
  .who { min-width: 0; }
  .name { display: block; }
  .toggle {
    flex: none; width: 1.75rem; height: 1.75rem; border: 2px solid var(--_primary); color: var(--_primary); background: var(--_surface);
    border-radius: var(--_radius); font-weight: 700; line-height: 1; cursor: pointer; padding: 0;
  }
  .duplicate { display: block; font-size: 0.875em; font-weight: 700; }
  .figure { display: block; font-weight: 700; }
  .incomplete .figure, .review-overdue span:not(.detail) { font-weight: 700; }
  .band { display: block; font-size: 0.875em; margin-top: 0.15em; }
  .flags { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.15em; }
  .flag { display: flex; align-items: flex-start; font-size: 0.9375em; line-height: 1.35; }
  .flag-urgent { font-weight: 700; }
  .invalid { grid-column: 2 / -1; display: flex; align-items: flex-start; }
  .issues { display: block; }
  .detail-cell { grid-column: 1 / -1; padding: 0.75em; background: var(--_surface-muted); }
  .label { display: none; }
  .empty { padding: var(--_space); margin: 0; }
  .print-view { display: none; }
  /* Server-rendered and not yet defined (JavaScript off): the rows as a plain table; controls that need JavaScript hidden. */
  :host(:not(:defined)) .print-view { display: block; }
  /* On screen a wide table scrolls in its box; in print it breaks across pages (no scroll box). */
  @media screen { :host(:not(:defined)) .print-view { overflow-x: auto; } }
  :host(:not(:defined)) :is(.toolbar, .hint, .note, .print-view > p:first-child) { display: none; }
  :host(:not(:defined)) .print-view table { width: 100%; border-collapse: collapse; }
  :host(:not(:defined)) .print-view :is(th, td) { border: 1px solid var(--_border); padding: 0.35em 0.5em; text-align: start; vertical-align: top; }

  /* Narrow (a phone, 320 px up): each person is a block of labelled lines; the sort menu replaces the headers. */
  @container (max-width: 47.99rem) {
    .grid { min-width: 0; }
    .head { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .row { display: block; }
    .body-row { padding: 0.25em 0 0.5em; }
    .cell { padding: 0.15em 0.75em; }
    .col-person { padding-top: 0.5em; }
    .label { display: inline; font-weight: 700; margin-inline-end: 0.35em; }
    .label::after { content: ':'; }
    .figure, .band { display: inline; }
    .band { margin-inline-start: 0.35em; }
    .cell .detail:not(.plan-id) { display: inline; margin-inline-start: 0.35em; }
    .flags { display: inline-flex; flex-wrap: wrap; gap: 0.15em 0.75em; vertical-align: top; }
    .field, .field input, .field select { width: 100%; }
    .actions { margin-inline-start: 0; }
  }

  @media (forced-colors: active) {
    .icon { forced-color-adjust: none; background: CanvasText; color: Canvas; }
    .body-row.sev-urgent, .body-row.sev-warning { border-inline-start-color: CanvasText; }
    .measure[aria-pressed='true'] { outline: 3px solid Highlight; }
    .row:focus-visible { outline: 3px solid Highlight; box-shadow: none; }
    .sort, .link { color: LinkText; }
  }

  @media print {
    .toolbar, .scroll, .status-line, .progress, .note, .measure .share { display: none !important; }
    .print-view { display: block; }
    .measure { border: 1px solid #000; box-shadow: none; }
    .measures { grid-template-columns: repeat(4, 1fr); }
    .print-view table { width: 100%; border-collapse: collapse; font-size: 9pt; }
    .print-view th, .print-view td { border: 1px solid #000; padding: 2pt 3pt; text-align: start; vertical-align: top; overflow-wrap: break-word; }
    .print-view thead th:first-child { width: 15%; }
    .print-view thead th:nth-child(6) { width: 26%; }
    .print-view thead { display: table-header-group; }
    .print-view tr { break-inside: avoid; }
  }
`;
