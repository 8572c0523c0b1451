// Measures what a host downloads, gzipped (level 9), and fails past a budget.
// For an entry we follow its static imports inside dist/ (Lit stays external: npm consumers dedupe
// it) and add each file's gzipped size, as each is fetched and compressed separately.
//   standalone = the entry and everything it imports from dist (what one element alone costs)
//   beyond core = standalone minus the files the core entry also needs (what it adds next to the core)
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
/** Budgets from the issues, gzipped bytes. `measure` says which figure the budget applies to. */
const BUDGETS = {
  'core.js': { max: 8 * KB, measure: 'standalone', why: 'issue 2: core incl. zod/mini ≤ 8 KB' },
  'elements/opioid-plan-card.js': { max: 8 * KB, measure: 'beyondCore', why: 'issue 3' },
  'elements/opioid-stop-date-prompt.js': { max: 6 * KB, measure: 'beyondCore', why: 'issue 3' },
  'elements/opioid-plan-context.js': { max: 2 * KB, measure: 'beyondCore', why: 'issue 3' },
  'elements/opioid-taper-chart.js': { max: 10 * KB, measure: 'beyondCore', why: 'issue 4' },
  'elements/opioid-risk-explainer.js': { max: 10 * KB, measure: 'beyondCore', why: 'issue 4 (incl. default pack)' },
};

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

function closure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  // Static imports and re-exports, minified or not: `from"./x.js"`, `import"./x.js"`.
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(join(dirname(entry), match[1]), seen);
  }
  return seen;
}
const total = (files) => [...files].reduce((sum, f) => sum + gz(f), 0);

if (!existsSync('dist/core.js')) {
  console.error('size: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
const coreFiles = closure('dist/core.js');
const entries = ['core.js', 'opioid-elements.js',
  ...readdirSync('dist/elements').filter((f) => f.endsWith('.js')).map((f) => `elements/${f}`)];

const rows = entries.map((name) => {
  const files = closure(join('dist', name));
  const beyond = [...files].filter((f) => !coreFiles.has(f));
  return { name, standalone: total(files), beyondCore: total(beyond) };
});
rows.push({ name: 'opioid-elements.bundle.js (incl. Lit)', standalone: gz('dist/opioid-elements.bundle.js'), beyondCore: NaN });

const kb = (n) => (Number.isNaN(n) ? '—' : `${(n / KB).toFixed(2)} KB`);
const failures = [];
console.log('\nGzipped sizes (level 9; Lit external except the bundle)');
console.log('entry'.padEnd(42), 'standalone'.padStart(11), 'beyond core'.padStart(12), '  budget');
for (const row of rows) {
  const budget = BUDGETS[row.name];
  let verdict = '';
  if (budget) {
    const measured = row[budget.measure];
    const ok = measured <= budget.max;
    verdict = `${ok ? 'ok  ' : 'OVER'} ≤ ${kb(budget.max)} ${budget.measure === 'standalone' ? 'standalone' : 'beyond core'}`;
    if (!ok) failures.push(`${row.name}: ${kb(measured)} > ${kb(budget.max)} (${budget.why})`);
  }
  console.log(row.name.padEnd(42), kb(row.standalone).padStart(11), kb(row.beyondCore).padStart(12), ' ', verdict);
}
for (const name of Object.keys(BUDGETS)) {
  if (!rows.some((r) => r.name === name)) failures.push(`${name}: missing from dist (not built)`);
}
if (failures.length) {
  console.error(`\nsize budget exceeded:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`core shares ${relative('.', 'dist')}/ chunks: ${[...coreFiles].map((f) => relative('dist', f)).join(', ')}`);
