/**
 * The prompt's markup from its `PromptView` (text only, never HTML): NHS-style radios with a whole-row
 * hit area, one visible label per control, the error beside the field, a status region for the notice
 * and one for the warnings (always there, so screen readers announce what appears in them).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { PromptView } from './stop-date-model.js';

export interface ControlsState {
  /** The date field's text: what the user typed when it is not a date, else the value. */
  fieldText: string;
  hostLabel: string;
  required: boolean;
  disabled: boolean;
  onInput: (event: Event) => void;
  onChange: (event: Event) => void;
  onKeep: () => void;
  onDateKeydown: (event: KeyboardEvent) => void;
  onDateEdited: () => void;
}

/** Says that a quick-choice date moved with the start; the region is always there so it is announced. */
export function noticeTemplate(view: PromptView): TemplateResult {
  return html`<div class="notice" role="status" part="notice">${view.notice ? html`<p>${view.notice}</p>` : nothing}</div>`;
}

function summaryTemplate(view: PromptView): TemplateResult {
  return html`${view.summary ? html`<p class="summary" part="summary">${view.summary}</p>` : nothing}
    ${noticeTemplate(view)}
    <div class="warnings" role="status" part="warnings">${view.warnings.map((warning) => html`<p class="warning">
      <span class="warning-icon" aria-hidden="true">!</span><span><strong>${view.words.warningPrefix}</strong>${warning}</span>
    </p>`)}</div>`;
}

export function controlsTemplate(view: PromptView, state: ControlsState): TemplateResult {
  const { words, error } = view;
  const { disabled } = state;
  // <bdi>: a product name in a right-to-left script keeps its own order without moving the "?".
  const [before, after] = view.question;
  // The date input has no min attribute: Chrome clears a half-typed date whenever min changes (e.g. a
  // new start), and the validators check "not before the start date" themselves.
  return html`<div class="controls" part="base" @input=${state.onInput} @change=${state.onChange}>
    <span id="host-label" hidden>${state.hostLabel}</span>
    ${view.kinds.length > 0 ? html`<fieldset class="kinds" part="kind">
      <legend class="kind-legend">${words.kindLegend}</legend>
      <div class="options">${view.kinds.map((option) => html`<label class="option" part="choice">
        <input type="radio" name="kind" value=${option.kind} .checked=${live(option.checked)} ?disabled=${disabled}>
        <span class="option-label"><strong>${option.label}</strong>
          <span class="option-detail">${option.detail}</span></span>
      </label>`)}</div>
    </fieldset>` : nothing}
    <fieldset class="choices" part="choices" aria-describedby="start-hint">
      <legend class="question" part="question">${before}<bdi>${view.drug}</bdi>${after}</legend>
      <p class="hint" id="start-hint">${view.hint}</p>
      ${view.choices.length > 0 ? html`<div class="options">${view.choices.map((choice, index) => html`<label class="option" part="choice">
        <input type="radio" name="choice" value=${index} .checked=${live(choice.checked)} ?disabled=${disabled}>
        <span class="option-label"><strong>${choice.label}</strong>
          <span class="option-detail">${choice.date}</span></span>
      </label>`)}</div>` : nothing}
      <div class="date-field" part="date-field">
        <label for="date" id="date-label">${view.dateLabel}</label>
        ${error ? html`<p class="field-error" id="date-error" part="field-error" role=${error.immediate ? 'alert' : nothing}>
          <span class="field-error-icon" aria-hidden="true">!</span><span class="visually-hidden">${words.errorPrefix}</span>${error.message}
        </p>` : nothing}
        <input id="date" type="date" part="date-input" .value=${live(state.fieldText)}
          max="9999-12-31" ?required=${state.required} ?disabled=${disabled}
          aria-labelledby=${view.useHostLabel ? 'host-label date-label' : nothing} aria-describedby=${error ? 'date-error' : nothing}
          aria-invalid=${error ? 'true' : nothing}
          @keydown=${state.onDateKeydown} @keyup=${state.onDateEdited} @blur=${state.onDateEdited}>
        ${error?.keep && !disabled ? html`<p class="keep"><button type="button" part="keep" @click=${state.onKeep}>${error.keep}</button></p>` : nothing}
      </div>
    </fieldset>
    ${summaryTemplate(view)}
  </div>`;
}

/** The printed line: the discharge sentence, or (for an impossible course) the problem in its place. */
export function printedTemplate(view: PromptView, readOnly: boolean): TemplateResult {
  const shown = readOnly ? '' : 'print-only';
  const lang = view.words.meta.tag;
  return view.printed.problem
    ? html`<p class="field-error ${shown}" lang=${lang} role=${readOnly ? 'alert' : nothing} part="field-error">${view.printed.text}</p>`
    : html`<p class="sentence ${shown}" lang=${lang} part="sentence">${view.printed.text}</p>`;
}
