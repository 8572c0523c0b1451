// Two builds from one source tree:
// 1. npm build: one ES module per public entry (core, all elements, each element), Lit left external
//    so an app's bundler dedupes it; shared code lands in chunks (the core is itself an entry, so every
//    element imports the one copy of it).
// 2. dist/opioid-elements.bundle.js: everything including Lit, for a plain <script type="module"> on
//    a page with no build step.
import { readdirSync, existsSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/** Each element folder with a register.ts is a public side-effect entry: dist/elements/<tag>.js */
function elementEntries() {
  const entries = {};
  for (const dir of ['src/elements', 'src/context']) {
    for (const name of readdirSync(dir)) {
      const register = `${dir}/${name}/register.ts`;
      if (name.startsWith('opioid-') && existsSync(register)) entries[`elements/${name}`] = register;
    }
  }
  return entries;
}

const plugins = () => [
  nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  // The Lit team's template minifier (html-minifier-next for markup, lightningcss for styles) replaces
  // our own: the same size or smaller (bundle 72.40 → 72.30 KB gzip when measured side by side), and it
  // also drops HTML comments. Conservative whitespace (a run becomes one space, never none) so words
  // beside inline elements keep their space; empty attributes kept (alt="" has a meaning).
  minifyHtmlLiterals({
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } },
  }),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/**
 * The review list's module worker (src/elements/opioid-review-list/review-worker.ts), built from the
 * same source as the main thread's code into one self-contained file, since a worker cannot share the
 * page's modules without an import map (and the npm build leaves Lit's imports bare). It is fetched
 * only for a long list. review-worker-url.ts names it as `new URL('./review-worker.ts',
 * import.meta.url)`; this replaces that with the built file's URL, relative to whichever chunk the
 * expression lands in. Built once for both builds below.
 */
let workerCode;
function reviewWorker(fileName) {
  const pattern = /new URL\((['"])\.\/review-worker\.ts\1,\s*import\.meta\.url\)/;
  return {
    name: 'review-worker',
    async buildStart() {
      workerCode ??= (async () => {
        const { rollup } = await import('rollup');
        const build = await rollup({ input: 'src/elements/opioid-review-list/review-worker.ts', plugins: plugins() });
        const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
        await build.close();
        return output[0].code;
      })();
      await workerCode;
    },
    async transform(source, id) {
      if (!/review-worker-url\.ts$/.test(id) || !pattern.test(source)) return null;
      const ref = this.emitFile({ type: 'asset', fileName, source: await workerCode });
      return { code: source.replace(pattern, `new URL(import.meta.ROLLUP_FILE_URL_${ref})`), map: null };
    },
  };
}

const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/context)(\/|$)/.test(id);

export default [
  {
    input: {
      core: 'src/core/index.ts', 'opioid-elements': 'src/index.ts', ...elementEntries(),
      // DOM-free FHIR adapter and the optional coded-medicine tables: never imported by the elements.
      fhir: 'src/fhir/index.ts', 'fhir/describe': 'src/fhir/describe.ts',
      'codes/rxnorm': 'src/codes/rxnorm.ts', 'codes/dmd': 'src/codes/dmd.ts',
      // Server templates (Node): renders widgets with @lit-labs/ssr, an optional peer dependency.
      ssr: 'src/ssr/index.ts',
      // The words for any core result (en-GB and en-US built in; cy and es chunks load on demand).
      locales: 'src/locales/index.ts',
    },
    external: (id) => isLit(id) || /^@lit-labs\/ssr(\/|$)/.test(id),
    plugins: [...plugins(), reviewWorker('workers/review-list.js')],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // All clinical logic and zod in one file: a host using several elements downloads it once,
      // and the core entry is a single module rather than a scatter of shared chunks.
      // The patient content pack (src/core/risk) stays with the explainer that uses it, so other
      // elements never download its words.
      // The element layer every widget shares (base class, tokens, context plumbing) is one
      // 'runtime' chunk, measured apart from each element, as Lit is.
      manualChunks: (id) => {
        if (/[\\/]src[\\/]core[\\/]risk[\\/]/.test(id)) return undefined;
        // The review list's virtualizer in its own chunk, so its size is reported apart from the element's.
        if (/[\\/]node_modules[\\/](@lit-labs[\\/]virtualizer|tslib)[\\/]/.test(id)) return 'virtualizer';
        if (/[\\/](src[\\/]core|node_modules[\\/]zod)[\\/]/.test(id)) return 'core';
        // The core's words (names, doses, dates and issues in en-GB and en-US, formatters): one Lit-free
        // chunk that the locales entry and the element layer share; the results' words (flags, bands)
        // and the taper words each in a chunk of their own, which the prompt and the context never load. The other
        // catalogues (cy.ts, es.ts and their helpers) stay on-demand chunks.
        if (/[\\/]src[\\/]locales[\\/](en-GB-base|en-GB-guidance|en-US|format|core-words|issue-words|read|section|tags|types)\.ts$/.test(id)) return 'locales';
        if (/[\\/]src[\\/]locales[\\/](en-GB-results|result-words)\.ts$/.test(id)) return 'locale-results';
        if (/[\\/]src[\\/]locales[\\/](en-GB-taper|taper-words)\.ts$/.test(id)) return 'locale-taper';
        // The element layer is src/internal (base element, events, context plumbing, LocaleController) and
        // the shared styles. The form-control base and its validators are the prompt's alone, so they stay
        // with it.
        if (/[\\/]src[\\/]styles[\\/]|[\\/]src[\\/]internal[\\/](?!form-control)[^\\/]+\.ts$/.test(id)) return 'runtime';
        return undefined;
      },
    },
  },
  {
    input: 'src/index.ts',
    plugins: [...plugins(), reviewWorker('bundle/review-list-worker.js')],
    // One <script type="module"> tag for a page with no build step. What loads on demand (the other
    // languages' catalogues, the explainer's pack checker, the code tables) stays in chunks beside it,
    // fetched relative to the bundle only when a page needs them: inlining them tripled the download
    // of every English page.
    output: {
      dir: 'dist', format: 'es', sourcemap: true,
      entryFileNames: 'opioid-elements.bundle.js', chunkFileNames: 'bundle/[name]-[hash].js',
    },
  },
];
