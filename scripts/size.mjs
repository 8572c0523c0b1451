// Measures what a host downloads, gzipped (level 9), prints the table and fails past a budget.
// An entry's cost is its static imports inside dist/ followed transitively (Lit stays external: npm
// consumers dedupe it), each file gzipped on its own as it is fetched:
//   standalone      the entry and everything it imports from dist (one element alone on a page)
//   beyond shared   standalone minus the shared runtime: the core chunk (clinical logic + zod/mini)
//                   and the element layer chunk (base class, tokens, context plumbing), which every
//                   element loads once, as it loads Lit once
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const PATIENT_PAGE = 'patient page: explainer only, incl. Lit (static closure)';
/**
 * `target` is the budget the issue set; `max` is what the build enforces. They differ only where the
 * target cannot be met with the chosen stack, and then the table says so on every run.
 */
const BUDGETS = {
  // Issue 2 asks ≤ 8 KB incl. zod/mini, but zod/mini alone is ~5.9 KB for a trivial strict schema and
  // the complete cited core measures ~19 KB: enforced as a regression guard, reported as not met.
  // Issue 8's clinical corrections (plausibility bounds, CDC scope, naloxone risk factors, care team,
  // threshold checks, taper end, flag params) added ~3 KB, most of it English prose that issue 9 moves
  // out of the core into the locale catalogues: guard raised from 22 to 25 KB until then.
  // Issue 9's codes and parameters beside the English each result still carries (until it goes): 26 KB.
  // Issue 9 took the English out (flags, issues, bands, tapers, OME reasons, text helpers: 25.74 →
  // 18.95 KB measured): the guard comes down to 20 KB so the words cannot creep back into the core.
  'core.js': { target: 8 * KB, max: 20 * KB, measure: 'standalone', why: 'issue 2' },
  // Issue 9 moved the card's words into its catalogue section (en-GB and en-US built in: ~1.8 KB, of
  // which ~0.5 KB is the keys and phrase functions inline text did not need) and words every result
  // through the catalogues (8.74 KB measured): enforced at 9 KB, issue 3's 8 KB reported as not met.
  // Issue 11 added the card's record view (per-line FHIR notes, resources not counted; ~0.6 KB, the rest
  // loads on demand): enforced at 10 KB, issue 3's 8 KB reported as not met.
  'elements/opioid-plan-card.js': { target: 8 * KB, max: 10 * KB, measure: 'beyondShared', why: 'issue 3' },
  // Issue 8's safety states (a date keeps its kind, a quick choice follows a new start, a typed date is
  // flagged with a Keep button, the moved-date notice) cost the prompt ~1.2 KB. Issue 9 moved its words
  // into its own catalogue section, but the built-in en-GB/en-US words stay in the prompt's download
  // (no other element uses them), and the locale machinery (on-demand cy/es, context locale), the
  // form-control controller with its validators, and warning/issue codes with params add ~2 KB:
  // 6.81 → 8.86 KB. Enforced at 9 KB; issue 3's 6 KB reported as not met.
  // Issue 11's FHIR output hook (the code itself loads on first use): 9.5 KB.
  'elements/opioid-stop-date-prompt.js': { target: 6 * KB, max: 9.5 * KB, measure: 'beyondShared', why: 'issue 3' },
  'elements/opioid-plan-context.js': { target: 2 * KB, max: 2 * KB, measure: 'beyondShared', why: 'issue 3' },
  // Issue 9: the chart's own en-GB and en-US words are its own (no other element uses them): 11 KB,
  // issue 4's 10 KB reported as not met.
  // Chart guard 11 → 12 KB (issue 10): its marks, rows, ticks and labels are now built and patched with
  // plain DOM calls (200-step update 11× → 2.5× Chart.js), beside the Lit templates that server rendering
  // and hydration still use; about 1.3 KB. Issue 4's 10 KB target is still reported as not met.
  'elements/opioid-taper-chart.js': { target: 10 * KB, max: 12 * KB, measure: 'beyondShared', why: 'issue 4' },
  // Issue 9 split the pack into one copy of the figures (core/risk/figures.ts) and wording per locale,
  // composed at run time (~1 KB more, measured 10.99 KB): enforced at 11.5 KB, issue 4's 10 KB reported
  // as not met until the composition is done at build time or the figures move into the core chunk.
  'elements/opioid-risk-explainer.js': { target: 10 * KB, max: 11.5 * KB, measure: 'beyondShared', why: 'issue 4, incl. default pack' },
  // Issue 11: the FHIR adapter beyond the core it uses; each code table on its own (loaded on demand).
  // The adapter reads names and dose text as well as structure (brand and class word lists, two small
  // parsers, FHIR out, CDS Hooks cards), which puts it just over the 12 KB it was meant to fit.
  'fhir.js': { target: 12 * KB, max: 14 * KB, measure: 'beyondShared', why: 'issue 11' },
  // Issue 13: the review list beyond the shared runtime, without @lit-labs/virtualizer (its own chunk,
  // reported on its own row). The plan card it shows inline and the FHIR adapter load only when used.
  // Its words (~2.5 KB), styles (~2 KB), summary, filters, CSV and print view put it over the 10 KB it
  // was meant to fit: enforced as a regression guard, reported as not met until the words move to the
  // locale catalogues and the CSV and print views load on demand.
  // Issue 9 moved the list's words into its catalogue section (+1 KB, measured 17.36 KB): 18 KB.
  // Issue 13's long-list work (the worker client, the sliced runner's loader, the one-pass row and the
  // throttled progress bar) measured 18.02 KB: 18.5 KB.
  // The 10 KB is this project's own aim for the list (issue 13 sets speed budgets, not a size).
  'elements/opioid-review-list.js': { target: 10 * KB, max: 18.5 * KB, measure: 'beyondSharedWithoutVirtualizer', why: 'own' },
  'codes/rxnorm.js': { target: 25 * KB, max: 25 * KB, measure: 'standalone', why: 'issue 11' },
  'codes/dmd.js': { target: 25 * KB, max: 25 * KB, measure: 'standalone', why: 'issue 11' },
  // Issue 9: opioid-elements/locales with its built-in en-GB and en-US words, beyond the core it words.
  // cy and es load on demand and are reported on their own rows.
  'locales.js': { target: 12 * KB, max: 12 * KB, measure: 'beyondCore', why: 'issue 9, en-GB and en-US' },
  // Issue 10: a patient page with only <opioid-risk-explainer> (built alone from src with the bundle's
  // plugins, Lit included, on-demand chunks left out). 39.2 → 33.0 KB: the element layer no longer brings
  // the core catalogue (LocaleRule without the core's words; coded issues worded once locales/index.ts
  // has loaded, which for the explainer is with its pack checker) nor plan-inputs' parser; 33.0 → 23.7 KB:
  // the explainer totals the context's already validated plan with validatedPlanTotal (ome-convert.ts,
  // no zod). Enforced at 24.5 KB, under the issue's 25.
  [PATIENT_PAGE]: { target: 25 * KB, max: 24.5 * KB, measure: 'standalone', why: 'issue 10' },
};

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The explainer's register.ts built alone with the bundle's plugins: the gzip of its static import closure. */
async function patientPage() {
  const { rollup } = await import('rollup');
  const configs = (await import(new URL('../rollup.config.mjs', import.meta.url))).default;
  const plugins = configs.at(-1).plugins.filter((plugin) => plugin.name !== 'review-worker');
  const build = await rollup({ input: 'src/elements/opioid-risk-explainer/register.ts', plugins, onwarn: () => {} });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const chunks = new Map(output.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set();
  const walk = (name) => { if (!seen.has(name)) { seen.add(name); chunks.get(name).imports.forEach(walk); } };
  walk(output.find((chunk) => chunk.isEntry).fileName);
  return [...seen].reduce((sum, name) => sum + gzipSync(chunks.get(name).code, { level: 9 }).length, 0);
}

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
const runtimeChunk = readdirSync('dist/chunks').find((f) => /^runtime-.*\.js$/.test(f));
// The results' words (flags, bands, OME reasons in en-GB and en-US) and the taper words: shared by the
// card, the chart (taper words only), the review list's inline card and opioid-elements/locales, as the
// core's other words are; the prompt, the context and the explainer load neither.
const resultsChunk = readdirSync('dist/chunks').find((f) => /^locale-results-.*\.js$/.test(f));
const taperWordsChunk = readdirSync('dist/chunks').find((f) => /^locale-taper-.*\.js$/.test(f));
const shared = new Set([...closure('dist/core.js'), ...(runtimeChunk ? closure(join('dist/chunks', runtimeChunk)) : []),
  ...[resultsChunk, taperWordsChunk].flatMap((chunk) => (chunk ? [...closure(join('dist/chunks', chunk))] : []))]);
const entries = ['core.js', 'opioid-elements.js', 'fhir.js', 'codes/rxnorm.js', 'codes/dmd.js', 'locales.js',
  ...readdirSync('dist/elements').filter((f) => f.endsWith('.js')).map((f) => `elements/${f}`)].filter((name) => existsSync(join('dist', name)));

const virtualizerChunk = readdirSync('dist/chunks').find((f) => /^virtualizer-.*\.js$/.test(f));
const virtualizer = new Set(virtualizerChunk ? [join('dist/chunks', virtualizerChunk)] : []);
const coreFiles = closure('dist/core.js');
const rows = entries.map((name) => {
  const files = closure(join('dist', name));
  const beyond = [...files].filter((f) => !shared.has(f));
  return {
    name, standalone: total(files), beyondShared: total(beyond), beyondSharedWithoutVirtualizer: total(beyond.filter((f) => !virtualizer.has(f))),
    beyondCore: total([...files].filter((f) => !coreFiles.has(f))),
  };
});
// The core catalogue's on-demand locales: the chunks the locales chunk imports with import().
const localesChunk = readdirSync('dist/chunks').find((f) => /^locales-.*\.js$/.test(f));
for (const match of localesChunk ? readFileSync(join('dist/chunks', localesChunk), 'utf8').matchAll(/import\(\s*["']\.\/((cy|es)-[^"']+\.js)["']\s*\)/g) : []) {
  rows.push({ name: `locales: ${match[2]} core words (on demand)`, standalone: gz(join('dist/chunks', match[1])), beyondShared: NaN });
}
if (virtualizerChunk) rows.push({ name: '@lit-labs/virtualizer (review list only)', standalone: gz(join('dist/chunks', virtualizerChunk)), beyondShared: NaN });
// The review list's worker: one self-contained file (its own copy of the core), fetched only for a long list.
if (existsSync('dist/workers/review-list.js')) rows.push({ name: 'review list worker (long lists only)', standalone: gz('dist/workers/review-list.js'), beyondShared: NaN });
if (runtimeChunk) rows.push({ name: 'shared element layer (runtime chunk)', standalone: gz(join('dist/chunks', runtimeChunk)), beyondShared: NaN });
if (resultsChunk) rows.push({ name: 'results\' words (card, locales)', standalone: gz(join('dist/chunks', resultsChunk)), beyondShared: NaN });
if (taperWordsChunk) rows.push({ name: 'taper words (card, chart, locales)', standalone: gz(join('dist/chunks', taperWordsChunk)), beyondShared: NaN });
// The bundle is one <script> tag: its entry and the chunks it imports statically (what every page
// downloads); other languages and the pack checker are fetched only when a page needs them.
rows.push({ name: 'opioid-elements.bundle.js (incl. Lit)', standalone: total(closure('dist/opioid-elements.bundle.js')), beyondShared: NaN });
rows.push({ name: PATIENT_PAGE, standalone: await patientPage(), beyondShared: NaN });

const kb = (n) => (Number.isNaN(n) ? '—' : `${(n / KB).toFixed(2)} KB`);
const failures = [];
const unmet = [];
console.log('\nGzipped sizes (level 9; Lit external except the bundle)');
console.log('entry'.padEnd(40), 'standalone'.padStart(11), 'beyond shared'.padStart(14), '  budget');
for (const row of rows) {
  const budget = BUDGETS[row.name];
  let verdict = '';
  if (budget) {
    const measured = row[budget.measure];
    const within = measured <= budget.max;
    const label = { standalone: 'standalone', beyondShared: 'beyond shared', beyondCore: 'beyond the core' }[budget.measure] ?? 'beyond shared, without the virtualizer';
    verdict = `${within ? 'ok  ' : 'OVER'} ${budget.measure === 'beyondCore' ? `${kb(measured)} ` : ''}≤ ${kb(budget.max)} ${label}`;
    if (budget.target < budget.max) {
      verdict += `; ${budget.why} target ≤ ${kb(budget.target)} ${measured <= budget.target ? 'met' : 'NOT MET'}`;
      if (measured > budget.target) unmet.push(`${row.name}: ${kb(measured)} against the ${budget.why} target of ${kb(budget.target)}`);
    }
    if (!within) failures.push(`${row.name}: ${kb(measured)} > ${kb(budget.max)} (${budget.why})`);
  }
  console.log(row.name.padEnd(40), kb(row.standalone).padStart(11), kb(row.beyondShared).padStart(14), ' ', verdict);
}
for (const name of Object.keys(BUDGETS)) {
  if (!rows.some((r) => r.name === name)) failures.push(`${name}: missing from dist (not built)`);
}
if (unmet.length) console.log(`\nKnown, not hidden: ${unmet.join('; ')}.`);
if (failures.length) {
  console.error(`\nsize budget exceeded:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
