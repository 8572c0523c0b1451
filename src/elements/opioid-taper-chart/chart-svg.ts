import { html, svg, nothing, type TemplateResult } from 'lit';
import type { ChartLayout } from './chart-layout.js';
import { elementList, type ListItem } from './element-list.js';

/**
 * The chart drawing for a computed layout. Meaning never rests on colour alone: steps are dots, the
 * stop is a cross with the word "Stop", pauses are hatched and say "pause", today is a dashed line
 * and the current step a thicker line, reviews are dotted lines, each labelled in words.
 *
 * The font size is a presentation attribute, not a `style` attribute, which a strict Content Security
 * Policy (`style-src 'self'`) blocks. The `<title>` is its own `svg` template: a binding inside it in
 * the HTML template is read as text by Lit's server renderer (it treats `<title>` as raw text), so a
 * server render leaves it out (`withTitle` false: the `aria-label` still names the chart) and so does
 * the browser's hydration of it; the next render adds it.
 *
 * `direct` (the browser, after any hydration): the repeated pieces (ticks, gridlines, pauses, marker
 * lines, labels) are made with the DOM directly (`elementList`) rather than one
 * template instance each; the same elements, attributes and text either way.
 */
export function chartSvg(layout: ChartLayout, summary: string, axisTitle: string, withTitle = true, direct = withTitle): TemplateResult {
  const { plot, fontSize, stop, currentSegment: now } = layout;
  return html`<svg part="svg" role="img" aria-label=${summary} viewBox="0 0 ${layout.width} ${layout.height}"
width="100%" preserveAspectRatio="xMinYMin meet" font-size=${fontSize}>
${withTitle ? svg`<title>${summary}</title>` : nothing}
<defs><pattern id="pause-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
<line class="hatch-line" y2="6"></line></pattern></defs>
<text class="axis-title" y=${layout.axisTitleY}>${axisTitle}</text>
${direct ? elementList(underLine(layout)) : svg`${layout.yTicks.map((t) => svg`<line class=${t.y === plot.bottom ? 'baseline' : 'gridline'} x1=${plot.left} x2=${plot.right} y1=${t.y} y2=${t.y}></line>
<text class="tick-label y-tick-label" x=${plot.left - 8} y=${t.y} dy="0.35em" text-anchor="end">${t.label}</text>`)}
${layout.xTicks.map((t) => svg`<line class="tick" x1=${t.x} x2=${t.x} y1=${plot.bottom} y2=${plot.bottom + 5}></line>
<text class="tick-label x-tick-label" x=${t.x} y=${plot.bottom + fontSize + 7} text-anchor="middle">${t.label}</text>`)}
${layout.pauses.map((p) => svg`<rect class="pause" data-step=${p.index} x=${p.x1} y=${p.y}
width=${Math.max(1, p.x2 - p.x1)} height=${plot.bottom - p.y} fill="url(#pause-hatch)"></rect>`)}
${layout.markerLines.map((m) => svg`<line class="marker ${m.kind}" x1=${m.x} x2=${m.x} y1=${m.top} y2=${plot.bottom}></line>`)}`}
<path class="step-line" d=${layout.linePath}></path>
${now ? svg`<line class="current-step" x1=${now.x1} x2=${now.x2} y1=${now.y} y2=${now.y}></line>` : nothing}
<path class="step-mark" d=${dotsPath(layout.marks)}></path>
${currentMark(layout.marks)}
${stop ? svg`<path class="stop-mark ${stop.current ? 'current' : ''}"
d="M${stop.x - stop.size} ${stop.y - stop.size}l${stop.size * 2} ${stop.size * 2}m0 ${-stop.size * 2}l${-stop.size * 2} ${stop.size * 2}"></path>` : nothing}
${direct ? elementList(layout.labels.map((l): ListItem => ({
    tag: 'text', svg: true, attributes: { class: `label ${l.kind}-label ${l.current ? 'current' : ''}`, x: l.x, y: l.y, 'text-anchor': l.anchor }, text: l.text,
  }))) : layout.labels.map((l) => svg`<text class="label ${l.kind}-label ${l.current ? 'current' : ''}"
x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`)}
</svg>`;
}

/** What the templates above draw under the step line (gridlines and ticks with their labels, pauses, today and review lines), as list items. */
function underLine(layout: ChartLayout): ListItem[] {
  const { plot, fontSize } = layout;
  const items: ListItem[] = [];
  for (const t of layout.yTicks) {
    items.push({ tag: 'line', svg: true, attributes: { class: t.y === plot.bottom ? 'baseline' : 'gridline', x1: plot.left, x2: plot.right, y1: t.y, y2: t.y } });
    items.push({ tag: 'text', svg: true, attributes: { class: 'tick-label y-tick-label', x: plot.left - 8, y: t.y, dy: '0.35em', 'text-anchor': 'end' }, text: t.label });
  }
  for (const t of layout.xTicks) {
    items.push({ tag: 'line', svg: true, attributes: { class: 'tick', x1: t.x, x2: t.x, y1: plot.bottom, y2: plot.bottom + 5 } });
    items.push({ tag: 'text', svg: true, attributes: { class: 'tick-label x-tick-label', x: t.x, y: plot.bottom + fontSize + 7, 'text-anchor': 'middle' }, text: t.label });
  }
  for (const p of layout.pauses) {
    items.push({ tag: 'rect', svg: true, attributes: { class: 'pause', 'data-step': p.index, x: p.x1, y: p.y, width: Math.max(1, p.x2 - p.x1), height: plot.bottom - p.y, fill: 'url(#pause-hatch)' } });
  }
  for (const m of layout.markerLines) {
    items.push({ tag: 'line', svg: true, attributes: { class: `marker ${m.kind}`, x1: m.x, x2: m.x, y1: m.top, y2: plot.bottom } });
  }
  return items;
}

/** A coordinate for a path: to the hundredth of a pixel (shorter strings, the same drawing). */
const at = (value: number) => Math.round(value * 100) / 100;

/**
 * Every step's dot but the current one, as one path of circles: one element, not one per step, so
 * an update of 200 steps sets one attribute rather than a thousand (issue 10: 200-step update 8.5 →
 * 5.9 ms). The dots look and print the same; the table has every step in words.
 */
function dotsPath(marks: ChartLayout['marks']): string {
  let d = '';
  for (const m of marks) {
    if (m.current) continue;
    d += `M${at(m.x - m.r)} ${at(m.y)}a${m.r} ${m.r} 0 1 0 ${at(2 * m.r)} 0a${m.r} ${m.r} 0 1 0 ${at(-2 * m.r)} 0`;
  }
  return d;
}

/** Today's step: its own, larger dot, which forced colours show in Highlight. */
function currentMark(marks: ChartLayout['marks']): TemplateResult | typeof nothing {
  const m = marks.find((mark) => mark.current);
  return m ? svg`<circle class="step-mark current" data-step=${m.index} cx=${m.x} cy=${m.y} r=${m.r + 2}></circle>` : nothing;
}
