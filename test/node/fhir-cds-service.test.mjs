// The example CDS Hooks service (scripts/cds-service.mjs) on a free port, fed a published
// opioid-cds-r4 order-sign request (test/fixtures/fhir, CC0).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createCdsService } from '../../scripts/cds-service.mjs';

const fixture = (path) => JSON.parse(readFileSync(new URL(`../fixtures/fhir/${path}`, import.meta.url), 'utf8').trimEnd().slice(0, -1));

test('the example CDS service answers discovery and an order-sign request with cards on a free port [T-FHIR-21]', async () => {
  const server = createCdsService({ guidance: 'us', today: '2023-05-02' });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}/cds-services`;
  try {
    const discovery = await (await fetch(base)).json();
    assert.deepEqual(discovery.services.map((s) => s.hook), ['order-sign', 'patient-view']);
    const request = fixture('opioid-cds-r4/request-example-rec-08-order-sign-multiple-doseRate.json');
    const response = await fetch(`${base}/opioid-elements-plan-order-sign`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request),
    });
    assert.equal(response.status, 200);
    const { cards } = await response.json();
    assert.ok(cards.length > 0);
    for (const card of cards) {
      assert.ok(card.summary.length < 140);
      assert.ok(['info', 'warning', 'critical'].includes(card.indicator));
      assert.ok(card.source.label.length > 0);
    }
    // 180 MME/day from the fentanyl patch: the dose check fires.
    assert.ok(cards.some((card) => /\b180\b/.test(card.summary)), 'a card names the 180 MME/day total');
    const bad = await fetch(`${base}/opioid-elements-plan-order-sign`, { method: 'POST', body: '{ nope' });
    assert.equal(bad.status, 400);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
