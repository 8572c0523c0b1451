// Server rendering (issue 12): every widget through the package's own 'opioid-elements/ssr' entry, in
// Node 20 with no DOM, as a server template (Express, Eleventy, a CMS) would use it. Run by
// scripts/test.mjs with the other Node tests of dist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { renderToString, styleHashes } from 'opioid-elements/ssr';

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

test('the review list renders on the server: summary and every person as a plain table, its plans in a child JSON script [T-HOST-25]', async () => {
  const person = (id, dose, name) => ({ plan: { ...plan, id, medications: [{ ...plan.medications[0], strength: { value: dose, unit: 'mg' } }] }, person: { name } });
  const plans = [person('low', 10, 'Ann Low'), person('high', 80, 'Bob </script><script>alert(1)</script>'), { plan: { id: 'broken' }, person: { name: 'Cat Broken' } }];
  const html = await renderToString('opioid-review-list', { plans, today: TODAY, label: 'Pain clinic caseload' });
  assert.match(html, /<opioid-review-list\s+today="2026-11-21" label="Pain clinic caseload"><template shadowroot="open" shadowrootmode="open"/);
  const shadow = /<template shadowroot[\s\S]*?<\/template>/.exec(html)[0];
  const text = words(shadow);
  assert.ok(text.includes('Pain clinic caseload'), 'the title');
  assert.ok(text.includes('Showing all 3 people'), text.slice(0, 400));
  // The rows are in the shadow root as a table (the grid is virtualised, which needs a browser): one row
  // per person, most urgent first, with the numbers the card shows, and the plan that failed as a row.
  const table = /<div class="print-view" part="print">[\s\S]*?<\/table>/.exec(shadow)?.[0] ?? '';
  const rows = [...table.matchAll(/<tr>\s*<th scope="row">([\s\S]*?)<\/th>([\s\S]*?)<\/tr>/g)].map(([, who, cells]) => [words(who).trim(), words(cells).trim()]);
  assert.equal(rows.length, 3);
  assert.match(rows[0][0], /Cat Broken/);
  assert.match(rows[0][1], /could not be checked/);
  assert.match(rows[1][0], /Bob &lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;/, 'a name is text, never markup');
  assert.match(rows[1][1], /^160 mg\/day OME High dose/);
  assert.match(rows[2][1], /^20 mg\/day OME/);
  assert.match(table, /<thead><tr>(?:<!--[^>]*-->)*<th scope="col">/, 'a header row');
  // For the browser: the same plans in a data block that no name can close early.
  const script = /<\/template><script type="application\/json">([\s\S]*?)<\/script>(?:<!--[^>]*-->)*<\/opioid-review-list>/.exec(html)?.[1];
  assert.ok(script, 'a child JSON script after the shadow root');
  assert.doesNotMatch(script, /<\//);
  assert.deepEqual(JSON.parse(script), plans);
});

test('a long review list (past the size checked in slices in a browser) renders every row on the server; FHIR input is refused [T-HOST-26]', async () => {
  const plans = Array.from({ length: 450 }, (_, i) => ({ plan: { ...plan, id: `p${i}` }, person: { name: `Person ${i}` } }));
  const html = await renderToString('opioid-review-list', { plans, today: TODAY });
  assert.doesNotMatch(html, /<progress/, 'no progress bar: the server checked them all');
  assert.equal([...html.matchAll(/<th scope="row">/g)].length, 450);
  assert.ok(words(html).includes('Showing all 450 people'));
  await assert.rejects(() => renderToString('opioid-review-list', { fhir: { resourceType: 'Bundle', type: 'collection', entry: [] } }), TypeError);
  // Not a list: the list's own error block, as in the browser.
  assert.match(await renderToString('opioid-review-list', { plans: { id: 'one plan' }, today: TODAY }), /role="alert"/);
});

test('styleHashes gives the CSP source of each distinct inline style block, as the browser hashes it [T-HOST-29]', async () => {
  const html = await renderToString('opioid-plan-context', { plan, today: TODAY }, [['opioid-plan-card'], ['opioid-plan-card', { compact: true }], ['opioid-taper-chart']]);
  const styles = [...new Set([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]))];
  assert.equal(styles.length, 3, 'the context, the card (twice, one style) and the chart');
  const expected = styles.map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  assert.deepEqual(await styleHashes(html), expected);
  assert.deepEqual(await styleHashes('<p>no style</p>'), []);
});
