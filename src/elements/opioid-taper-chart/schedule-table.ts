import { html, nothing, type TemplateResult } from 'lit';
import type { TaperStep } from '../../core/taper.js';
import { changeText, stepNotes, type TaperWords } from './taper-text.js';

/** The schedule as a table: the same data as the chart, one row per step, pauses and the stop in words. */
export function scheduleTable(
  steps: readonly TaperStep[],
  words: TaperWords,
  currentIndex: number | undefined,
  caption: string,
): TemplateResult {
  return html`<table part="table"><caption>${caption}</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Daily dose</th><th scope="col">Change</th><th scope="col">Notes</th></tr></thead>
<tbody>${steps.map((step, i) => {
    const current = i === currentIndex;
    return html`<tr class=${current ? 'current' : nothing} aria-current=${current ? 'step' : nothing}>
<th scope="row">${words.date(step.date)}</th><td>${words.dose(step.dose)}</td><td>${changeText(step, i, words)}</td>
<td>${stepNotes(step, words, current).join(' ')}</td></tr>`;
  })}</tbody></table>`;
}
