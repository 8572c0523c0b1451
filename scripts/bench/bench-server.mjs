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
