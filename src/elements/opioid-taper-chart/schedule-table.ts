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
  const { table } = words.chart;
  return html`<table part="table"><caption>${caption}</caption>
<thead><tr><th scope="col">${table.date}</th><th scope="col">${table.dose}</th><th scope="col">${table.change}</th><th scope="col">${table.notes}</th></tr></thead>
<tbody>${steps.map((step, i) => {
    const current = i === currentIndex;
    return html`<tr class=${current ? 'current' : nothing} aria-current=${current ? 'step' : nothing}>
<th scope="row">${words.date(step.date)}</th><td>${words.dose(step.dose)}</td><td>${changeText(step, i, words)}</td>
<td>${stepNotes(step, words, current).join(' ')}</td></tr>`;
  })}</tbody></table>`;
}
