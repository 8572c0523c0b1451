import { fixture, html, expect, oneEvent, elementUpdated } from '@open-wc/testing';
import '../../src/elements/opioid-stop-date-prompt/register.js';
import type { OpioidStopDatePrompt, OpioidStopDateChangeDetail } from '../../src/elements/opioid-stop-date-prompt/opioid-stop-date-prompt.js';
import type { OpioidErrorDetail } from '../../src/internal/events.js';
import { dischargeOxycodoneRequest } from '../../stories/data/fhir-records.js';

const START = '2026-11-20';
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function pick(el: OpioidStopDatePrompt, index: number, name = 'choice'): void {
  el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)[index]!.closest('label')!.click();
}

describe('<opioid-stop-date-prompt> with fhir-request', () => {
  it('the change event carries the request with boundsPeriod.end = stop − 1 day, the supply, a Transfer of Care statement, text and escaped HTML [T-FHIR-32]', async () => {
    const el = await fixture<OpioidStopDatePrompt>(html`<opioid-stop-date-prompt start=${START} drug="oxycodone"
      fhir-request=${JSON.stringify(dischargeOxycodoneRequest)}></opioid-stop-date-prompt>`);
    await elementUpdated(el);
    const heard = oneEvent(el, 'opioid-stop-date-change') as Promise<CustomEvent<OpioidStopDateChangeDetail>>;
    pick(el, 1); // 5 days: stop on 25 November, last dose on 24 November
    const { detail } = await heard;
    expect(detail.value).to.equal('2026-11-25');
    const fhir = detail.fhir!;
    const patch = fhir.medicationRequestPatch as Json;
    expect(patch.id).to.equal('discharge-oxycodone');
    expect(patch.dosageInstruction[0].timing.repeat.boundsPeriod).to.deep.equal({ start: START, end: '2026-11-24' });
    expect(patch.dispenseRequest.expectedSupplyDuration).to.deep.equal({ value: 5, unit: 'days', system: 'http://unitsofmeasure.org', code: 'd' });
    expect(patch.dispenseRequest.quantity).to.deep.equal({ value: 20, unit: 'capsule' });
    expect(patch.dispenseRequest.validityPeriod).to.equal(undefined);
    expect((dischargeOxycodoneRequest as Json).dispenseRequest.expectedSupplyDuration, 'the host\'s object is not changed').to.equal(undefined);
    const statement = fhir.transferOfCare as Json;
    expect(statement.resourceType).to.equal('MedicationStatement');
    expect(statement.effectivePeriod).to.deep.equal({ start: START, end: '2026-11-24' });
    expect(statement.basedOn).to.deep.equal([{ reference: 'MedicationRequest/discharge-oxycodone' }]);
    expect(statement.dosage[0].additionalInstruction[0].text).to.equal(fhir.text);
    expect(fhir.text).to.include('Wednesday 25 November 2026');
    expect(fhir.text).to.include('Tuesday 24 November 2026');
    expect(fhir.html).to.equal(`<p lang="en-GB">${fhir.text}</p>`);
    expect(fhir.issues).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('escapes the sentence in the HTML fragment; a review date gives no request patch; no date gives fhir: null [T-FHIR-33]', async () => {
    const el = await fixture<OpioidStopDatePrompt>(html`<opioid-stop-date-prompt start=${START} indication="chronic-non-cancer"
      drug=${'<b>Oxy & "co"</b>'} .fhirRequest=${dischargeOxycodoneRequest}></opioid-stop-date-prompt>`);
    await elementUpdated(el);
    let heard = oneEvent(el, 'opioid-stop-date-change') as Promise<CustomEvent<OpioidStopDateChangeDetail>>;
    pick(el, 0);
    let { detail } = await heard;
    expect(detail.kind).to.equal('review');
    expect(detail.fhir!.medicationRequestPatch).to.equal(null);
    expect(detail.fhir!.transferOfCare!.effectivePeriod).to.equal(undefined);
    expect(detail.fhir!.html).to.include('&lt;b&gt;Oxy &amp; &quot;co&quot;&lt;/b&gt;');
    expect(detail.fhir!.html).not.to.include('<b>');
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);

    heard = oneEvent(el, 'opioid-stop-date-change') as Promise<CustomEvent<OpioidStopDateChangeDetail>>;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="date"]')!;
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    ({ detail } = await heard);
    expect(detail.value).to.equal('');
    expect(detail.fhir).to.equal(null);
  });

  it('a fhir-request that is not a MedicationRequest: role=alert and opioid-error, and the event carries fhir: null [T-FHIR-34]', async () => {
    const el = await fixture<OpioidStopDatePrompt>(html`<opioid-stop-date-prompt start=${START}></opioid-stop-date-prompt>`);
    const error = oneEvent(el, 'opioid-error') as Promise<CustomEvent<OpioidErrorDetail>>;
    el.setAttribute('fhir-request', '{"resourceType":"Patient"}');
    expect((await error).detail.issues[0]?.code).to.equal('not-a-medication-request');
    await elementUpdated(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('fhir-request');
    const heard = oneEvent(el, 'opioid-stop-date-change') as Promise<CustomEvent<OpioidStopDateChangeDetail>>;
    pick(el, 1);
    expect((await heard).detail).to.deep.equal({ value: '2026-11-25', kind: 'stop', durationDays: 5, fhir: null });
    await expect(el).to.be.accessible();
  });
});
