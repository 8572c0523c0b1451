// A rollup plugin that minifies the static text of Lit's tagged templates (css`…`, html`…`, svg`…`).
// Terser leaves template contents alone, and our styles and markup are written readably, so without
// this every element would ship its indentation. Only whitespace and CSS comments change:
// - html/svg: each whitespace run that contains a line break becomes one space (never removed, so
//   the space between inline elements and words survives; we use no <pre> or <textarea> with text);
// - css: comments are removed, whitespace runs become one space, and spaces next to { } ; , are dropped.
import MagicString from 'magic-string';
import { walk } from 'estree-walker';

const TAGS = new Set(['css', 'html', 'svg']);

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}');
}

const minifyMarkup = (text) => text.replace(/\s*\n\s*/g, ' ');

export function minifyTemplates() {
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!/\.[cm]?[jt]s$/.test(id) || id.includes('node_modules') || !/(css|html|svg)`/.test(code)) return null;
      const ast = this.parse(code);
      const out = new MagicString(code);
      walk(ast, {
        enter(node) {
          if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
          const minify = node.tag.name === 'css' ? minifyCss : minifyMarkup;
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const small = minify(raw);
            if (small !== raw) out.overwrite(quasi.start, quasi.end, small || ' ');
          }
        },
      });
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
