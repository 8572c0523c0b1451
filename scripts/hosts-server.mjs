// Host pages that a person or a test opens in a browser, served from 127.0.0.1 on a free port:
//   /ssr/            a page rendered on the server with opioid-elements/ssr and no client JavaScript at all
//   /ssr/?hydrate    the same HTML, then one external script (/ssr/hydrate.js: @lit-labs/ssr-client's hydration
//                    support and the npm build, bundled) hydrates it; both under CSP_POLICY, with
//                    style-src also allowing the page's own inline <style> blocks by hash (styleHashes)
//   /csp/            every element under a strict Content Security Policy with Trusted Types (CSP_POLICY)
//   /submitted       echoes a GET form submission as JSON, so a test can read what a form sent
//   /dist/…, /node_modules/…, /test/hosts/pages/…   static files
// Run `npm run hosts` (after `npm run build`) and open the printed address; tests import startHostsServer().
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToString, styleHashes } from 'opioid-elements/ssr';
import { demoCaseload, demoPlan, DEMO_TODAY } from '../test/hosts/pages/demo-plan.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const STATIC_PREFIXES = ['/dist/', '/node_modules/', '/test/hosts/pages/', '/test/frameworks/dist/'];
/** The Storybook host demos (stories/demos/*.html load ../dist/…), served as they are for the print test. */
const DEMOS_PREFIX = '/demos/';

/** The policy of the CSP page: no inline script or style, Trusted Types required for DOM sinks. */
export const CSP_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
  + "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8',
};

/**
 * The hydrating page's one script, an external file (no import map, which would be an inline script
 * that script-src 'self' blocks): pages/hydrate.js bundled with esbuild (Lit's hydration support first,
 * then the npm build with Lit), built once per server from the current dist/.
 */
let hydrateBundle;
function hydrateScript() {
  hydrateBundle ??= import('esbuild').then((esbuild) => esbuild.build({
    entryPoints: [join(ROOT, 'test', 'hosts', 'pages', 'hydrate.js')], bundle: true, format: 'esm', write: false,
    minify: true, logLevel: 'error', logOverride: { 'ignored-bare-import': 'silent' },
    alias: { 'opioid-elements': join(ROOT, 'dist', 'opioid-elements.js') },
  })).then((result) => result.outputFiles[0].text);
  hydrateBundle.catch(() => { hydrateBundle = undefined; });
  return hydrateBundle;
}

/** CSP_POLICY with the hashes of the server-rendered page's inline <style> blocks (its declarative shadow roots). */
async function ssrPolicy(page) {
  return CSP_POLICY.replace("style-src 'self'", `style-src 'self' ${(await styleHashes(page)).join(' ')}`);
}

/** The server-rendered patient record: plan card and taper chart in one context, explainer, a review form. */
async function ssrPage({ hydrate }) {
  const record = await renderToString('opioid-plan-context', { plan: demoPlan, today: DEMO_TODAY }, [
    ['opioid-plan-card', { headingLevel: 2 }],
    ['opioid-taper-chart'],
  ]);
  const explainer = await renderToString('opioid-plan-context', { plan: demoPlan, today: DEMO_TODAY }, [
    ['opioid-risk-explainer', { gabapentinoid: true }],
  ]);
  const caseload = await renderToString('opioid-review-list', {
    plans: demoCaseload, today: DEMO_TODAY, label: 'Riverside Medical Practice: opioid reviews', headingLevel: 2, identifierLabel: 'NHS number',
  });
  const prompt = await renderToString('opioid-stop-date-prompt', {
    name: 'opioid-review', start: DEMO_TODAY, indication: 'chronic-non-cancer', drug: 'morphine', required: true,
  });
  const scripts = hydrate ? '<script type="module" src="/ssr/hydrate.js"></script>' : '';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Opioid treatment plan (server-rendered)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/test/hosts/pages/hosts.css">
${scripts}
</head>
<body>
<main>
<h1>ASHWORTH, Robert: opioid treatment plan</h1>
<p class="lede">Rendered on the server by <code>renderToString</code> from <code>opioid-elements/ssr</code>: this page reads completely with JavaScript off.</p>
${record}
<h2>For the patient</h2>
${explainer}
<form id="review" action="/submitted" method="get">
<h2>Next review</h2>
${prompt}
<p><button type="submit">Save the review date</button></p>
</form>
${caseload}
</main>
</body>
</html>`;
}

/**
 * Every element under CSP_POLICY: the self-contained bundle and one external module script, an external
 * style sheet, the context's plan in a JSON data block (not a script the browser runs). The module
 * (pages/csp.js) sets the properties that have no attribute.
 */
function cspPage() {
  const json = JSON.stringify(demoPlan, null, 1).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>opioid-elements under a strict Content Security Policy</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/test/hosts/pages/hosts.css">
<script type="module" src="/dist/opioid-elements.bundle.js"></script>
<script type="module" src="/test/hosts/pages/csp.js"></script>
</head>
<body>
<main>
<h1>Every element under a strict Content Security Policy</h1>
<p class="lede">Policy: <code>${CSP_POLICY}</code></p>
<opioid-plan-context id="context" today="${DEMO_TODAY}">
<script type="application/json">${json}</script>
<opioid-plan-card></opioid-plan-card>
<opioid-taper-chart id="context-chart"></opioid-taper-chart>
<opioid-risk-explainer gabapentinoid></opioid-risk-explainer>
</opioid-plan-context>
<opioid-plan-card id="own-card" compact today="${DEMO_TODAY}"></opioid-plan-card>
<opioid-taper-chart id="own-chart" start="${DEMO_TODAY}" dose="40" percent="25" interval-days="7" basis="current" round-to="5" today="${DEMO_TODAY}"></opioid-taper-chart>
<opioid-taper-chart id="schedule-chart" today="${DEMO_TODAY}"></opioid-taper-chart>
<opioid-risk-explainer dose="75" audience="clinician" benzodiazepine></opioid-risk-explainer>
<opioid-plan-card id="broken-card" plan="{not json"></opioid-plan-card>
<form id="discharge" action="/submitted" method="get">
<label for="stop">Stop date for oxycodone</label>
<opioid-stop-date-prompt id="stop" name="stop" start="2026-11-20" drug="oxycodone" required></opioid-stop-date-prompt>
<opioid-stop-date-prompt id="readonly-stop" name="stop2" start="2026-11-20" value="2026-11-25" readonly></opioid-stop-date-prompt>
<p><button type="submit">Save</button></p>
</form>
</main>
</body>
</html>`;
}

