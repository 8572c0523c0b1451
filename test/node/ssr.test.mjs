// Server rendering (issue 12): every widget through the package's own 'opioid-elements/ssr' entry, in
// Node 20 with no DOM, as a server template (Express, Eleventy, a CMS) would use it. Run by
// scripts/test.mjs with the other Node tests of dist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderToString } from 'opioid-elements/ssr';

const TODAY = '2026-11-21';
const plan = {
  id: 'ssr-demo',
  indication: 'chronic-non-cancer',
  guidance: 'uk',
  medications: [{ drug: 'morphine', route: 'oral', strength: { value: 30, unit: 'mg' }, dosesPerDay: 2, product: 'Morphine MR 30 mg' }],
  startDate: '2025-01-10',
  reviewDate: '2026-12-01',
  taper: { startDate: '2026-11-01', startDose: 60, percent: 10, intervalDays: 14, basis: 'original' },
};

/** The text a reader sees: tags, comments and styles removed. */
function words(html) {
  return html.replace(/<style>[\s\S]*?<\/style>/g, ' ').replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ');
}

test('every widget renders on the server as declarative shadow DOM, with no DOM in Node [T-HOST-01]', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const cases = [
    ['opioid-plan-card', { plan, today: TODAY }, 'Morphine'],
    ['opioid-taper-chart', { plan, today: TODAY }, 'Taper schedule'],
    ['opioid-risk-explainer', { dose: 60 }, 'What opioids can'],
    ['opioid-stop-date-prompt', { name: 'stop', start: '2026-11-20', drug: 'oxycodone' }, 'When should the patient stop taking'],
    ['opioid-plan-context', { plan, today: TODAY }, ''],
  ];
  for (const [tag, data, expected] of cases) {
    const html = await renderToString(tag, data);
    assert.match(html, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"`), `${tag} has a declarative shadow root`);
    assert.ok(words(html).includes(expected), `${tag} says "${expected}"`);
    assert.doesNotMatch(html, /role="alert"/, `${tag} shows no error block`);
  }
});

test('a plan given to the context on the server reaches every widget inside it [T-HOST-02]', async () => {
  const html = await renderToString('opioid-plan-context', { plan, today: TODAY }, [
    ['opioid-plan-card'], ['opioid-taper-chart'], ['opioid-risk-explainer'],
  ]);
  const text = words(html);
  assert.ok(!text.includes('No opioid treatment plan to show'), 'the card has the plan');
  assert.ok(!text.includes('No taper schedule has been given'), 'the chart has the plan');
  assert.ok(text.includes('60 mg/day') || text.includes('60 mg a day'), 'the card and the explainer show the total (60 mg/day OME)');
  // The explainer takes its dose from the plan's total: the dose box is there only when it has one.
  assert.match(html, /part="dose"/);
});

test('the chart renders its table (with a header row) and no inline style on the server [T-HOST-03]', async () => {
  const html = await renderToString('opioid-taper-chart', { start: '2026-11-01', dose: 40, percent: 25, 'interval-days': 7, basis: 'original', today: TODAY });
  assert.match(html, /<table part="table">/);
  // The header's words come from the catalogue (a binding: Lit marks it with comments).
  assert.match(html, /<thead><tr><th scope="col">(?:<!--lit-part-->)?Date(?:<!--\/lit-part-->)?<\/th>/);
  assert.match(html, /<svg part="svg" role="img" aria-label="[^"]+"/);
  assert.doesNotMatch(html, /\sstyle=/, 'no style attribute (a strict CSP blocks them)');
});

test('a server-rendered prompt carries a native fallback that submits the same field names [T-HOST-04]', async () => {
  const html = await renderToString('opioid-stop-date-prompt', {
    name: 'opioid-stop', start: '2026-11-20', indication: 'chronic-non-cancer', required: true, drug: 'morphine',
  });
  const fallback = /<fieldset slot="no-script"[\s\S]*?<\/fieldset><\/opioid-stop-date-prompt>/.exec(html)?.[0] ?? '';
  assert.match(fallback, /<input type="date" id="[^"]+" name="opioid-stop" value="" min="2026-11-20" max="9999-12-31" required>/);
  assert.match(fallback, /<input type="radio" name="opioid-stop-kind" value="review" checked>/);
  assert.match(fallback, /<input type="radio" name="opioid-stop-kind" value="stop">/);
  assert.match(fallback, /<input type="hidden" name="opioid-stop-start" value="2026-11-20">/);
  assert.match(fallback, /<label for="[^"]+">Review date<\/label>/);
  assert.match(html, /<slot name="no-script"><\/slot>/, 'the shadow root shows the fallback');
  // Without a name there is nothing to submit, so no fallback.
  assert.doesNotMatch(await renderToString('opioid-stop-date-prompt', { start: '2026-11-20' }), /slot="no-script"/);
});

test('the prompt renders on the server without a locale (en-GB) and with one (en-US) [T-HOST-05]', async () => {
  const uk = words(await renderToString('opioid-stop-date-prompt', { name: 's', start: '2026-11-20' }));
  const us = words(await renderToString('opioid-stop-date-prompt', { name: 's', start: '2026-11-20', locale: 'en-US' }));
  assert.ok(uk.includes('Friday 20 November 2026'), uk.slice(0, 300));
  assert.ok(us.includes('November 20, 2026'), us.slice(0, 300));
});

test('bad data renders the widget\'s own error block; a tag that is not a widget is refused [T-HOST-06]', async () => {
  const html = await renderToString('opioid-plan-card', { plan: '{"id": 1', today: TODAY });
  assert.match(html, /role="alert"/);
  await assert.rejects(() => renderToString('script', {}), TypeError);
  await assert.rejects(() => renderToString('opioid-plan-card', { 'on load': 'x' }), TypeError);
  // Attribute values are escaped, never markup.
  const hostile = await renderToString('opioid-stop-date-prompt', { name: '"><script>alert(1)</script>', start: '2026-11-20' });
  assert.doesNotMatch(hostile, /<script>alert/);
});
