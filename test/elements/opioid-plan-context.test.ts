import { fixture, html, expect, oneEvent, elementUpdated, nextFrame, waitUntil } from '@open-wc/testing';
import { ContextRoot } from '@lit/context';
import '../../src/context/opioid-plan-context/register.js';
import '../../src/elements/opioid-plan-card/register.js';
import { OpioidPlanContext } from '../../src/context/opioid-plan-context/register.js';
import { OpioidPlanCard } from '../../src/elements/opioid-plan-card/register.js';
import { defineElement } from '../../src/internal/define.js';
import { ensureContextRoot } from '../../src/internal/context-root.js';
import { planContext } from '../../src/internal/plan-context-key.js';
import { todayIso } from '../../src/core/dates.js';
import type { OpioidErrorDetail } from '../../src/internal/events.js';
import {
  DEMO_TODAY, chronicHighDose, hostileTextPlan, invalidPlan, invalidPlanJson, primaryCareCodeine, usPrimaryCare,
} from '../../stories/data/plans.js';

function words(node: Node | null | undefined): string {
  if (!node) return '';
  const clone = node instanceof Element ? node.cloneNode(true) as Element : undefined;
  clone?.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return ((clone ?? node).textContent ?? '').replace(/\s+/g, ' ').trim();
}
const totalOf = (card: Element) => words(card.shadowRoot!.querySelector('.total-value'));
const alertOf = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]');
const cardsIn = (el: Element) => [...el.querySelectorAll<OpioidPlanCard>('opioid-plan-card')];

/** Let providers, consumers and their updates settle (a few microtasks and a frame). */
async function settle(...elements: Element[]): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await Promise.all(elements.map((el) => (el as OpioidPlanCard).updateComplete ?? Promise.resolve()));
    await nextFrame();
  }
}

let uniqueTag = 0;
const freshTag = (name: string) => `${name}-copy-${++uniqueTag}`;