const FRAMEWORK_APPS = ['react19', 'react18', 'vue3', 'svelte5', 'angular'];

/**
 * A framework test app's page (test/frameworks, built by its build.mjs): the plan in a JSON data block,
 * the app's bundle, and for React 19 the server's renderToString of the app inside #root (hydrated);
 * Angular bootstraps into <app-root>.
 */
async function frameworkPage(app) {
  let rendered = '';
  if (app === 'react19') {
    const server = await import(join(ROOT, 'test', 'frameworks', 'dist', 'react19', 'server.mjs'));
    rendered = server.render(demoPlan);
  }
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>opioid-elements in ${app}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/test/hosts/pages/hosts.css">
<script type="application/json" id="plan">${JSON.stringify(demoPlan).replace(/</g, '\\u003c')}</script>
<script type="module" src="/test/frameworks/dist/${app}/main.js"></script>
</head>
<body>${app === 'angular' ? '<app-root></app-root>' : `<div id="root">${rendered}</div>`}</body>
</html>`;
}

function sendFile(response, path) {
  const file = normalize(join(ROOT, path));
  if (!file.startsWith(ROOT + sep) || !existsSync(file) || statSync(file).isDirectory()) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(response);
}

async function handle(request, response) {
  const url = new URL(request.url, 'http://127.0.0.1');
  const html = (body, headers = {}) => response.writeHead(200, { 'content-type': MIME['.html'], 'cache-control': 'no-store', ...headers }).end(body);
  if (url.pathname === '/ssr/' || url.pathname === '/ssr') {
    const page = await ssrPage({ hydrate: url.searchParams.has('hydrate') });
    html(page, { 'content-security-policy': await ssrPolicy(page) });
  } else if (url.pathname === '/ssr/hydrate.js') {
    response.writeHead(200, { 'content-type': MIME['.js'], 'cache-control': 'no-store' }).end(await hydrateScript());
  } else if (url.pathname === '/csp/' || url.pathname === '/csp') {
    html(cspPage(), { 'content-security-policy': CSP_POLICY });
  } else if (/^\/frameworks\/[a-z0-9]+\/$/.test(url.pathname) && FRAMEWORK_APPS.includes(url.pathname.split('/')[2])) {
    html(await frameworkPage(url.pathname.split('/')[2]));
  } else if (url.pathname === '/submitted') {
    const entries = [...url.searchParams.entries()];
    html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Submitted</title><link rel="icon" href="data:,"></head><body><pre id="params">${JSON.stringify(entries).replace(/</g, '\\u003c')}</pre></body></html>`);
  } else if (url.pathname.startsWith(DEMOS_PREFIX)) {
    sendFile(response, `/stories${decodeURIComponent(url.pathname)}`);
  } else if (STATIC_PREFIXES.some((prefix) => url.pathname.startsWith(prefix))) {
    sendFile(response, decodeURIComponent(url.pathname));
  } else {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
}

/** Starts the server on 127.0.0.1 and a free port; resolves to `{ origin, close }`. */
export function startHostsServer(port = 0) {
  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error?.stack ?? error));
    });
  });
  return new Promise((resolveStart) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolveStart({ origin: `http://127.0.0.1:${actual}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { origin } = await startHostsServer(Number(process.env.PORT ?? 0));
  console.log(`Host pages: ${origin}/ssr/ (no JavaScript), ${origin}/ssr/?hydrate, ${origin}/csp/`);
}
