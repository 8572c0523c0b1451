import { css } from 'lit';

export const planCardStyles = css`
  :host {
    display: block;
    /* The card reflows by its own width (a sidebar or a phone), not the page's. */
    container-type: inline-size;
    --_pad: var(--opioid-plan-card-padding, var(--_space));
  }
  .card {
    background: var(--_surface);
    border: var(--opioid-plan-card-border, 1px solid var(--_border));
    border-radius: var(--_radius);
    box-shadow: var(--opioid-plan-card-shadow, 0 2px 0 var(--_border));
    padding: var(--_pad);
    min-width: 0;
    /* A card off screen is neither laid out nor painted until it nears the viewport (a list of 1,000
       patients lays out the few on screen); its own border and shadow are outside the containment. The
       placeholder is about a card's height at 1,000 px (58rem full, 7rem compact), and
       'auto' keeps the real height once the card has been shown. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 58rem;
  }
  p, ul, dl { margin: 0 0 0.5em; }
  ul { padding-inline-start: 1.25em; }
  bdi { unicode-bidi: isolate; }
  .title { font-size: var(--opioid-plan-card-title-size, 1.375rem); font-weight: 700; line-height: 1.3; margin: 0 0 0.25em; overflow-wrap: anywhere; }
  .heading { font-size: 1.0625rem; font-weight: 700; margin: 0 0 0.25em; }
  section, .total, .dates, .medications { margin-block: 0 var(--_space); }
  .guidance, .detail, .source, .missing, .maximum, .cautions { color: var(--_text-secondary); }
  .detail { display: block; font-weight: 400; font-size: 0.9375em; }
  .source { font-size: 0.875em; margin: 0; }
  .prose { white-space: pre-line; overflow-wrap: anywhere; }

  .icon {
    display: inline-grid; place-items: center; flex: none;
    width: 1.4em; height: 1.4em; margin-inline-end: 0.35em; vertical-align: -0.2em;
    font-weight: 700; font-size: 0.9em; line-height: 1; border-radius: 50%;
  }
  .icon-urgent { background: var(--_urgent); color: #fff; }
  /* A triangle, not a circle: the warning differs from the urgent icon in shape as well as colour. */
  .icon-warning { background: var(--_warning); color: var(--_warning-text); border-radius: 0; clip-path: polygon(50% 0, 100% 100%, 0 100%); padding-top: 0.3em; }
  .icon-info { background: var(--_info); color: #fff; font-family: Georgia, serif; font-style: italic; }

  .flag-list { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.5em; }
  .flag {
    display: flex; align-items: flex-start; gap: 0.25em;
    border: 1px solid var(--_border); border-inline-start: 6px solid var(--_info);
    padding: 0.5em 0.75em; border-radius: var(--_radius); background: var(--_surface);
  }
  .flag p { margin: 0; }
  .flag-urgent { border-inline-start-color: var(--_urgent); }
  .flag-warning { border-inline-start-color: var(--_warning); }
  .flag > div { min-width: 0; }

  table { width: 100%; border-collapse: collapse; table-layout: fixed; }
  caption { text-align: start; font-weight: 700; font-size: 1.0625rem; padding-bottom: 0.25em; }
  th, td { text-align: start; vertical-align: top; padding: 0.5em; border-bottom: 1px solid var(--_border); overflow-wrap: anywhere; }
  thead th { background: var(--_surface-muted); font-size: 0.9375em; }
  thead th:nth-child(1) { width: 32%; }
  .not-converted { font-weight: 700; }

  .total { background: var(--_surface-muted); border-inline-start: 6px solid var(--_primary); padding: 0.75em var(--_pad); border-radius: var(--_radius); }
  .total.incomplete { border-inline-start-color: var(--_warning); }
  .total-label { margin: 0; font-weight: 700; }
  .total-value { font-size: var(--opioid-plan-card-total-size, 1.5rem); line-height: 1.3; margin: 0.1em 0 0.4em; }
  .incomplete .total-value { font-size: 1.2rem; }
  .reasons { font-size: 0.9375em; }
  .band { display: flex; align-items: flex-start; gap: 0.1em; }
  .band .source { display: block; }
  .cautions { font-size: 0.875em; margin: 0; }

  .dates { display: grid; grid-template-columns: repeat(auto-fit, minmax(12em, 1fr)); gap: 0.5em var(--_space); }
  .dates div { min-width: 0; }
  dt { font-weight: 700; }
  dd { margin: 0; }
  .overdue { color: var(--_urgent); font-weight: 700; }

  .actions { display: flex; flex-wrap: wrap; gap: 0.5em; margin-top: var(--_space); }
  .actions[hidden] { display: none; }
  .empty { color: var(--_text-secondary); margin: 0; }
  .error + .actions { margin-top: 0.5em; }

  .compact { padding: 0.5em 0.75em; contain-intrinsic-block-size: auto 7rem; }
  .compact-line { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25em 1em; }
  .compact .title { font-size: 1.0625rem; margin: 0; }
  .compact .total { background: none; border: 0; padding: 0; margin: 0; }
  .compact .meta, .compact .guidance { color: var(--_text-secondary); font-size: 0.9375em; }
  .compact .meta .overdue, .has-urgent { color: var(--_urgent); font-weight: 700; }
  .compact details { font-size: 0.875em; margin-top: 0.25em; }
  .compact summary { cursor: pointer; color: var(--_primary); }
  .compact .actions { margin-top: 0.5em; }

  /* Narrow cards: each medicine becomes a block of labelled lines instead of a squeezed table row. */
  @container (max-width: 40rem) {
    table, caption, tbody, tr, th, td { display: block; }
    thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    tr { border-bottom: 1px solid var(--_border); padding: 0.5em 0; }
    th, td { border: 0; padding: 0.125em 0; }
    tbody th { font-size: 1.0625em; }
    td { display: grid; grid-template-columns: minmax(6em, 35%) minmax(0, 1fr); gap: 0.5em; }
    td::before { content: attr(data-label); font-weight: 700; }
  }

  @media (forced-colors: active) {
    .icon { forced-color-adjust: none; background: CanvasText; color: Canvas; }
    .flag, .total, .band, .card { border-color: CanvasText; }
  }
  @media print {
    .card { box-shadow: none; border: 1px solid #000; content-visibility: visible; }
    .card, .guidance, .detail, .source, .missing, .maximum, .cautions, .overdue, .meta { color: #000; }
    .total, thead th { background: none; }
    .flag, .total, .flag-urgent, .flag-warning { border-color: #000; }
    .icon { background: none; color: #000; border: 1px solid #000; clip-path: none; padding: 0; }
    /* Only small blocks stay whole (the total box with its cautions may break: kept whole it left half-empty pages); the table's header repeats on every page. */
    tr, .flag, .dates div, li { break-inside: avoid; }
    thead { display: table-header-group; }
    .actions { display: none; }
    /* The compact card's cautions print even when their <details> is closed: a total never prints without them. */
    details::details-content { content-visibility: visible; }
  }
`;
