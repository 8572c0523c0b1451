// The server-rendered page (scripts/hosts-server.mjs /ssr/, built with opioid-elements/ssr) in Chromium:
// with JavaScript off it reads completely and its form submits the prompt's fields; with JavaScript
// on, Lit hydrates it cleanly and the live prompt submits the same field names once each.
// Needs dist/ (npm test builds it first). Run: `node --test test/hosts/`.
/* global document, customElements -- in page.evaluate callbacks, which run in the browser */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openHosts } from './browser.mjs';

let hosts;
before(async () => { hosts = await openHosts(); });
after(async () => { await hosts?.close(); });

/** The visible text of an element's shadow root (or the element), whitespace collapsed. */
const shadowText = (page, selector) => page.$eval(selector, (element) => (element.shadowRoot ?? element).textContent.replace(/\s+/g, ' '));

test('with JavaScript off, the card, the chart with its table and the explainer read completely [T-HOST-07]', async () => {
  const { page, problems } = await hosts.page({ javaScript: false });
  await page.goto(`${hosts.origin}/ssr/`, { waitUntil: 'networkidle0' });
  // No script that runs: the only <script> is the review list's JSON data block.
  assert.deepEqual(await page.evaluate(() => [...document.scripts].map((script) => script.type)), ['application/json']);
  const card = await shadowText(page, 'opioid-plan-card');
  assert.match(card, /Zomorph 60 mg modified-release capsules/);
  assert.match(card, /120 mg\/day OME/);
  assert.doesNotMatch(card, /No opioid treatment plan/);
  const chart = await shadowText(page, 'opioid-taper-chart');
  assert.match(chart, /Today \(21 Nov 2026\): 120 mg a day/);
  // The table is on screen (its button cannot work without JavaScript, so it is not shown).
  const table = await page.$eval('opioid-taper-chart', (element) => {
    const root = element.shadowRoot;
    return {
      tableHeight: root.querySelector('table').getBoundingClientRect().height,
      headerCells: root.querySelectorAll('thead th').length,
      rows: root.querySelectorAll('tbody tr').length,
      toggleShown: root.querySelector('.toggle').getBoundingClientRect().height > 0,
    };
  });
  assert.ok(table.tableHeight > 200, `table is shown (${table.tableHeight} px)`);
  assert.equal(table.headerCells, 4);
  assert.ok(table.rows >= 10);
  assert.equal(table.toggleShown, false);
  const explainer = await shadowText(page, 'opioid-risk-explainer');
  assert.match(explainer, /Your dose: 120 mg a day/);
  assert.match(explainer, /gabapentin/i);
  assert.deepEqual(problems, []);
});

test('with JavaScript off, the prompt\'s native fallback submits the same field names [T-HOST-08]', async () => {
  const { page } = await hosts.page({ javaScript: false });
  await page.goto(`${hosts.origin}/ssr/`, { waitUntil: 'networkidle0' });
  const shown = await page.$eval('opioid-stop-date-prompt', (element) => ({
    innerControls: element.shadowRoot.querySelector('.controls').getBoundingClientRect().height,
    fallback: element.querySelector('fieldset[slot="no-script"]').getBoundingClientRect().height,
  }));
  assert.equal(shown.innerControls, 0, 'the shadow controls, which cannot submit, are hidden');
  assert.ok(shown.fallback > 40, 'the fallback is shown');
  // Required: an empty date does not submit.
  await page.click('#review button[type="submit"]');
  assert.equal(new URL(page.url()).pathname, '/ssr/');
  await page.click('input[type="radio"][name="opioid-review-kind"][value="stop"]');
  await page.type('input[type="date"][name="opioid-review"]', '02022027');
  await Promise.all([page.waitForNavigation(), page.click('#review button[type="submit"]')]);
  const sent = JSON.parse(await page.$eval('#params', (element) => element.textContent));
  assert.deepEqual(sent, [['opioid-review-kind', 'stop'], ['opioid-review', '2027-02-02'], ['opioid-review-start', '2026-11-21']]);
});

