// Types for every host (issue 12), generated from custom-elements.json by the build: a TSX file for
// React 19 and Preact compiled by tsc, a Vue SFC by vue-tsc (strict templates), Svelte 5 components by
// svelte-check, the IDE data files, the manifest's module paths and the bundle's Node import.
// Needs dist/ (npm test builds it first). Run: `node --test test/hosts/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const TYPES = join(ROOT, 'test', 'hosts', 'types');
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
const run = promisify(execFile);

/** Runs a checker; resolves to its exit code and output (a failing check is a result, not a throw). */
async function check(command, args, cwd = ROOT) {
  try {
    const { stdout, stderr } = await run(command, args, { cwd, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    return { code: error.code ?? 1, output: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

// The three checkers start together (each takes a few seconds; two cores).
const tsx = check(bin('tsc'), ['-p', join(TYPES, 'tsconfig.json')]);
const vue = check(bin('vue-tsc'), ['-p', join(TYPES, 'vue', 'tsconfig.json')]);
const svelte = check(bin('svelte-check'), ['--workspace', join(TYPES, 'svelte'), '--tsconfig', './tsconfig.json', '--output', 'machine']);

const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement));

test('TSX for React 19 and Preact compiles against the generated IntrinsicElements, and a misspelt plan does not [T-HOST-11]', async () => {
  const { code, output } = await tsx;
  // react.tsx and preact.tsx carry @ts-expect-error on a misspelt plan and an unknown property: an
  // unused one is an error too, so a clean compile proves both that good TSX passes and bad TSX fails.
  assert.equal(code, 0, output);
});

test('a Vue SFC type-checks with strict templates against the generated GlobalComponents [T-HOST-12]', async () => {
  const { code, output } = await vue;
  assert.equal(code, 0, output);
});

test('Svelte 5 components type-check against the generated svelte/elements types; a misspelt plan is an error [T-HOST-13]', async () => {
  const { output } = await svelte;
  const errors = output.split('\n').filter((line) => / ERROR /.test(line));
  assert.equal(errors.filter((line) => line.includes('"App.svelte"')).length, 0, output);
  assert.equal(errors.length, 1, output);
  assert.match(errors[0], /"Bad\.svelte".*medicationz/);
});

test('VS Code custom data and JetBrains web-types list every element, its attributes and CSS properties [T-HOST-14]', () => {
  const html = JSON.parse(readFileSync(join(ROOT, 'dist', 'vscode.html-custom-data.json'), 'utf8'));
  const css = JSON.parse(readFileSync(join(ROOT, 'dist', 'vscode.css-custom-data.json'), 'utf8'));
  const webTypes = JSON.parse(readFileSync(join(ROOT, packageJson['web-types']), 'utf8'));
  const webTypeTags = webTypes.contributions.html.elements.map((element) => element.name);
  for (const element of elements) {
    const tag = html.tags.find((entry) => entry.name === element.tagName);
    assert.ok(tag, `${element.tagName} in the VS Code HTML data`);
    for (const attribute of element.attributes ?? []) {
      assert.ok(tag.attributes.some((entry) => entry.name === attribute.name), `${element.tagName} [${attribute.name}] in the VS Code HTML data`);
    }
    assert.ok(webTypeTags.includes(element.tagName), `${element.tagName} in web-types`);
  }
  assert.ok(css.properties.some((property) => property.name === '--opioid-plan-card-padding'));
  for (const file of ['./vscode.html-custom-data.json', './vscode.css-custom-data.json', './web-types.json']) {
    assert.ok(packageJson.exports[file], `${file} is exported`);
  }
});

test('every manifest module path and every package export points at a shipped file [T-HOST-15]', () => {
  for (const mod of manifest.modules) {
    if (!(mod.declarations ?? []).some((d) => d.customElement)) continue;
    assert.match(mod.path, /^dist\//, `${mod.path} is in dist/ (src/ is not shipped)`);
    assert.ok(existsSync(join(ROOT, mod.path)), `${mod.path} exists`);
  }
  const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
  for (const [entry, value] of Object.entries(packageJson.exports)) {
    for (const target of entry === './package.json' ? [] : targets(value)) {
      assert.ok(existsSync(join(ROOT, target)), `${entry} → ${target} exists`);
      assert.ok(packageJson.files.some((dir) => target.replace(/^\.\//, '').startsWith(dir)), `${target} is in "files"`);
    }
    if (typeof value === 'object' && !entry.endsWith('.json') && entry !== './package.json') {
      assert.ok(value.types, `${entry} has types`);
    }
  }
});

test('the bundle entry has types and imports in Node without throwing [T-HOST-16]', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.ok(packageJson.exports['./bundle'].types);
  const bundle = await import('opioid-elements/bundle');
  for (const name of ['OpioidPlanContext', 'OpioidPlanCard', 'OpioidStopDatePrompt', 'OpioidTaperChart', 'OpioidRiskExplainer']) {
    assert.equal(typeof bundle[name], 'function', `${name} is exported`);
  }
});
