// custom-elements.json from our JSDoc (@summary, @attr, @prop, @fires, @slot, @csspart, @cssprop).
// Shipped in the package (package.json "customElements") and read by Storybook's argument tables.
// From the same manifest (issue 12): JSX IntrinsicElements types (React 19, Preact), Vue GlobalComponents,
// Svelte elements, VS Code html/css custom data and JetBrains web-types, all written into dist/.
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { readFileSync, writeFileSync } from 'node:fs';

/** Where the framework types go; package.json's "./types/*" exports point here. */
const FRAMEWORK_TYPES = 'dist/types/frameworks';
/** Source module of each element (tag → 'src/elements/<tag>/<tag>.ts'), noted before the paths move to dist/. */
const sourceModules = new Map();
/**
 * The framework types import each class from its own declaration file beside them in dist/types, so
 * they need no package export of their own (and work for an element whose entry is not exported yet).
 */
const elementEntry = (_name, tag) => `../${sourceModules.get(tag).replace(/^src\//, '').replace(/\.ts$/, '.js')}`;

/**
 * Our classes are registered in a separate side-effect module (`register.ts`) through the guarded
 * `defineElement(tag, Class)`, which the analyzer does not recognise: teach it.
 */
function defineElementPlugin() {
  const tags = new Map(); // class name → tag
  return {
    name: 'opioid-define-element',
    analyzePhase({ ts, node }) {
      if (ts.isCallExpression(node) && node.expression.getText() === 'defineElement') {
        const [tag, ctor] = node.arguments;
        if (tag && ctor && ts.isStringLiteral(tag)) tags.set(ctor.getText(), tag.text);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (declaration.kind !== 'class' || !tag) continue;
          declaration.customElement = true;
          declaration.tagName = tag;
          mod.exports = [...(mod.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name: declaration.name, module: mod.path } }];
        }
      }
      // register.ts modules only carry the definition; drop them from the published manifest.
      customElementsManifest.modules = customElementsManifest.modules.filter((m) => !m.path.endsWith('/register.ts'));
    },
  };
}

/**
 * The package ships dist/, not src/: an element's module is its own entry, dist/elements/<tag>.js,
 * which exports the class (and registers it). Its manifest module says that, and no more: the types the
 * source file also exports are the package root's to export (`opioid-elements`).
 */
/**
 * Event detail types, written out in full (the generators copy an event's type text into framework
 * types that cannot import our named types). A bare `Event` / `CustomEvent` says nothing more than
 * the generators' own default, and they would try to import it from the element's module, so drop it.
 */
const EVENT_DETAILS = {
  'opioid-error': '{ element: string; issues: { path: string; message: string }[] }',
  'opioid-stop-date-change': "{ value: string; kind: 'stop' | 'review'; durationDays: number | null }",
};

function eventTypesPlugin() {
  return {
    name: 'opioid-event-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const detail = EVENT_DETAILS[event.name];
            if (detail) event.type = { text: detail };
            else if (['Event', 'CustomEvent'].includes(event.type?.text)) delete event.type;
          }
        }
      }
    },
  };
}

/**
 * The JSX generator types `ref` as the element or a callback taking it; React 19 and Preact also take a
 * ref object (`useRef<OpioidPlanCard>(null)`), and call a callback ref with null on unmount.
 */
function jsxRefPlugin() {
  return {
    name: 'opioid-jsx-ref',
    packageLinkPhase() {
      const file = `${FRAMEWORK_TYPES}/jsx.d.ts`;
      const generated = 'ref?: (T | ((e: T) => void)) | undefined;';
      const text = readFileSync(file, 'utf8');
      if (!text.includes(generated)) throw new Error(`${file}: the generated ref type changed; update jsxRefPlugin`);
      writeFileSync(file, text.replace(generated, 'ref?: T | ((e: T | null) => void) | { current: T | null } | null | undefined;'));
    },
  };
}

/**
 * Vue checks `@opioid-stop-date-change="…"` as the prop `onOpioidStopDateChange` (its own camelCase
 * handler names); the Vue generator writes `onopioid-stop-date-change`, which Vue never looks up.
 */
function vueEventNamesPlugin() {
  return {
    name: 'opioid-vue-event-names',
    packageLinkPhase() {
      const file = `${FRAMEWORK_TYPES}/vue.d.ts`;
      const camel = (name) => name.replace(/(^|-)([a-z0-9])/g, (_match, _dash, letter) => letter.toUpperCase());
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace(/"on([a-z][a-z0-9-]*)"\?:/g, (_match, name) => `on${camel(name)}?:`));
    },
  };
}

/**
 * Svelte 5: the generator's `declare namespace svelteHTML` sits in a module file, so it declares a local
 * namespace that Svelte never reads, and its base props name a JSX namespace Svelte does not have. Add
 * the elements to `svelte/elements`' SvelteHTMLElements instead, with Svelte 5's event attributes
 * (`onopioid-stop-date-change={…}`) beside the `on:` directives.
 */
function svelteElementsPlugin() {
  return {
    name: 'opioid-svelte-elements',
    packageLinkPhase() {
      const file = `${FRAMEWORK_TYPES}/svelte.d.ts`;
      const generated = /declare namespace svelteHTML \{[^}]*\}/;
      let text = readFileSync(file, 'utf8');
      if (!generated.test(text)) throw new Error(`${file}: the generated svelteHTML block changed; update svelteElementsPlugin`);
      text = text.replace(generated, "declare module 'svelte/elements' {\n  interface SvelteHTMLElements extends CustomElements {}\n}")
        .replace('children?: JSX.Element;', "children?: import('svelte').Snippet;")
        .replace('style?: JSX.CSSProperties;', 'style?: string;')
        .replace(/^(\s*)"on:([a-z][a-z0-9-]*)"\?:([\s\S]*?;)(?=\n)/gm, '$1"on:$2"?:$3\n$1"on$2"?:$3');
      writeFileSync(file, text);
    },
  };
}

function shippedPathsPlugin() {
  return {
    name: 'opioid-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const element = (mod.declarations ?? []).find((declaration) => declaration.customElement && declaration.tagName);
        if (!element) continue;
        sourceModules.set(element.tagName, mod.path);
        mod.path = `dist/elements/${element.tagName}.js`;
        mod.declarations = mod.declarations.filter((declaration) => declaration === element);
        mod.exports = [
          { kind: 'js', name: element.name, declaration: { name: element.name, module: mod.path } },
          { kind: 'custom-element-definition', name: element.tagName, declaration: { name: element.name, module: mod.path } },
        ];
      }
    },
  };
}

export default {
  globs: ['src/elements/opioid-*/*.ts', 'src/context/opioid-*/*.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    defineElementPlugin(),
    shippedPathsPlugin(),
    eventTypesPlugin(),
    jsxTypesPlugin({ outdir: FRAMEWORK_TYPES, fileName: 'jsx.d.ts', componentTypePath: elementEntry }),
    jsxRefPlugin(),
    customElementVuejsPlugin({ outdir: FRAMEWORK_TYPES, fileName: 'vue.d.ts', componentTypePath: elementEntry, hideLogs: true }),
    vueEventNamesPlugin(),
    customElementSveltePlugin({ outdir: FRAMEWORK_TYPES, fileName: 'svelte.d.ts', componentTypePath: elementEntry, hideLogs: true }),
    svelteElementsPlugin(),
    customElementVsCodePlugin({
      outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true,
    }),
    customElementJetBrainsPlugin({ outdir: 'dist', fileName: 'web-types.json', hideLogs: true }),
  ],
};
