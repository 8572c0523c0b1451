/**
 * A patient page with only the explainer (issue 10): this file imports nothing but the element, so the
 * page's module requests are the element's own. The core catalogue (src/locales/en-GB-base.ts and
 * core-words.ts, the results' and taper words, the locales entry) is not fetched for a dose; a site pack's coded problems fetch it with the pack
 * checker, and the alert (role=alert) and the opioid-error event carry its words once they have loaded.
 */
import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import '../../src/elements/opioid-risk-explainer/register.js';
import type { OpioidRiskExplainer } from '../../src/elements/opioid-risk-explainer/register.js';
import type { OpioidErrorDetail } from '../../src/internal/events.js';

// The core catalogue's modules: its base words (names, doses, issues), results' and taper words, and the entry.
const CATALOGUE = /\/src\/locales\/(en-GB|en-GB-base|en-GB-results|en-GB-taper|core-words|result-words|taper-words|index)\.(ts|js)(\?|$)/;
const fetched = () => performance.getEntriesByType('resource').map((entry) => entry.name);

describe('<opioid-risk-explainer> alone on a page', () => {
  it('shows a dose\'s figures, guidance and cautions without fetching the core catalogue [T-EXPL-058]', async () => {
    const el = await fixture<OpioidRiskExplainer>(html`<opioid-risk-explainer dose="60"></opioid-risk-explainer>`);
    await el.updateComplete;
    const dose = el.shadowRoot?.querySelector('[part~="dose"]');
    expect(dose?.textContent).to.contain('UK: Opioids Aware (FPM/RCoA, 2020) — oral morphine equivalent (OME)');
    expect(dose?.querySelectorAll('.cautions li')).to.have.length(5);
    expect(el.shadowRoot?.querySelector('[part~="overdose"]')).to.exist;
    expect(fetched().filter((url) => CATALOGUE.test(url))).to.deep.equal([]);
  });

  it('a broken site pack still gets a worded alert and opioid-error, once the checker and its words have loaded [T-EXPL-059]', async () => {
    const el = document.createElement('opioid-risk-explainer');
    el.setAttribute('pack', '{"id": "x", ');
    const event = oneEvent(el, 'opioid-error');
    document.body.append(el);
    try {
      const { detail } = (await event) as CustomEvent<OpioidErrorDetail>;
      expect(detail.issues[0]?.code).to.equal('pack-invalid-json');
      expect(detail.issues[0]?.message).to.match(/not valid JSON/);
      await el.updateComplete;
      const alert = el.shadowRoot?.querySelector('[role="alert"]');
      expect(alert?.textContent).to.contain('This information about opioids cannot be shown');
      expect(alert?.textContent).to.match(/not valid JSON/);
      expect(alert?.textContent).not.to.contain('pack-invalid-json');
      expect(el.shadowRoot?.querySelector('[part~="box"]')).to.equal(null);
      // The words came with the checker, on demand.
      expect(fetched().some((url) => CATALOGUE.test(url))).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });
});
