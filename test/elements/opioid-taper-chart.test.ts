import { fixture, html, expect, oneEvent, elementUpdated, nextFrame } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/elements/opioid-taper-chart/register.js';
import '../../src/context/opioid-plan-context/register.js';
import type { OpioidTaperChart } from '../../src/elements/opioid-taper-chart/register.js';
import type { OpioidErrorDetail } from '../../src/internal/events.js';
import { formatters } from '../../src/locales/index.js';
import { taperSchedule, cdcShortCourseTaper, type TaperSchedule } from '../../src/core/taper.js';
import type { OpioidPlanInput, TaperPlan } from '../../src/core/schema.js';
import { guidanceProfile } from '../../src/core/guidance.js';
import { enGB } from '../../src/locales/en-GB.js';

/** A calendar date as the chart's table shows it (the locales format dates; the core only counts them). */
const formatDate = (date: string, locale: string, style: 'medium') => formatters(locale).date(date, style);

const root = (el: OpioidTaperChart) => el.shadowRoot!;
const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (el: OpioidTaperChart, selector: string) => [...root(el).querySelectorAll<SVGElement | HTMLElement>(selector)];
/** Only inside the chart drawing (the key below it draws the same marks as samples). */
const inChart = (el: OpioidTaperChart, selector: string) => [...root(el).querySelectorAll<SVGElement>(`[part="chart"] ${selector}`)];
/**
 * The dots the chart draws, one per dose step: each circle of the dots path (two arcs from its left
 * edge) and the current step's own circle, with their centres and radii as drawn.
 */
function dots(el: OpioidTaperChart): { x: number; y: number; r: number; current: boolean }[] {
  const out: { x: number; y: number; r: number; current: boolean }[] = [];
  for (const mark of inChart(el, '.step-mark')) {
    if (mark.localName === 'circle') {
      out.push({ x: Number(mark.getAttribute('cx')), y: Number(mark.getAttribute('cy')), r: Number(mark.getAttribute('r')), current: mark.classList.contains('current') });
      continue;
    }
    for (const m of (mark.getAttribute('d') ?? '').matchAll(/M(-?[\d.]+) (-?[\d.]+)a([\d.]+) [\d.]+ 0 1 0 [\d.]+ 0a[\d.]+ [\d.]+ 0 1 0 -?[\d.]+ 0/g)) {
      out.push({ x: Number(m[1]) + Number(m[3]), y: Number(m[2]), r: Number(m[3]), current: false });
    }
  }
  return out;
}
const svgOf = (el: OpioidTaperChart) => root(el).querySelector('svg[part="svg"]');
const xTickLabels = (el: OpioidTaperChart) => all(el, '.x-tick-label').map((t) => words(t));
const yTickValues = (el: OpioidTaperChart) => all(el, '.y-tick-label').map((t) => Number(words(t).replace(/,/g, '')));
const toggle = (el: OpioidTaperChart) => root(el).querySelector<HTMLButtonElement>('button[part="toggle"]')!;
const tableRows = (el: OpioidTaperChart) => all(el, 'tbody tr');

