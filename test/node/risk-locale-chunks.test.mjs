// The risk explainer's non-English wording is split out of the default bundle (issue 9): the en-GB
// entry and everything it imports statically hold no Welsh or Spanish word; the cy, es and en-US
// catalogues are chunks of their own, reached only by import(). Reads dist/ as `node scripts/build.mjs` writes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

function closure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const match of readFileSync(entry, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(join(dirname(entry), match[1]), seen);
  }
  return seen;
}

const WELSH = ['Opioidau ar gyfer poen hirdymor', 'gorddos', 'Ffynhonnell'];
// The first phrase of each is the pack's own title, so that no other catalogue (the core's Spanish flag
// sentences also start "Los opioides para el dolor …") is mistaken for the pack's chunk.
const SPANISH = ['Los opioides para el dolor a largo plazo', 'sobredosis', 'Fuente'];
const chunks = readdirSync('dist/chunks').filter((name) => name.endsWith('.js'));
const chunkOf = (text) => chunks.filter((name) => readFileSync(join('dist/chunks', name), 'utf8').includes(text));

test('the explainer entry (en-GB) contains no Welsh or Spanish word [T-LOC-R07]', () => {
  const files = [...closure('dist/elements/opioid-risk-explainer.js')];
  const code = files.map((file) => readFileSync(file, 'utf8')).join('\n');
  assert.ok(code.includes('Opioids for long-term pain: what they can and cannot do'), 'the en-GB wording is in the default path');
  for (const word of [...WELSH, ...SPANISH]) assert.ok(!code.includes(word), `default path holds "${word}"`);
});

test('cy, es and en-US wording are chunks of their own, loaded by import() [T-LOC-R08]', () => {
  const entry = readFileSync('dist/elements/opioid-risk-explainer.js', 'utf8');
  const statics = [...closure('dist/elements/opioid-risk-explainer.js')].map((file) => readFileSync(file, 'utf8')).join('\n');
  for (const [tag, word] of [['cy', WELSH[0]], ['es', SPANISH[0]], ['en-US', 'Throwing up (vomiting)']]) {
    const found = chunkOf(word);
    assert.equal(found.length, 1, `${tag}: one chunk holds its wording`);
    assert.ok(!statics.includes(`from"./${found[0]}"`) && !entry.includes(found[0].slice(0, -3) + '"'), `${tag} is not imported statically`);
    assert.ok(statics.includes(`import("./${found[0]}")`), `${tag} is loaded with import()`);
    console.log(`${tag} chunk ${found[0]}: ${(gzipSync(readFileSync(join('dist/chunks', found[0])), { level: 9 }).length / 1024).toFixed(2)} KB gzip`);
  }
});
