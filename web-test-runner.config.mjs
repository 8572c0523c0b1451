// web-test-runner: every browser test, in Debian's headless Chromium.
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { findChromium, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { forcedColorsPlugin } from './scripts/forced-colors-plugin.mjs';

const executablePath = findChromium();
const chromium = (timeZone) => chromeLauncher({
  launchOptions: { executablePath, args: CHROMIUM_ARGS, env: timeZone ? { ...process.env, TZ: timeZone } : process.env },
});

// Calendar-date code must give the same answers wherever the clinician is: these files also run in
// the furthest-ahead zone (UTC+14), a zone behind UTC with DST (UTC−8/−7) and London (GMT/BST).
const TIME_ZONE_FILES = [
  'test/core/dates.test.ts', 'test/core/taper.test.ts', 'test/core/flags.test.ts', 'test/core/text.test.ts',
  'test/core/durations.test.ts', 'test/elements/opioid-stop-date-prompt.test.ts', 'test/elements/today-controller.test.ts',
];
const TIME_ZONES = ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/London'];

const filter = process.env.WTR_FILES;

// web-test-runner always takes port 8000 unless told otherwise, so two runs on one machine collide:
// ask the OS for a free port instead.
const freePort = await new Promise((resolve, reject) => {
  const server = createServer();
  server.on('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

export default {
  port: freePort,
  files: filter ? filter.split(',') : ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  // Lit's dev build (used in tests for its extra warnings) announces itself in every file: drop that line only.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  browserStartTimeout: 60000,
  // a11ySnapshotPlugin: tests read Chromium's accessibility tree (e.g. a host <label for> naming the prompt).
  // forcedColorsPlugin: tests switch forced colours on ('emulate-forced-colors') to check those styles.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), a11ySnapshotPlugin(), forcedColorsPlugin()],
  browsers: [chromium()],
  groups: filter ? [] : TIME_ZONES.map((timeZone) => ({
    name: `tz-${timeZone.replace('/', '-')}`,
    files: TIME_ZONE_FILES,
    browsers: [chromium(timeZone)],
  })),
  reporters: [process.env.CI ? summaryReporter({ flatten: false }) : defaultReporter(), countingReporter()],
};
