// <opioid-review-list> at 1,000 / 10,000 / 100,000 generated people (stories/data/review-population.ts):
//   in Node: checking every plan (the core's assessPlan per row), sorting, filtering, the summary, CSV;
//   in headless Chromium: the first screen (plans set → first rows painted), a sort and a filter (action
//   → rows repainted), the longest main-thread task while checking (PerformanceObserver 'longtask'),
//   and the JavaScript heap the rows add; once with the module worker (served over HTTP, as a page
//   serves it) and once on the main thread alone (no Worker: the fallback).
// A benchmark, not a test: it prints what it measured and never fails on time (a shared machine is
// noisy; the load average is printed beside the figures). Usage: node scripts/bench/review-list.mjs
/* global window -- in page.evaluate callbacks, which run in the browser */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS } from '../chromium.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const TODAY = '2026-11-21';
/** BENCH_CPUPROFILE=file.cpuprofile: a CPU profile (CDP Profiler) of each main-thread-only run, written there (size in the name). */
const PROFILE = process.env.BENCH_CPUPROFILE;
const LONG_TASKS = process.env.BENCH_LONG_TASKS === '1';
const out = mkdtempSync(join(tmpdir(), 'review-bench-'));

const nodeEntry = `
export { generatePopulation } from ${JSON.stringify(join(ROOT, 'stories/data/review-population.ts'))};
export { assessEntries } from ${JSON.stringify(join(ROOT, 'src/elements/opioid-review-list/review-model.ts'))};
export { sortRows } from ${JSON.stringify(join(ROOT, 'src/elements/opioid-review-list/review-sort.ts'))};
export { filterRows } from ${JSON.stringify(join(ROOT, 'src/elements/opioid-review-list/review-filter.ts'))};
export { reviewSummary } from ${JSON.stringify(join(ROOT, 'src/elements/opioid-review-list/review-summary.ts'))};
export { reviewCsv } from ${JSON.stringify(join(ROOT, 'src/elements/opioid-review-list/review-csv.ts'))};
export { formatter } from ${JSON.stringify(join(ROOT, 'src/elements/opioid-review-list/review-format.ts'))};
export { guidanceProfile } from ${JSON.stringify(join(ROOT, 'src/core/guidance.ts'))};
`;

// The page: the element as a host gets it (production Lit, minified), and a harness the benchmark calls.
const pageEntry = `
import ${JSON.stringify(join(ROOT, 'src/elements/opioid-review-list/register.ts'))};
import { generatePopulation } from ${JSON.stringify(join(ROOT, 'stories/data/review-population.ts'))};
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const rows = (el) => el.shadowRoot.querySelectorAll('.body [role="row"]');
async function until(test, what, ms = 120000) { const end = performance.now() + ms; while (!test()) { if (performance.now() > end) throw new Error('timed out waiting for ' + what); await new Promise((r) => requestAnimationFrame(r)); } }
const RealWorker = globalThis.Worker;
window.bench = async (count, useWorker) => {
  document.body.replaceChildren();
  globalThis.Worker = useWorker ? RealWorker : undefined;
  // The list starts workers only with processors to spare (two fewer than it has): say there are 4.
  Object.defineProperty(navigator, 'hardwareConcurrency', { value: useWorker ? 4 : 2, configurable: true });
  const people = generatePopulation(count, { seed: 13, invalidShare: 0.005, duplicateShare: 0.005, today: '${TODAY}' });
  globalThis.gc?.(); await frame(); globalThis.gc?.();
  const heapBefore = performance.memory?.usedJSHeapSize ?? NaN;
  // The forced collection above is itself a long task: observe from the next task on, or it is counted.
  await frame();
  const tasks = [];
  const observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) tasks.push(entry.duration); });
  observer.observe({ type: 'longtask', buffered: false });
  const el = document.createElement('opioid-review-list');
  el.setAttribute('today', '${TODAY}');
  el.style.setProperty('--opioid-review-list-height', '480px');
  performance.mark('review-bench-start');
  const started = performance.now();
  el.plans = people;
  document.body.append(el);
  await until(() => rows(el).length > 0, 'the first rows');
  await frame();
  const firstScreen = performance.now() - started;
  await frame();
  observer.disconnect();
  performance.mark('review-bench-end');
  globalThis.gc?.(); await frame(); globalThis.gc?.();
  const heapAfter = performance.memory?.usedJSHeapSize ?? NaN;
  // Sort by the total (header button), then back: from the click to the new rows on screen.
  const firstRow = () => rows(el)[0]?.getAttribute('aria-rowindex') + rows(el)[0]?.textContent;
  let before = firstRow();
  let t = performance.now();
  el.shadowRoot.querySelector('.col-total .sort').click();
  await until(() => firstRow() !== before, 'the sorted rows', 20000);
  await frame();
  const sort = performance.now() - t;
  // Filter: the "benzodiazepine or gabapentinoid" figure, then a search typed into the box.
  const status = () => el.shadowRoot.querySelector('.status-line [role="status"]').textContent;
  before = status();
  t = performance.now();
  el.shadowRoot.querySelector('.measure-co-prescribed').click();
  await until(() => status() !== before, 'the filtered rows', 20000);
  await frame();
  const filter = performance.now() - t;
  const search = el.shadowRoot.querySelector('#search');
  before = el.shadowRoot.querySelector('.status-line [role="status"]').textContent;
  t = performance.now();
  search.value = 'KHAN';
  search.dispatchEvent(new Event('input'));
  await until(() => el.shadowRoot.querySelector('.status-line [role="status"]').textContent !== before, 'the searched rows', 20000);
  await frame();
  const searchMs = performance.now() - t;
  const domRows = rows(el).length;
  return { count, firstScreen, sort, filter, search: searchMs, longestTask: tasks.length ? Math.max(...tasks) : 0, longTasks: tasks.length,
    heapMb: (heapAfter - heapBefore) / 1048576, domRows };
};
`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
function time(fn, runs) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    result = fn();
    times.push(performance.now() - started);
  }
  return { ms: median(times), result };
}
/**
 * The page's main-thread tasks between the two marks, from Chromium's trace: `tdur` is the time the
 * thread ran (CPU), which a busy machine does not stretch the way it stretches the wall-clock `dur`
 * a long-task observer reports. Longest task and total, in ms of CPU.
 */
