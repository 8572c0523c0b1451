import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';

/**
 * One element of a long list of alike elements (a step's mark, a table row): its tag (`svg` for the
 * SVG namespace), attributes, and the text of each child cell (`cells`: [tag, attributes, text]).
 * Text only: every value is set with `setAttribute` or `textContent`, never parsed as markup.
 */
export interface ListItem {
  tag: string;
  svg?: boolean;
  /** Attribute name → value; `undefined` leaves the attribute off. */
  attributes: Readonly<Record<string, string | number | undefined>>;
  cells?: readonly (readonly [tag: string, attributes: Readonly<Record<string, string>>, text: string])[];
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function setAttributes(element: Element, attributes: ListItem['attributes']): void {
  for (const name of Object.keys(attributes)) {
    const value = attributes[name];
    if (value === undefined) {
      if (element.hasAttribute(name)) element.removeAttribute(name);
    } else {
      const text = String(value);
      if (element.getAttribute(name) !== text) element.setAttribute(name, text);
    }
  }
}

function make(item: ListItem): Element {
  const element = item.svg ? document.createElementNS(SVG_NS, item.tag) : document.createElement(item.tag);
  for (const [tag, attributes] of item.cells ?? []) {
    const cell = document.createElement(tag);
    for (const name of Object.keys(attributes)) cell.setAttribute(name, attributes[name] as string);
    element.append(cell);
  }
  return element;
}

/** Brings `element` (made by `make` for an item of the same tag and cells) up to `item`, touching only what differs. */
function patch(element: Element, item: ListItem): void {
  setAttributes(element, item.attributes);
  const cells = item.cells ?? [];
  for (let i = 0; i < cells.length; i++) {
    const cell = element.children[i] as Element;
    const text = (cells[i] as readonly [string, unknown, string])[2];
    if (cell.textContent !== text) cell.textContent = text;
  }
}

/** Items made by the same kind of list keep their elements: the tag and cells' shape decide which can be reused. */
const shapeOf = (item: ListItem) => `${item.svg ? 'svg:' : ''}${item.tag}/${(item.cells ?? []).map(([tag]) => tag).join(',')}`;

/**
 * Renders `items` into a child position with the DOM directly, one element each, reusing the elements
 * of the last render. A Lit template per item costs a template instance each (clone, walk, parts,
 * insert): for the chart's 200 marks and 200 table rows, more than the rest of the chart (issue 10).
 * Browser only: a server render (and the browser's hydration of it) uses the equivalent templates,
 * which produce the same elements, attributes and text.
 */
class ElementListDirective extends Directive {
  private elements: Element[] = [];
  private shape = '';

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('elementList() belongs in a child position');
  }

  render(_items: readonly ListItem[]): typeof nothing {
    return nothing;
  }

  override update(part: ChildPart, [items]: [readonly ListItem[]]): typeof noChange {
    const parent = part.parentNode;
    const end = part.endNode;
    const shape = items[0] === undefined ? this.shape : shapeOf(items[0]);
    if (shape !== this.shape) {
      for (const element of this.elements) element.remove();
      this.elements = [];
      this.shape = shape;
    }
    const kept = Math.min(this.elements.length, items.length);
    for (let i = 0; i < kept; i++) patch(this.elements[i] as Element, items[i] as ListItem);
    for (const element of this.elements.splice(items.length)) element.remove();
    if (items.length > kept) {
      const fragment = document.createDocumentFragment();
      for (let i = kept; i < items.length; i++) {
        const item = items[i] as ListItem;
        const element = make(item);
        patch(element, item);
        fragment.append(element);
        this.elements.push(element);
      }
      parent.insertBefore(fragment, end);
    }
    return noChange;
  }
}

export const elementList = directive(ElementListDirective);
