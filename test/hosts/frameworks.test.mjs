// Real framework apps (issue 12; test/frameworks, built once by test/frameworks/build.mjs before this
// runs): React 19 server-rendered and hydrated, React 18, Vue 3, Svelte 5 and Angular 21, each in
// Chromium. The plan reaches the elements (the card shows it), the prompt's event reaches the app's
// handler, and the prompt submits through the framework's own form handling with its three field names.
// Angular also: [(ngModel)] with ngDefaultControl, and a required empty prompt blocks (ngSubmit) although
// FormsModule would put novalidate on the form (ngNativeValidate keeps the browser's validation).
// Needs dist/ and test/frameworks/dist/. Run: `node test/frameworks/build.mjs && node --test test/hosts/`.
/* global document, customElements -- in page.evaluate callbacks, which run in the browser */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { openHosts } from './browser.mjs';

const APPS = { react19: 'T-HOST-19', react18: 'T-HOST-20', vue3: 'T-HOST-21', svelte5: 'T-HOST-22' };
const built = existsSync(new URL('../frameworks/dist/svelte5/main.js', import.meta.url));
const angularBuilt = existsSync(new URL('../frameworks/dist/angular/main.js', import.meta.url));

let hosts;
before(async () => { hosts = await openHosts(); });
after(async () => { await hosts?.close(); });

async function openApp(app) {
  const { page, problems } = await hosts.page();
  await page.goto(`${hosts.origin}/frameworks/${app}/`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => customElements.get('opioid-stop-date-prompt') && document.querySelector('opioid-stop-date-prompt')?.shadowRoot);
  await page.evaluate(async () => {
    for (const element of document.querySelectorAll('opioid-plan-context, opioid-plan-context *, opioid-stop-date-prompt')) await element.updateComplete;
  });
  return { page, problems };
}

/** Chooses "4 weeks", reads what the app heard, submits, and reads what the app's submit handler got. */
async function useThePrompt(page) {
  await page.click('opioid-stop-date-prompt >>> input[name="choice"][value="1"]');
  await page.waitForFunction(() => document.querySelector('#chosen').textContent !== '');
  const chosen = await page.$eval('#chosen', (element) => element.textContent);
  await page.click('form button[type="submit"]');
  await page.waitForFunction(() => document.querySelector('#submitted').textContent !== '');
  const submitted = JSON.parse(await page.$eval('#submitted', (element) => element.textContent));
  return { chosen, submitted };
}

for (const [app, id] of Object.entries(APPS)) {
  test(`${app}: the plan reaches the elements, events reach the app, the prompt submits in the app's form handling [${id}]`, { skip: !built && 'run node test/frameworks/build.mjs first' }, async () => {
    const { page, problems } = await openApp(app);
    if (app === 'react19') {
      // Server-rendered by React: the element tags (with the plan as JSON text) were in the HTML before any script.
      const html = await (await fetch(`${hosts.origin}/frameworks/react19/`)).text();
      assert.match(html, /<opioid-plan-context plan="\{&quot;id&quot;:&quot;hosts-demo-chronic&quot;/);
    }
    const card = await page.$eval('opioid-plan-card', (element) => ({ text: element.shadowRoot.textContent, plan: element.value?.plan?.id }));
    assert.equal(card.plan, 'hosts-demo-chronic', 'the card has the plan (after hydration, for React 19)');
    assert.match(card.text, /Zomorph 60 mg modified-release capsules/);
    const chart = await page.$eval('opioid-taper-chart', (element) => element.shadowRoot.textContent);
    assert.match(chart, /Reduces morphine/);
    const { chosen, submitted } = await useThePrompt(page);
    assert.equal(chosen, '2026-12-19', 'the opioid-stop-date-change handler ran');
    assert.deepEqual(submitted, [['review', '2026-12-19'], ['review-kind', 'review'], ['review-start', '2026-11-21']]);
    assert.deepEqual(problems, [], 'no console error or warning (React logs hydration mismatches there)');
  });
}

test('angular: [plan] reaches the card, (opioid-stop-date-change) and [(ngModel)] hear the prompt, (ngSubmit) gets its three fields [T-HOST-23]', { skip: !angularBuilt && 'run node test/frameworks/build.mjs first' }, async () => {
  const { page, problems } = await openApp('angular');
  const card = await page.$eval('opioid-plan-card', (element) => ({ text: element.shadowRoot.textContent, plan: element.value?.plan?.id }));
  assert.equal(card.plan, 'hosts-demo-chronic', 'the context got the plan as a property and passed it to the card');
  assert.equal(await page.$eval('opioid-plan-context', (element) => element.hasAttribute('plan')), false, 'a property, not an attribute');
  assert.match(card.text, /Zomorph 60 mg modified-release capsules/);
  assert.match(await page.$eval('opioid-taper-chart', (element) => element.shadowRoot.textContent), /Reduces morphine/);
  const { chosen, submitted } = await useThePrompt(page);
  assert.equal(chosen, '2026-12-19', 'the (opioid-stop-date-change) handler ran');
  assert.equal(await page.$eval('#model', (element) => element.textContent), '2026-12-19', 'ngModel took the value (ngDefaultControl)');
  assert.deepEqual(submitted, {
    entries: [['review', '2026-12-19'], ['review-kind', 'review'], ['review-start', '2026-11-21']],
    model: { review: '2026-12-19' },
    valid: true,
  });
  assert.deepEqual(problems, [], 'no console or page error (without ngDefaultControl Angular throws: no value accessor)');
});

test('angular: a required empty prompt blocks (ngSubmit) in a FormsModule form with ngNativeValidate; the model writes the prompt [T-HOST-24]', { skip: !angularBuilt && 'run node test/frameworks/build.mjs first' }, async () => {
  const { page, problems } = await openApp('angular');
  const form = await page.$eval('form', (element) => ({ novalidate: element.noValidate, valid: element.checkValidity() }));
  assert.deepEqual(form, { novalidate: false, valid: false }, 'no novalidate from FormsModule; the empty required prompt is invalid');
  assert.equal(await page.$eval('#valid', (element) => element.textContent), 'invalid', 'Angular\'s required validator agrees');
  await page.click('form button[type="submit"]');
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(await page.$eval('#submitted', (element) => element.textContent), '', 'the app\'s (ngSubmit) handler did not run');
  assert.equal(await page.$eval('opioid-stop-date-prompt', (element) => element.validity.valueMissing), true);
  // The other way round: the app sets the model and Angular writes it to the element (DefaultValueAccessor).
  await page.click('#restore');
  await page.waitForFunction(() => document.querySelector('opioid-stop-date-prompt').value === '2027-01-02');
  assert.equal(await page.$eval('#model', (element) => element.textContent), '2027-01-02');
  assert.equal(await page.$eval('opioid-stop-date-prompt', (element) => element.shadowRoot.querySelector('#date').value), '2027-01-02', 'the prompt shows the date');
  assert.equal(await page.$eval('#valid', (element) => element.textContent), 'valid');
  await page.click('form button[type="submit"]');
  await page.waitForFunction(() => document.querySelector('#submitted').textContent !== '');
  const submitted = JSON.parse(await page.$eval('#submitted', (element) => element.textContent));
  assert.deepEqual(submitted.entries.find(([name]) => name === 'review'), ['review', '2027-01-02']);
  assert.deepEqual(problems, []);
});
