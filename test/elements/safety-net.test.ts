import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { OpioidElement } from '../../src/internal/opioid-element.js';
import { chronicHighDose, DEMO_TODAY } from '../../stories/data/plans.js';

/**
 * Regression: the safety net wrapped only update(), so values that made willUpdate throw escaped into
 * the host page (found by review: a number for `today`, objects without toString, BigInt in issues).
 * Mocha fails a test on any uncaught error, so each case also proves nothing escaped.
 */
const hostile = Object.create(null) as unknown;

async function expectContained(element: OpioidElement, poke: () => void): Promise<void> {
  const reported = oneEvent(element, 'opioid-error');
  poke();
  const event = await reported;
  expect(event.detail.issues.length).to.be.greaterThan(0);
  await element.updateComplete;
  expect(element.shadowRoot!.querySelector('[role="alert"]'), 'an error block is shown').to.exist;
  await expect(element).to.be.accessible();
}

describe('no exception escapes an element (whole update cycle)', () => {
  it('taper chart given a number for `today` [T-CHART-026]', async () => {
    const el = await fixture<OpioidElement>(html`<opioid-taper-chart start="2026-11-01" dose="60" percent="10" interval-days="14" basis="original"></opioid-taper-chart>`);
    await expectContained(el, () => { (el as unknown as { today: unknown }).today = 20260305; });
  });

  it('taper chart given an object without toString for `locale` [T-CHART-027]', async () => {
    const el = await fixture<OpioidElement>(html`<opioid-taper-chart start="2026-11-01" dose="60" percent="10" interval-days="14" basis="original"></opioid-taper-chart>`);
    // The one locale rule reads only text: a locale that is not text is passed over (en-GB), not an error.
    (el as unknown as { locale: unknown }).locale = hostile;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('svg[part="svg"]')).to.exist;
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.include('Reduces the daily dose from 60 mg');
    await expect(el).to.be.accessible();
  });

  it('plan card inside a context whose `today` is an object without toString [T-CARD-040]', async () => {
    const context = await fixture<OpioidElement>(html`<opioid-plan-context .plan=${chronicHighDose} today=${DEMO_TODAY}><opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
    const card = context.querySelector('opioid-plan-card') as unknown as OpioidElement;
    await card.updateComplete;
    const reported = oneEvent(context, 'opioid-error');
    (context as unknown as { today: unknown }).today = hostile;
    await reported;
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).to.not.include('mg/day OME');
  });

  it('risk explainer given an object without toString for `audience` [T-EXPL-056]', async () => {
    const el = await fixture<OpioidElement>(html`<opioid-risk-explainer dose="60"></opioid-risk-explainer>`);
    await expectContained(el, () => { (el as unknown as { audience: unknown }).audience = hostile; });
  });

  it('taper chart given a schedule whose issues hold a BigInt [T-CHART-028]', async () => {
    const el = await fixture<OpioidElement>(html`<opioid-taper-chart></opioid-taper-chart>`);
    await expectContained(el, () => {
      (el as unknown as { schedule: unknown }).schedule = { ok: false, issues: [{ path: BigInt(1), message: BigInt(2) }] };
    });
  });
});
