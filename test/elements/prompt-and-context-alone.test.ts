/**
 * A discharge page with only the stop-date prompt and the plan context (issue 9): this file imports
 * nothing else, so the page's module requests are theirs. They word dates, doses and validation issues
 * with the core's base words, and never fetch the results' words (flags, bands, OME reasons) or the
 * taper words, which only the card, the chart and opioid-elements/locales need.
 */
import { fixture, html, expect } from '@open-wc/testing';
import '../../src/elements/opioid-stop-date-prompt/register.js';
import '../../src/context/opioid-plan-context/register.js';

const RESULT_WORDS = /\/src\/locales\/(en-GB|en-GB-results|en-GB-taper|result-words|taper-words|index)\.(ts|js)(\?|$)/;
const fetched = () => performance.getEntriesByType('resource').map((entry) => entry.name);

describe('<opioid-stop-date-prompt> and <opioid-plan-context> alone on a page', () => {
  it('the prompt words its choices and discharge sentence without the results\' words [T-LOC-13]', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<opioid-stop-date-prompt
      start="2026-11-20" indication="acute" drug="oxycodone" today="2026-11-20" value="2026-11-25"></opioid-stop-date-prompt>`);
    await el.updateComplete;
    const text = el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).to.contain('When should the patient stop taking oxycodone?');
    expect(text).to.contain('Last dose on Tuesday 24 November 2026; stop on Wednesday 25 November 2026: 5 days of treatment.');
    expect(fetched().filter((url) => RESULT_WORDS.test(url))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('the context words an invalid plan\'s issues without the results\' words [T-LOC-14]', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown>; plan: unknown }>(html`<opioid-plan-context
      .plan=${{ indication: 'acute', medications: [{ drug: 'oxycodone', route: 'oral', strength: { value: 5, unit: 'mg' } }] }}></opioid-plan-context>`);
    await el.updateComplete;
    const alert = el.shadowRoot?.querySelector('[role="alert"]');
    expect(alert, 'the invalid plan is an alert').to.exist;
    const text = alert?.textContent?.replace(/\s+/g, ' ') ?? '';
    // Worded by the base catalogue: field names and rules, never a raw code.
    expect(text).to.contain('Start date is required.');
    expect(text).to.contain('Doses per day is required');
    expect(text).not.to.contain('doses-per-day-required');
    expect(fetched().filter((url) => RESULT_WORDS.test(url))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
