import { html, nothing, type TemplateResult } from 'lit';
import type { TaperStep } from '../../core/taper.js';
import { changeText, stepNotes, type TaperWords } from './taper-text.js';
import { elementList, type ListItem } from './element-list.js';

/**
 * The schedule as a table: the same data as the chart, one row per step, pauses and the stop in words.
 * `direct`: the rows are made with the DOM directly (`elementList`, in the browser); otherwise one
 * template each, the same elements and text (a server render and the browser's hydration of it).
 */
export function scheduleTable(
  steps: readonly TaperStep[],
  words: TaperWords,
  currentIndex: number | undefined,
  caption: string,
  direct = false,
): TemplateResult {
  const { table } = words.chart;
  return html`<table part="table"><caption>${caption}</caption>
<thead><tr><th scope="col">${table.date}</th><th scope="col">${table.dose}</th><th scope="col">${table.change}</th><th scope="col">${table.notes}</th></tr></thead>
<tbody>${direct ? nothing : steps.map((step, i) => {
    const current = i === currentIndex;
    return html`<tr class=${current ? 'current' : nothing} aria-current=${current ? 'step' : nothing}>
<th scope="row">${words.date(step.date)}</th><td>${words.dose(step.dose)}</td><td>${changeText(step, i, words)}</td>
<td>${stepNotes(step, words, current).join(' ')}</td></tr>`;
  })}${direct ? elementList(steps.map((step, i) => row(step, i, words, i === currentIndex))) : nothing}</tbody></table>`;
}

const ROW_HEADER = { scope: 'row' } as const;
const CELL = {} as const;

/** One step's row, as the template above writes it. */
function row(step: TaperStep, index: number, words: TaperWords, current: boolean): ListItem {
  return {
    tag: 'tr',
    attributes: { class: current ? 'current' : undefined, 'aria-current': current ? 'step' : undefined },
    cells: [
      ['th', ROW_HEADER, words.date(step.date)],
      ['td', CELL, words.dose(step.dose)],
      ['td', CELL, changeText(step, index, words)],
      ['td', CELL, stepNotes(step, words, current).join(' ')],
    ],
  };
}
