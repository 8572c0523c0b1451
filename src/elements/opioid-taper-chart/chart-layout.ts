/**
 * Geometry of the taper chart for one width: scales, ticks, the step line, marks and every label's
 * position. No DOM and no clinical numbers of its own: it places the doses and dates the core's
 * schedule gives. Text never overlaps: tick spacing comes from measured label widths, and every other
 * label is placed only where its box is free (`placeLabels`).
 */
import { addDays, daysBetween, type IsoDate } from '../../core/dates.js';
import type { TaperStep } from '../../core/taper.js';
import { dayTickStep, dayTicks, doseTicks } from './chart-ticks.js';
import type { MeasureText } from './measure-text.js';

/** A vertical line across the chart on a date: today, or one of the plan's review dates. */
export interface ChartMarker {
  kind: 'today' | 'review';
  date: IsoDate;
  label: string;
}

export interface LayoutInput {
  steps: readonly TaperStep[];
  width: number;
  /** Index of the step in force today, if any. */
  currentIndex: number | undefined;
  markers: readonly ChartMarker[];
  /** Short date for axis ticks ("5 Mar"). */
  formatDate: (date: IsoDate) => string;
  /** Date with its year ("5 Mar 2027"), for ticks of schedules long enough to cross years. */
  formatDateWithYear: (date: IsoDate) => string;
  formatDose: (dose: number) => string;
  /** The words drawn beside the stop cross and in a pause, in the chart's locale. */
  words: { stop: string; pause: string };
  measure: MeasureText;
}

export type LabelKind = 'dose' | 'stop' | 'pause' | 'today' | 'review';

export interface PlacedLabel {
  kind: LabelKind;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Step index for dose labels. */
  index?: number;
  current?: boolean;
}

export interface ChartLayout {
  width: number;
  height: number;
  fontSize: number;
  plot: { left: number; top: number; right: number; bottom: number };
  axisTitleY: number;
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string; date: IsoDate }[];
  /** The whole schedule as one step line (horizontal at each dose, vertical at each change). */
  linePath: string;
  /** The step in force today, drawn again on top, emphasised. */
  currentSegment?: { x1: number; x2: number; y: number };
  marks: { index: number; x: number; y: number; r: number; current: boolean }[];
  stop?: { x: number; y: number; size: number; current: boolean };
  pauses: { index: number; x1: number; x2: number; y: number }[];
  markerLines: { kind: ChartMarker['kind']; x: number; top: number }[];
  /** Markers whose date is too far outside the schedule to draw (the text below the chart lists them). */
  markersNotDrawn: ChartMarker[];
  labels: PlacedLabel[];
}

interface Box { x1: number; y1: number; x2: number; y2: number }

const LABEL_GAP = 4;
/** Markers up to this fraction of the schedule's length before its start or after its end are drawn. */
const MARKER_REACH = 0.25;
const MAX_MARKER_ROWS = 3;
/** Longer than this, tick labels carry the year. */
const YEAR_LABEL_SPAN_DAYS = 300;
/** The largest half-width of the stop cross (see `stop.size`). */
const MAX_STOP_SIZE = 6;
/** Between the stop cross and its label. */
const STOP_LABEL_GAP = 5;

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 + LABEL_GAP && b.x1 < a.x2 + LABEL_GAP && a.y1 < b.y2 && b.y1 < a.y2;
}

function boxOf(label: { x: number; y: number; anchor: PlacedLabel['anchor'] }, width: number, fontSize: number): Box {
  const x1 = label.anchor === 'start' ? label.x : label.anchor === 'middle' ? label.x - width / 2 : label.x - width;
  // The box the browser draws text in: the font's ascent above the baseline and its descent below
  // (Arial 0.905 and 0.212 em, Helvetica Neue 0.952 and 0.213 em), so boxes that miss here miss on screen.
  return { x1, x2: x1 + width, y1: label.y - fontSize * 0.95, y2: label.y + fontSize * 0.22 };
}

/** The widest short date label in the schedule's years (months differ in width: "4 Sept" vs "4 May"). */
function widestDateLabel(first: IsoDate, format: (date: IsoDate) => string, measure: MeasureText, fontSize: number): number {
  let widest = 0;
  const year = first.slice(0, 4);
  for (let month = 1; month <= 12; month++) {
    const sample = `${year}-${String(month).padStart(2, '0')}-28`;
    widest = Math.max(widest, measure(format(sample), fontSize));
  }
  return widest;
}

