import { ContextRoot } from '@lit/context';

/**
 * A marker on the document element, shared through the global symbol registry so that two copies of
 * the library on one page (a host bundle and the CDN bundle) attach only one root between them.
 */
const ATTACHED = Symbol.for('opioid-elements.context-root');

type Marked = HTMLElement & { [ATTACHED]?: true };

/**
 * Attach one @lit/context `ContextRoot` to the document of `node`, once.
 *
 * Why: a widget whose module loads first asks for the plan before `<opioid-plan-context>` is defined
 * or upgraded; nobody answers, and the request would be lost. The root keeps such (subscribing)
 * requests and replays them when a provider announces itself, so elements work in whatever order a
 * host defines or upgrades them. Both the provider and every consumer call this before they connect,
 * because either may be the first to arrive. Never throws: without a document there is nothing to do.
 */
export function ensureContextRoot(node: Node): void {
  try {
    const root = (node.ownerDocument ?? (node as Document)).documentElement as Marked | null;
    if (root === null || root[ATTACHED]) return;
    new ContextRoot().attach(root);
    root[ATTACHED] = true;
  } catch {
    // A document without an element (or a frozen one): the provider-first order still works.
  }
}
