// Lint: typescript-eslint (recommended, type-aware where it catches real bugs) + Lit's template rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import globals from 'globals';

/** Import paths into the named top-level folders of src/, from one or two levels down. */
const upward = (folders) => folders.flatMap((folder) => [`../${folder}/*`, `../../${folder}/*`, `../${folder}/**`, `../../${folder}/**`]);

export default tseslint.config(
  { ignores: ['dist/', 'test/frameworks/dist/', 'storybook-static/', 'node_modules/', 'coverage/', 'screenshots/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { lit },
    rules: {
      ...lit.configs.recommended.rules,
      // Text must never be rendered as HTML (hostile strings from EPRs and content packs).
      'lit/no-template-arrow': 'off',
      'no-restricted-imports': ['error', {
        paths: [{ name: 'zod', message: 'Import zod/mini: full zod is three times the size in browser bundles.' }],
        patterns: [{ group: ['lit/directives/unsafe-html.js', 'lit/directives/unsafe-svg.js'], message: 'Never render text as HTML.' }],
      }],
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Never render text as HTML.' },
        { property: 'outerHTML', message: 'Never render text as HTML.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // The core runs in Node with no DOM: keep browser globals out of it.
      'no-restricted-globals': ['error', 'window', 'document', 'customElements', 'HTMLElement', 'localStorage'],
      // Layers (DESIGN.md): core ← locales ← internal ← context ← elements; nothing imports upward
      // (each layer's block below forbids the ones above it).
      'no-restricted-imports': ['error', {
        paths: [{ name: 'zod', message: 'Import zod/mini: full zod is three times the size in browser bundles.' }],
        patterns: [{ group: upward(['locales', 'internal', 'context', 'elements', 'styles', 'fhir', 'codes']).concat(['lit', 'lit/*', '@lit/*']), message: 'src/core imports nothing above it (DESIGN.md layers).' }],
      }],
    },
  },
  {
    files: ['src/locales/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'customElements', 'HTMLElement', 'localStorage'],
      'no-restricted-imports': ['error', {
        paths: [{ name: 'zod', message: 'Import zod/mini: full zod is three times the size in browser bundles.' }],
        patterns: [{ group: upward(['internal', 'context', 'elements', 'styles']).concat(['lit', 'lit/*', '@lit/*']), message: 'src/locales imports only the core (DESIGN.md layers).' }],
      }],
    },
  },
  {
    files: ['src/internal/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'zod', message: 'Import zod/mini: full zod is three times the size in browser bundles.' }],
        patterns: [
          { group: upward(['context', 'elements']), message: 'src/internal imports only core and locales (DESIGN.md layers).' },
          { group: ['lit/directives/unsafe-html.js', 'lit/directives/unsafe-svg.js'], message: 'Never render text as HTML.' },
        ],
      }],
    },
  },
  {
    // The context element shares the internal layer with the widgets but never reaches into them.
    files: ['src/context/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'zod', message: 'Import zod/mini: full zod is three times the size in browser bundles.' }],
        patterns: [
          { group: upward(['elements']), message: 'src/context imports core, locales, internal and fhir, never src/elements (DESIGN.md layers).' },
          { group: ['lit/directives/unsafe-html.js', 'lit/directives/unsafe-svg.js'], message: 'Never render text as HTML.' },
        ],
      }],
    },
  },
  {
    // FHIR adapter and code tables depend on the core only (DESIGN.md layers), and run in Node with no DOM.
    // (This block's import rule replaces the general one for these files, so it repeats the zod rule.)
    files: ['src/fhir/**/*.ts', 'src/codes/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'customElements', 'HTMLElement', 'localStorage'],
      'no-restricted-imports': ['error', {
        paths: [{ name: 'zod', message: 'Import zod/mini: full zod is three times the size in browser bundles.' }],
        patterns: [{
          group: ['lit', 'lit/*', '@lit/*', '../elements/*', '../context/*', '../internal/*', '../locales/*', '../styles/*', '../index.js'],
          message: 'src/fhir and src/codes depend on src/core only.',
        }],
      }],
    },
  },
  {
    // The one file of src/fhir that reads words: opioid-elements/fhir/describe calls the `fhir` catalogue section.
    files: ['src/fhir/describe.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'zod', message: 'Import zod/mini: full zod is three times the size in browser bundles.' }],
        patterns: [{
          group: ['lit', 'lit/*', '@lit/*', '../elements/*', '../context/*', '../internal/*', '../styles/*', '../index.js'],
          message: 'src/fhir/describe.ts reads the locale catalogues only.',
        }],
      }],
    },
  },
  {
    files: ['src/codes/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'zod', message: 'Import zod/mini: full zod is three times the size in browser bundles.' }],
        patterns: [{ group: ['../fhir/*', 'lit', 'lit/*', '@lit/*', '../elements/*', '../context/*', '../internal/*', '../locales/*', '../styles/*'], message: 'src/codes depends on src/core only.' }],
      }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
