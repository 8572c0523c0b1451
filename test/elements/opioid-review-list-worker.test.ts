import { fixture, html, expect, aTimeout } from '@open-wc/testing';
import '../../src/elements/opioid-review-list/register.js';
import type { OpioidReviewList } from '../../src/elements/opioid-review-list/register.js';
import { assessEntries, assessEntry, markDuplicates, markDuplicatesFrom, type ReviewRow } from '../../src/elements/opioid-review-list/review-model.js';
import { sortRows, type ReviewSort } from '../../src/elements/opioid-review-list/review-sort.js';
import { sortRowsInSlices } from '../../src/elements/opioid-review-list/review-sort-slices.js';
import { assessInSlices } from '../../src/elements/opioid-review-list/review-runner.js';
import { isPlainData } from '../../src/elements/opioid-review-list/review-worker-client.js';
import { generatePopulation } from '../../stories/data/review-population.js';
import { DEMO_TODAY, chronicHighDose } from '../../stories/data/plans.js';

const OPTIONS = { guidance: 'uk' as const, today: DEMO_TODAY, threshold: undefined, locale: 'en-GB' };
const WORKER = new URL('../../src/elements/opioid-review-list/review-worker.ts', import.meta.url);

/** Everything a row shows, sorts, filters and counts by (the plan compared by identity below). */
const view = (rows: readonly (ReviewRow | undefined)[]) => rows.map((row) => row && {
  ...row, plan: undefined, planIsHosts: undefined,
});

type Where = 'worker' | 'main';
async function run(entries: readonly unknown[], workerUrl: URL | string | undefined) {
  const chunks: { start: number; count: number; where: Where }[] = [];
  const rows = await assessInSlices(entries, OPTIONS, { workerUrl, workers: 1, onChunk: (start, count, where) => chunks.push({ start, count, where }) });
  return { rows: rows ?? [], chunks };
}

/** Every entry checked exactly once, whoever checked it. */
function coverage(chunks: { start: number; count: number }[], total: number): number[] {
  const seen = new Array<number>(total).fill(0);
  for (const { start, count } of chunks) for (let i = start; i < start + count; i += 1) seen[i] = (seen[i] ?? 0) + 1;
  return seen;
}

