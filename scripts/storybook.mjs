// Runs Storybook offline: no telemetry, no update checks, no browser opened.
import { spawn, execFileSync } from 'node:child_process';

// The host demos load dist/opioid-elements.bundle.js and the argument tables read
// custom-elements.json: the build writes both.
execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });

const mode = process.argv[2] === 'build' ? 'build' : 'dev';
const args = mode === 'build'
  ? ['build', '--quiet', '--disable-telemetry', '-o', 'storybook-static']
  : ['dev', '-p', process.env.PORT ?? '6006', '--host', process.env.HOST ?? '127.0.0.1', '--ci', '--no-open', '--no-version-updates', '--disable-telemetry'];
const child = spawn('npx', ['storybook', ...args], {
  stdio: 'inherit',
  env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
});
child.on('exit', (code) => process.exit(code ?? 1));
