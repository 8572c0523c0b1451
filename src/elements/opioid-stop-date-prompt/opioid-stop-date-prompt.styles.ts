import { css } from 'lit';

/**
 * NHS-style form controls: big native radios with a whole-row hit area, one visible label per
 * control, hints in secondary text, errors and warnings with an icon and a word as well as colour.
 */
export const stopDatePromptStyles = css`
  :host {
    display: block;
    max-width: 40rem;
    --_warning-border: var(--opioid-color-warning-border, #8a5a00);
  }

  fieldset { border: 0; margin: 0 0 var(--_space); padding: 0; min-width: 0; }
  legend { padding: 0; }
  .question { font-size: 1.25rem; font-weight: 700; line-height: 1.3; margin-bottom: 0.25rem; }
  .kind-legend { font-weight: 700; margin-bottom: 0.25rem; }
  .hint { color: var(--_text-secondary); margin: 0 0 0.5rem; }

  .options { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 0.5rem; margin-bottom: var(--_space); }
  .kinds .options { grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); }
  .option {
    display: flex; align-items: flex-start; gap: 0.6rem; min-height: 44px; cursor: pointer;
    padding: 0.5rem 0.75rem; border: 2px solid var(--_border); border-radius: var(--_radius);
    background: var(--_surface);
  }
  .option:has(input:checked) { border-color: var(--_primary); box-shadow: inset 0 0 0 1px var(--_primary); }
  .option:has(input:disabled) { cursor: not-allowed; opacity: 0.6; }
  .option input {
    flex: none; width: 1.5rem; height: 1.5rem; margin: 0.1rem 0 0; accent-color: var(--_primary); cursor: inherit;
  }
  .option-label { display: flex; flex-direction: column; }
  .option-label strong { font-weight: 700; }
  .option-detail { color: var(--_text-secondary); font-size: 0.95rem; }

  .date-field label { display: block; font-weight: 700; }
  input[type='date'] {
    font: inherit; color: var(--_text); background: var(--_surface);
    min-height: 44px; padding: 0.25rem 0.5rem; margin-top: 0.25rem;
    border: 2px solid var(--_text); border-radius: 0; max-width: 100%;
  }
  input[type='date'][aria-invalid='true'] { border-color: var(--_urgent); border-width: 3px; }
  input:disabled { cursor: not-allowed; opacity: 0.6; }
  input:focus-visible { outline: 3px solid transparent; box-shadow: 0 0 0 3px var(--_focus), 0 0 0 5px var(--_text); }

  .field-error { color: var(--_urgent); font-weight: 700; margin: 0.25rem 0; }
  .field-error-icon, .warning-icon {
    display: inline-grid; place-items: center; width: 1.4em; height: 1.4em; border-radius: 50%;
    font-weight: 700; margin-inline-end: 0.35em; flex: none;
  }
  .field-error-icon { background: var(--_urgent); color: #fff; }

  .keep { margin: 0.5rem 0 0; }
  .keep button {
    font: inherit; font-weight: 700; min-height: 44px; padding: 0.5rem 1rem; cursor: pointer;
    color: var(--_text); background: var(--_surface); border: 2px solid var(--_text); border-radius: var(--_radius);
  }

  .summary { margin: 0 0 0.5rem; font-weight: 700; }
  .notice p {
    margin: 0 0 0.5rem; padding: 0.5rem 0.75rem; border-inline-start: 8px solid var(--_primary);
    background: var(--_surface);
  }
  .warning {
    display: flex; align-items: flex-start; margin: 0 0 0.5rem; padding: 0.5rem 0.75rem;
    border: 2px solid var(--_warning-border); border-inline-start-width: 8px; border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_warning) 18%, var(--_surface)); color: var(--_warning-text);
  }
  .warning-icon { background: var(--_warning); color: var(--_warning-text); border: 1px solid var(--_warning-border); }

  .sentence { margin: 0; }
  .print-only { display: none; }

  /*
   * Server-rendered and not (yet) running: the inner controls cannot submit, so the server template's
   * native fallback (slot "no-script": a date input with the same field names) stands in for them.
   */
  :host(:not(:defined)) .controls { display: none; }
  :host(:defined) slot[name='no-script'] { display: none; }
  .error { margin-bottom: var(--_space); }

  @media (forced-colors: active) {
    .option, input[type='date'], .warning { border-color: CanvasText; }
    .option:has(input:checked) { border: 4px solid Highlight; }
    .field-error { color: CanvasText; }
    .keep button { border-color: ButtonText; color: ButtonText; background: ButtonFace; }
    .notice p { border-color: CanvasText; }
    .field-error-icon, .warning-icon { forced-color-adjust: none; background: CanvasText; color: Canvas; }
    input:focus-visible { outline: 3px solid Highlight; box-shadow: none; }
  }

  @media print {
    .controls, .notice { display: none; }
    .print-only { display: block; }
    .sentence { color: #000; }
  }
`;
