// `npm test`: everything, in order, on a fresh clone. Each check step counts as one test; browser and
// Node tests count one per test case. Runs every step even after a failure so one run shows all
// problems, then ends with the plain line `N passed, N failed, N skipped` and a matching exit code.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
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

/** Node tests of the built package, once per time zone: dates must not move with TZ. */
function nodeTests() {
  for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/London']) {
    console.log(`\n▶ Node tests of dist through package exports, TZ=${tz}`);
    const result = spawnSync('node', ['--test', '--test-reporter=tap', 'test/node/'], {
      encoding: 'utf8', env: { ...env, TZ: tz },
    });
    process.stdout.write(result.stdout.split('\n').filter((l) => /^(not ok|# (tests|pass|fail|skipped))/.test(l) || /^\s+(error|expected|actual):/.test(l)).join('\n') + '\n');
    const number = (name) => Number(/^# (\w+) (\d+)$/m.exec(result.stdout.split('\n').filter((l) => l.startsWith(`# ${name} `)).join('\n'))?.[2] ?? 0);
    const pass = number('pass'); const fail = number('fail'); const skipped = number('skipped');
    counts.passed += pass; counts.failed += fail; counts.skipped += skipped;
    if (fail > 0 || result.status !== 0 || pass === 0) {
      failed.push(`node tests TZ=${tz}`);
      if (fail === 0) counts.failed += 1;
      if (result.stderr) process.stderr.write(result.stderr);
    }
  }
}

step('type-check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
step('lint', 'npx', ['eslint', '.']);
step('build', 'node', ['scripts/build.mjs']);
step('size budgets', 'node', ['scripts/size.mjs']);
nodeTests();
browserTests();

if (failed.length) console.log(`\nFailed: ${failed.join('; ')}`);
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(counts.failed > 0 ? 1 : 0);
