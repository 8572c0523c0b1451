import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';

const MARKER = Symbol.for('opioid-elements.context-root');

/**
 * Regression: a widget's definition-order test passes vacuously once *any* element has attached the
 * document's context root. Here each widget is moved into a fresh document (an about:blank iframe),
 * where nothing has attached one, so only the widget's own connectedCallback can do it.
 */
describe('every widget attaches the context root itself (so definition order never matters) [T-CTX-023]', () => {
  for (const tag of ['opioid-plan-context', 'opioid-plan-card', 'opioid-taper-chart', 'opioid-risk-explainer']) {
    it(`<${tag}> attaches it in a document it is connected to`, async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="fresh document"></iframe>`);
      const freshDocument = frame.contentDocument!;
      const root = freshDocument.documentElement as unknown as Record<symbol, unknown>;
      expect(root[MARKER], 'the fresh document starts without a root').to.equal(undefined);
      // Rendered here first: Lit cannot adopt its constructed stylesheets into another document.
      const element = document.createElement(tag);
      document.body.append(element);
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      freshDocument.body.append(freshDocument.adoptNode(element));
      expect(root[MARKER]).to.equal(true);
      element.remove(); // disconnects observers before the iframe goes away
    });
  }
});
