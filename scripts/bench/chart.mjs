// <opioid-taper-chart>, 11 and 200 steps (issue 10): first render (a chart created with the taper's
// attributes, appended to an empty container 984 px wide) and an update (the five taper attributes
// set to another schedule of the same number of steps), in headless Chromium against the one-tag
// bundle a host page loads (dist/opioid-elements.bundle.js: run `npm run build` first). The schedules
// are the shared bench's (../shared/bench/data/workloads.json): 60 mg by 10% of the original dose
// every 14 days (11 steps) or 199 mg by 1/199 every 2 days (200 steps), and their alternates.
//
// Timing as in the shared side-by-side bench and scripts/bench/cards.mjs: each measured call starts
// inside a requestAnimationFrame callback, `script` is when the chart's update has finished and
// `paint` when a message posted after the call arrives (that frame's style, layout and paint done).
// Each scenario runs in a fresh page: untimed warm-up calls, a pause for the garbage collector, then
// the measured calls; medians with the middle half. A benchmark, not a test: it never fails on time.
// Usage: node scripts/bench/chart.mjs [steps, default 11,200]
/* global window -- in page.evaluate callbacks, which run in the browser */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS } from '../chromium.mjs';
import { join } from 'node:path';
import { BREAKDOWN, DIST, breakdown, quantile, serveBench } from './bench-server.mjs';

const BUNDLE = join(DIST, 'opioid-elements.bundle.js');
const STEPS = (process.argv[2] ?? process.env.BENCH_STEPS ?? '11,200').split(',').map(Number).filter((n) => n === 11 || n === 200);
const WARMUP = 50;
const SAMPLES = 30;

if (!existsSync(BUNDLE)) {
  console.log(`chart bench: no ${BUNDLE}; run \`npm run build\` first.`);
  process.exit(0);
}

const PAGE_SCRIPT = `
const TODAY = '2026-11-21';
const PARAMS = {
  11: [{ start: '2026-12-01', dose: 60, percent: 10, intervalDays: 14 }, { start: '2027-01-04', dose: 120, percent: 10, intervalDays: 7 }],
  200: [{ start: '2026-12-01', dose: 199, percent: 100 / 199, intervalDays: 2 }, { start: '2027-01-04', dose: 398, percent: 100 / 199, intervalDays: 3 }],
};
const feed = (el, p) => {
  el.setAttribute('start', p.start);
  el.setAttribute('dose', String(p.dose));
  el.setAttribute('percent', String(p.percent));
  el.setAttribute('interval-days', String(p.intervalDays));
  el.setAttribute('basis', 'original');
};
const raf = () => new Promise((r) => requestAnimationFrame(() => r()));
const afterTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => { c.port1.close(); r(performance.now()); }; c.port2.postMessage(null); });
async function measure(fn) {
  await raf();
  const t0 = performance.now();
  await fn();
  const t1 = performance.now();
  const painted = afterTask();
  return { script: t1 - t0, paint: (await painted) - t0 };
}
const slot = () => { const c = document.createElement('div'); document.body.append(c); return c; };
function render(container, p) {
  const el = document.createElement('opioid-taper-chart');
  el.setAttribute('today', TODAY);
  feed(el, p);
  container.append(el);
  return el.updateComplete.then(() => el);
}
// The dots drawn: one circle (two arcs) per step in the dots path, and the current step's own circle.
const drawn = (el) => [...el.shadowRoot.querySelectorAll('.step-mark')].reduce((n, mark) => n + (mark.localName === 'circle' ? 1 : (mark.getAttribute('d').match(/a/g) ?? []).length / 2), 0);
window.runChart = async (steps, kind, warmup, samples) => {
  await customElements.whenDefined('opioid-taper-chart');
  const [a, b] = PARAMS[steps];
  const out = [];
  if (kind === 'first') {
    const once = async (timed) => {
      const c = slot();
      let el;
      const m = timed ? await measure(async () => { el = await render(c, a); }) : (el = await render(c, a), c.getBoundingClientRect(), null);
      if (drawn(el) !== steps - 1) throw new Error(drawn(el) + ' step marks for ' + steps + ' steps');
      c.remove();
      return m;
    };
    for (let i = 0; i < warmup; i++) await once(false);
    await new Promise((r) => setTimeout(r, 500));
    for (let i = 0; i < samples; i++) out.push(await once(true));
  } else {
    const c = slot();
    const el = await render(c, a);
    await raf(); await raf();
    let shown = a;
    const update = () => { shown = shown === a ? b : a; feed(el, shown); return el.updateComplete; };
    for (let i = 0; i < warmup; i++) { await update(); c.getBoundingClientRect(); }
    await new Promise((r) => setTimeout(r, 500));
    for (let i = 0; i < samples; i++) out.push(await measure(update));
    if (drawn(el) !== steps - 1) throw new Error(drawn(el) + ' step marks for ' + steps + ' steps');
    c.remove();
  }
  return out;
};
`;

const server = await serveBench('chart bench', PAGE_SCRIPT);
const { origin } = server;

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2));
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  console.log(`\n<opioid-taper-chart> benchmark — ${cpus().length} CPUs (${cpus()[0]?.model ?? ''}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`Chromium ${(await browser.version()).replace(/^\D+/, '')}, dist/opioid-elements.bundle.js; ms, median (p25–p75) of ${SAMPLES} measured calls after ${WARMUP} warm-up calls; paint = that frame's style, layout and paint done`);
  console.log('steps'.padStart(6), 'scenario'.padEnd(13), 'script'.padStart(8), 'paint'.padStart(8), 'p25–p75'.padStart(15));
  const medians = {};
  for (const steps of STEPS) {
    for (const kind of ['first', 'update']) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 800 });
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(origin);
      await page.waitForFunction(() => typeof window.runChart === 'function');
      page.setDefaultTimeout(300_000);
      if (BREAKDOWN) await page.tracing.start({ categories: ['devtools.timeline', 'blink', 'v8'] });
      const runs = await page.evaluate((n, k, w, s) => window.runChart(n, k, w, s), steps, kind, WARMUP, SAMPLES);
      if (BREAKDOWN) breakdown(JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')), WARMUP + SAMPLES + 1);
      await page.close();
      if (errors.length > 0) console.log(`  page errors: ${errors.join('; ')}`);
      const paint = runs.map((r) => r.paint).sort((x, y) => x - y);
      const script = runs.map((r) => r.script).sort((x, y) => x - y);
      medians[`${kind}-${steps}`] = quantile(paint, 0.5);
      console.log(String(steps).padStart(6), (kind === 'first' ? 'first render' : 'update').padEnd(13), fmt(quantile(script, 0.5)).padStart(8), fmt(quantile(paint, 0.5)).padStart(8),
        `${fmt(quantile(paint, 0.25))}–${fmt(quantile(paint, 0.75))}`.padStart(15));
    }
  }
  if (medians['first-11'] && medians['first-200']) {
    console.log(`\nGrowth from 11 to 200 steps (paint): first render ×${(medians['first-200'] / medians['first-11']).toFixed(2)}, update ×${(medians['update-200'] / medians['update-11']).toFixed(2)}`);
  }
  console.log('Targets (issue 10, as ratios in one run of ../shared/bench): ≤ 1.0× Chart.js 4 for 11 and 200 steps, first render and update; 11 → 200 steps grows at most ×2.');
} finally {
  await browser.close();
  server.close();
}