describe('review list: checking in module workers', () => {
  const population = generatePopulation(3000, { seed: 11, invalidShare: 0.01, duplicateShare: 0.01, today: DEMO_TODAY });
  const direct = assessEntries(population, OPTIONS);

  it('the worker path gives the same rows as checking at once: every entry once, the host’s own plan objects [T-REVW-01]', async function () {
    this.timeout(60000);
    const { rows, chunks } = await run(population, WORKER);
    expect(chunks.some((chunk) => chunk.where === 'worker'), 'a worker checked some chunks').to.equal(true);
    expect(coverage(chunks, population.length).every((times) => times === 1)).to.equal(true);
    expect(rows.length).to.equal(direct.length);
    expect(view(rows)).to.deep.equal(view(direct));
    rows.forEach((row, i) => expect(row.plan, `row ${i}`).to.equal(direct[i]!.plan));
    expect(rows.filter((row) => row.status === 'invalid').length).to.be.greaterThan(0);
    expect(rows.filter((row) => row.duplicateOf !== undefined).length).to.be.greaterThan(0);
  });

  it('without a worker (missing file, a Worker that throws, none at all) the main thread gives the same rows [T-REVW-02]', async function () {
    this.timeout(60000);
    const missing = await run(population, new URL('./no-such-worker.js', import.meta.url));
    expect(missing.chunks.every((chunk) => chunk.where === 'main')).to.equal(true);
    expect(view(missing.rows)).to.deep.equal(view(direct));
    const original = globalThis.Worker;
    try {
      // As a content security policy without worker-src does: the constructor throws.
      (globalThis as { Worker: unknown }).Worker = function Blocked() { throw new DOMException('blocked', 'SecurityError'); };
      const blocked = await run(population, WORKER);
      expect(blocked.chunks.every((chunk) => chunk.where === 'main')).to.equal(true);
      expect(view(blocked.rows)).to.deep.equal(view(direct));
    } finally {
      globalThis.Worker = original;
    }
    const none = await run(population, undefined);
    expect(view(none.rows)).to.deep.equal(view(direct));
    expect(coverage(none.chunks, population.length).every((times) => times === 1)).to.equal(true);
  });

  it('an entry that cannot be copied to a worker (class, proxy, function) is checked on the main thread, never dropped [T-REVW-03]', async function () {
    this.timeout(60000);
    class Plan { constructor() { Object.assign(this, { ...chronicHighDose, id: 'plan-class' }); } }
    const odd = [
      { plan: new Plan() },
      { plan: new Proxy({ ...chronicHighDose, id: 'plan-proxy' }, {}) },
      { plan: { ...chronicHighDose, id: 'plan-fn', note: () => 'x' } },
    ];
    expect(odd.map((entry) => isPlainData(entry))).to.deep.equal([false, true, false]);
    expect(isPlainData(population[0])).to.equal(true);
    const entries = [...population.slice(0, 600), ...odd, ...population.slice(600, 2400)];
    const { rows, chunks } = await run(entries, WORKER);
    expect(rows.length).to.equal(entries.length);
    expect(coverage(chunks, entries.length).every((times) => times === 1)).to.equal(true);
    const mine = entries.map((entry, i) => assessEntry(entry, i, OPTIONS));
    expect(rows.map((row) => [row.index, row.planId, row.status, row.total, row.urgent, row.warnings, row.conditions & ~(1 << 13)]))
      .to.deep.equal(mine.map((row) => [row.index, row.planId, row.status, row.total, row.urgent, row.warnings, row.conditions & ~(1 << 13)]));
    // The chunk holding them was the main thread's.
    expect(chunks.find((chunk) => chunk.start <= 600 && 600 < chunk.start + chunk.count)?.where).to.equal('main');
  });

  it('a long list shows a progress bar and a status line while it is checked, then every row [T-REVW-04]', async function () {
    this.timeout(60000);
    const el = await fixture<OpioidReviewList>(html`<opioid-review-list .plans=${generatePopulation(5000, { seed: 2 })} today=${DEMO_TODAY}></opioid-review-list>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const progress = root.querySelector('progress');
    expect(progress, 'a progress bar').to.exist;
    expect(root.querySelector('label[for="progress"]')?.textContent).to.match(/5,000/);
    expect(root.querySelector('[role="status"]')?.textContent?.trim()).to.not.equal('');
    for (let i = 0; i < 600 && root.querySelector('progress'); i += 1) await aTimeout(20);
    expect(root.querySelector('progress')).to.equal(null);
    await el.updateComplete;
    expect(el.view.length).to.equal(5000);
    expect(el.summary.rows).to.equal(5000);
  });

  it('a long list is sorted and its repeated plan ids marked in slices, with the same result as in one go [T-REVW-05]', async function () {
    this.timeout(60000);
    // 45,000 rows made from the checked population (ids repeat across slices; totals, flags and dates vary).
    const rows = Array.from({ length: 45_000 }, (_, i): ReviewRow => {
      const from = direct[i % direct.length]!;
      return { ...from, index: i, planId: `plan-${i % 40_000}`, total: from.status === 'ok' ? (i * 7919) % 400 : Number.NaN,
        urgent: (i * 31) % 3, warnings: (i * 17) % 4, daysOn: (i * 13) % 900, reviewDays: i % 5 === 0 ? Number.NaN : (i * 11) % 200 - 100 };
    });
    const sorts: ReviewSort[] = [
      { key: 'urgency', direction: 'descending' }, { key: 'total', direction: 'descending' }, { key: 'total', direction: 'ascending' },
      { key: 'review', direction: 'ascending' }, { key: 'duration', direction: 'descending' }, { key: 'taper', direction: 'ascending' },
    ];
    let pauses = 0;
    for (const sort of sorts) {
      const sliced = await sortRowsInSlices(rows, sort, async () => { pauses += 1; });
      expect(sliced.map((row) => row.index), `${sort.key} ${sort.direction}`).to.deep.equal(sortRows(rows, sort).map((row) => row.index));
    }
    expect(pauses).to.be.greaterThan(sorts.length);
    const once = rows.map((row) => ({ ...row }));
    const inSlices = rows.map((row) => ({ ...row }));
    const count = markDuplicates(once);
    const first = new Map<string, number>();
    let sliced = 0;
    for (let from = 0; from < inSlices.length; from += 10_000) sliced += markDuplicatesFrom(inSlices, from, Math.min(from + 10_000, inSlices.length), first);
    expect(count).to.equal(5000);
    expect(sliced).to.equal(count);
    expect(inSlices.map((row) => [row.duplicateOf, row.conditions])).to.deep.equal(once.map((row) => [row.duplicateOf, row.conditions]));
  });
});
