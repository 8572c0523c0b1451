import { fixture, html, expect, oneEvent, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/context/opioid-plan-context/register.js';
import '../../src/elements/opioid-plan-card/register.js';
import type { OpioidPlanContext } from '../../src/context/opioid-plan-context/register.js';
import type { OpioidPlanCard } from '../../src/elements/opioid-plan-card/register.js';
import type { OpioidErrorDetail } from '../../src/internal/events.js';
import { DEMO_TODAY } from '../../stories/data/plans.js';
import {
  eprRecord, notFhir, stoppedOrderRecord, textDoseRecord, unreadableDoseRecord,
} from '../../stories/data/fhir-records.js';

function words(node: Node | null | undefined): string {
  if (!node) return '';
  const clone = node instanceof Element ? node.cloneNode(true) as Element : undefined;
  clone?.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return ((clone ?? node).textContent ?? '').replace(/\s+/g, ' ').trim();
}
const cardOf = (el: Element) => el.querySelector<OpioidPlanCard>('opioid-plan-card')!;
const totalOf = (card: Element) => words(card.shadowRoot!.querySelector('.total-value'));
const rowNotes = (card: Element) => [...card.shadowRoot!.querySelectorAll('[part="record-notes"]')].map(words);
const notCounted = (card: Element) => [...card.shadowRoot!.querySelectorAll('.not-counted li')].map(words);

/** Until the card shows a plan read from the record (the adapter and its words load on demand). */
async function cardReady(el: OpioidPlanContext): Promise<OpioidPlanCard> {
  const card = cardOf(el);
  await waitUntil(() => card.shadowRoot?.querySelector('.total-value') !== null, 'the card never showed the record', { timeout: 5000 });
  await card.updateComplete;
  await nextFrame();
  return card;
}

describe('<opioid-plan-context> with FHIR', () => {
  it('a Bundle in .fhir: the card shows the total and, under each line, what was assumed [T-FHIR-25]', async () => {
    const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context .fhir=${eprRecord} fhir-codes="dmd" today=${DEMO_TODAY}>
      <opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
    const card = await cardReady(el);
    // Morphine MR 60 mg twice a day (dm+d coded) = 120; Oramorph 2.5 ml (5 mg) up to 4 a day from text = at most 20.
    expect(totalOf(card)).to.equal('140 mg/day OME');
    const notes = rowNotes(card);
    expect(notes).to.have.length(1, 'only the text-read line has notes');
    expect(notes[0]).to.include('dose read from text ("2.5ml up to four times a day when required"): check');
    expect(notes[0]).to.include('medicine read from its name, not a code: check');
    expect(notes[0]).to.include('as needed, no maximum given: counted at its most frequent (4 a day)');
    expect(el.value?.fhirResults?.map((r) => r.kind)).to.deep.equal(['opioid', 'opioid', 'unusable', 'concurrent']);
    expect(words(card.shadowRoot!.querySelector('[part="record"]'))).to.include('No indication was given: the plan is read as chronic non-cancer pain');
    expect(words(card.shadowRoot!.querySelector('[part="concurrent"]'))).to.include('Pregabalin 150mg capsules');
    await expect(el).to.be.accessible();
  });

  it('a stopped order is listed with why, and not counted: the total stays complete [T-FHIR-26]', async () => {
    const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context .fhir=${stoppedOrderRecord} fhir-codes="dmd" today=${DEMO_TODAY}>
      <opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
    const card = await cardReady(el);
    expect(totalOf(card)).to.equal('120 mg/day OME');
    expect(card.shadowRoot!.querySelector('.total.incomplete')).to.equal(null);
    expect(notCounted(card)).to.deep.equal(['Codeine 30mg tablets — Not active: its status is stopped']);
    expect(words(card.shadowRoot!.querySelector('[part="record"]'))).to.include('Not counted from the record (1)');
    await expect(el).to.be.accessible();
  });

  it('an unreadable dose makes the total incomplete, in words, and is listed with why [T-FHIR-27]', async () => {
    const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context .fhir=${unreadableDoseRecord} fhir-codes="dmd" today=${DEMO_TODAY}>
      <opioid-plan-card></opioid-plan-card><opioid-plan-card compact></opioid-plan-card></opioid-plan-context>`);
    const card = await cardReady(el);
    expect(totalOf(card)).to.equal('Incomplete: at least 120 mg/day OME — 1 medicine in the record could not be read');
    expect(card.shadowRoot!.querySelector('.total.incomplete')).not.to.equal(null);
    expect(notCounted(card)).to.deep.equal(['Oxycodone 5mg capsules — Dose unreadable: the dose text is not one this library reads safely']);
    const compact = el.querySelectorAll<OpioidPlanCard>('opioid-plan-card')[1]!;
    await compact.updateComplete;
    expect(words(compact.shadowRoot!.querySelector('[part~="total"]'))).to.include('Incomplete: at least 120 mg/day OME — 1 medicine not read');
    await expect(el).to.be.accessible();
  });

  it('a child <script type="application/fhir+json"> is read, and replacing it re-reads the record [T-FHIR-28]', async () => {
    const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context today=${DEMO_TODAY} fhir-codes="dmd">
      <script type="application/fhir+json">${JSON.stringify(textDoseRecord)}</script>
      <opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
    let card = await cardReady(el);
    expect(totalOf(card)).to.equal('20 mg/day OME');
    expect(rowNotes(card)[0]).to.include('dose read from text');
    el.querySelector('script')!.textContent = JSON.stringify(stoppedOrderRecord);
    await waitUntil(() => totalOf(cardOf(el)) === '120 mg/day OME', 'the replaced record was not read', { timeout: 5000 });
    card = cardOf(el);
    expect(rowNotes(card)).to.deep.equal([]);
    expect(notCounted(card)).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('an invalid record shows role=alert and fires opioid-error; the card shows no plan [T-FHIR-29]', async () => {
    const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context today=${DEMO_TODAY}><opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
    const heard = oneEvent(el, 'opioid-error') as Promise<CustomEvent<OpioidErrorDetail>>;
    el.fhir = notFhir;
    const event = await heard;
    expect(event.detail.element).to.equal('opioid-plan-context');
    expect(event.detail.issues[0]?.code).to.equal('fhir-not-fhir');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(words(alert)).to.include('This is not FHIR');
    const card = cardOf(el);
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('.total-value')).to.equal(null);
    await expect(el).to.be.accessible();

    const again = oneEvent(el, 'opioid-error') as Promise<CustomEvent<OpioidErrorDetail>>;
    el.fhir = '{ not json';
    expect((await again).detail.issues[0]?.code).to.equal('fhir-not-json');
  });

  it('a record with no usable opioid, an unknown indication or code table: the alert says which [T-FHIR-30]', async () => {
    const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context today=${DEMO_TODAY} indication="sometimes" fhir-codes="dmd snomed"
      .fhir=${stoppedOrderRecord}><opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]') !== null, 'no alert', { timeout: 5000 });
    const alert = words(el.shadowRoot!.querySelector('[role="alert"]'));
    expect(alert).to.include('Indication must be one of');
    expect(alert).to.include('“snomed”');
    el.removeAttribute('indication');
    el.setAttribute('fhir-codes', 'dmd');
    el.fhir = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: (stoppedOrderRecord.entry as { resource: unknown }[])[2]!.resource }] };
    await waitUntil(() => words(el.shadowRoot!.querySelector('[role="alert"]')).includes('No opioid medicine in the record could be used'), 'no no-opioid alert', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('indication and US guidance reach the plan read from FHIR; Spanish words with allow-draft-locales [T-FHIR-31]', async () => {
    const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context .fhir=${textDoseRecord} indication="cancer" guidance="us" today=${DEMO_TODAY}>
      <opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
    let card = await cardReady(el);
    expect(el.value?.plan?.indication).to.equal('cancer');
    expect(totalOf(card)).to.equal('20 MME/day');
    expect(words(card.shadowRoot!.querySelector('[part="record"]'))).not.to.include('No indication was given');
    el.locale = 'es';
    el.allowDraftLocales = true;
    await waitUntil(() => rowNotes(cardOf(el))[0]?.includes('dosis leída del texto'), 'no Spanish notes', { timeout: 5000 });
    card = cardOf(el);
    expect(card.shadowRoot!.querySelector('[part="record-notes"] td')!.getAttribute('lang')).to.equal('es');
    await expect(el).to.be.accessible();
  });
});
