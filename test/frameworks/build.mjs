// Builds the framework test apps once (npm test runs this before test/hosts/frameworks.test.mjs):
// React 19 (server bundle for Node + client bundle that hydrates) and React 18 with esbuild, Vue 3 and
// Svelte 5 with Vite and their official plugins, and Angular 21 (its own workspace: angular/build.mjs, ngc
// and esbuild with Angular's linker) in parallel with them. Each app imports the package's npm build
// ('opioid-elements' → dist/opioid-elements.js) with Lit from node_modules, as an app's bundler would.
// Output: test/frameworks/dist/<app>/ (git-ignored).
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { build as viteBuild } from 'vite';
import vue from '@vitejs/plugin-vue';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { buildAngular } from './angular/build.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const HERE = join(ROOT, 'test', 'frameworks');
const OUT = join(HERE, 'dist');
const alias = { 'opioid-elements': join(ROOT, 'dist', 'opioid-elements.js') };
const isCustomElement = (tag) => tag.startsWith('opioid-');

const started = Date.now();
// `--skip-angular`: npm test builds the Angular app in the background earlier (angular/build.mjs) and
// only checks here that it was built.
const skipAngular = process.argv.includes('--skip-angular');
for (const app of ['react19', 'react18', 'vue3', 'svelte5', ...(skipAngular ? [] : ['angular', 'angular-aot'])]) {
  rmSync(join(OUT, app), { recursive: true, force: true });
}

const browserApp = (app, entry) => esbuild.build({
  entryPoints: [join(HERE, app, entry)], outfile: join(OUT, app, 'main.js'), bundle: true, format: 'esm',
  jsx: 'automatic', alias, minify: true, logLevel: 'warning', define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['browser', 'production'],
});

const viteApp = (app, plugin) => viteBuild({
  root: join(HERE, app), configFile: false, logLevel: 'warn', plugins: [plugin],
  resolve: { alias },
  build: {
    outDir: join(OUT, app), emptyOutDir: true, minify: true,
    rollupOptions: { input: join(HERE, app, 'main.js'), output: { entryFileNames: 'main.js', chunkFileNames: '[name].js', assetFileNames: '[name][extname]' } },
  },
});

// Angular's ngc runs as its own process, so it overlaps with the esbuild and Vite builds below.
const angular = skipAngular
  ? Promise.resolve().then(() => { if (!existsSync(join(OUT, 'angular', 'main.js'))) throw new Error('the Angular app was not built (node test/frameworks/angular/build.mjs)'); })
  : buildAngular();
await Promise.all([
  browserApp('react19', 'client.jsx'),
  esbuild.build({
    entryPoints: [join(HERE, 'react19', 'server.jsx')], outfile: join(OUT, 'react19', 'server.mjs'), bundle: true,
    platform: 'node', format: 'esm', jsx: 'automatic', packages: 'external', logLevel: 'warning',
  }),
  browserApp('react18', 'client.jsx'),
]);
await viteApp('vue3', vue({ template: { compilerOptions: { isCustomElement } } }));
await viteApp('svelte5', svelte({ compilerOptions: { customElement: false } }));
await angular;
console.log(`framework apps built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
