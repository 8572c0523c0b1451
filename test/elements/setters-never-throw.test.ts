import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { chronicHighDose, DEMO_TODAY } from '../../stories/data/plans.js';

/**
 * DESIGN.md: "Elements never throw either." Every public property of every element (found from the
 * class, so a new property is covered the day it is added) is set, one after another, to values a host
 * script can really assign. No setter may throw, no exception may escape the update, and afterwards the
 * element shows its normal state or its accessible error block (role="alert"), with no "undefined",
 * "NaN", "Infinity", "∞", "[object Object]" or a minus zero on screen; set back, it shows its normal
 * state again.
 */

const HOSTILE: readonly [string, unknown][] = [
  ['undefined', undefined], ['null', null], ['NaN', Number.NaN], ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY], ['-0', -0], ['1e21', 1e21], ['-1', -1], ['true', true], ['false', false],
  ['Object.create(null)', Object.create(null)], ['{}', {}], ['[]', []], ['[null]', [null]], ['BigInt', 10n],
  ['Symbol', Symbol('hostile')], ['a function', () => 1], ['an invalid Date', new Date(Number.NaN)],
  ['empty text', ''], ['spaces', '   '], ['"-0"', '-0'], ['a right-to-left override', '\u202E2026-03-10'],
  ['5,000 characters', 'x'.repeat(5000)], ['broken JSON', '{"id": '], ['an object whose getter throws', {
    get id(): never { throw new Error('hostile getter'); },
  }],
];

/** Text that must never reach the screen: what a value prints as when nobody formatted it. */
const LEAKS: readonly [string, RegExp][] = [
  ['undefined', /undefined/], ['NaN', /NaN/], ['Infinity', /Infinity|∞/], ['[object Object]', /\[object /],
  // A minus sign before a lone zero ("−0 mg"), not the hyphens inside a date or a word.
  ['minus zero', /(?<![\p{L}\p{N}])[-−‒–]0(?![\p{N}]|[.,]\p{N})/u],
];

const CASES: readonly { tag: string; template: () => TemplateResult }[] = [
  { tag: 'opioid-plan-context', template: () => html`<opioid-plan-context .plan=${chronicHighDose} today=${DEMO_TODAY}><p>Inside</p></opioid-plan-context>` },
  { tag: 'opioid-plan-card', template: () => html`<opioid-plan-card .plan=${chronicHighDose} today=${DEMO_TODAY}></opioid-plan-card>` },
  { tag: 'opioid-stop-date-prompt', template: () => html`<opioid-stop-date-prompt name="stop" start="2026-11-21" drug="oxycodone" indication="acute" value="2026-11-24"></opioid-stop-date-prompt>` },
  { tag: 'opioid-taper-chart', template: () => html`<opioid-taper-chart start="2026-11-01" dose="60" percent="10" interval-days="14" basis="original" today=${DEMO_TODAY}></opioid-taper-chart>` },
  { tag: 'opioid-risk-explainer', template: () => html`<opioid-risk-explainer dose="60"></opioid-risk-explainer>` },
  { tag: 'opioid-review-list', template: () => html`<opioid-review-list .plans=${[{ plan: chronicHighDose, person: { name: 'ASHWORTH, Robert' } }]} today=${DEMO_TODAY}></opioid-review-list>` },
];

type Poked = HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;

/** Reactive properties (not internal state) and accessors with a setter, up to Lit's own classes. */
function publicProperties(element: HTMLElement): string[] {
  const names = new Set<string>();
  const ctor = element.constructor as unknown as { elementProperties: Map<PropertyKey, { state?: boolean }> };
  for (const [name, options] of ctor.elementProperties) {
    if (typeof name === 'string' && !options.state && !name.startsWith('_')) names.add(name);
  }
  for (let proto = Object.getPrototypeOf(element); proto && proto.constructor.name !== 'LitElement'; proto = Object.getPrototypeOf(proto)) {
    for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
      if (descriptor.set && !name.startsWith('_')) names.add(name);
    }
  }
  return [...names].sort();
}

function shownText(element: HTMLElement): string {
  const root = element.shadowRoot;
  const parts = [root?.textContent ?? ''];
  // Names a screen reader reads count as on screen too.
  root?.querySelectorAll('[aria-label]').forEach((node) => parts.push(node.getAttribute('aria-label') ?? ''));
  return parts.join(' ').replace(/\s+/g, ' ');
}

function hasErrorBlock(element: HTMLElement): boolean {
  return element.shadowRoot?.querySelector('[role="alert"]') !== null;
}

/** Every set and update in a test: collects what went wrong rather than stopping at the first. */
async function poke(element: Poked, name: string, label: string, value: unknown, problems: string[], given: string): Promise<void> {
  try {
    element[name] = value;
  } catch (error) {
    problems.push(`${name} = ${label}: the setter threw ${String(error)}`);
    return;
  }
  try {
    await element.updateComplete;
  } catch (error) {
    problems.push(`${name} = ${label}: the update threw ${String(error)}`);
    return;
  }
  const text = shownText(element);
  if (text.trim() === '' && !hasErrorBlock(element) && element.localName !== 'opioid-plan-context') {
    problems.push(`${name} = ${label}: shows nothing at all`);
  }
  for (const [leak, pattern] of LEAKS) {
    // What the host wrote may be quoted back (a name as given); anything else is a leak.
    if (pattern.test(text) && !pattern.test(given)) problems.push(`${name} = ${label}: shows "${leak}": …${text.slice(Math.max(0, text.search(pattern) - 60), text.search(pattern) + 40)}…`);
  }
}

describe('no element setter throws, whatever a host script assigns [T-ROB-04]', () => {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => { uncaught.push(String(event.error ?? event.message)); };
  const onRejection = (event: PromiseRejectionEvent) => { uncaught.push(String(event.reason)); };
  before(() => { window.addEventListener('error', onError); window.addEventListener('unhandledrejection', onRejection); });
  after(() => { window.removeEventListener('error', onError); window.removeEventListener('unhandledrejection', onRejection); });

  for (const { tag, template } of CASES) {
    it(`${tag}: every public property survives every hostile value and the element recovers`, async () => {
      const probe = await fixture<Poked>(template());
      await probe.updateComplete;
      expect(hasErrorBlock(probe), `${tag} starts in its normal state`).to.equal(false);
      const properties = publicProperties(probe);
      expect(properties.length, `${tag} has public properties`).to.be.greaterThan(2);

      const problems: string[] = [];
      uncaught.length = 0;
      for (const name of properties) {
        const element = await fixture<Poked>(template());
        await element.updateComplete;
        const original = element[name];
        for (const [label, value] of HOSTILE) {
          await poke(element, name, label, value, problems, typeof value === 'string' ? value : '');
        }
        // Set back to what it was, the element draws its normal state again.
        await poke(element, name, 'its first value', original, problems, '');
        if (hasErrorBlock(element) && name !== 'value') problems.push(`${name}: still shows an error after being set back`);
      }
      problems.push(...uncaught.map((error) => `escaped: ${error}`));
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }

  it('an element with every property hostile at once still shows an accessible error block or its normal state', async () => {
    for (const { tag, template } of CASES) {
      const element = await fixture<Poked>(template());
      await element.updateComplete;
      for (const name of publicProperties(element)) {
        try {
          element[name] = Object.create(null);
        } catch (error) {
          expect.fail(`${tag}.${name} = Object.create(null) threw ${String(error)}`);
        }
      }
      await element.updateComplete;
      await expect(element).to.be.accessible();
    }
  });
});