function mainThreadCpu(trace) {
  const events = trace.traceEvents ?? trace;
  const marks = events.filter((e) => e.name === 'review-bench-start' || e.name === 'review-bench-end');
  const start = marks.find((e) => e.name === 'review-bench-start');
  const end = marks.find((e) => e.name === 'review-bench-end');
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === start?.pid);
  if (!start || !end || !main) return { longest: NaN, total: NaN };
  let longest = 0;
  let total = 0;
  for (const e of events) {
    if ((e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') || e.ph !== 'X' || e.pid !== main.pid || e.tid !== main.tid || e.ts < start.ts || e.ts + e.dur > end.ts) continue;
    const ms = (e.tdur ?? e.dur) / 1000;
    longest = Math.max(longest, ms);
    total += ms;
  }
  return { longest, total };
}
/**
 * BENCH_LONG_TASKS=1: for each run, the five longest main-thread tasks between the marks, when each
 * began (ms after the plans were set) and the events inside that took longest (a GC pause, a script,
 * style or layout): where a long task comes from, not only that there was one.
 */
function longTaskReport(trace, count, useWorker) {
  const events = trace.traceEvents ?? trace;
  const start = events.find((e) => e.name === 'review-bench-start');
  const end = events.find((e) => e.name === 'review-bench-end');
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === start?.pid);
  if (!start || !end || !main) return;
  const onMain = events.filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.ts >= start.ts && e.ts <= end.ts);
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => b.dur - a.dur).slice(0, 5);
  console.log(`  longest tasks, ${count} people${useWorker ? ', workers' : ''}:`);
  for (const task of tasks) {
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask')
      .sort((a, b) => b.dur - a.dur).slice(0, 4).map((e) => `${e.name} ${(e.dur / 1000).toFixed(1)}`);
    const marks = events.filter((e) => e.name.startsWith('X-') && e.ts >= task.ts && e.ts <= task.ts + task.dur).map((e) => `${e.name}@${((e.ts - task.ts) / 1000).toFixed(1)}`);
    console.log(`    ${(task.dur / 1000).toFixed(1)} ms at ${((task.ts - start.ts) / 1000).toFixed(0)} ms: ${inside.join('; ')} ${marks.join(' ')}`);
  }
}
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