export function layoutChart(input: LayoutInput): ChartLayout {
  const { steps, measure } = input;
  const width = Math.max(200, Math.round(input.width));
  const fontSize = width < 480 ? 12 : width < 720 ? 13 : 14;
  const height = Math.round(Math.min(400, Math.max(230, width * 0.5)));
  const first = steps[0] as TaperStep;
  const last = steps[steps.length - 1] as TaperStep;

  // Date domain: the schedule, widened to take in today and review dates that are near it.
  const scheduleDays = Math.max(1, daysBetween(first.date, last.date));
  const reach = Math.ceil(scheduleDays * MARKER_REACH);
  const drawable = input.markers.filter((m) => {
    const day = daysBetween(first.date, m.date);
    return day >= -reach && day <= scheduleDays + reach;
  });
  const markersNotDrawn = input.markers.filter((m) => !drawable.includes(m));
  const markerDays = drawable.map((m) => daysBetween(first.date, m.date));
  const domainStart = Math.min(0, ...markerDays);
  const domainEnd = Math.max(scheduleDays, ...markerDays);
  const domainStartDate = addDays(first.date, domainStart);

  // Vertical scale first: the y labels' width decides the left margin.
  const axisTitleY = fontSize + 2;
  const markerRowHeight = fontSize + 6;
  const bottomSpace = fontSize + 14;
  const maxDose = Math.max(...steps.map((s) => s.dose));
  const roughPlotHeight = height - bottomSpace - (axisTitleY + markerRowHeight + fontSize + 10);
  const ticks = doseTicks(maxDose, Math.max(2, Math.floor(roughPlotHeight / (fontSize * 2.6))));
  const yTickLabels = ticks.values.map((v) => input.formatDose(v));
  const yLabelWidth = Math.max(...yTickLabels.map((t) => measure(t, fontSize)));

  // Ticks months apart without a year would be ambiguous ("25 Jan" of which year?).
  const formatTick = domainEnd - domainStart > YEAR_LABEL_SPAN_DAYS ? input.formatDateWithYear : input.formatDate;
  const dateLabelWidth = widestDateLabel(first.date, formatTick, measure, fontSize);
  const left = Math.ceil(Math.max(yLabelWidth + 10, dateLabelWidth / 2 + 2) + 2);
  // Room right of the axis for the last date label and, when the schedule ends in a stop, for "Stop"
  // beside its cross: there it labels the cross alone, and not the last dose's line above it.
  const stopLabelReach = last.isStop ? MAX_STOP_SIZE + STOP_LABEL_GAP + measure(input.words.stop, fontSize, true) + 2 : 0;
  const right = width - Math.ceil(Math.max(dateLabelWidth / 2 + 6, stopLabelReach));
  const span = Math.max(1, domainEnd - domainStart);
  const pixelsPerDay = (right - left) / span;
  const xOfDay = (day: number) => left + (day - domainStart) * pixelsPerDay;
  const xOf = (date: IsoDate) => xOfDay(daysBetween(first.date, date));

  // Labels of today and review lines sit in rows above the plot, left to right, each in the first row
  // where it touches no label in that row, no line of a marker labelled higher up (a line crosses
  // every row below its label), and its own line crosses no label lower down. A label that fits in
  // no row is left out, and the key below the chart lists every date in words.
  const taken: { x1: number; x2: number; row: number; lineX: number }[] = [];
  const markerRows = [...drawable].sort((a, b) => a.date.localeCompare(b.date)).map((marker) => {
    const x = xOf(marker.date);
    const labelWidth = measure(marker.label, fontSize, true);
    const x1 = Math.min(Math.max(x - labelWidth / 2, 0), width - labelWidth);
    const x2 = x1 + labelWidth + 2 * LABEL_GAP;
    const blocked = (row: number) => taken.some((t) =>
      (t.row === row && t.x1 < x2 && x1 < t.x2 + 2 * LABEL_GAP)
      || (t.row < row && t.lineX > x1 - LABEL_GAP && t.lineX < x2)
      || (t.row > row && x > t.x1 - LABEL_GAP && x < t.x2 + LABEL_GAP));
    let row = 0;
    while (row < MAX_MARKER_ROWS && blocked(row)) row++;
    if (row === MAX_MARKER_ROWS) row = -1;
    else taken.push({ x1, x2: x1 + labelWidth, row, lineX: x });
    return { marker, x, x1, width: labelWidth, row };
  });
  const rows = Math.max(0, ...markerRows.map((m) => m.row + 1));
  const top = axisTitleY + 6 + rows * markerRowHeight + fontSize + 8;
  const bottom = height - bottomSpace;
  const yOf = (dose: number) => bottom - (dose / ticks.top) * (bottom - top);

  const yTicks = ticks.values.map((value, i) => ({ y: yOf(value), label: yTickLabels[i] as string }));
  const step = dayTickStep(pixelsPerDay, dateLabelWidth, 10, [7, 14, 28]);
  const xTicks = dayTicks(span, step).map((offset) => {
    const date = addDays(domainStartDate, offset);
    return { x: xOfDay(domainStart + offset), label: formatTick(date), date };
  });

  // The step line, and the pieces drawn over it.
  const points = steps.map((s) => ({ x: xOf(s.date), y: yOf(s.dose) }));
  const linePath = points
    .map((p, i) => (i === 0 ? `M${p.x.toFixed(1)} ${p.y.toFixed(1)}` : `H${p.x.toFixed(1)}V${p.y.toFixed(1)}`))
    .join('');
  let narrowest = Number.POSITIVE_INFINITY;
  for (let i = 1; i < points.length; i++) narrowest = Math.min(narrowest, (points[i] as { x: number }).x - (points[i - 1] as { x: number }).x);
  // Thin marks when steps are close, so 200 steps stay distinct; 1.5 px is still visible in print.
  const r = Math.max(1.5, Math.min(4.5, narrowest / 3));
  const current = input.currentIndex;
  const marks = steps.flatMap((s, i) => s.isStop ? [] : [{ index: i, x: (points[i] as { x: number }).x, y: (points[i] as { y: number }).y, r, current: i === current }]);
  const stopPoint = last.isStop ? points[points.length - 1] : undefined;
  const stop = stopPoint ? { x: stopPoint.x, y: stopPoint.y, size: Math.max(4, Math.min(6, r + 2)), current: current === steps.length - 1 } : undefined;

  const currentPoint = current === undefined ? undefined : points[current];
  const nextPoint = current === undefined ? undefined : points[current + 1];
  const currentSegment = currentPoint && nextPoint ? { x1: currentPoint.x, x2: nextPoint.x, y: currentPoint.y } : undefined;

  const pauses = steps.flatMap((s, i) => {
    const next = points[i + 1];
    if (s.isStop || s.pauseIntervals <= 0 || next === undefined) return [];
    // The planned pause is the extra time at the end of the step (a step with rounding holds as well
    // shares its days between one interval, the pause and the rounding holds).
    // Schedules made before `endIntervals` existed (handed in as steps) have none.
    const pauseDays = (s.days * s.pauseIntervals) / (1 + s.pauseIntervals + s.roundingIntervals + (s.endIntervals ?? 0));
    return [{ index: i, x1: next.x - pauseDays * pixelsPerDay, x2: next.x, y: (points[i] as { y: number }).y }];
  });

  const labels = placeLabels({
    input, fontSize, width, top, bottom, points, current, stop, pauses, right,
    markerXs: markerRows.map((m) => m.x),
    reserved: [
      ...markerRows.flatMap((m) => m.row < 0 ? [] : [{
        x1: m.x1, x2: m.x1 + m.width,
        y1: axisTitleY + 6 + m.row * markerRowHeight, y2: axisTitleY + 6 + (m.row + 1) * markerRowHeight,
      }]),
      // The date labels under the axis (drawn by chart-svg at this baseline), which "Stop" sits just above.
      ...xTicks.map((t) => boxOf({ x: t.x, y: bottom + fontSize + 7, anchor: 'middle' }, measure(t.label, fontSize), fontSize)),
    ],
  });
  for (const m of markerRows) {
    if (m.row < 0) continue;
    labels.push({ kind: m.marker.kind, text: m.marker.label, x: m.x1, y: axisTitleY + 6 + m.row * markerRowHeight + fontSize, anchor: 'start' });
  }
  const markerLines = markerRows.map((m) => ({
    kind: m.marker.kind, x: m.x,
    top: m.row < 0 ? top : axisTitleY + 6 + m.row * markerRowHeight + fontSize + 3,
  }));

  return {
    width, height, fontSize, plot: { left, top, right, bottom }, axisTitleY, yTicks, xTicks, linePath,
    currentSegment, marks, stop, pauses, markerLines, markersNotDrawn, labels,
  };
}

