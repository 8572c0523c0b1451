import { css } from 'lit';

/**
 * Design tokens and the styles every widget shares.
 *
 * Hosts theme through public `--opioid-*` custom properties; each widget reads them once into private
 * `--_*` variables with NHS-style defaults (NHS identity colours, high contrast, yellow focus), so the
 * widgets look right on a page with no CSS of its own and never depend on the host's CSS.
 */
export const tokens = css`
  :host {
    --_font: var(--opioid-font-family, Frutiger W01, Arial, 'Helvetica Neue', sans-serif);
    --_text: var(--opioid-color-text, #212b32);
    --_text-secondary: var(--opioid-color-text-secondary, #4c6272);
    --_primary: var(--opioid-color-primary, #005eb8);
    --_border: var(--opioid-color-border, #d8dde0);
    --_surface: var(--opioid-color-surface, #ffffff);
    --_surface-muted: var(--opioid-color-surface-muted, #f0f4f5);
    --_urgent: var(--opioid-color-urgent, #d5281b);
    --_warning: var(--opioid-color-warning, #ffb81c);
    --_warning-text: var(--opioid-color-warning-text, #212b32);
    --_info: var(--opioid-color-info, #005eb8);
    --_success: var(--opioid-color-success, #007f3b);
    --_focus: var(--opioid-color-focus, #ffeb3b);
    --_radius: var(--opioid-radius, 4px);
    --_space: var(--opioid-space, 16px);
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
    -webkit-text-size-adjust: 100%;
  }
`;

export const sharedStyles = css`
  :host([hidden]) { display: none !important; }
  *, *::before, *::after { box-sizing: border-box; }

  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }

  /* Long words, URLs and pasted text must wrap rather than widen the widget. */
  p, li, dd, dt, td, th, h2, h3, h4, span, code { overflow-wrap: anywhere; }

  :focus-visible {
    outline: 3px solid transparent;
    box-shadow: 0 0 0 3px var(--_focus), 0 6px 0 0 var(--_text);
  }

  .error {
    border: 4px solid var(--_urgent);
    border-inline-start-width: 10px;
    background: var(--_surface);
    color: var(--_text);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: var(--_radius);
  }
  .error-title { font-weight: 700; margin: 0 0 0.25em; }
  .error ul { margin: 0; padding-inline-start: 1.25em; }
  .error code { font-size: 0.95em; background: var(--_surface-muted); padding: 0 0.25em; }
  .error-icon {
    display: inline-grid; place-items: center; width: 1.4em; height: 1.4em; border-radius: 50%;
    background: var(--_urgent); color: #fff; font-weight: 700; margin-inline-end: 0.25em;
  }

  @media (forced-colors: active) {
    .error, .error-icon { border-color: CanvasText; forced-color-adjust: auto; }
    .error-icon { background: CanvasText; color: Canvas; }
    :focus-visible { outline: 3px solid Highlight; box-shadow: none; }
  }
  @media print {
    :host { color: #000; }
    .error { border-color: #000; }
  }
`;