try {
  writeFileSync(join(out, 'node-entry.ts'), nodeEntry);
  writeFileSync(join(out, 'page-entry.ts'), pageEntry);
  await build({ entryPoints: [join(out, 'node-entry.ts')], bundle: true, platform: 'node', format: 'esm', outfile: join(out, 'node.mjs'), logLevel: 'error', tsconfig: join(ROOT, 'tsconfig.json') });
  // The worker as the element names it (review-worker-url.ts), beside the page.
  await build({
    entryPoints: [join(ROOT, 'src/elements/opioid-review-list/review-worker.ts')], bundle: true, format: 'esm', outfile: join(out, 'review-worker.js'),
    minify: true, logLevel: 'error', tsconfig: join(ROOT, 'tsconfig.json'), conditions: ['production'],
  });
  await build({
    // BENCH_CPUPROFILE: not minified, so the profile names functions.
    entryPoints: [join(out, 'page-entry.ts')], bundle: true, format: 'esm', outfile: join(out, 'page.js'), minify: !PROFILE,
    logLevel: 'error', tsconfig: join(ROOT, 'tsconfig.json'), conditions: ['production'],
  });
  writeFileSync(join(out, 'page.html'), '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>bench</title></head><body></body><script type="module" src="page.js"></script></html>');

  const m = await import(pathToFileURL(join(out, 'node.mjs')).href);
  const options = { guidance: 'uk', today: TODAY, threshold: undefined, locale: 'en-GB' };
  const f = m.formatter(m.guidanceProfile('uk'), 'en-GB', TODAY);
  console.log(`\n<opioid-review-list> benchmark — ${cpus().length} CPUs (${cpus()[0]?.model ?? ''}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('\nNode (the model, no DOM): median ms');
  console.log('people'.padStart(8), 'check all'.padStart(10), 'µs/plan'.padStart(8), 'sort'.padStart(7), 'filter'.padStart(7), 'search'.padStart(7), 'summary'.padStart(8), 'CSV'.padStart(7), 'rows heap MB'.padStart(13));
  for (const count of SIZES) {
    const people = m.generatePopulation(count, { seed: 13, invalidShare: 0.005, duplicateShare: 0.005, today: TODAY });
    globalThis.gc?.();
    const heap = process.memoryUsage().heapUsed;
    const runs = count >= 100000 ? 1 : 3;
    const assess = time(() => m.assessEntries(people, options), runs);
    globalThis.gc?.();
    const heapMb = (process.memoryUsage().heapUsed - heap) / 1048576;
    const rows = assess.result;
    const sort = time(() => m.sortRows(rows, { key: 'total', direction: 'descending' }), 5);
    const filter = time(() => m.filterRows(rows, { conditions: ['co-prescribed'] }), 5);
    const search = time(() => m.filterRows(rows, { search: 'khan' }), 5);
    const summary = time(() => m.reviewSummary(rows), 5);
    const csv = time(() => m.reviewCsv(m.filterRows(rows, {}), f), count >= 100000 ? 1 : 3);
    console.log(String(count).padStart(8), fmt(assess.ms).padStart(10), (assess.ms * 1000 / count).toFixed(0).padStart(8), fmt(sort.ms).padStart(7),
      fmt(filter.ms).padStart(7), fmt(search.ms).padStart(7), fmt(summary.ms).padStart(8), fmt(csv.ms).padStart(7), (globalThis.gc ? heapMb.toFixed(0) : 'n/a').padStart(13));
  }

  // Over HTTP: a worker cannot start from a file:// page.
  const files = { '/': 'page.html', '/page.html': 'page.html', '/page.js': 'page.js', '/review-worker.ts': 'review-worker.js' };
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://localhost').pathname];
    if (file === undefined) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html' : 'text/javascript' }).end(readFileSync(join(out, file)));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}/`;
  const browser = await puppeteer.launch({
    executablePath: findChromium(), headless: true,
    args: [...CHROMIUM_ARGS, '--allow-file-access-from-files', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 1400 });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(origin);
    await page.waitForFunction(() => typeof window.bench === 'function');
    for (const useWorker of [true, false]) {
      console.log(`\nChromium (the element, production build), ${useWorker ? 'with 2 module workers (hardwareConcurrency said to be 4)' : 'main thread only (the default with 2 processors)'}: ms from the action to the rows on screen; load average ${loadavg()[0].toFixed(1)}`);
      console.log('people'.padStart(8), 'first screen'.padStart(13), 'sort'.padStart(7), 'filter'.padStart(7), 'search'.padStart(7), 'longest task'.padStart(13), 'tasks>50ms'.padStart(11),
        'longest CPU'.padStart(12), 'main CPU'.padStart(9), 'heap MB'.padStart(8), 'DOM rows'.padStart(9));
      for (const count of SIZES) {
        await page.tracing.start({ categories: ['toplevel', 'blink.user_timing', '__metadata', ...(LONG_TASKS ? ['v8', 'devtools.timeline', 'disabled-by-default-v8.gc'] : [])] });
        const cdp = PROFILE && !useWorker ? await page.createCDPSession() : undefined;
        if (cdp) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start'); }
        const r = await page.evaluate((n, w) => window.bench(n, w), count, useWorker);
        if (cdp) {
          const { profile } = await cdp.send('Profiler.stop');
          writeFileSync(PROFILE.replace(/(\.cpuprofile)?$/, `-${count}.cpuprofile`), JSON.stringify(profile));
          await cdp.detach();
        }
        const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
        const cpu = mainThreadCpu(trace);
        if (LONG_TASKS) longTaskReport(trace, count, useWorker);
        console.log(String(r.count).padStart(8), fmt(r.firstScreen).padStart(13), fmt(r.sort).padStart(7), fmt(r.filter).padStart(7), fmt(r.search).padStart(7),
          fmt(r.longestTask).padStart(13), String(r.longTasks).padStart(11), fmt(cpu.longest).padStart(12), fmt(cpu.total).padStart(9),
          r.heapMb.toFixed(0).padStart(8), String(r.domRows).padStart(9));
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log('\nlongest task, tasks>50ms: the long-task observer (wall clock); longest CPU, main CPU: the main thread\'s tasks from the trace (CPU time), from the plans being set to the first rows on screen.');
  console.log('Budgets (issue 13): 10,000 people — first screen ≤ 300 ms, sort or filter ≤ 100 ms; 100,000 — no task over 50 ms while checking.');
} finally {
  rmSync(out, { recursive: true, force: true });
}
