// Strict Content Security Policy (issue 12): the CSP page (scripts/hosts-server.mjs /csp/, served with
// CSP_POLICY: script-src 'self'; style-src 'self'; require-trusted-types-for 'script') with every element,
// driven through its interactions; not one securitypolicyviolation event may fire, nor a console error.
// Needs dist/ (npm test builds it first). Run: `node --test test/hosts/`.
/* global document, customElements, window, requestAnimationFrame, getComputedStyle -- in page.evaluate callbacks, which run in the browser */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openHosts } from './browser.mjs';

const TAGS = ['opioid-plan-context', 'opioid-plan-card', 'opioid-stop-date-prompt', 'opioid-taper-chart', 'opioid-risk-explainer'];

let hosts;
before(async () => { hosts = await openHosts(); });
after(async () => { await hosts?.close(); });

/** Waits until every element on the page has rendered. */
const settle = (page) => page.evaluate(async () => {
  for (const element of document.querySelectorAll('*')) {
    if (element.localName.startsWith('opioid-')) {
      await customElements.whenDefined(element.localName);
      await element.updateComplete;
    }
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
});

test('every element under a strict CSP with Trusted Types: zero violations across rendering and interactions [T-HOST-17]', async () => {
  const { page, problems } = await hosts.page({ width: 360, height: 800 });
  const violations = [];
  await page.exposeFunction('reportViolation', (text) => violations.push(text));
  // Injected by the browser's tooling, which the page's policy does not govern, before any page script.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.reportViolation(`${event.violatedDirective}: ${event.blockedURI} ${event.sample ?? ''} (${event.sourceFile}:${event.lineNumber})`);
    }, true);
  });
  const response = await page.goto(`${hosts.origin}/csp/`, { waitUntil: 'networkidle0' });
  assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
  await settle(page);

  const rendered = await page.evaluate((tags) => tags.map((tag) => [tag, !!customElements.get(tag),
    [...document.querySelectorAll(tag)].every((element) => element.shadowRoot && element.shadowRoot.childNodes.length > 0)]), TAGS);
  for (const [tag, defined, hasContent] of rendered) {
    assert.ok(defined, `${tag} is defined`);
    assert.ok(hasContent, `every ${tag} rendered`);
  }
  const text = await page.evaluate(() => ({
    contextCard: document.querySelector('#context opioid-plan-card').shadowRoot.textContent,
    ownCard: document.querySelector('#own-card').shadowRoot.textContent,
    scheduleChart: document.querySelector('#schedule-chart').shadowRoot.textContent,
    broken: !!document.querySelector('#broken-card').shadowRoot.querySelector('[role="alert"]'),
  }));
  assert.match(text.contextCard, /Zomorph/);
  assert.match(text.ownCard, /120 mg\/day OME/);
  assert.match(text.scheduleChart, /Reduces morphine/);
  assert.ok(text.broken, 'the error state renders too');

  // The chart's text is sized by a presentation attribute (a style attribute would be blocked).
  const fontSize = await page.$eval('#own-chart', (element) => {
    const label = element.shadowRoot.querySelector('svg text');
    return { attribute: element.shadowRoot.querySelector('svg').getAttribute('font-size'), computed: getComputedStyle(label).fontSize };
  });
  assert.ok(Number(fontSize.attribute) > 0);
  assert.equal(fontSize.computed, `${fontSize.attribute}px`);

  // Interactions: the tables open and close, the prompt is submitted empty (validation), a quick choice,
  // a typed date, a changed indication and start, a new plan for the context, print media.
  for (const chart of ['#context-chart', '#own-chart', '#schedule-chart']) {
    await page.click(`${chart} >>> .toggle`);
    await page.click(`${chart} >>> .toggle`);
  }
  await page.click('#discharge button[type="submit"]');
  await page.click('#stop >>> input[name="choice"][value="1"]');
  await page.evaluate(() => {
    const prompt = document.querySelector('#stop');
    prompt.setAttribute('start', '2026-11-21');
    prompt.setAttribute('indication', 'chronic-non-cancer');
  });
  await settle(page);
  await page.click('#stop >>> input[name="kind"][value="stop"]').catch(() => undefined);
  // 12/12: the same date whichever order the browser's locale gives the fields.
  await page.$eval('#stop', (element) => element.shadowRoot.querySelector('#date').focus());
  await page.keyboard.type('12122026');
  await page.evaluate(() => {
    const context = document.querySelector('#context');
    context.plan = { ...JSON.parse(context.querySelector('script').textContent), id: 'csp-replaced', guidance: 'us' };
    document.querySelector('#own-card').toggleAttribute('compact');
  });
  await settle(page);
  await page.emulateMediaType('print');
  await settle(page);
  await page.emulateMediaType('screen');
  await page.setViewport({ width: 1280, height: 900 });
  await settle(page);
  await Promise.all([page.waitForNavigation(), page.click('#discharge button[type="submit"]')]);
  const sent = JSON.parse(await page.$eval('#params', (element) => element.textContent));
  assert.ok(sent.some(([name, value]) => name === 'stop' && value === '2026-12-12'), JSON.stringify(sent));

  assert.deepEqual(violations, [], 'no securitypolicyviolation event');
  assert.deepEqual(problems.filter((line) => !/^warn: .*draft/i.test(line)), [], 'no console error or warning');
});
