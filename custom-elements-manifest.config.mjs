// custom-elements.json from our JSDoc (@summary, @attr, @prop, @fires, @slot, @csspart, @cssprop).
// Shipped in the package (package.json "customElements") and read by Storybook's argument tables.

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

export default {
  globs: ['src/elements/opioid-*/*.ts', 'src/context/opioid-*/*.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [defineElementPlugin()],
};