test('with JavaScript on, the page hydrates with no mismatch and no error block; context flows in the browser [T-HOST-09]', async () => {
  const { page, problems } = await hosts.page();
  const errors = [];
  await page.exposeFunction('reportOpioidError', (detail) => errors.push(detail));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('opioid-error', (event) => globalThis.reportOpioidError(JSON.stringify(event.detail)));
  });
  await page.goto(`${hosts.origin}/ssr/?hydrate`, { waitUntil: 'networkidle0' });
  await page.evaluate(async () => {
    for (const tag of ['opioid-plan-context', 'opioid-plan-card', 'opioid-taper-chart', 'opioid-risk-explainer', 'opioid-stop-date-prompt']) {
      await customElements.whenDefined(tag);
      for (const element of document.querySelectorAll(tag)) await element.updateComplete;
    }
  });
  assert.deepEqual(problems, [], 'no console error or warning (a hydration mismatch logs one)');
  assert.deepEqual(errors, []);
  const state = await page.evaluate(() => ({
    alerts: [...document.querySelectorAll('opioid-plan-context, opioid-plan-context *, opioid-stop-date-prompt')]
      .filter((element) => element.shadowRoot?.querySelector('[role="alert"]')).map((element) => element.localName),
    // Hydration support removes the server's copy of ElementInternals' role once it has taken over.
    internalsAttribute: document.querySelector('opioid-stop-date-prompt').hasAttribute('hydrate-internals-role'),
    cardPlan: document.querySelector('opioid-plan-card').value?.plan?.id,
    chartTitle: document.querySelector('opioid-taper-chart').shadowRoot.querySelector('svg title')?.textContent ?? '',
    fallbackDisabled: document.querySelector('fieldset[slot="no-script"]').disabled,
    checkedChoices: document.querySelector('opioid-stop-date-prompt').shadowRoot.querySelectorAll('input[name="choice"]:checked').length,
  }));
  assert.deepEqual(state.alerts, []);
  assert.equal(state.internalsAttribute, false);
  assert.equal(state.cardPlan, 'hosts-demo-chronic');
  assert.match(state.chartTitle, /Reduces morphine/, 'the chart adds its <title> after hydrating');
  assert.equal(state.fallbackDisabled, true, 'the fallback no longer submits');
  assert.equal(state.checkedChoices, 0, 'no quick choice shows as chosen before one is');
});

test('with JavaScript on, the hydrated prompt submits its date, kind and start once each [T-HOST-10]', async () => {
  const { page, problems } = await hosts.page();
  await page.goto(`${hosts.origin}/ssr/?hydrate`, { waitUntil: 'networkidle0' });
  await page.evaluate(async () => {
    await customElements.whenDefined('opioid-stop-date-prompt');
    await document.querySelector('opioid-stop-date-prompt').updateComplete;
  });
  await page.click('pierce/input[name="choice"][value="1"]'); // 4 weeks
  await Promise.all([page.waitForNavigation(), page.click('#review button[type="submit"]')]);
  const sent = JSON.parse(await page.$eval('#params', (element) => element.textContent));
  assert.deepEqual(sent, [['opioid-review', '2026-12-19'], ['opioid-review-kind', 'review'], ['opioid-review-start', '2026-11-21']]);
  assert.deepEqual(problems, []);
});

test('the server-rendered review list: with JavaScript off every person is in a table; hydrated, the live grid takes over [T-HOST-27]', async () => {
  const off = await hosts.page({ javaScript: false });
  await off.page.goto(`${hosts.origin}/ssr/`, { waitUntil: 'networkidle0' });
  const still = await off.page.$eval('opioid-review-list', (element) => {
    const root = element.shadowRoot;
    const table = root.querySelector('[part="print"] table');
    return {
      tableHeight: table?.getBoundingClientRect().height ?? 0,
      header: [...(table?.querySelectorAll('thead th') ?? [])].map((cell) => cell.textContent.trim()),
      people: [...(table?.querySelectorAll('tbody th[scope="row"]') ?? [])].map((cell) => cell.textContent.trim()),
      cells: [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => row.textContent.replace(/\s+/g, ' ')),
      toolbarShown: root.querySelector('[part="toolbar"]').getBoundingClientRect().height > 0,
      summary: root.querySelector('[part="summary"]').textContent.replace(/\s+/g, ' '),
    };
  });
  assert.ok(still.tableHeight > 100, `the table is on screen (${still.tableHeight} px)`);
  assert.deepEqual(still.header.slice(0, 2), ['Person', 'Total OME/day']);
  assert.equal(still.people.length, 3, still.people.join(' | '));
  for (const name of ['ASHWORTH, Robert', 'OKAFOR, Grace', 'PRICE, Dylan']) {
    assert.ok(still.people.some((text) => text.startsWith(name)), `${name} is listed`);
  }
  assert.match(still.cells.find((text) => text.includes('ASHWORTH')), /120 mg\/day OME/);
  assert.match(still.cells.find((text) => text.includes('PRICE')), /Review overdue/i);
  assert.equal(still.toolbarShown, false, 'search and filters, which need JavaScript, are hidden');
  assert.match(still.summary, /People on the list/);
  assert.deepEqual(off.problems, []);

  const on = await hosts.page();
  await on.page.goto(`${hosts.origin}/ssr/?hydrate`, { waitUntil: 'networkidle0' });
  // The grid is virtualised: it renders the rows in view, so bring it into view.
  await on.page.$eval('opioid-review-list', (element) => element.scrollIntoView());
  await on.page.waitForFunction(() => document.querySelector('opioid-review-list')?.shadowRoot.querySelector('[role="grid"] [role="row"].body-row'));
  const live = await on.page.$eval('opioid-review-list', (element) => ({
    rows: [...element.shadowRoot.querySelectorAll('[role="grid"] .body-row')].map((row) => row.textContent.replace(/\s+/g, ' ')),
    staticTable: element.shadowRoot.querySelector('[part="print"]') !== null,
    toolbarShown: element.shadowRoot.querySelector('[part="toolbar"]').getBoundingClientRect().height > 0,
  }));
  assert.equal(live.rows.length, 3);
  assert.ok(live.rows.some((text) => text.includes('PRICE, Dylan')));
  assert.equal(live.staticTable, false, 'the plain table gave way to the grid');
  assert.equal(live.toolbarShown, true);
  // The live list's search works on the hydrated data.
  await on.page.type('opioid-review-list >>> #search', 'okafor');
  await on.page.waitForFunction(() => document.querySelector('opioid-review-list').shadowRoot.querySelectorAll('[role="grid"] .body-row').length === 1);
  assert.deepEqual(on.problems, [], 'no hydration mismatch or other console error');
});

