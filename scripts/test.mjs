// `npm test`: everything, in order, on a fresh clone. Each check step counts as one test; browser and
// Node tests count one per test case. Runs every step even after a failure so one run shows all
// problems, then ends with the plain line `N passed, N failed, N skipped` and a matching exit code.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensureChromium, INSTALL_HINT } from './chromium.mjs';

const chromium = ensureChromium();
if (!chromium) {
  console.error(INSTALL_HINT);
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}
const env = { ...process.env, CHROME_PATH: chromium };
const counts = { passed: 0, failed: 0, skipped: 0 };
const failed = [];

function run(label, cmd, args, extraEnv = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  console.log(`  ${label} ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function step(label, cmd, args) {
  if (run(label, cmd, args)) counts.passed += 1;
  else { counts.failed += 1; failed.push(label); }
}

/** Browser tests: the counting reporter writes its totals to a file. */
function browserTests() {
  const file = 'node_modules/.cache/opioid-tests/browser.json';
  rmSync(file, { force: true });
  const ok = run('browser tests (web-test-runner, Chromium)', 'npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs']);
  try {
    const result = JSON.parse(readFileSync(file, 'utf8'));
    counts.passed += result.passed; counts.failed += result.failed; counts.skipped += result.skipped;
    if (result.failed > 0 || !ok) failed.push(`browser tests (${result.failed} failed)`);
    if (!ok && result.failed === 0) { counts.failed += 1; }
  } catch {
    counts.failed += 1; failed.push('browser tests did not report');
  }
}

/** The TAP lines worth reading: each failure with its message (no stack), then the totals. */
function tapDigest(tap) {
  const out = [];
  let inFailure = false; let inStack = false; let kept = 0;
  for (const line of tap.split('\n')) {
    if (/^(not ok|ok) /.test(line)) { inFailure = line.startsWith('not ok'); inStack = false; kept = 0; }
    if (/^# (tests|pass|fail|skipped) /.test(line)) { out.push(line); continue; }
    if (!inFailure) continue;
    if (/^\s+stack: /.test(line)) { inStack = true; continue; }
    if (inStack && /^\s{2,3}\S/.test(line)) inStack = false;
    if (inStack || /^\s+(duration_ms|---|\.\.\.)/.test(line)) continue;
    if (kept++ < 60) out.push(line);
  }
  return out.join('\n');
}

/**
 * Node's test runner (`node --test`) on `path`, counted one per test case: dots while it runs, then
 * the failures and totals read from its TAP output.
 */
function nodeTests(label, path, extraEnv = {}) {
  console.log(`\n▶ ${label}: node --test ${path}`);
  const started = Date.now();
  const tapFile = 'node_modules/.cache/opioid-tests/node.tap';
  mkdirSync(dirname(tapFile), { recursive: true });
  rmSync(tapFile, { force: true });
  const result = spawnSync('node', [
    '--test', '--test-reporter=tap', `--test-reporter-destination=${tapFile}`,
    '--test-reporter=dot', '--test-reporter-destination=stdout', path,
  ], { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
  console.log(tapDigest(tap));
  const number = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  const pass = number('pass'); const fail = number('fail'); const skipped = number('skipped');
  counts.passed += pass; counts.failed += fail; counts.skipped += skipped;
  const ok = fail === 0 && result.status === 0 && pass > 0;
  if (!ok) {
    failed.push(`${label} (${fail} failed)`);
    if (fail === 0) counts.failed += 1; // it crashed, or ran nothing
  }
  console.log(`  ${label} ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * The Angular test app (test/frameworks/angular, its own workspace) is made in the background, its
 * output in a file printed when the framework apps are built: its `npm ci` (~25 s on a fresh clone,
 * nothing when node_modules matches the lockfile) from the start, then, once dist/ is built, its ngc
 * compile and bundle while the Storybook, Node and browser steps run.
 */
function inBackground(name, args) {
  const log = `node_modules/.cache/opioid-tests/${name}.log`;
  mkdirSync(dirname(log), { recursive: true });
  const fd = openSync(log, 'w');
  const started = Date.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', fd, fd], env });
  closeSync(fd);
  return new Promise((done) => {
    const end = (ok) => done({ ok, seconds: (Date.now() - started) / 1000, log });
    child.on('error', () => end(false));
    child.on('exit', (code) => end(code === 0));
  });
}

/** Waits for a background job, prints its log and counts it as one step. */
async function awaitBackground(label, job) {
  const waitStarted = Date.now();
  const result = await job;
  console.log(`\n▶ ${label} (in the background): ${result.ok ? 'ok' : 'FAILED'} in ${result.seconds.toFixed(1)} s, waited ${((Date.now() - waitStarted) / 1000).toFixed(1)} s`);
  if (existsSync(result.log)) console.log(readFileSync(result.log, 'utf8').trim());
  if (result.ok) counts.passed += 1;
  else { counts.failed += 1; failed.push(label); }
  return result.ok;
}

const angularInstall = inBackground('angular-install', ['test/frameworks/angular/build.mjs', '--install']);

step('type-check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
step('lint', 'npx', ['eslint', '.']);
step('build', 'node', ['scripts/build.mjs']);
// The steps run with spawnSync, which holds the event loop: let it turn once so a finished install is seen
// and the Angular build starts now (else it starts when awaited, below).
await new Promise((resolve) => { setTimeout(resolve, 50); });
const angularApp = angularInstall.then((install) => (install.ok
  ? inBackground('angular-build', ['test/frameworks/angular/build.mjs'])
  : { ok: false, seconds: 0, log: install.log }));
step('size budgets', 'node', ['scripts/size.mjs']);
// The README's attribute and event tables are generated from custom-elements.json (written by the build).
step('README API tables match the manifest', 'node', ['scripts/readme-api-table.mjs', '--check']);
// The clinical-risk hazard log: every hazard lists tests, every test id it names exists, no id twice.
nodeTests('hazard log against the test ids', 'test/docs/');
// The static Storybook (stories + host demos) from the dist/ just built; the story test below opens it.
rmSync('storybook-static', { recursive: true, force: true }); // never test a stale build
step('Storybook static build', 'node', ['scripts/storybook.mjs', 'build', '--no-build']);
// Node tests of dist through package exports, once per time zone: dates must not move with TZ.
for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/London']) {
  nodeTests(`Node tests of dist, TZ=${tz}`, 'test/node/', { TZ: tz });
}
browserTests();
// Every story and host demo at 375 and 1280 px: console errors, axe, key text, screenshots/.
nodeTests('stories and demos in Chromium', 'test/browser/');
// Hosts (issue 12): the framework test apps built once (React 19 SSR, React 18, Vue 3, Svelte 5, Angular 21),
// then the server-rendered page with JavaScript off and hydrated, framework types, strict CSP, print to A4.
await awaitBackground('Angular app workspace install', angularInstall);
const angularBuilt = await awaitBackground('Angular app build (ngc, esbuild with the linker)', angularApp);
step('framework test apps build', 'node', ['test/frameworks/build.mjs', ...(angularBuilt ? ['--skip-angular'] : [])]);
nodeTests('hosts in Chromium and Node (SSR, frameworks, types, CSP, print)', 'test/hosts/');

if (failed.length) console.log(`\nFailed: ${failed.join('; ')}`);
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(counts.failed > 0 ? 1 : 0);