/** ResizeObserver reports after layout and the chart lays out on the next animation frame. */
async function settle(el: OpioidTaperChart): Promise<void> {
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

/** The chart inside a box of `width` px, as a host page would place it. */
async function chartIn(width: number, chart: TemplateResult): Promise<OpioidTaperChart> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${chart}</div>`);
  const el = box.querySelector('opioid-taper-chart')!;
  await elementUpdated(el);
  await settle(el);
  return el;
}

function schedule(plan: TaperPlan): TaperSchedule {
  const result = taperSchedule(plan);
  if (!result.ok) throw new Error(`test plan is invalid: ${JSON.stringify(result.issues)}`);
  return result;
}

function intersects(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function overlappingPairs(elements: Element[]): string[] {
  const boxes = elements.map((e) => ({ text: words(e), box: e.getBoundingClientRect() }));
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (intersects(boxes[i]!.box, boxes[j]!.box)) pairs.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
    }
  }
  return pairs;
}

/** Oxycodone 60 mg a day, 10% of the original dose every 14 days: 10 reductions over 154 days (the lowest dose kept 14 days longer). */
const linear10: TaperPlan = { startDate: '2026-03-05', startDose: 60, percent: 10, intervalDays: 14, basis: 'original', drug: 'oxycodone' };
/** One reduction: 10 mg, then the next dose (5 mg) is below the 10 mg tablet, so stop. */
const oneStep: TaperPlan = { startDate: '2026-03-05', startDose: 10, percent: 50, intervalDays: 7, basis: 'current', roundTo: 10 };
/** 0.5% of the original dose a week: 200 reductions over 1,400 days. */
const twoHundred: TaperPlan = { startDate: '2026-03-05', startDose: 100, percent: 0.5, intervalDays: 7, basis: 'original', drug: 'morphine' };
/** Of the current dose in 5 mg steps: hyperbolic, with doses kept longer where rounding would not lower them. */
const ofCurrentRounded: TaperPlan = { startDate: '2026-03-05', startDose: 60, percent: 10, intervalDays: 14, basis: 'current', roundTo: 5, drug: 'oxycodone' };
/** REFERENCE §7.2: morphine 120 mg, 10% of the original every 2 weeks, 10 mg capsules, 100 mg held 2 extra intervals. */
const withPause: TaperPlan = {
  startDate: '2026-03-05', startDose: 120, percent: 10, intervalDays: 14, basis: 'original', roundTo: 10,
  holds: [{ step: 2, intervals: 2 }], drug: 'morphine', unit: 'mg',
};

const attrsChart = (plan: TaperPlan, extra: { today?: string; locale?: string } = {}) => html`<opioid-taper-chart
  start=${plan.startDate} dose=${plan.startDose} percent=${plan.percent} interval-days=${plan.intervalDays}
  basis=${plan.basis} round-to=${plan.roundTo ?? ''} drug=${plan.drug ?? ''}
  today=${extra.today ?? '2026-03-20'} locale=${extra.locale ?? 'en-GB'}></opioid-taper-chart>`;

describe('<opioid-taper-chart>', () => {
  describe('draws the core’s schedule', () => {
    it('10 steps, linear: one mark per dose step, a stop cross labelled "Stop", the summary sentence [T-CHART-001]', async () => {
      const el = await chartIn(800, attrsChart(linear10));
      const expected = schedule(linear10);
      expect(expected.steps).to.have.length(11);
      expect(dots(el)).to.have.length(10);
      expect(inChart(el, '.stop-mark')).to.have.length(1);
      expect(words(root(el).querySelector('.stop-label'))).to.equal('Stop');
      const sentence = 'Reduces oxycodone from 60 mg to 0 mg a day over 154 days in 10 steps, 10% of the original dose every 14 days (linear).';
      const svg = svgOf(el)!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.equal(sentence);
      expect(words(svg.querySelector('title'))).to.equal(sentence);
      expect(words(root(el).querySelector('[part="summary"]'))).to.equal(sentence);
      expect(words(root(el).querySelector('.axis-title'))).to.equal('Daily dose (mg of oxycodone)');
      await expect(el).to.be.accessible();
    });

    it('1 step: the starting dose, then stop [T-CHART-002]', async () => {
      const el = await chartIn(600, attrsChart(oneStep, { today: '2026-03-06' }));
      expect(schedule(oneStep).steps.map((s) => s.dose)).to.deep.equal([10, 0]);
      expect(dots(el)).to.have.length(1);
      expect(inChart(el, '.stop-mark')).to.have.length(1);
      // The only dose is also the lowest: kept one interval longer before stopping (CDC 2022).
      expect(svgOf(el)!.getAttribute('aria-label')).to.match(/over 14 days in 1 step,/);
      await expect(el).to.be.accessible();
    });

    it('200 steps: 200 thin marks and far fewer dose labels, none overlapping [T-CHART-003]', async () => {
      const el = await chartIn(800, attrsChart(twoHundred));
      expect(dots(el)).to.have.length(200);
      expect(inChart(el, '.stop-mark')).to.have.length(1);
      const radii = dots(el).filter((dot) => !dot.current).map((dot) => dot.r);
      expect(Math.max(...radii)).to.be.at.most(2);
      const labels = all(el, '.dose-label');
      expect(labels.length).to.be.within(5, 100);
      expect(overlappingPairs([...all(el, '.label'), ...all(el, '.tick-label')])).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('of the current dose, rounded to 5 mg: marks and table rows follow the core, rounding said in words [T-CHART-004]', async () => {
      const el = await chartIn(800, attrsChart(ofCurrentRounded));
      const expected = schedule(ofCurrentRounded);
      expect(dots(el)).to.have.length(expected.steps.length - 1);
      expect(expected.steps.some((s) => s.roundingIntervals > 0)).to.equal(true);
      // 60, 55, … 10 (rounded up, some held), 5 (after the planned curve has ended below 5 mg), 0.
      expect(expected.steps.map((s) => s.roundingReason ?? '')).to.include.members(['rounded-up', 'after-plan']);
      toggle(el).click();
      await elementUpdated(el);
      const rows = tableRows(el);
      expect(rows).to.have.length(expected.steps.length);
      expected.steps.forEach((step, i) => {
        const cells = [...rows[i]!.querySelectorAll('th, td')].map((c) => words(c));
        expect(cells[0]).to.equal(formatDate(step.date, 'en-GB', 'medium'));
        expect(cells[1]).to.equal(`${step.dose} mg`);
        if (i > 0) expect(cells[2]).to.equal(`−${step.change} mg`);
        // The planned dose is shown to 2 decimals; why the dose differs from it is said in words.
        const planned = `${Number(step.unroundedDose.toFixed(2))} mg`;
        if (step.roundingReason === 'rounded-up') expect(cells[3]).to.include(`Rounded up from ${planned}.`);
        if (step.roundingReason === 'cut-limited') expect(cells[3]).to.include(`Planned ${planned}; kept higher so no reduction is larger than planned.`);
        if (step.roundingReason === 'after-plan') expect(cells[3]).to.include('After the planned reductions').and.not.include('Rounded');
        if (step.roundingIntervals > 0) expect(cells[3]).to.include('Kept for');
      });
      expect(words(svgOf(el)!.querySelector('title'))).to.include('10% of the current dose every 14 days');
      await expect(el).to.be.accessible();
    });

    it('a pause is hatched and labelled "pause", and said in words in the table and the summary [T-CHART-005]', async () => {
      const el = await chartIn(800, html`<opioid-taper-chart .taper=${withPause} today="2026-04-10" locale="en-GB"></opioid-taper-chart>`);
      const pauses = inChart(el, 'rect.pause');
      expect(pauses).to.have.length(1);
      expect(pauses[0]!.getAttribute('data-step')).to.equal('2');
      expect(pauses[0]!.getAttribute('fill')).to.equal('url(#pause-hatch)');
      expect(Number(pauses[0]!.getAttribute('width'))).to.be.greaterThan(10);
      expect(words(root(el).querySelector('.pause-label'))).to.equal('pause');
      expect(svgOf(el)!.getAttribute('aria-label')).to.match(/It includes a pause\.$/);
      toggle(el).click();
      await elementUpdated(el);
      const pausedUntil = schedule(withPause).steps[2]!.pausedUntil!;
      expect(words(tableRows(el)[2])).to.include(`Pause: stay on this dose until ${formatDate(pausedUntil, 'en-GB', 'medium')}`);
      expect(words(tableRows(el).at(-1))).to.include('Stop: no more doses from this date.');
      // 80 → 70 mg where 60 mg is planned: a 20 mg cut would be bigger than the planned 12 mg.
      expect(words(tableRows(el)[5])).to.include('70 mg').and.include('Planned 60 mg; kept higher so no reduction is larger than planned.');
      await expect(el).to.be.accessible();
    });

    it('draws a CDC short-course schedule passed as .schedule [T-CHART-006]', async () => {
      const cdc = cdcShortCourseTaper({ startDate: '2026-03-05', startDose: 40, roundTo: 5, drug: 'oxycodone' });
      if (!cdc.ok) throw new Error('invalid test schedule');
      const el = await chartIn(700, html`<opioid-taper-chart .schedule=${cdc} today="2026-03-20" locale="en-GB"></opioid-taper-chart>`);
      expect(dots(el)).to.have.length(cdc.steps.length - 1);
      expect(svgOf(el)!.getAttribute('aria-label')).to.include('until about 30% of it remains');
      expect(words(root(el).querySelector('[part="notes"]'))).to.include('CDC 2022 gives this weekly pace');
    });

    it('accepts a bare steps array as .schedule', async () => {
      const el = await chartIn(700, html`<opioid-taper-chart .schedule=${schedule(linear10).steps} today="2026-03-20"></opioid-taper-chart>`);
      expect(dots(el)).to.have.length(10);
      expect(svgOf(el)!.getAttribute('aria-label')).to.equal('Reduces the daily dose from 60 mg to 0 mg a day over 154 days in 10 steps.');
    });

    it('labels the axis and doses in OME or MME when the taper is in morphine equivalents [T-CHART-007]', async () => {
      const el = await chartIn(600, html`<opioid-taper-chart start="2026-03-05" dose="90" percent="10" interval-days="14"
        basis="original" unit="mme" today="2026-03-20" locale="en-US"></opioid-taper-chart>`);
      expect(words(root(el).querySelector('.axis-title'))).to.equal('Daily dose (MME/day)');
      expect(svgOf(el)!.getAttribute('aria-label')).to.match(/^Reduces the daily dose from 90 MME to 0 MME a day/);
      const ome = await chartIn(600, html`<opioid-taper-chart .taper=${{ ...linear10, unit: 'ome', drug: undefined }} today="2026-03-20"></opioid-taper-chart>`);
      expect(words(root(ome).querySelector('.axis-title'))).to.equal('Daily dose (mg/day OME)');
    });

    it('doses in OME or MME come with the guidance that names the unit and all its cautions; doses in mg do not [T-CHART-008]', async () => {
      const mme = await chartIn(600, html`<opioid-taper-chart start="2026-03-05" dose="90" percent="10" interval-days="14"
        basis="original" unit="mme" today="2026-03-20" locale="en-US"></opioid-taper-chart>`);
      const us = guidanceProfile('us');
      expect(words(root(mme).querySelector('[part="cautions"] p'))).to.equal(`Dose unit: morphine milligram equivalents (MME). Guidance used: ${enGB.guidance.us}.`);
      expect(all(mme, '[part="cautions"] li').map((li) => words(li))).to.deep.equal([...enGB.cautions(us.unit)]);
      await expect(mme).to.be.accessible();
      // The plan context's US guidance turns a taper in 'ome' into MME, with the US cautions.
      const box = await fixture<HTMLElement>(html`<div style="width:600px"><opioid-plan-context guidance="us" today="2026-03-20" .plan=${{
        id: 'test-ome-taper', indication: 'chronic-non-cancer', startDate: '2025-01-10', guidance: 'uk',
        medications: [{ drug: 'morphine', route: 'oral', strength: { value: 45, unit: 'mg' }, dosesPerDay: 2 }],
        taper: { ...linear10, startDose: 90, unit: 'ome', drug: undefined },
      }}><opioid-taper-chart></opioid-taper-chart></opioid-plan-context></div>`);
      const inContext = box.querySelector('opioid-taper-chart')!;
      await settle(inContext);
      expect(words(root(inContext).querySelector('.axis-title'))).to.equal('Daily dose (MME/day)');
      expect(all(inContext, '[part="cautions"] li').map((li) => words(li))).to.deep.equal([...enGB.cautions(us.unit)]);
      const ome = await chartIn(600, html`<opioid-taper-chart .taper=${{ ...linear10, unit: 'ome', drug: undefined }} today="2026-03-20"></opioid-taper-chart>`);
      expect(words(root(ome).querySelector('[part="cautions"]'))).to.include('Guidance used: UK: Opioids Aware');
      expect(all(ome, '[part="cautions"] li').map((li) => words(li))).to.deep.equal([...enGB.cautions('OME')]);
      const mg = await chartIn(600, attrsChart(linear10));
      expect(root(mg).querySelector('[part="cautions"]')).to.equal(null);
    });
  });

  describe('axes', () => {
    it('dose ticks are round numbers from 0 that cover the starting dose [T-CHART-009]', async () => {
      for (const plan of [linear10, oneStep, twoHundred, withPause, { ...linear10, startDose: 37.5 }]) {
        const el = await chartIn(700, attrsChart(plan));
        const values = yTickValues(el);
        expect(values[0]).to.equal(0);
        const step = values[1]! - values[0]!;
        const mantissa = Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(6));
        expect([1, 2, 5]).to.include(mantissa);
        values.forEach((v, i) => expect(v).to.be.closeTo(i * step, 1e-9));
        expect(values.at(-1)).to.be.at.least(plan.startDose);
        expect(values.at(-2)).to.be.below(plan.startDose);
      }
    });

    it('formats date ticks in the locale: en-GB "5 Mar", en-US "Mar 5" [T-CHART-010]', async () => {
      const gb = await chartIn(800, attrsChart(linear10, { locale: 'en-GB' }));
      const us = await chartIn(800, attrsChart(linear10, { locale: 'en-US' }));
      expect(xTickLabels(gb)[0]).to.equal('5 Mar');
      expect(xTickLabels(us)[0]).to.equal('Mar 5');
      xTickLabels(gb).forEach((label) => expect(label).to.match(/^\d{1,2} [A-Z][a-z]{2,3}$/));
      xTickLabels(us).forEach((label) => expect(label).to.match(/^[A-Z][a-z]{2,3} \d{1,2}$/));
      expect(words(root(us).querySelector('[part="status"]'))).to.include('Mar 20, 2026');
    });

    it('ticks fall on whole days from the start, a week or more apart when steps are weekly or longer', async () => {
      const el = await chartIn(800, attrsChart(linear10));
      const labels = xTickLabels(el);
      expect(labels.slice(0, 3)).to.deep.equal(['5 Mar', '19 Mar', '2 Apr']);
    });

    it('re-lays out when its container is resized', async () => {
      const el = await chartIn(1000, attrsChart(linear10));
      const wideTicks = xTickLabels(el).length;
      expect(svgOf(el)!.getAttribute('viewBox')).to.match(/^0 0 1000 /);
      (el.parentElement as HTMLElement).style.width = '300px';
      await settle(el);
      expect(svgOf(el)!.getAttribute('viewBox')).to.match(/^0 0 300 /);
      expect(xTickLabels(el).length).to.be.below(wideTicks);
      (el.parentElement as HTMLElement).style.width = '1200px';
      await settle(el);
      expect(svgOf(el)!.getAttribute('viewBox')).to.match(/^0 0 1200 /);
    });

    it('at 280 px with 200 steps no x tick labels overlap, nor any other text [T-CHART-011]', async () => {
      const el = await chartIn(280, attrsChart(twoHundred));
      const ticks = all(el, '.x-tick-label');
      expect(ticks.length).to.be.at.least(2);
      expect(overlappingPairs(ticks)).to.deep.equal([]);
      expect(overlappingPairs([...all(el, 'text')].filter((t) => !t.closest('defs')))).to.deep.equal([]);
      // Every label stays inside the chart.
      const svgBox = svgOf(el)!.getBoundingClientRect();
      for (const text of all(el, 'text')) {
        const box = text.getBoundingClientRect();
        expect(box.left).to.be.at.least(svgBox.left - 1);
        expect(box.right).to.be.at.most(svgBox.right + 1);
      }
      // Long schedules give their ticks a year, so "25 Jan" is never ambiguous.
      xTickLabels(el).forEach((label) => expect(label).to.match(/\d{4}$/));
    });

    it('no text overlaps at any width from 280 to 1200 px for 10 steps with a pause and today [T-CHART-012]', async () => {
      for (const width of [280, 320, 480, 800, 1200]) {
        const el = await chartIn(width, html`<opioid-taper-chart .taper=${withPause} today="2026-04-10" locale="en-GB"></opioid-taper-chart>`);
        expect(overlappingPairs([...all(el, 'text')]), `at ${width} px`).to.deep.equal([]);
      }
    });
  });

  describe('the stop label', () => {
    /** REFERENCE §7.2 as in the stories: morphine 120 mg a day, 10% of the original dose every 14 days. */
    const longTerm: TaperPlan = { startDate: '2026-10-21', startDose: 120, percent: 10, intervalDays: 14, basis: 'original', drug: 'morphine' };
    const gap = (a: DOMRect, b: DOMRect) => Math.max(0, a.left - b.right, b.left - a.right);

    /** "Stop" must read as the cross's label: level with the cross and next to it, not over the last dose. */
    function expectStopBesideCross(el: OpioidTaperChart, width: number): void {
      const label = root(el).querySelector('.stop-label')!.getBoundingClientRect();
      const cross = inChart(el, '.stop-mark')[0]!.getBoundingClientRect();
      expect(label.top < cross.bottom && cross.top < label.bottom, `at ${width} px "Stop" is level with the cross`).to.equal(true);
      expect(gap(label, cross), `at ${width} px "Stop" is next to the cross`).to.be.at.most(8);
      const svgBox = svgOf(el)!.getBoundingClientRect();
      expect(label.right, `at ${width} px "Stop" stays inside the chart`).to.be.at.most(svgBox.right + 1);
    }

    it('sits by the cross at 0 and leaves room for the last dose’s label, from 280 to 1200 px [T-CHART-013]', async () => {
      for (const width of [280, 320, 375, 480, 800, 1200]) {
        const el = await chartIn(width, attrsChart(longTerm, { today: '2026-11-21' }));
        expectStopBesideCross(el, width);
        // 12 mg is the last dose before the stop: its label must not give way to "Stop".
        expect(all(el, '.dose-label').map((t) => words(t)), `at ${width} px`).to.include('12');
        expect(overlappingPairs([...all(el, 'text')]), `at ${width} px`).to.deep.equal([]);
      }
    });

    it('stays next to the cross, clear of the today line, when today is after the stop and the axis goes on', async () => {
      // The stop is on 24 Mar 2027; a today 3 weeks later is drawn, so the axis runs past the cross.
      for (const width of [280, 375, 800, 1200]) {
        const el = await chartIn(width, attrsChart(longTerm, { today: '2027-04-14' }));
        expect(inChart(el, '.marker.today'), `at ${width} px`).to.have.length(1);
        const label = root(el).querySelector('.stop-label')!.getBoundingClientRect();
        const cross = inChart(el, '.stop-mark')[0]!.getBoundingClientRect();
        const todayLine = inChart(el, '.marker.today')[0]!.getBoundingClientRect();
        expect(todayLine.left >= label.right || todayLine.right <= label.left, `at ${width} px the today line misses "Stop"`).to.equal(true);
        // Where the today line leaves room right of the cross, "Stop" is level with it; where it does
        // not (narrow charts), "Stop" goes just above-left of the cross.
        if (width >= 800) expectStopBesideCross(el, width);
        expect(gap(label, cross), `at ${width} px "Stop" is next to the cross`).to.be.at.most(8);
        expect(Math.max(0, cross.top - label.bottom, label.top - cross.bottom), `at ${width} px "Stop" is just above the cross`).to.be.at.most(14);
        expect(overlappingPairs([...all(el, 'text')]), `at ${width} px`).to.deep.equal([]);
      }
    });
  });

  describe('today and the current step', () => {
    it('draws a labelled "Today" line and emphasises the step in force, in the chart, the text and the table [T-CHART-014]', async () => {
      const el = await chartIn(800, attrsChart(linear10, { today: '2026-03-20' }));
      // 5 Mar start, 14-day steps: 19 Mar is step 1 (54 mg), next change 2 Apr to 48 mg.
      expect(inChart(el, '.marker.today')).to.have.length(1);
      expect(words(root(el).querySelector('.today-label'))).to.equal('Today');
      const current = inChart(el, '.step-mark.current');
      expect(current).to.have.length(1);
      expect(current[0]!.getAttribute('data-step')).to.equal('1');
      expect(Number(current[0]!.getAttribute('r'))).to.be.greaterThan(dots(el).find((dot) => !dot.current)!.r);
      expect(root(el).querySelector('.current-step')).to.exist;
      expect(words(root(el).querySelector('.dose-label.current'))).to.equal('54');
      expect(words(root(el).querySelector('[part="status"]'))).to.equal('Today (20 Mar 2026): 54 mg a day. Next change on 2 Apr 2026, to 48 mg a day.');
      toggle(el).click();
      await elementUpdated(el);
      const marked = all(el, 'tbody tr[aria-current="step"]');
      expect(marked).to.have.length(1);
      expect(tableRows(el).indexOf(marked[0]!)).to.equal(1);
      expect(words(marked[0])).to.include('Today’s dose.');
      await expect(el).to.be.accessible();
    });

    it('before the taper starts there is no current step, and the text says when it starts [T-CHART-015]', async () => {
      const el = await chartIn(800, attrsChart(linear10, { today: '2026-03-01' }));
      expect(inChart(el, '.step-mark.current')).to.have.length(0);
      expect(inChart(el, '.marker.today')).to.have.length(1);
      expect(words(root(el).querySelector('[part="status"]'))).to.equal('The taper starts on 5 Mar 2026 at 60 mg a day.');
    });

    it('after the stop the stop mark is emphasised; a today far outside the chart is listed, not drawn [T-CHART-016]', async () => {
      const el = await chartIn(800, attrsChart(linear10, { today: '2028-01-01' }));
      expect(root(el).querySelector('.stop-mark.current')).to.exist;
      expect(inChart(el, '.marker.today')).to.have.length(0);
      expect(words(root(el).querySelector('[part="key"]'))).to.include('dashed line: today (outside the chart)');
      expect(words(root(el).querySelector('[part="status"]'))).to.include('stopped on 6 Aug 2026');
    });
  });

  describe('the table alternative', () => {
    it('a real button with aria-expanded and aria-controls shows and hides the table (click) [T-CHART-017]', async () => {
      const el = await chartIn(700, attrsChart(linear10));
      const button = toggle(el);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const region = root(el).getElementById(button.getAttribute('aria-controls')!)!;
      expect(region).to.exist;
      expect(region.hidden).to.equal(true);
      expect(region.querySelector('table caption')).to.exist;
      button.click();
      await elementUpdated(el);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(region.hidden).to.equal(false);
      expect(el.tableOpen).to.equal(true);
      expect(el.hasAttribute('table-open')).to.equal(true);
      const expected = schedule(linear10);
      expect(tableRows(el)).to.have.length(expected.steps.length);
      expect([...tableRows(el)[0]!.querySelectorAll('th, td')].map((c) => words(c))).to.deep.equal(['5 Mar 2026', '60 mg', 'Starting dose', '']);
      expect([...root(el).querySelectorAll('thead th')].map((th) => words(th))).to.deep.equal(['Date', 'Daily dose', 'Change', 'Notes']);
      await expect(el).to.be.accessible();
      button.click();
      await elementUpdated(el);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(region.hidden).to.equal(true);
    });

    it('opens with Enter and closes with Space from the keyboard', async () => {
      const el = await chartIn(700, attrsChart(linear10));
      const button = toggle(el);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await elementUpdated(el);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('in forced colours the lines take system colours and today\'s step is drawn in Highlight [T-CHART-018]', async () => {
      const el = await chartIn(700, attrsChart(linear10, { today: '2026-03-20' }));
      // System colours as the page resolves them (the probe opts out of forced colours to keep its own).
      const probe = await fixture<HTMLElement>(html`<span style="forced-color-adjust:none; color:Highlight; background:CanvasText"></span>`);
      await executeServerCommand('emulate-forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const highlight = getComputedStyle(probe).color;
        const canvasText = getComputedStyle(probe).backgroundColor;
        expect(getComputedStyle(root(el).querySelector('.step-line')!).stroke).to.equal(canvasText);
        expect(getComputedStyle(root(el).querySelector('.marker.today')!).stroke).to.equal(canvasText);
        expect(getComputedStyle(root(el).querySelector('.current-step')!).stroke).to.equal(highlight);
        expect(getComputedStyle(root(el).querySelector('.step-mark.current')!).fill).to.equal(highlight);
        // Shapes still tell the marks apart: the today line keeps its dashes.
        expect(getComputedStyle(root(el).querySelector('.marker.today')!).strokeDasharray).to.not.equal('none');
        await expect(el).to.be.accessible();
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    });

    it('prints the table even when it is collapsed, and not the button [T-CHART-019]', async () => {
      const el = await chartIn(700, attrsChart(linear10));
      const region = root(el).getElementById('schedule-table')!;
      expect(getComputedStyle(region).display).to.equal('none');
      try {
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(region).display).to.equal('block');
        expect(getComputedStyle(toggle(el)).display).to.equal('none');
        // Black and white: the step line prints black, the today line keeps its dashes.
        expect(getComputedStyle(root(el).querySelector('.step-line')!).stroke).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(root(el).querySelector('.marker.today')!).strokeDasharray).to.not.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('inside <opioid-plan-context>', () => {
    const plan: OpioidPlanInput = {
      id: 'test-taper-context',
      indication: 'chronic-non-cancer',
      medications: [{ drug: 'morphine', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 2 }],
      startDate: '2022-01-10',
      reviewDate: '2026-04-02',
      mdtReview: { date: '2026-03-01', outcome: 'Agreed a taper.' },
      taper: withPause,
      guidance: 'uk',
    };

    it('draws the plan’s taper and marks its review dates with labelled dotted lines [T-CHART-020]', async () => {
      const box = await fixture<HTMLElement>(html`<div style="width:800px">
        <opioid-plan-context .plan=${plan} today="2026-03-20" locale="en-GB"><opioid-taper-chart></opioid-taper-chart></opioid-plan-context>
      </div>`);
      const el = box.querySelector('opioid-taper-chart')!;
      await settle(el);
      expect(dots(el)).to.have.length(schedule(withPause).steps.length - 1);
      expect(inChart(el, '.marker.review')).to.have.length(2);
      expect(all(el, '.review-label').map((t) => words(t)).sort()).to.deep.equal(['MDT review', 'Review']);
      expect(words(root(el).querySelector('[part="key"]'))).to.include('dotted line: Review 2 Apr 2026; dotted line: MDT review 1 Mar 2026');
      expect(words(root(el).querySelector('[part="status"]'))).to.include('Today (20 Mar 2026)');
      await expect(el).to.be.accessible();
    });

    it('keeps the today and review labels clear of each other’s lines when the dates are close [T-CHART-031]', async () => {
      // The MDT review (1 Mar), today (20 Mar) and review (2 Apr) are a few pixels apart on a phone.
      for (const width of [280, 320, 400]) {
        const box = await fixture<HTMLElement>(html`<div style="width:${width}px">
          <opioid-plan-context .plan=${plan} today="2026-03-20" locale="en-GB"><opioid-taper-chart></opioid-taper-chart></opioid-plan-context>
        </div>`);
        const el = box.querySelector('opioid-taper-chart')!;
        await settle(el);
        const markerLabels = [...all(el, '.today-label'), ...all(el, '.review-label')];
        expect(markerLabels.length, `labels at ${width} px`).to.be.at.least(2);
        for (const line of inChart(el, '.marker')) {
          const lineBox = line.getBoundingClientRect();
          for (const label of markerLabels.map((t) => t.getBoundingClientRect())) {
            if (label.bottom > lineBox.top) {
              expect(lineBox.left > label.right || lineBox.right < label.left, `a marker line crosses a label at ${width} px`).to.equal(true);
            }
          }
        }
      }
    });

    it('follows the context when the plan changes, and says when the plan has no taper [T-CHART-021]', async () => {
      const box = await fixture<HTMLElement>(html`<div style="width:600px">
        <opioid-plan-context .plan=${plan} today="2026-03-20"><opioid-taper-chart></opioid-taper-chart></opioid-plan-context>
      </div>`);
      const provider = box.querySelector('opioid-plan-context')!;
      const el = box.querySelector('opioid-taper-chart')!;
      await settle(el);
      expect(svgOf(el)).to.exist;
      const { taper: _taper, ...withoutTaper } = plan;
      provider.plan = withoutTaper;
      await elementUpdated(provider);
      await elementUpdated(el);
      expect(svgOf(el)).to.equal(null);
      expect(words(root(el).querySelector('[part="empty"]'))).to.equal('This plan has no taper schedule.');
      await expect(el).to.be.accessible();
    });

    it('when the context’s plan is invalid it says why there is no chart and leaves the alert to the provider [T-CHART-022]', async () => {
      const box = await fixture<HTMLElement>(html`<div style="width:600px">
        <opioid-plan-context .plan=${{ ...plan, startDate: '2026-02-30' }} today="2026-03-20"><opioid-taper-chart></opioid-taper-chart></opioid-plan-context>
      </div>`);
      const el = box.querySelector('opioid-taper-chart')!;
      await settle(el);
      expect(svgOf(el)).to.equal(null);
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
      expect(words(root(el).querySelector('[part="empty"]'))).to.equal('The taper cannot be shown until the problems with the plan are fixed.');
      expect(box.querySelector('opioid-plan-context')!.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    });

    it('its own attributes win over the context [T-CHART-032]', async () => {
      const box = await fixture<HTMLElement>(html`<div style="width:600px">
        <opioid-plan-context .plan=${plan} today="2026-03-20">${attrsChart(linear10)}</opioid-plan-context>
      </div>`);
      const el = box.querySelector('opioid-taper-chart')!;
      await settle(el);
      expect(dots(el)).to.have.length(10);
      expect(words(root(el).querySelector('.axis-title'))).to.equal('Daily dose (mg of oxycodone)');
    });
  });

  describe('bad input: an error, an event, no chart [T-CHART-023]', () => {
    const cases: Array<{ name: string; chart: () => TemplateResult; path: string; says: RegExp }> = [
      { name: 'percent 0', chart: () => attrsChart({ ...linear10, percent: 0 }), path: 'percent', says: /Reduction percentage must be more than 0/ },
      { name: 'percent 100', chart: () => attrsChart({ ...linear10, percent: 100 }), path: 'percent', says: /must be less than 100/ },
      { name: 'a negative dose', chart: () => attrsChart({ ...linear10, startDose: -10 }), path: 'dose', says: /Starting dose must be more than 0.*“-10”/ },
      { name: 'an impossible start date', chart: () => attrsChart({ ...linear10, startDate: '2026-02-30' }), path: 'start', says: /real calendar date.*“2026-02-30”/ },
      { name: 'text as a dose', chart: () => html`<opioid-taper-chart start="2026-03-05" dose="lots" percent="10" interval-days="14" basis="original"></opioid-taper-chart>`, path: 'dose', says: /must be a number, not text/ },
      { name: 'an unknown basis', chart: () => html`<opioid-taper-chart start="2026-03-05" dose="60" percent="10" interval-days="14" basis="linear"></opioid-taper-chart>`, path: 'basis', says: /must be one of: original, current/ },
      { name: 'an impossible today', chart: () => attrsChart(linear10, { today: '2026-13-01' }), path: 'today', says: /Today must be a real calendar date/ },
      { name: 'a schedule that is text', chart: () => html`<opioid-taper-chart .schedule=${'60 mg then stop'}></opioid-taper-chart>`, path: 'schedule', says: /Schedule must be the result of taperSchedule/ },
      { name: 'a schedule of the wrong things', chart: () => html`<opioid-taper-chart .schedule=${[{ date: '2026-03-05', dose: 'sixty' }]}></opioid-taper-chart>`, path: 'schedule[0].dose', says: /Dose must be a number/ },
      { name: 'a failed core result', chart: () => html`<opioid-taper-chart .schedule=${taperSchedule({ ...linear10, intervalDays: 0 })}></opioid-taper-chart>`, path: 'intervalDays', says: /Days between reductions must be at least 1/ },
      { name: 'a taper object with a missing basis', chart: () => html`<opioid-taper-chart .taper=${{ ...linear10, basis: undefined }}></opioid-taper-chart>`, path: 'taper.basis', says: /Reduction basis is required/ },
    ];
    for (const c of cases) {
      it(`${c.name} → role="alert" naming ${c.path}, opioid-error, no chart`, async () => {
        const box = await fixture<HTMLElement>(html`<div style="width:600px"></div>`);
        const heard = oneEvent(box, 'opioid-error') as Promise<CustomEvent<OpioidErrorDetail>>;
        const { render } = await import('lit');
        render(c.chart(), box);
        const el = box.querySelector('opioid-taper-chart')!;
        const event = await heard;
        await elementUpdated(el);
        expect(event.detail.element).to.equal('opioid-taper-chart');
        expect(event.bubbles && event.composed).to.equal(true);
        const issue = event.detail.issues.find((i) => i.path === c.path);
        expect(issue, JSON.stringify(event.detail.issues)).to.exist;
        expect(issue!.message).to.match(c.says);
        const alert = root(el).querySelector('[role="alert"]');
        expect(alert).to.exist;
        expect(words(alert)).to.include(c.path);
        expect(svgOf(el)).to.equal(null);
        expect(root(el).querySelector('table')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('shows hostile drug text as text, never as markup [T-CHART-024]', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const el = await chartIn(600, html`<opioid-taper-chart start="2026-03-05" dose="60" percent="10" interval-days="14"
        basis="original" drug=${hostile}></opioid-taper-chart>`);
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.include(hostile);
      expect(root(el).querySelector('img')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('recovers when the input is corrected [T-CHART-025]', async () => {
      const el = await chartIn(600, attrsChart({ ...linear10, percent: 0 }));
      expect(root(el).querySelector('[role="alert"]')).to.exist;
      el.percent = '10';
      await elementUpdated(el);
      await settle(el);
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
      expect(dots(el)).to.have.length(10);
    });

    it('with no input at all says so plainly, without an alert', async () => {
      const el = await fixture<OpioidTaperChart>(html`<opioid-taper-chart></opioid-taper-chart>`);
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
      expect(words(root(el).querySelector('[part="empty"]'))).to.equal('No taper schedule has been given.');
      await expect(el).to.be.accessible();
    });
  });
});