test('the server-rendered page under a strict CSP: no inline script, its styles allowed by hash, hydrated with zero violations [T-HOST-28]', async () => {
  // JavaScript off: the declarative shadow roots' <style> blocks apply (style-src 'self' + their hashes).
  const off = await hosts.page({ javaScript: false });
  const offResponse = await off.page.goto(`${hosts.origin}/ssr/`, { waitUntil: 'networkidle0' });
  const offPolicy = offResponse.headers()['content-security-policy'];
  assert.match(offPolicy, /script-src 'self';/);
  assert.match(offPolicy, /style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
  assert.doesNotMatch(offPolicy, /unsafe-inline|unsafe-eval|nonce-/);
  const styled = await off.page.$eval('opioid-review-list', (element) => globalThis.getComputedStyle(element.shadowRoot.querySelector('[part="print"] td')).borderTopWidth);
  assert.equal(styled, '1px', 'the list\'s own style sheet applies with JavaScript off');

  const { page, problems } = await hosts.page();
  const violations = [];
  await page.exposeFunction('reportViolation', (text) => violations.push(text));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      globalThis.reportViolation(`${event.violatedDirective}: ${event.blockedURI} ${event.sample ?? ''}`);
    }, true);
  });
  const response = await page.goto(`${hosts.origin}/ssr/?hydrate`, { waitUntil: 'networkidle0' });
  const policy = response.headers()['content-security-policy'];
  assert.match(policy, /require-trusted-types-for 'script'/);
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|nonce-/);
  const scripts = await page.evaluate(() => [...document.scripts].map((script) => ({ type: script.type, src: script.getAttribute('src'), inline: script.textContent.trim() !== '' })));
  assert.deepEqual(scripts.filter((script) => script.type !== 'application/json'), [{ type: 'module', src: '/ssr/hydrate.js', inline: false }],
    'one external module script, no import map, no inline script');
  await page.evaluate(async () => {
    for (const tag of ['opioid-plan-context', 'opioid-plan-card', 'opioid-taper-chart', 'opioid-risk-explainer', 'opioid-stop-date-prompt', 'opioid-review-list']) {
      await customElements.whenDefined(tag);
      for (const element of document.querySelectorAll(tag)) await element.updateComplete;
    }
  });
  const hydrated = await page.evaluate(() => ({
    fallbackDisabled: document.querySelector('fieldset[slot="no-script"]').disabled,
    cardPlan: document.querySelector('opioid-plan-card').value?.plan?.id,
  }));
  assert.deepEqual(hydrated, { fallbackDisabled: true, cardPlan: 'hosts-demo-chronic' });
  // Use it: a quick choice in the prompt and the review list's search.
  await page.click('pierce/input[name="choice"][value="1"]');
  await page.$eval('opioid-review-list', (element) => element.scrollIntoView());
  await page.type('opioid-review-list >>> #search', 'price');
  await page.waitForFunction(() => document.querySelector('opioid-review-list').shadowRoot.querySelectorAll('[role="grid"] .body-row').length === 1);
  assert.deepEqual(violations, [], 'no securitypolicyviolation event');
  assert.deepEqual(problems, []);
});