interface PlaceInput {
  input: LayoutInput;
  fontSize: number;
  width: number;
  top: number;
  bottom: number;
  points: { x: number; y: number }[];
  current: number | undefined;
  stop: ChartLayout['stop'];
  pauses: ChartLayout['pauses'];
  /** The right end of the axis. */
  right: number;
  /** Where the today and review lines run, top to bottom of the plot. */
  markerXs: number[];
  reserved: Box[];
}

/**
 * Places the stop, pause and dose labels in priority order, each only where it touches nothing placed
 * before it and stays inside the chart: the stop first, then today's dose, the pauses, the starting
 * dose and the other doses left to right. At high step counts most dose labels are left out (the table
 * has every dose) rather than drawn over each other.
 */
function placeLabels(p: PlaceInput): PlacedLabel[] {
  const { input, fontSize, width, points, stop } = p;
  const placed: Box[] = [...p.reserved];
  const out: PlacedLabel[] = [];
  const tryPlace = (label: PlacedLabel, bold = false, lowest = p.bottom - 1): boolean => {
    const box = boxOf(label, input.measure(label.text, fontSize, bold), fontSize);
    if (box.x1 < 0 || box.x2 > width || box.y1 < p.top - fontSize - 8 || box.y2 > lowest) return false;
    if (placed.some((other) => overlaps(box, other))) return false;
    placed.push(box);
    out.push(label);
    return true;
  };

  if (stop) {
    // Right of the cross, level with it: "✕ Stop" at 0 names the cross alone. Centred on the axis where
    // the cross ends it; just above the axis when the axis runs on (a today or review after the stop),
    // so the words never sit on the axis line, and only where no today or review line runs through them.
    const stopText = input.words.stop;
    const beside: PlacedLabel = {
      kind: 'stop', text: stopText, x: stop.x + stop.size + STOP_LABEL_GAP, anchor: 'start',
      // 0.3 em below the axis puts the middle of the capitals on it.
      y: stop.x >= p.right - 0.5 ? stop.y + fontSize * 0.3 : stop.y - 3,
    };
    const besideBox = boxOf(beside, input.measure(stopText, fontSize, true), fontSize);
    const crossed = p.markerXs.some((x) => x > besideBox.x1 - LABEL_GAP && x < besideBox.x2 + LABEL_GAP);
    // Otherwise above-left of the cross, above the last dose's line (not across it) when that line is
    // close to the baseline.
    const lastLine = (points[points.length - 2] ?? stop).y;
    const aboveLeft: PlacedLabel = { kind: 'stop', text: stopText, x: stop.x - stop.size - 2, y: Math.min(stop.y - stop.size - 4, lastLine - 5), anchor: 'end' };
    // Beside the cross it may reach below the plot: the date labels under the axis are in `placed`.
    if ((!crossed && tryPlace(beside, true, besideBox.y2)) || tryPlace(aboveLeft, true)
      || tryPlace({ ...aboveLeft, y: aboveLeft.y - fontSize - 2 }, true)) {
      // Nothing to the right of "Stop": a dose label there would read as part of it ("Stop 2").
      const box = placed[placed.length - 1] as Box;
      placed.push({ ...box, x2: width });
    }
  }
  const doseLabel = (i: number): PlacedLabel => {
    const point = points[i] as { x: number; y: number };
    return {
      kind: 'dose', text: input.formatDose((input.steps[i] as TaperStep).dose), x: point.x + 3, y: point.y - 7,
      anchor: 'start', index: i, current: i === p.current,
    };
  };
  const lastDose = input.steps.length - (input.steps[input.steps.length - 1]?.isStop ? 1 : 0);
  if (p.current !== undefined && p.current < lastDose) tryPlace(doseLabel(p.current), true);
  for (const pause of p.pauses) {
    const midY = (pause.y + p.bottom) / 2 + fontSize / 3;
    tryPlace({ kind: 'pause', text: input.words.pause, x: (pause.x1 + pause.x2) / 2, y: midY, anchor: 'middle' });
  }
  for (let i = 0; i < lastDose; i++) {
    if (i !== p.current) tryPlace(doseLabel(i));
  }
  return out;
}
