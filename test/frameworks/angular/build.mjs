// Builds the Angular 21 test app (run by test/frameworks/build.mjs, or alone: node test/frameworks/angular/build.mjs;
// `--install` only installs, which scripts/test.mjs starts in the background at the beginning of npm test).
// 1. Its own workspace: `npm ci` here (Angular's compiler wants TypeScript >=5.9 <6.1; the repository
//    uses TypeScript 6), skipped when node_modules already matches package-lock.json.
// 2. `ngc`: ahead-of-time compilation with strict template type-checking, to test/frameworks/dist/angular-aot/.
// 3. esbuild bundles it, running Angular's linker (@angular/compiler-cli/linker/babel) on the partially
//    compiled Angular packages, as Angular's own builder does: no JIT compiler in the page.
// 'opioid-elements' is the package's npm build (dist/opioid-elements.js) with Lit from the root node_modules.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = resolve(fileURLToPath(new URL('.', import.meta.url)));
const ROOT = resolve(HERE, '../../..');
const OUT = join(ROOT, 'test', 'frameworks', 'dist');
const STAMP = join(HERE, 'node_modules', '.opioid-lock-hash');

function exec(cmd, args, options = {}) {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd: HERE, stdio: 'inherit', ...options });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
    child.on('error', fail);
  });
}

/** `npm ci` in this workspace unless node_modules was installed from this very lockfile. */
async function install() {
  const hash = createHash('sha256').update(readFileSync(join(HERE, 'package-lock.json'))).digest('hex');
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return 'cached';
  const started = Date.now();
  // flock: never two npm installs at once on this machine (other checkouts share the npm cache).
  const flock = existsSync('/usr/bin/flock');
  await exec(flock ? 'flock' : 'npm', [...(flock ? ['/tmp/npm.lock', 'npm'] : []), 'ci', '--no-audit', '--no-fund', '--loglevel=error']);
  writeFileSync(STAMP, hash);
  return `npm ci ${((Date.now() - started) / 1000).toFixed(1)} s`;
}

/** esbuild plugin: Angular's linker on the npm packages' partial declarations (ɵɵngDeclare…). */
function angularLinker() {
  const require = createRequire(join(HERE, 'package.json'));
  return {
    name: 'angular-linker',
    async setup(build) {
      const { transformAsync } = await import(require.resolve('@babel/core'));
      const { default: linkerPlugin } = await import(require.resolve('@angular/compiler-cli/linker/babel'));
      build.onLoad({ filter: /[\\/]node_modules[\\/]@angular[\\/].*\.m?js$/ }, async ({ path }) => {
        const code = readFileSync(path, 'utf8');
        if (!code.includes('ɵɵngDeclare')) return { contents: code, loader: 'js' };
        const result = await transformAsync(code, {
          filename: path, plugins: [linkerPlugin], compact: false, configFile: false, babelrc: false, sourceMaps: false,
        });
        return { contents: result.code, loader: 'js' };
      });
    },
  };
}

/** Installs (unless cached), compiles and bundles the app to test/frameworks/dist/angular/main.js. */
export async function buildAngular() {
  const started = Date.now();
  const installed = await install();
  const ngcStarted = Date.now();
  await exec(process.execPath, [join(HERE, 'node_modules', '@angular', 'compiler-cli', 'bundles', 'src', 'bin', 'ngc.js'), '-p', join(HERE, 'tsconfig.json')]);
  const ngc = (Date.now() - ngcStarted) / 1000;
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [join(OUT, 'angular-aot', 'main.js')], outfile: join(OUT, 'angular', 'main.js'), bundle: true, format: 'esm',
    minify: true, logLevel: 'warning', logOverride: { 'ignored-bare-import': 'silent' }, target: 'es2022', nodePaths: [join(HERE, 'node_modules')],
    alias: { 'opioid-elements': join(ROOT, 'dist', 'opioid-elements.js') },
    define: { ngDevMode: 'false', ngI18nClosureMode: 'false', ngJitMode: 'false' },
    plugins: [angularLinker()],
  });
  console.log(`angular app built in ${((Date.now() - started) / 1000).toFixed(1)} s (install: ${installed}, ngc ${ngc.toFixed(1)} s)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--install')) console.log(`angular workspace: ${await install()}`);
  else await buildAngular();
}
