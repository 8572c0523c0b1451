// Build = clean dist, bundle with rollup, emit .d.ts files with tsc.
import { rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
run('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['custom-elements-manifest', 'analyze', '--quiet']);
console.log('build: dist/ written');
