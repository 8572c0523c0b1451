// Real framework apps (issue 12; test/frameworks, built once by test/frameworks/build.mjs before this
// runs): React 19 server-rendered and hydrated, React 18, Vue 3 and Svelte 5, each in Chromium. The plan
// reaches the elements (the card shows it), the prompt's event reaches the app's handler, and the
// prompt submits through the framework's own form handling with its three field names.
// Needs dist/ and test/frameworks/dist/. Run: `node test/frameworks/build.mjs && node --test test/hosts/`.
/* global document, customElements -- in page.evaluate callbacks, which run in the browser */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { openHosts } from './browser.mjs';

const APPS = { react19: 'T-HOST-19', react18: 'T-HOST-20', vue3: 'T-HOST-21', svelte5: 'T-HOST-22' };
const built = existsSync(new URL('../frameworks/dist/svelte5/main.js', import.meta.url));

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