describe('<opioid-plan-context>', () => {
  describe('providing a plan', () => {
    it('from the .plan property: every card inside shows it; the value is validated [T-CTX-001]', async () => {
      const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context .plan=${chronicHighDose} today=${DEMO_TODAY}>
        <opioid-plan-card></opioid-plan-card><opioid-plan-card compact></opioid-plan-card>
      </opioid-plan-context>`);
      const [full, compact] = cardsIn(el);
      await settle(full!, compact!);
      expect(totalOf(full!)).to.equal('120 mg/day OME');
      expect(words(compact!.shadowRoot!.querySelector('[part~="total"]'))).to.include('120 mg/day OME');
      expect(el.value?.plan?.id).to.equal('demo-chronic-back-pain');
      expect(el.value?.issues).to.deep.equal([]);
      expect(el.value?.today).to.equal(DEMO_TODAY);
      expect(alertOf(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('from the plan attribute (JSON text): no script needed', async () => {
      const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context plan=${JSON.stringify(primaryCareCodeine)} today=${DEMO_TODAY}>
        <opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
      const [card] = cardsIn(el);
      await settle(card!);
      expect(totalOf(card!)).to.equal('24 mg/day OME');
    });

    it('from a child <script type="application/json">, and follows changes to its text [T-CTX-002]', async () => {
      const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context today=${DEMO_TODAY}>
        <script type="application/json">${JSON.stringify(primaryCareCodeine)}</script>
        <opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
      const [card] = cardsIn(el);
      await settle(card!);
      expect(totalOf(card!)).to.equal('24 mg/day OME');

      el.querySelector('script')!.textContent = JSON.stringify(usPrimaryCare);
      await settle(el, card!);
      expect(totalOf(card!)).to.equal('60 MME/day');

      // Replacing the script element itself works too.
      const replacement = document.createElement('script');
      replacement.type = 'application/json';
      replacement.textContent = JSON.stringify(chronicHighDose);
      el.querySelector('script')!.replaceWith(replacement);
      await settle(el, card!);
      expect(totalOf(card!)).to.equal('120 mg/day OME');
    });

    it('the property wins over the script child [T-CTX-003]', async () => {
      const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context today=${DEMO_TODAY} .plan=${usPrimaryCare}>
        <script type="application/json">${JSON.stringify(primaryCareCodeine)}</script>
        <opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
      const [card] = cardsIn(el);
      await settle(card!);
      expect(totalOf(card!)).to.equal('60 MME/day');
    });

    it('swapping the plan updates every consumer [T-CTX-004]', async () => {
      const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context .plan=${primaryCareCodeine} today=${DEMO_TODAY}>
        <opioid-plan-card></opioid-plan-card><section><opioid-plan-card></opioid-plan-card></section>
      </opioid-plan-context>`);
      const cards = cardsIn(el);
      await settle(...cards);
      expect(cards.map(totalOf)).to.deep.equal(['24 mg/day OME', '24 mg/day OME']);
      el.plan = usPrimaryCare;
      await settle(el, ...cards);
      expect(cards.map(totalOf)).to.deep.equal(['60 MME/day', '60 MME/day']);
      el.plan = chronicHighDose;
      await settle(el, ...cards);
      expect(cards.map(totalOf)).to.deep.equal(['120 mg/day OME', '120 mg/day OME']);
    });

    it('guidance on the context overrides the plan\'s own, for every card [T-CTX-005]', async () => {
      const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context .plan=${primaryCareCodeine} guidance="us" today=${DEMO_TODAY}>
        <opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
      const [card] = cardsIn(el);
      await settle(card!);
      expect(el.value?.guidance).to.equal('us');
      expect(totalOf(card!)).to.equal('36 MME/day');
      el.removeAttribute('guidance');
      await settle(el, card!);
      expect(totalOf(card!)).to.equal('24 mg/day OME');
    });

    it('a card\'s own guidance, today and plan win over the context\'s [T-CTX-006]', async () => {
      const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context .plan=${primaryCareCodeine} guidance="us" today=${DEMO_TODAY}>
        <opioid-plan-card guidance="uk" today="2026-12-01"></opioid-plan-card>
        <opioid-plan-card .plan=${chronicHighDose}></opioid-plan-card>
      </opioid-plan-context>`);
      const [own, ownPlan] = cardsIn(el);
      await settle(own!, ownPlan!);
      expect(totalOf(own!)).to.equal('24 mg/day OME');
      expect(own!.value?.today).to.equal('2026-12-01');
      expect(words(own!.shadowRoot!.querySelector('[part="dates"]'))).to.include('Review 19 December 2026 — in 18 days');
      // Its own plan, read by its own plan's guidance, on the context's today.
      expect(totalOf(ownPlan!)).to.equal('120 mg/day OME');
      expect(ownPlan!.value?.today).to.equal(DEMO_TODAY);
    });

    it('locale on the context words every card\'s dates in that locale [T-CTX-007]', async () => {
      const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context .plan=${usPrimaryCare} today=${DEMO_TODAY} locale="en-US">
        <opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
      const [card] = cardsIn(el);
      await settle(card!);
      expect(card!.value?.locale).to.equal('en-US');
      expect(words(card!.shadowRoot!.querySelector('[part="dates"]'))).to.include('Review December 21, 2026 — in 30 days');
      el.locale = 'en-GB';
      await settle(el, card!);
      expect(words(card!.shadowRoot!.querySelector('[part="dates"]'))).to.include('Review 21 December 2026 — in 30 days');
    });

    it('defaults: today is the local calendar date, locale comes from <html lang> [T-CTX-008]', async () => {
      const html_ = document.documentElement;
      const before = html_.lang;
      html_.lang = 'en-US';
      try {
        const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context .plan=${primaryCareCodeine}></opioid-plan-context>`);
        expect(el.value?.today).to.equal(todayIso());
        expect(el.value?.locale).to.equal('en-US');
      } finally {
        html_.lang = before;
      }
      const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context .plan=${primaryCareCodeine}></opioid-plan-context>`);
      expect(el.value?.locale).to.equal(before || 'en-GB');
    });
  });

  describe('invalid input', () => {
    it('an invalid plan: alert above the slot, opioid-error with the issues, plan undefined, cards show no numbers [T-CTX-009]', async () => {
      const errored = oneEvent(document, 'opioid-error');
      const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context .plan=${invalidPlan} today=${DEMO_TODAY}>
        <opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
      const event = await errored as CustomEvent<OpioidErrorDetail>;
      expect(event.detail.element).to.equal('opioid-plan-context');
      expect(event.detail.issues.map((issue) => issue.path)).to.include.members(['medications[0].drug', 'stopdate']);
      expect(event.bubbles && event.composed).to.equal(true);

      const alert = alertOf(el)!;
      expect(words(alert)).to.include('The opioid treatment plan cannot be shown');
      expect(words(alert)).to.include('medications[0].strength.value: Strength must be more than 0.');
      // The alert comes before the slot, so the page says why the widgets below are empty.
      expect(alert.nextElementSibling?.tagName).to.equal('SLOT');
      expect(el.value?.plan).to.equal(undefined);
      expect(el.value?.issues.length).to.be.greaterThan(0);

      const [card] = cardsIn(el);
      await settle(card!);
      expect(alertOf(card!)).to.equal(null);
      expect(words(card!.shadowRoot!)).to.include('No plan shown: the plan given to this page could not be read');
      expect(words(card!.shadowRoot!)).not.to.match(/mg\/day|MME/);
      await expect(el).to.be.accessible();
    });

    it('invalid JSON in the plan attribute [T-CTX-010]', async () => {
      const errored = oneEvent(document, 'opioid-error');
      const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context plan=${invalidPlanJson} today=${DEMO_TODAY}>
        <opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
      const event = await errored as CustomEvent<OpioidErrorDetail>;
      expect(event.detail.issues[0]!.message).to.include('not valid JSON');
      expect(words(alertOf(el))).to.include('not valid JSON');
    });

    it('invalid JSON in the script child, then fixed by replacing the text [T-CTX-011]', async () => {
      const errored = oneEvent(document, 'opioid-error');
      const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context today=${DEMO_TODAY}>
        <script type="application/json">${invalidPlanJson}</script>
        <opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
      const event = await errored as CustomEvent<OpioidErrorDetail>;
      expect(event.detail.issues[0]!.message).to.include('not valid JSON');
      expect(words(alertOf(el))).to.include('not valid JSON');
      await expect(el).to.be.accessible();

      el.querySelector('script')!.textContent = JSON.stringify(primaryCareCodeine);
      const [card] = cardsIn(el);
      await settle(el, card!);
      expect(alertOf(el)).to.equal(null);
      expect(totalOf(card!)).to.equal('24 mg/day OME');
    });

    it('invalid today and guidance attributes are issues too [T-CTX-012]', async () => {
      const errored = oneEvent(document, 'opioid-error');
      const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context .plan=${primaryCareCodeine} today="2026-02-30" guidance="UK-2020">
        <opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
      const event = await errored as CustomEvent<OpioidErrorDetail>;
      expect(event.detail.issues.map((issue) => issue.path)).to.deep.equal(['guidance', 'today']);
      expect(words(alertOf(el))).to.include('Guidance must be “uk” or “us”, not “UK-2020”.');
      expect(el.value?.plan).to.equal(undefined);
      await expect(el).to.be.accessible();
      const [card] = cardsIn(el);
      await settle(card!);
      expect(card!.shadowRoot!.querySelector('table')).to.equal(null);
    });

    it('hostile attribute values are echoed as text only, and a hostile plan reaches the cards as text [T-CTX-013]', async () => {
      const errored = oneEvent(document, 'opioid-error');
      const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context .plan=${primaryCareCodeine}
        guidance=${'<img src=x onerror=window.__ctxPwned=1>'} today=${'"><script>window.__ctxPwned=2</script>'}>
        <opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
      await errored;
      const alert = alertOf(el)!;
      expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
      expect(words(alert)).to.include('Guidance must be “uk” or “us”, not “<img src=x onerror=window.__ctxPwned=1>”.');
      // Echoes are cut to 40 characters, so a pasted essay cannot flood the page.
      expect(words(alert)).to.include('not “"><script>window.__ctxPwned=2</script>”.');
      await expect(el).to.be.accessible();

      el.removeAttribute('guidance');
      el.setAttribute('today', DEMO_TODAY);
      el.plan = hostileTextPlan;
      const [card] = cardsIn(el);
      await settle(el, card!);
      expect(alertOf(el)).to.equal(null);
      expect(card!.shadowRoot!.querySelectorAll('img, script, b')).to.have.length(0);
      expect(card!.shadowRoot!.textContent).to.include('<img src=x onerror=alert(1)>');
      expect([...card!.shadowRoot!.querySelectorAll('bdi')].some((node) => node.textContent!.includes('\u202E'))).to.equal(true);
      expect((window as unknown as { __ctxPwned?: number }).__ctxPwned).to.equal(undefined);
    });

    it('a very long attribute value is reported in a few words, not echoed whole [T-CTX-014]', async () => {
      const errored = oneEvent(document, 'opioid-error');
      const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context .plan=${primaryCareCodeine} guidance=${'us '.repeat(2000)}></opioid-plan-context>`);
      await errored;
      expect(words(alertOf(el)).length).to.be.below(200);
      await expect(el).to.be.accessible();
    });

    it('opioid-error is in the global event map: a listener on the element reads its detail without a cast', async () => {
      const el = document.createElement('opioid-plan-context');
      const seen: string[] = [];
      // Type-checked: this compiles only while HTMLElementEventMap declares 'opioid-error' with its detail.
      el.addEventListener('opioid-error', (event) => seen.push(`${event.detail.element}: ${event.detail.issues.map((issue) => issue.path).join()}`));
      el.setAttribute('guidance', 'eu');
      document.body.append(el);
      try {
        await waitUntil(() => seen.length > 0, 'opioid-error heard on the element');
        expect(seen).to.deep.equal(['opioid-plan-context: guidance']);
      } finally {
        el.remove();
      }
    });

    it('no plan at all is not an error: no alert, cards say there is no plan [T-CTX-015]', async () => {
      let fired = false;
      const listener = () => { fired = true; };
      document.addEventListener('opioid-error', listener);
      try {
        const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context today=${DEMO_TODAY}><opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
        const [card] = cardsIn(el);
        await settle(card!);
        expect(alertOf(el)).to.equal(null);
        expect(fired).to.equal(false);
        expect(words(card!.shadowRoot!)).to.include('No opioid treatment plan to show.');
        await expect(el).to.be.accessible();
      } finally {
        document.removeEventListener('opioid-error', listener);
      }
    });
  });

  describe('definition and upgrade order', () => {
    it('a card connected before the context is defined is answered once the context upgrades [T-CTX-016]', async () => {
      const tag = freshTag('opioid-plan-context');
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const context = document.createElement(tag);
      context.setAttribute('plan', JSON.stringify(chronicHighDose));
      context.setAttribute('today', DEMO_TODAY);
      const card = document.createElement('opioid-plan-card');
      context.append(card);
      wrapper.append(context);
      await settle(card);
      expect(words(card.shadowRoot!)).to.include('No opioid treatment plan to show.');

      customElements.define(tag, class extends OpioidPlanContext {});
      await settle(context, card);
      expect(totalOf(card)).to.equal('120 mg/day OME');
      expect(card.value?.today).to.equal(DEMO_TODAY);
    });

    it('a card defined after the context is already in the page asks and is answered [T-CTX-017]', async () => {
      const tag = freshTag('opioid-plan-card');
      const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context .plan=${usPrimaryCare} today=${DEMO_TODAY}></opioid-plan-context>`);
      const card = document.createElement(tag) as OpioidPlanCard;
      el.append(card);
      expect(card.shadowRoot).to.equal(null);
      customElements.define(tag, class extends OpioidPlanCard {});
      await settle(card);
      expect(totalOf(card)).to.equal('60 MME/day');
    });

    it('neither defined when inserted: card first, then context [T-CTX-018]', async () => {
      const contextTag = freshTag('opioid-plan-context');
      const cardTag = freshTag('opioid-plan-card');
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const context = document.createElement(contextTag) as OpioidPlanContext;
      context.setAttribute('today', DEMO_TODAY);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(primaryCareCodeine);
      const card = document.createElement(cardTag) as OpioidPlanCard;
      context.append(script, card);
      wrapper.append(context);
      customElements.define(cardTag, class extends OpioidPlanCard {});
      await settle(card);
      customElements.define(contextTag, class extends OpioidPlanContext {});
      await settle(context, card);
      expect(totalOf(card)).to.equal('24 mg/day OME');
    });

    it('a nested context serves the cards inside it, the outer one the rest [T-CTX-019]', async () => {
      const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context .plan=${primaryCareCodeine} today=${DEMO_TODAY}>
        <opioid-plan-card></opioid-plan-card>
        <opioid-plan-context .plan=${usPrimaryCare}><opioid-plan-card></opioid-plan-card></opioid-plan-context>
      </opioid-plan-context>`);
      const [outer, inner] = cardsIn(el);
      await settle(outer!, inner!);
      expect(totalOf(outer!)).to.equal('24 mg/day OME');
      expect(totalOf(inner!)).to.equal('60 MME/day');
    });

    it('the context root is attached to the document once, however many elements and copies ask [T-CTX-020]', async () => {
      const calls: unknown[] = [];
      const original = ContextRoot.prototype.attach;
      ContextRoot.prototype.attach = function (this: ContextRoot, element: HTMLElement) {
        calls.push(element);
        original.call(this, element);
      };
      try {
        ensureContextRoot(document);
        ensureContextRoot(document.body);
        await fixture(html`<opioid-plan-context><opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
        expect(calls).to.have.length(0);
      } finally {
        ContextRoot.prototype.attach = original;
      }
      // The marker is in the global symbol registry, so a second copy of the library sees it too.
      expect((document.documentElement as unknown as Record<symbol, unknown>)[Symbol.for('opioid-elements.context-root')]).to.equal(true);
    });
  });

  describe('two copies of the library on one page', () => {
    it('a second definition of either tag warns and never throws [T-CTX-021]', async () => {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => { warnings.push(args); };
      try {
        expect(() => defineElement('opioid-plan-context', class extends OpioidPlanContext {})).not.to.throw();
        expect(() => defineElement('opioid-plan-card', class extends OpioidPlanCard {})).not.to.throw();
      } finally {
        console.warn = original;
      }
      expect(warnings.map((args) => String(args[0]))).to.deep.equal([
        'opioid-elements: <opioid-plan-context> is already defined by another copy of the library; keeping the first one.',
        'opioid-elements: <opioid-plan-card> is already defined by another copy of the library; keeping the first one.',
      ]);
      expect(customElements.get('opioid-plan-context')).to.equal(OpioidPlanContext);
    });

    it('a card from another copy (its own class and tag) still finds the context: the key is a plain string [T-CTX-022]', async () => {
      expect(planContext).to.equal('opioid-elements/plan');
      const tag = freshTag('other-copy-plan-card');
      customElements.define(tag, class extends OpioidPlanCard {});
      const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context .plan=${chronicHighDose} today=${DEMO_TODAY}></opioid-plan-context>`);
      const card = document.createElement(tag) as OpioidPlanCard;
      el.append(card);
      await settle(card);
      expect(totalOf(card)).to.equal('120 mg/day OME');
    });
  });

  it('renders its slotted content as a transparent wrapper', async () => {
    const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context .plan=${chronicHighDose} today=${DEMO_TODAY}><p>Host text</p></opioid-plan-context>`);
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    expect(getComputedStyle(el).display).to.equal('block');
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await elementUpdated(el);
  });
});
