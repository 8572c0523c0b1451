// The core in Node, from dist (run `npm run build` first): what an element or a CDS service pays per
// plan. A benchmark, not a test: it prints medians and never fails on time (a shared machine is noisy).
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';

const core = await import(process.env.BENCH_CORE ?? '../../dist/core.js');
// Words come from the locales entry (the core speaks in codes).
const locales = await import(process.env.BENCH_LOCALES ?? '../../dist/locales.js');

/**
 * Median milliseconds of `samples` runs of `fn` after `warmup` unmeasured runs (enough for the JIT to
 * have compiled the hot paths, so the first row is not charged for compiling), with the quartiles.
 */
export function measure(fn, { samples = 31, warmup = 20 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.floor((times.length - 1) * q)];
  return { ms: at(0.5), p25: at(0.25), p75: at(0.75) };
}

const DRUGS = ['morphine', 'oxycodone', 'codeine', 'tramadol', 'methadone', 'hydromorphone'];
/** A fixed, realistic mix of plans (seeded by index: the same plans every run). */
export function plans(count) {
  return Array.from({ length: count }, (_, i) => ({
    id: `bench-${i}`,
    indication: ['chronic-non-cancer', 'acute', 'cancer', 'opioid-use-disorder'][i % 4],
    startDate: core.addDays('2025-01-01', i % 300),
    reviewDate: i % 3 === 0 ? undefined : core.addDays('2026-01-01', i % 200),
    stopDate: i % 5 === 0 ? core.addDays('2026-06-01', i % 60) : undefined,
    medications: Array.from({ length: 1 + (i % 3) }, (_, j) => ({
      drug: DRUGS[(i + j) % DRUGS.length], route: 'oral',
      strength: { value: 5 + ((i * 7 + j * 3) % 60), unit: 'mg' }, dosesPerDay: 1 + ((i + j) % 4),
    })),
    concurrentMedicines: i % 7 === 0 ? [{ kind: 'benzodiazepine', name: 'diazepam' }] : undefined,
    taper: i % 4 === 0 ? { startDate: '2026-02-01', startDose: 60, percent: 10, intervalDays: 14, basis: 'original', roundTo: 5 } : undefined,
  }));
}

export function runCore() {
  const hundred = plans(100);
  const thousand = plans(1000);
  const options = { today: '2026-11-21' };
  // [name, fn, plans per call (for µs per plan)]
  const rows = [
    ['100 plans: planFlags', () => hundred.forEach((plan) => core.planFlags(plan, options)), 100],
    ['100 plans: assessPlan (total, band, taper, flags once)', () => hundred.forEach((plan) => core.assessPlan(plan, options)), 100],
    ['1,000 plans: assessPlan', () => thousand.forEach((plan) => core.assessPlan(plan, options)), 1000],
    ['100 plans: parsePlan', () => hundred.forEach((plan) => core.parsePlan(plan)), 100],
    ['200-step taper schedule', () => core.taperSchedule({ startDate: '2026-03-05', startDose: 100, percent: 0.5, intervalDays: 7, basis: 'original' })],
    ['1,000 × formatters(en-GB).date', () => { for (let i = 0; i < 1000; i++) locales.formatters('en-GB').date('2026-03-05', 'long'); }],
    ['1,000 × describeDose', () => { for (let i = 0; i < 1000; i++) locales.describeDose(hundred[i % 100].medications[0], 'en-GB'); }],
  ];
  return rows.map(([name, fn, perCall]) => ({ name, perCall, ...measure(fn) }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`\nThe core in Node (dist): median ms (p25-p75); load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (const { name, ms, p25, p75, perCall } of runCore()) {
    const perPlan = perCall ? `${((ms * 1000) / perCall).toFixed(1).padStart(7)} µs/plan` : '';
    console.log(`${name.padEnd(56)} ${ms.toFixed(2).padStart(8)} ms (${p25.toFixed(2)}-${p75.toFixed(2)})${perPlan}`);
  }
}
