// The layers of DESIGN.md (core ← locales ← internal ← context ← elements) are enforced by lint, not by
// habit: this lints one upward import per layer with the project's own ESLint config and expects each
// to be refused, so deleting or loosening a layer's rule fails here instead of passing silently.
//
// Run: `node --test test/docs/` (npm test runs it once, through scripts/test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

/** [file the import sits in, an import from a layer above it] */
const upwardImports = [
  ['src/core/zz-layer.ts', "import '../locales/index.js';"],
  ['src/core/risk/zz-layer.ts', "import '../../internal/opioid-element.js';"],
  ['src/locales/zz-layer.ts', "import '../internal/opioid-element.js';"],
  ['src/internal/zz-layer.ts', "import '../context/opioid-plan-context/register.js';"],
  ['src/internal/zz-layer.ts', "import '../elements/opioid-plan-card/register.js';"],
  ['src/context/opioid-plan-context/zz-layer.ts', "import '../../elements/opioid-plan-card/register.js';"],
  ['src/fhir/zz-layer.ts', "import '../internal/opioid-element.js';"],
  ['src/codes/zz-layer.ts', "import '../fhir/index.js';"],
];

for (const [filePath, source] of upwardImports) {
  test(`lint refuses ${source} in ${filePath} [T-LAYER-01]`, async () => {
    const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath });
    const refusals = result.messages.filter((message) => message.ruleId === 'no-restricted-imports');
    assert.equal(refusals.length, 1, `expected the layer rule to refuse the import; got ${JSON.stringify(result.messages)}`);
  });
}

test('lint accepts the downward imports the layers allow [T-LAYER-02]', async () => {
  const allowed = [
    ['src/locales/zz-layer.ts', "import '../core/index.js';"],
    ['src/internal/zz-layer.ts', "import '../locales/index.js';"],
    ['src/context/opioid-plan-context/zz-layer.ts', "import '../../internal/opioid-element.js';"],
    ['src/elements/opioid-plan-card/zz-layer.ts', "import '../../internal/opioid-element.js';"],
  ];
  for (const [filePath, source] of allowed) {
    const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath });
    assert.deepEqual(result.messages.filter((message) => message.ruleId === 'no-restricted-imports'), [], `${filePath}: ${source}`);
  }
});
