// The page server the element benchmarks share (cards.mjs, chart.mjs): one page that loads the built
// bundle and the benchmark's own page script, and dist/ beside it, served cross-origin isolated as the
// shared bench does, so performance.now() has 5 µs resolution. Also the two figures helpers they print with.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(ROOT, 'dist');

const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp', 'cache-control': 'no-store' };

/** Serves `/` (the bundle + `/bench.js`), `/bench.js` (`pageScript`) and files under dist/; resolves to { origin, close }. */
export async function serveBench(title, pageScript) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(200, { ...ISOLATED, 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title>`
        + '<script type="module" src="/dist/opioid-elements.bundle.js"></script><script type="module" src="/bench.js"></script></head><body></body></html>');
      return;
    }
    if (url.pathname === '/bench.js') {
      res.writeHead(200, { ...ISOLATED, 'content-type': 'text/javascript' });
      res.end(pageScript);
      return;
    }
    const file = normalize(join(ROOT, url.pathname));
    if (!file.startsWith(DIST)) { res.writeHead(404, ISOLATED); res.end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...ISOLATED, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, ISOLATED);
      res.end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** The q-quantile of an ascending list of samples. */
export const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/**
 * BENCH_BREAKDOWN=1: where a render's main-thread time goes, from Chromium's trace of the whole run
 * (warm-up included): ms per call for the top-level kinds of work (script, style, layout, paint, …).
 */
export const BREAKDOWN = process.env.BENCH_BREAKDOWN === '1';
const KINDS = ['FunctionCall', 'v8.callFunction', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest', 'ParseAuthorStyleSheet', 'MinorGC', 'MajorGC'];
export function breakdown(trace, calls) {
  const events = trace.traceEvents ?? trace;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const sums = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !main || e.pid !== main.pid || e.tid !== main.tid || !KINDS.includes(e.name)) continue;
    sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
  }
  console.log(`    per call: ${[...sums].sort((a, b) => b[1] - a[1]).map(([name, ms]) => `${name} ${(ms / calls).toFixed(2)}`).join(', ')}`);
}
