/**
 * A guarded `customElements.define`: when two copies of the library are on one page (a host bundles
 * us and also loads the CDN bundle), the second registration warns instead of throwing, so the page
 * keeps working with the first copy.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    console.warn(`opioid-elements: <${tag}> is already defined by another copy of the library; keeping the first one.`);
  }
}
