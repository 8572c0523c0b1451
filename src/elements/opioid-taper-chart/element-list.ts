import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';

/**
 * One element of a long list of alike elements (a step's mark, a table row): its tag (`svg` for the
 * SVG namespace), attributes, and the text of each child cell (`cells`: [tag, attributes, text]).
 * Text only: every value is set with `setAttribute` or as a text node's data, never parsed as markup.
 */
export interface ListItem {
  tag: string;
  svg?: boolean;
  /** Attribute name → value; `undefined` leaves the attribute off. */
  attributes: Readonly<Record<string, string | number | undefined>>;
  cells?: readonly (readonly [tag: string, attributes: Readonly<Record<string, string>>, text: string])[];
  /** The element's own text, for an element without cells (an SVG `<text>`); none for an empty element. */
  text?: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An element made for an item, with what was last written to it (compared in JavaScript, not read back from the DOM). */
interface Made {
  element: Element;
  shape: string;
  /** The text nodes of the element's own text or of each cell, in order. */
  texts: Text[];
  attributes: Record<string, string | undefined>;
}

function make(item: ListItem, shape: string): Made {
  const element = item.svg ? document.createElementNS(SVG_NS, item.tag) : document.createElement(item.tag);
  const texts: Text[] = [];
  if (item.text !== undefined) {
    const text = document.createTextNode('');
    element.append(text);
    texts.push(text);
  }
  for (const [tag, attributes] of item.cells ?? []) {
    const cell = document.createElement(tag);
    for (const name of Object.keys(attributes)) cell.setAttribute(name, attributes[name] as string);
    const text = document.createTextNode('');
    cell.append(text);
    texts.push(text);
    element.append(cell);
  }
  return { element, shape, texts, attributes: {} };
}

/** Brings `made` (made for an item of the same shape) up to `item`, writing only what differs from the last write. */
function patch(made: Made, item: ListItem): void {
  const { element, attributes: last } = made;
  for (const name of Object.keys(item.attributes)) {
    const value = item.attributes[name];
    const text = value === undefined ? undefined : String(value);
    if (name in last && last[name] === text) continue;
    if (text === undefined) element.removeAttribute(name);
    else element.setAttribute(name, text);
    last[name] = text;
  }
  if (item.text !== undefined) {
    const node = made.texts[0] as Text;
    if (node.data !== item.text) node.data = item.text;
    return;
  }
  const cells = item.cells ?? [];
  for (let i = 0; i < cells.length; i++) {
    const node = made.texts[i] as Text;
    const text = (cells[i] as readonly [string, unknown, string])[2];
    if (node.data !== text) node.data = text;
  }
}

/** An element can be reused for an item of the same tag, namespace, own text or not, and cells. */
const shapeOf = (item: ListItem) => `${item.svg ? 'svg:' : ''}${item.tag}${item.text === undefined ? '' : '#text'}/${(item.cells ?? []).map(([tag]) => tag).join(',')}`;

/**
 * Renders `items` into a child position with the DOM directly, one element each, reusing the elements
 * of the last render where the item in that place has the same shape. A Lit template per item costs a
 * template instance each (clone, walk, parts, insert): for the chart's 200 marks and 200 table rows,
 * more than the rest of the chart (issue 10). Browser only: a server render (and the browser's
 * hydration of it) uses the equivalent templates, which produce the same elements, attributes and text.
 */
class ElementListDirective extends Directive {
  private made: Made[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('elementList() belongs in a child position');
  }

  render(_items: readonly ListItem[]): typeof nothing {
    return nothing;
  }

  override update(part: ChildPart, [items]: [readonly ListItem[]]): typeof noChange {
    const kept = Math.min(this.made.length, items.length);
    for (let i = 0; i < kept; i++) {
      const item = items[i] as ListItem;
      const shape = shapeOf(item);
      const old = this.made[i] as Made;
      if (shape === old.shape) {
        patch(old, item);
      } else {
        const made = make(item, shape);
        patch(made, item);
        old.element.replaceWith(made.element);
        this.made[i] = made;
      }
    }
    for (const old of this.made.splice(items.length)) old.element.remove();
    if (items.length > kept) {
      const fragment = document.createDocumentFragment();
      for (let i = kept; i < items.length; i++) {
        const item = items[i] as ListItem;
        const made = make(item, shapeOf(item));
        patch(made, item);
        fragment.append(made.element);
        this.made.push(made);
      }
      part.parentNode.insertBefore(fragment, part.endNode);
    }
    return noChange;
  }
}

export const elementList = directive(ElementListDirective);
