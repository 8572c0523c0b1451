// <opioid-plan-card>, 1 / 100 / 1,000 cards on one page (issue 10): first render (cards created with
// `.today`, `.guidance` and `.plan`, appended to an empty container) and an update of every card (each
// gets a new plan object whose review date moved, as an app with immutable state does), in headless
// Chromium against the one-tag bundle a host page loads (dist/opioid-elements.bundle.js: run
// `npm run build` first).
//
// Timing as in the shared side-by-side bench (../shared/bench): each measured call starts inside a
// requestAnimationFrame callback and `paint` is when a message posted after the call arrives, i.e. that
// frame's style, layout and paint are done; `script` is when the cards' updates have finished. Each
// scenario runs in a fresh page: untimed warm-up calls, a pause for the garbage collector, then the
// measured calls; medians with the middle half. A benchmark, not a test: it prints what it measured
// and never fails on time (a shared machine is noisy; the load average is printed beside the figures).
// Usage: node scripts/bench/cards.mjs [counts, default 1,100,1000]
/* global window -- in page.evaluate callbacks, which run in the browser */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS } from '../chromium.mjs';
import { join } from 'node:path';
import { BREAKDOWN, DIST, breakdown, quantile, serveBench } from './bench-server.mjs';

const BUNDLE = join(DIST, 'opioid-elements.bundle.js');
const COUNTS = (process.argv[2] ?? process.env.BENCH_CARDS ?? '1,100,1000').split(',').map(Number).filter((n) => n > 0);
const TODAY = '2026-11-21';
/** Warm-up calls and measured calls by count: enough samples for a median, a bounded run time. */
const PLAN = (count) => (count <= 1 ? { warmup: 40, samples: 30 } : count <= 100 ? { warmup: 10, samples: 15 } : { warmup: 2, samples: 7 });

if (!existsSync(BUNDLE)) {
  console.log(`cards bench: no ${BUNDLE}; run \`npm run build\` first.`);
  process.exit(0);
}

// Fictional plans, seeded (the same every run): three lines (morphine MR and two of the others), start,
// review and stop dates, two goals; `reviewDate` moves by 28 days in the update.
const PAGE_SCRIPT = `
const TODAY = '${TODAY}';
let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(rand() * list.length)];
const addDays = (iso, days) => new Date(Date.parse(iso) + days * 86400000).toISOString().slice(0, 10);
const LINES = [
  { drug: 'morphine', product: 'Morphine sulfate MR tablets', strengths: [30, 40, 60], dosesPerDay: 2 },
  { drug: 'oxycodone', product: 'Oxycodone IR capsules', strengths: [5, 10], asNeeded: true, maxDosesPerDay: 4 },
  { drug: 'codeine', product: 'Codeine phosphate tablets', strengths: [15, 30], dosesPerDay: 4 },
  { drug: 'tramadol', product: 'Tramadol capsules', strengths: [50], dosesPerDay: 4 },
  { drug: 'dihydrocodeine', product: 'Dihydrocodeine tablets', strengths: [30], dosesPerDay: 4 },
];
const GOALS = ['Walk to the shops', 'Sleep through the night', 'Return to work part-time', 'Play with the grandchildren', 'Swim twice a week', 'Garden for an hour'];
function plan(i) {
  const others = LINES.slice(1).sort(() => rand() - 0.5);
  const medications = [LINES[0], others[0], others[1]].map((line) => {
    const m = { drug: line.drug, route: 'oral', strength: { value: pick(line.strengths), unit: 'mg' }, product: line.product };
    return line.asNeeded ? { ...m, asNeeded: true, maxDosesPerDay: line.maxDosesPerDay } : { ...m, dosesPerDay: line.dosesPerDay };
  });
  const startDate = addDays(TODAY, -(120 + Math.floor(rand() * 900)));
  const reviewDate = addDays(TODAY, 7 * (2 + Math.floor(rand() * 10)));
  const goal = pick(GOALS);
  return { id: 'plan-' + (i + 1), indication: 'chronic-non-cancer', medications, startDate, reviewDate,
    stopDate: addDays(reviewDate, 7 * (8 + Math.floor(rand() * 20))), goals: [goal, GOALS.find((g) => g !== goal)] };
}
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
function render(container, plans) {
  const els = plans.map((p) => { const el = document.createElement('opioid-plan-card'); el.today = TODAY; el.guidance = 'uk'; el.plan = p; return el; });
  container.append(...els);
  return Promise.all(els.map((el) => el.updateComplete)).then(() => els);
}
const slot = () => { const c = document.createElement('div'); document.body.append(c); return c; };
window.runCards = async (count, kind, warmup, samples) => {
  await customElements.whenDefined('opioid-plan-card');
  const a = Array.from({ length: count }, (_, i) => plan(i));
  const b = a.map((p) => ({ ...p, reviewDate: addDays(p.reviewDate, 28) }));
  const out = [];
  if (kind === 'first') {
    const once = async (timed) => {
      const c = slot();
      const m = timed ? await measure(() => render(c, a)) : (await render(c, a), c.getBoundingClientRect(), null);
      c.remove();
      return m;
    };
    for (let i = 0; i < warmup; i++) await once(false);
    await new Promise((r) => setTimeout(r, 500));
    for (let i = 0; i < samples; i++) out.push(await once(true));
  } else {
    const c = slot();
    const els = await render(c, a);
    await raf(); await raf();
    let shown = a;
    const update = () => { shown = shown === a ? b : a; els.forEach((el, i) => { el.plan = shown[i]; }); return Promise.all(els.map((el) => el.updateComplete)); };
    for (let i = 0; i < warmup; i++) { await update(); c.getBoundingClientRect(); }
    await new Promise((r) => setTimeout(r, 500));
    for (let i = 0; i < samples; i++) out.push(await measure(update));
    const last = els[els.length - 1].shadowRoot.textContent;
    if (!last.includes(shown[shown.length - 1].goals[0])) throw new Error('the last card does not show its goal');
    c.remove();
  }
  return out;
};
`;

