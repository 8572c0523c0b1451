// Runs Storybook offline: no telemetry, no update checks, no browser opened.
// Usage: node scripts/storybook.mjs [dev|build] [--no-build]
//   --no-build (or OPIOID_SKIP_BUILD=1): use the dist/ and custom-elements.json already built
//   (`npm test` builds them in an earlier step).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const argv = process.argv.slice(2);
const mode = argv.includes('build') ? 'build' : 'dev';
const skipBuild = argv.includes('--no-build') || process.env.OPIOID_SKIP_BUILD === '1';

// The host demos load dist/opioid-elements.bundle.js and the argument tables read
// custom-elements.json: the build writes both.
if (!skipBuild || !existsSync('dist/opioid-elements.bundle.js') || !existsSync('custom-elements.json')) {
  execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
}

const args = mode === 'build'
  ? ['build', '--quiet', '--loglevel', 'warn', '--disable-telemetry', '-o', 'storybook-static']
  : ['dev', '-p', process.env.PORT ?? '6006', '--host', process.env.HOST ?? '127.0.0.1', '--ci', '--no-open', '--no-version-updates', '--disable-telemetry'];
const child = spawn('npx', ['storybook', ...args], {
  stdio: 'inherit',
  env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
});
child.on('exit', (code) => process.exit(code ?? 1));
