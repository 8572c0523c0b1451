// The risk explainer follows the one locale rule of every element (src/internal/locale-controller.ts):
// the same draft warning, once per locale per page whatever the elements, and the nearest `lang`
// through shadow roots. Its own page (file): the draft warnings are once per page, so nothing before
// these tests may have warned.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/opioid-risk-explainer/register.js';
import '../../src/elements/opioid-plan-card/register.js';
import '../../src/context/opioid-plan-context/register.js';
import { chronicHighDose, DEMO_TODAY } from '../../stories/data/plans.js';
import { enGBRisk } from '../../src/locales/risk/en-GB.js';
import { cyRisk } from '../../src/locales/risk/cy.js';

const box = (el: Element) => el.shadowRoot!.querySelector('[part~="box"]');
const title = (el: Element) => el.shadowRoot!.querySelector('h2')?.textContent?.trim();

describe('<opioid-risk-explainer> and the one locale rule', () => {
  it('a Welsh page without allow-draft-locales: the explainer and a card show en-GB, with one warning for both [T-LOC-R09]', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(args[0]); };
    try {
      const page = await fixture<HTMLDivElement>(html`<div lang="cy">
        <opioid-plan-card .plan=${chronicHighDose} today=${DEMO_TODAY}></opioid-plan-card>
        <opioid-risk-explainer dose="60"></opioid-risk-explainer>
        <opioid-risk-explainer locale="cy-GB" dose="120"></opioid-risk-explainer>
      </div>`);
      const [card, ...explainers] = [...page.children] as HTMLElement[];
      await Promise.all([card, ...explainers].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      for (const el of explainers) {
        expect(box(el)?.getAttribute('lang')).to.equal('en-GB');
        expect(title(el)).to.equal(enGBRisk.text.title);
      }
      expect(card!.shadowRoot!.querySelector('article')?.getAttribute('lang')).to.equal('en-GB');
      expect(warnings, 'one draft warning for the page, not one per element or per kind of element').to.have.length(1);
      expect(String(warnings[0])).to.include('"cy"').and.to.match(/draft/).and.to.include('allow-draft-locales');
    } finally {
      console.warn = original;
    }
  });

  it('takes the nearest lang through shadow roots, and a context without a locale passes the page\'s on [T-LOC-R10]', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="cy"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<opioid-risk-explainer dose="60" allow-draft-locales></opioid-risk-explainer>';
    const inShadow = shadow.querySelector('opioid-risk-explainer')!;
    await waitUntil(() => box(inShadow)?.getAttribute('lang') === 'cy', 'the Welsh wording through the shadow root');
    expect(title(inShadow)).to.equal(cyRisk.text.title);

    // The context has no locale of its own (it passes the page's en-GB on), so the nearer lang wins.
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><opioid-plan-context allow-draft-locales>
      <opioid-risk-explainer dose="60"></opioid-risk-explainer></opioid-plan-context></div>`);
    const inContext = wrapper.querySelector('opioid-risk-explainer')!;
    await waitUntil(() => box(inContext)?.getAttribute('lang') === 'cy', 'the nearer lang, with the context\'s opt-in');
  });
});