const server = await serveBench('cards bench', PAGE_SCRIPT);
const { origin } = server;

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  console.log(`\n<opioid-plan-card> benchmark — ${cpus().length} CPUs (${cpus()[0]?.model ?? ''}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`Chromium ${(await browser.version()).replace(/^\D+/, '')}, dist/opioid-elements.bundle.js; ms, median (p25–p75) of the measured calls; paint = that frame's style, layout and paint done`);
  console.log('cards'.padStart(6), 'scenario'.padEnd(13), 'script'.padStart(8), 'paint'.padStart(8), 'p25–p75'.padStart(15), 'µs/card'.padStart(9), 'samples'.padStart(8));
  const perCard = {};
  for (const count of COUNTS) {
    for (const kind of ['first', 'update']) {
      const { warmup, samples } = PLAN(count);
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 800 });
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(origin);
      await page.waitForFunction(() => typeof window.runCards === 'function');
      page.setDefaultTimeout(600_000);
      if (BREAKDOWN) await page.tracing.start({ categories: ['devtools.timeline', 'blink', 'v8'] });
      const runs = await page.evaluate((n, k, w, s) => window.runCards(n, k, w, s), count, kind, warmup, samples);
      if (BREAKDOWN) breakdown(JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')), warmup + samples + 1);
      await page.close();
      if (errors.length > 0) console.log(`  page errors: ${errors.join('; ')}`);
      const paint = runs.map((r) => r.paint).sort((x, y) => x - y);
      const script = runs.map((r) => r.script).sort((x, y) => x - y);
      const median = quantile(paint, 0.5);
      perCard[`${kind}-${count}`] = median / count;
      console.log(String(count).padStart(6), (kind === 'first' ? 'first render' : 'update all').padEnd(13), fmt(quantile(script, 0.5)).padStart(8), fmt(median).padStart(8),
        `${fmt(quantile(paint, 0.25))}–${fmt(quantile(paint, 0.75))}`.padStart(15), (median * 1000 / count).toFixed(0).padStart(9), String(runs.length).padStart(8));
    }
  }
  if (perCard['first-100'] && perCard['first-1000']) {
    console.log(`\nLinear in the number of cards? paint per card, 1,000 vs 100: first render ×${(perCard['first-1000'] / perCard['first-100']).toFixed(2)}`
      + (perCard['update-1000'] && perCard['update-100'] ? `, update ×${(perCard['update-1000'] / perCard['update-100']).toFixed(2)}` : ''));
  }
  console.log('Targets (issue 10, as ratios in one run of ../shared/bench): 1 card ≤ 2× the hand-written floor; 100 cards first render and update ≤ 1.5× React 19; 1,000 cards first paint < 1.5 s.');
} finally {
  await browser.close();
  server.close();
}
