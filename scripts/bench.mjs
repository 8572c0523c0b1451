// `npm run bench`: every benchmark in scripts/bench/, one Node process each (so one cannot warm or
// fill the heap for the next), with --expose-gc so heap figures are measured after a collection.
// Benchmarks print what they measure and never fail on time.
import { readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const only = process.argv.slice(2);
for (const file of readdirSync('scripts/bench').filter((name) => name.endsWith('.mjs')).sort()) {
  if (only.length > 0 && !only.some((name) => file.includes(name))) continue;
  execFileSync(process.execPath, ['--expose-gc', `scripts/bench/${file}`], { stdio: 'inherit' });
}
