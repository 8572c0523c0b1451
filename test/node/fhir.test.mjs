// The built FHIR adapter and code tables, imported through the package's own `exports`
// ('opioid-elements/fhir', '/codes/rxnorm', '/codes/dmd') the way a Node 20 service would, with no DOM.
// Fixtures in test/fixtures/fhir/ are public files copied unchanged (see its README for sources and licences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as core from 'opioid-elements/core';
import {
  linesFromFhir, planFromFhir, medicationRequestWithStopDate, transferOfCareStatement, carePlanFromPlan, cdsHooksCards,
} from 'opioid-elements/fhir';
import { cdsCardWords, describeNote, describeResult } from 'opioid-elements/fhir/describe';
import { rxnorm } from 'opioid-elements/codes/rxnorm';
import { dmd } from 'opioid-elements/codes/dmd';

const fixture = (path) => {
  let text = readFileSync(new URL(`../fixtures/fhir/${path}`, import.meta.url), 'utf8').trimEnd();
  // The two opioid-cds-r4 request files end with one extra '}' as published (fixtures README): drop it.
  if (path.startsWith('opioid-cds-r4/')) text = text.slice(0, -1);
  return JSON.parse(text);
};
const only = (input, options) => {
  const read = linesFromFhir(input, options);
  assert.equal(read.ok, true, JSON.stringify(read));
  assert.equal(read.results.length, 1);
  return read.results[0];
};
const mme = (result) => core.dailyOme(result.line, { guidance: 'us' });
const ome = (result) => core.dailyOme(result.line, { guidance: 'uk' });
const codes = (result) => result.assumptions.map((a) => a.code);

/** A MedicationRequest with just what a test needs. */
const request = (medicine, dosage, extra = {}) => ({
  resourceType: 'MedicationRequest', id: extra.id ?? 'r1', status: 'active', intent: 'order', authoredOn: '2026-03-01',
  medicationCodeableConcept: { text: medicine }, ...(dosage === undefined ? {} : { dosageInstruction: [dosage].flat() }), ...extra,
});
const every = (frequency, period, periodUnit) => ({ timing: { repeat: { frequency, period, periodUnit } } });
const dose = (value, unit, code) => ({ doseAndRate: [{ doseQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: code ?? unit } }] });

test('HL7 opioid-mme-r4: fentanyl 75 µg/h, 1 patch every 3 days → 180 MME/day (US) [T-FHIR-01]', () => {
  const result = only(fixture('opioid-mme-r4/example-rec-05-mme-greater-than-fifty-context.json'));
  assert.equal(result.kind, 'opioid');
  assert.deepEqual(result.line.strength, { value: 75, unit: 'microgram/hour' });
  assert.equal(mme(result).value, 180);
  assert.equal(ome(result).value, 180);
  // Coded with the table, no assumption about the medicine is needed.
  const coded = only(fixture('opioid-mme-r4/example-rec-05-mme-greater-than-fifty-context.json'), { codes: [rxnorm] });
  assert.equal(mme(coded).value, 180);
  assert.equal(codes(coded).includes('medicine-read-from-text'), false);
});

test('HL7 opioid-mme-r4: oxycodone ER 60 mg tablet, dose 10 mg every 12 h → 30 MME; times of day count as doses [T-FHIR-02]', () => {
  const result = only(fixture('opioid-mme-r4/example-rec-05-mme-less-than-fifty-context.json'), { codes: [rxnorm] });
  assert.deepEqual([result.line.drug, result.line.strength.value, result.line.dosesPerDay], ['oxycodone', 10, 2]);
  assert.equal(mme(result).value, 30);
  const timed = only(fixture('opioid-mme-r4/example-rec-05-mme-with-timeofday-context.json'));
  assert.equal(mme(timed).value, 30);
  assert.ok(codes(timed).includes('doses-from-times-of-day'));
  assert.equal(timed.start, '2020-09-28');
  // The real Epic export (24 codings, Epic extensions): morphine ER 20 mg once a day.
  assert.equal(mme(only(fixture('opioid-mme-r4/morphineMedRecMMECalc.json'))).value, 20);
});

test('opioid-cds-r4 CDS Hooks request: tramadol/paracetamol 1–2 tablets every 4–6 h counts the worst case, 90 MME [T-FHIR-03]', () => {
  const result = only(fixture('opioid-cds-r4/request-example-rec-08-order-sign-mme-doseRange.json'), { codes: [rxnorm] });
  assert.deepEqual([result.line.drug, result.line.strength.value, result.line.dosesPerDay], ['tramadol', 75, 6]);
  assert.equal(mme(result).value, 90);
  assert.equal(ome(result).value, 45);
  assert.deepEqual(codes(result), ['dose-range-high', 'period-shortest-used', 'combination-product']);
  assert.equal(result.assumptions[2].params.partner, 'paracetamol');
});

test('several doseAndRate entries (Epic calculated / admin-amount / ordered): the ordered one is read [T-FHIR-04]', () => {
  const result = only(fixture('opioid-cds-r4/request-example-rec-08-order-sign-multiple-doseRate.json'));
  assert.equal(mme(result).value, 180);
  const picked = only(request('Oxycodone 5mg capsules', {
    ...every(4, 1, 'd'),
    doseAndRate: [
      { type: { text: 'calculated' }, doseQuantity: { value: 20, unit: 'mg', code: 'mg' } },
      { type: { coding: [{ code: 'ordered' }] }, doseQuantity: { value: 5, unit: 'mg', code: 'mg' } },
    ],
  }));
  assert.equal(picked.line.strength.value, 5);
});

test('as needed: maxDosePerPeriod is used in preference to the frequency [T-FHIR-05]', () => {
  const result = only(request('Oxycodone 5mg capsules', {
    ...every(1, 4, 'h'), ...dose(1, 'capsule', '{capsule}'), asNeededBoolean: true,
    maxDosePerPeriod: { numerator: { value: 4, unit: 'capsule' }, denominator: { value: 24, unit: 'h', code: 'h' } },
  }));
  assert.equal(result.line.asNeeded, true);
  assert.equal(result.line.maxDosesPerDay, 4);
  assert.equal(ome(result).value, 30);
  assert.ok(codes(result).includes('as-needed-maximum-used'));
  // Without a maximum: its most frequent (every 4 h = 6 doses), and it says so.
  const noMax = only(request('Oxycodone 5mg capsules', { ...every(1, 4, 'h'), ...dose(1, 'capsule'), asNeededBoolean: true }));
  assert.equal(noMax.line.maxDosesPerDay, 6);
  assert.ok(codes(noMax).includes('as-needed-at-most-frequent'));
  // A maximum in mg converts through the product strength.
  const mg = only(request('Oxycodone 5mg/5ml oral solution sugar free', {
    ...dose(5, 'mL', 'mL'), asNeededBoolean: true, maxDosePerPeriod: { numerator: { value: 30, unit: 'mg', code: 'mg' }, denominator: { value: 1, code: 'd' } },
  }));
  assert.deepEqual([mg.line.strength.value, mg.line.maxDosesPerDay], [5, 6]);
});

test('no timing at all is never once a day: the line is unusable, dose-unreadable [T-FHIR-06]', () => {
  const result = only(request('Morphine 10mg/5ml oral solution', dose(5, 'mL')));
  assert.equal(result.kind, 'unusable');
  assert.equal(result.reason, 'dose-unreadable');
  assert.equal(result.params.why, 'no-timing');
  // No dosage instruction at all (the AHRQ test patient's 33 orders look like this).
  assert.equal(only(request('Oxycodone 5mg capsules')).reason, 'dose-unreadable');
});

test('Period.end is the last day taken: stop = end + 1 coming in, end = stop − 1 going out [T-FHIR-07]', () => {
  const statement = {
    resourceType: 'MedicationStatement', id: 's1', status: 'active', medicationCodeableConcept: { text: 'Oxycodone 5mg capsules' },
    effectivePeriod: { start: '2026-03-10', end: '2026-03-13' }, dosage: [{ ...every(4, 1, 'd'), ...dose(5, 'mg') }],
  };
  const read = only(statement);
  assert.equal(read.start, '2026-03-10');
  assert.equal(read.stop, '2026-03-14');
  assert.equal(core.daysBetween(read.start, read.stop), 4);
  assert.ok(codes(read).includes('stop-from-inclusive-end'));
  // Across a month end and a leap day, with no local-time Date maths.
  const leap = only({ ...statement, effectivePeriod: { start: '2028-02-20', end: '2028-02-28' } });
  assert.equal(leap.stop, '2028-02-29');

  const out = medicationRequestWithStopDate(request('Oxycodone 5mg capsules', { ...every(4, 1, 'd'), ...dose(5, 'mg') }), { stopDate: '2026-03-08' });
  assert.equal(out.ok, true);
  assert.deepEqual(out.resource.dosageInstruction[0].timing.repeat.boundsPeriod, { start: '2026-03-01', end: '2026-03-07' });
  assert.deepEqual(out.resource.dispenseRequest.expectedSupplyDuration, { value: 7, unit: 'days', system: 'http://unitsofmeasure.org', code: 'd' });
  // Round trip: what we write is read back as the same stop date.
  assert.equal(only(out.resource).stop, '2026-03-08');
  assert.equal(medicationRequestWithStopDate(request('x', {}), { stopDate: '2026-03-01' }).ok, false);
});

test('a stopped, cancelled, entered-in-error or completed order, or one whose end has passed, is not active [T-FHIR-08]', () => {
  for (const status of ['stopped', 'cancelled', 'entered-in-error', 'completed', 'on-hold']) {
    const result = only(request('Oxycodone 5mg capsules', { ...every(2, 1, 'd'), ...dose(5, 'mg') }, { status }));
    assert.deepEqual([result.kind, result.reason, result.params.status], ['unusable', 'not-active', status]);
  }
  assert.equal(only(fixture('hl7-fhir-r4-examples/MedicationRequest-medrx0301.json')).reason, 'not-active');
  const ended = request('Oxycodone 5mg capsules', { timing: { repeat: { frequency: 2, period: 1, periodUnit: 'd', boundsPeriod: { start: '2026-03-01', end: '2026-03-07' } } }, ...dose(5, 'mg') });
  assert.equal(only(ended, { today: '2026-03-07' }).kind, 'opioid');
  assert.deepEqual(only(ended, { today: '2026-03-08' }).params, { why: 'ended', stop: '2026-03-08' });
  assert.equal(only(request('Oxycodone 5mg capsules', { ...every(2, 1, 'd'), ...dose(5, 'mg') }, { status: undefined })).reason, 'invalid-resource');
});

test('several dosage instructions: taken together are added, steps of a taper count at the highest [T-FHIR-09]', () => {
  const together = only(request('Morphine 10mg modified-release tablets', [
    { sequence: 1, ...every(1, 1, 'd'), ...dose(1, 'tablet', '{tablet}') },
    { sequence: 1, ...every(1, 1, 'd'), ...dose(2, 'tablet', '{tablet}') },
  ]));
  assert.equal(ome(together).value, 30);
  assert.deepEqual(together.assumptions.at(-1), { code: 'several-dosages', params: { count: 2, used: 'sum', steps: 1 } });
  const taper = only(request('Morphine 10mg modified-release tablets', [
    { sequence: 1, ...every(2, 1, 'd'), ...dose(3, 'tablet', '{tablet}') },
    { sequence: 2, ...every(2, 1, 'd'), ...dose(2, 'tablet', '{tablet}') },
  ]));
  assert.equal(ome(taper).value, 60);
  assert.equal(taper.assumptions.at(-1).params.used, 'highest-step');
  // One unreadable entry makes the whole order unreadable, never a partial sum.
  const half = only(request('Morphine 10mg modified-release tablets', [{ ...every(2, 1, 'd'), ...dose(1, 'tablet') }, dose(1, 'tablet')]));
  assert.deepEqual([half.reason, half.params.dosage], ['dose-unreadable', 1]);
});

test('medicationReference: a contained Medication, one in the Bundle, and one without a strength [T-FHIR-10]', () => {
  const noStrength = only(fixture('hl7-fhir-r4-examples/MedicationRequest-medrx0333.json'));
  assert.deepEqual([noStrength.reason, noStrength.params.why, noStrength.params.drug], ['unknown-medicine', 'no-strength', 'oxycodone']);
  const contained = {
    ...request(undefined, { ...every(2, 1, 'd'), ...dose(2, 'capsule', '{capsule}') }), medicationCodeableConcept: undefined,
    contained: [{ resourceType: 'Medication', id: 'm', code: { text: 'Oxycodone 10mg modified-release tablets' } }],
    medicationReference: { reference: '#m' },
  };
  assert.equal(ome(only(contained)).value, 60);
  const bundle = {
    resourceType: 'Bundle', type: 'collection', entry: [
      { fullUrl: 'urn:uuid:5b1e', resource: { resourceType: 'Medication', code: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '1049593' }] } } },
      { resource: { ...contained, contained: undefined, medicationReference: { reference: 'urn:uuid:5b1e' } } },
    ],
  };
  const inBundle = only(bundle, { codes: [rxnorm] });
  assert.deepEqual([inBundle.line.strength.value, inBundle.line.dosesPerDay], [120, 2]);
});

test('co-codamol 30/500: the codeine is counted (30 mg a tablet), the paracetamol is named [T-FHIR-11]', () => {
  const result = only(request('Co-codamol 30mg/500mg tablets', { ...every(4, 1, 'd'), ...dose(2, 'tablet', '{tablet}') }));
  assert.deepEqual([result.line.drug, result.line.strength.value, result.line.dosesPerDay], ['codeine', 60, 4]);
  assert.equal(ome(result).value, 24);
  assert.equal(mme(result).value, 36);
  assert.deepEqual(result.assumptions.find((a) => a.code === 'combination-product').params, { partner: 'paracetamol', strength: { value: 500, unit: 'mg' } });
});

test('code tables: dm+d old VMP id and AMP resolve to the current VMP; RxNorm SCD gives drug, strength, form [T-FHIR-12]', () => {
  const patch = only(fixture('hl7-fhir-r4-examples/MedicationRequest-medrx0327.json'), { codes: [dmd] });
  assert.equal(ome(patch).value, 60);
  assert.equal(codes(patch).includes('medicine-read-from-text'), false);
  assert.equal(dmd.canonical('333919005'), '36120011000001101');
  assert.equal(dmd.canonical('15023811000001107'), '36120011000001101');
  assert.deepEqual(dmd.lookup('36120011000001101').strength, { value: 25, unit: 'microgram', per: { value: 1, unit: 'hour' } });
  assert.deepEqual(rxnorm.lookup('1049593'), { kind: 'opioid', drug: 'oxycodone', route: 'oral', form: 'tablet', strength: { value: 60, unit: 'mg' }, release: 'MR' });
  assert.equal(rxnorm.lookup('1010600').purpose, 'opioid-use-disorder');
  assert.equal(rxnorm.lookup('104699').kind, 'benzodiazepine');
  assert.equal(rxnorm.lookup('7052'), undefined, 'an ingredient code is not a product');
  assert.match(rxnorm.source, /National Library of Medicine/);
  assert.match(dmd.source, /Open Government Licence/);
});

test('UK free-text doses: a few common phrases are read, anything else is unreadable [T-FHIR-13]', () => {
  const text = (medicine, words) => only(request(medicine, { text: words }));
  const bd = text('Oxycodone 10mg modified-release tablets', 'one tablet twice a day');
  assert.deepEqual([bd.line.strength.value, bd.line.dosesPerDay], [10, 2]);
  assert.deepEqual(bd.assumptions.find((a) => a.code === 'dose-read-from-text').params, { text: 'one tablet twice a day' });
  const prn = text('Co-codamol 30mg/500mg tablets', '1-2 tablets up to four times a day when required');
  assert.deepEqual([prn.line.asNeeded, prn.line.strength.value, prn.line.maxDosesPerDay], [true, 60, 4]);
  assert.ok(codes(prn).includes('dose-range-high'));
  const patch = text('Fentanyl 25micrograms/hour transdermal patches', 'apply one patch every 72 hours');
  assert.equal(ome(patch).value, 60);
  for (const words of ['as directed', 'take as advised by your doctor', 'two in the morning and one at night', 'reducing dose', 'one tablet']) {
    assert.equal(text('Oxycodone 10mg modified-release tablets', words).reason, 'dose-unreadable', words);
  }
});

test('benzodiazepines, gabapentinoids, naloxone and substitution treatment are not opioid lines [T-FHIR-14]', () => {
  const d = { ...every(2, 1, 'd'), ...dose(1, 'tablet') };
  assert.deepEqual(only(request('Diazepam 5mg tablets', d)).medicine, { kind: 'benzodiazepine', name: 'Diazepam 5mg tablets' });
  assert.equal(only(request('Pregabalin 75mg capsules', d)).medicine.kind, 'gabapentinoid');
  assert.equal(only(request('Naloxone 1.8mg/0.1ml nasal spray', d)).kind, 'naloxone');
  assert.equal(only(request('Oxycodone 10mg / Naloxone 5mg modified-release tablets', d)).kind, 'opioid', 'Targinact is oxycodone');
  const suboxone = only(request('buprenorphine 8 MG / naloxone 2 MG Sublingual Tablet', d));
  assert.deepEqual([suboxone.medicine.kind, suboxone.medicine.drug], ['opioid-substitution', 'buprenorphine']);
  const methadone = request('Methadone 1mg/ml oral solution sugar free', { ...every(1, 1, 'd'), ...dose(60, 'mL') });
  assert.equal(only(methadone).kind, 'opioid', 'methadone with no sign of opioid use disorder is pain treatment');
  const withCondition = [methadone, { resourceType: 'Condition', clinicalStatus: { coding: [{ code: 'active' }] }, code: { coding: [{ system: 'http://snomed.info/sct', code: '75544000' }] } }];
  assert.equal(linesFromFhir(withCondition).results[0].medicine.kind, 'opioid-substitution');
  assert.equal(only({ ...methadone, reasonCode: [{ text: 'Opioid dependence' }] }).medicine.kind, 'opioid-substitution');
  assert.equal(only(request('Pethidine 50mg tablets', d)).params.why, 'opioid-not-converted');
  assert.equal(only(fixture('hl7-fhir-r4-examples/MedicationStatement-example004.json')).kind, 'other');
});

test('planFromFhir: counted lines, what is not counted, and the plan is incomplete when an opioid is unreadable [T-FHIR-15]', () => {
  const bundle = {
    resourceType: 'Bundle', id: 'b1', entry: [
      { resource: request('Oxycodone 10mg modified-release tablets', { ...every(2, 1, 'd'), ...dose(1, 'tablet') }, { id: 'a' }) },
      { resource: request('Morphine 10mg/5ml oral solution', dose(5, 'mL'), { id: 'b' }) },
      { resource: request('Diazepam 2mg tablets', { ...every(3, 1, 'd'), ...dose(1, 'tablet') }, { id: 'c' }) },
      { resource: request('Tramadol 50mg capsules', { ...every(4, 1, 'd'), ...dose(1, 'capsule') }, { id: 'd', status: 'stopped' }) },
    ],
  };
  const result = planFromFhir(bundle, { guidance: 'uk' });
  assert.equal(result.ok, true);
  assert.equal(result.plan.id, 'b1');
  assert.deepEqual(result.counted, ['MedicationRequest/a']);
  assert.deepEqual(result.notCounted, ['MedicationRequest/b']);
  assert.equal(result.complete, false);
  assert.equal(result.plan.concurrentMedicines[0].kind, 'benzodiazepine');
  assert.deepEqual(result.notes, [{ code: 'indication-assumed', params: { indication: 'chronic-non-cancer' } }]);
  assert.equal(core.planFlags(result.plan, { today: '2026-03-02' }).some((f) => f.id === 'benzodiazepine'), true);
  assert.deepEqual(planFromFhir([bundle.entry[2].resource]).issues, [{ path: 'medications', code: 'no-opioid' }]);
});

test('CarePlan (LOINC 80764-4) and UK Transfer of Care statement [T-FHIR-16]', () => {
  const plan = {
    id: 'p1', indication: 'acute', startDate: '2026-03-01', stopDate: '2026-03-08', reviewDate: '2026-03-05', goals: ['Walk to the shop'],
    medications: [{ drug: 'oxycodone', route: 'oral', strength: { value: 5, unit: 'mg' }, dosesPerDay: 4 }],
  };
  const care = carePlanFromPlan(plan, { subject: { reference: 'Patient/1' }, lineReferences: ['MedicationRequest/a'] });
  assert.equal(care.ok, true);
  assert.deepEqual(care.resource.category[0].coding[0], { system: 'http://loinc.org', code: '80764-4', display: 'Pain medicine Plan of care note' });
  assert.deepEqual(care.resource.period, { start: '2026-03-01', end: '2026-03-07' });
  assert.deepEqual(care.resource.activity[0], { reference: { reference: 'MedicationRequest/a' } });
  assert.equal(care.resource.contained[0].description.text, 'Walk to the shop');
  const statement = {
    resourceType: 'MedicationStatement', status: 'active', medicationCodeableConcept: { text: 'Oxycodone 5mg capsules' },
    effectivePeriod: { start: '2026-03-01' }, dosage: [{ text: '5 mg four times a day' }],
  };
  const toc = transferOfCareStatement(statement,
    { kind: 'stop', date: '2026-03-08', instruction: 'Stop on 8 March 2026 (last dose 7 March).' });
  assert.deepEqual(toc.resource.effectivePeriod, { start: '2026-03-01', end: '2026-03-07' });
  assert.deepEqual(toc.resource.dosage[0].additionalInstruction, [{ text: 'Stop on 8 March 2026 (last dose 7 March).' }]);
  const back = only(toc.resource);
  assert.deepEqual([back.kind, back.stop, back.line.dosesPerDay], ['opioid', '2026-03-08', 4]);
  assert.equal(statement.effectivePeriod.end, undefined, 'the host\'s resource is not changed');
});

test('CDS Hooks cards: one per flag, worded by the catalogue, summary under 140 characters, indicator from severity [T-FHIR-17]', () => {
  const flags = [
    { id: 'high-dose', severity: 'urgent', params: { total: 320, complete: true, unit: 'OME', threshold: 90, citation: 'Opioids Aware, reported 2025 update', band: 'specialist-referral', referral: 300 }, sources: ['CDC 2022'] },
    { id: 'no-stop-date', severity: 'warning', params: { indication: 'chronic-non-cancer' }, sources: ['OUCh 2023'] },
    { id: 'long-term', severity: 'info' }, 'not a flag',
  ];
  const cards = cdsHooksCards(flags, { ...cdsCardWords('en-GB'), link: { label: 'Open plan', url: 'https://example.org/plan' } });
  assert.deepEqual(cards.map((c) => c.indicator), ['critical', 'warning', 'info']);
  assert.ok(cards.every((c) => c.summary.length < 140 && typeof c.uuid === 'string' && c.source.label));
  assert.deepEqual(cards.map((c) => c.source.label), ['CDC 2022', 'OUCh 2023', 'opioid-elements']);
  assert.equal(cards[0].links[0].type, 'smart');
  // A sentence too long for a summary is cut with "…" and kept whole in the detail.
  assert.match(cards[0].summary, /^Total 320 mg\/day OME is at or above the high-dose threshold of 90 mg\/day OME .*…$/);
  assert.match(cards[0].detail, /refer to specialist pain services\.$/);
  assert.equal(cards[1].summary, 'No stop date or end-of-treatment plan is recorded. Agree with the patient how and when treatment will end (MHRA 2020).');
  assert.equal(cards[1].detail, undefined);
  // Without words, a card still says which check it is (its id), never "undefined".
  assert.deepEqual(cdsHooksCards(flags).map((c) => c.summary), ['high-dose', 'no-stop-date', 'long-term']);
  const real = core.planFlags(planFromFhir(fixture('opioid-mme-r4/example-rec-05-mme-greater-than-fifty-context.json'), { guidance: 'us' }).plan, { today: '2020-06-27' });
  const worded = cdsHooksCards(real, cdsCardWords('en-US'));
  assert.ok(worded.length > 0);
  for (const card of worded) assert.doesNotMatch(`${card.summary} ${card.detail ?? ''}`, /undefined|NaN|\[object/);
});

test('every assumption and reason code emitted has English wording in fhir/describe [T-FHIR-18]', () => {
  const inputs = [
    fixture('opioid-cds-r4/request-example-rec-08-order-sign-mme-doseRange.json'),
    fixture('opioid-mme-r4/example-rec-05-mme-with-timeofday-context.json'),
    request('Co-codamol 30mg/500mg tablets', { text: '1-2 tablets up to four times a day when required' }),
  ];
  for (const input of inputs) {
    for (const result of linesFromFhir(input).results) {
      for (const note of result.assumptions ?? []) assert.notEqual(describeNote(note), note.code, note.code);
      assert.ok(describeResult(result).length > 0);
    }
  }
  assert.match(describeResult(only(request('x 5mg', dose(1, 'mg')))), /other|not counted/);
  assert.match(describeResult(only(request('Morphine 10mg/5ml oral solution', dose(5, 'mL')))), /never assumed to be once a day/);
});

// ---- properties ----
const resourceArb = fc.record({
  resourceType: fc.constantFrom('MedicationRequest', 'MedicationStatement', 'Medication', 'Condition', 'Patient', 'Bundle', 42),
  id: fc.option(fc.string({ maxLength: 5 }), { nil: undefined }),
  status: fc.constantFrom('active', 'stopped', 'draft', undefined, 7, 'completed'),
  medicationCodeableConcept: fc.option(fc.oneof(
    fc.record({ text: fc.constantFrom('Oxycodone 5mg capsules', 'Fentanyl 25micrograms/hour transdermal patches', 'Co-codamol 30mg/500mg tablets', 'Diazepam 2mg tablets', 'Amoxicillin', '') }),
    fc.record({ coding: fc.array(fc.record({ system: fc.constantFrom('http://www.nlm.nih.gov/research/umls/rxnorm', 'http://snomed.info/sct'), code: fc.constantFrom('197696', '1049593', '333919005', '999') })) }),
    fc.anything(),
  ), { nil: undefined }),
  medicationReference: fc.option(fc.oneof(fc.record({ reference: fc.constantFrom('#m', 'Medication/x', '') }), fc.anything()), { nil: undefined }),
  dosageInstruction: fc.option(fc.array(fc.oneof(
    fc.record({
      text: fc.option(fc.constantFrom('one tablet twice a day', 'as directed', '1-2 tablets up to four times a day when required'), { nil: undefined }),
      timing: fc.option(fc.record({ repeat: fc.record({ frequency: fc.oneof(fc.integer({ min: -2, max: 30 }), fc.double()), period: fc.oneof(fc.integer({ min: 0, max: 48 }), fc.constant(Number.NaN)), periodUnit: fc.constantFrom('h', 'd', 'wk', 'x') }) }), { nil: undefined }),
      doseAndRate: fc.option(fc.array(fc.record({ doseQuantity: fc.record({ value: fc.oneof(fc.double(), fc.integer({ min: -1, max: 1e6 })), unit: fc.constantFrom('mg', 'tablet', 'mL', 'ug/h', '{patch}', 'zz') }) })), { nil: undefined }),
      asNeededBoolean: fc.option(fc.boolean(), { nil: undefined }),
      maxDosePerPeriod: fc.option(fc.anything(), { nil: undefined }),
    }),
    fc.anything(),
  )), { nil: undefined }),
}, { requiredKeys: ['resourceType'] });

const inputArb = fc.oneof(
  fc.anything(),
  resourceArb,
  fc.array(fc.oneof(resourceArb, fc.anything())),
  fc.record({ resourceType: fc.constant('Bundle'), entry: fc.array(fc.oneof(fc.record({ resource: resourceArb }), fc.anything())) }),
);

const countMedicationResources = (input) => {
  const isMed = (r) => r && typeof r === 'object' && !Array.isArray(r) && (r.resourceType === 'MedicationRequest' || r.resourceType === 'MedicationStatement');
  if (Array.isArray(input)) return input.filter(isMed).length + input.filter((r) => r?.resourceType === 'Bundle').map(countMedicationResources).reduce((a, b) => a + b, 0);
  if (input?.resourceType === 'Bundle') return (Array.isArray(input.entry) ? input.entry : []).map((e) => e?.resource).filter(isMed).length;
  return isMed(input) ? 1 : 0;
};

test('property: no input throws, and every medication resource in gives exactly one result [T-FHIR-19]', () => {
  fc.assert(fc.property(inputArb, fc.option(fc.anything(), { nil: undefined }), (input, options) => {
    const read = linesFromFhir(input, options);
    if (read.ok) {
      assert.equal(read.results.length, countMedicationResources(input));
      for (const result of read.results) assert.equal(typeof result.source, 'string');
    }
    planFromFhir(input, options);
  }), { numRuns: 400 });
});

test('property: a counted line is never also listed as not counted, and counted lines are valid [T-FHIR-20]', () => {
  fc.assert(fc.property(fc.array(resourceArb, { maxLength: 8 }), (resources) => {
    const result = planFromFhir(resources.map((r, i) => ({ ...r, id: `r${i}` })), { today: '2026-03-01' });
    if (!result.ok) return;
    const counted = new Set(result.counted);
    assert.ok(result.notCounted.every((source) => !counted.has(source)));
    assert.equal(result.counted.length, result.plan.medications.length);
    assert.equal(result.complete, result.notCounted.length === 0);
    for (const line of result.plan.medications) assert.equal(core.dailyDose(line).ok, true);
  }), { numRuns: 300 });
});

test('a no-stop-date card carries a suggestion that adds the proposed stop date to the draft order [T-FHIR-90]', () => {
  const request = {
    resourceType: 'MedicationRequest', id: 'draft-1', status: 'draft', intent: 'order', authoredOn: '2026-11-20',
    medicationCodeableConcept: { text: 'Oxycodone 5mg capsules' },
    dosageInstruction: [{ text: 'One capsule up to four times a day when required', timing: { repeat: { frequency: 4, period: 1, periodUnit: 'd' } } }],
  };
  const flags = [{ id: 'no-stop-date', severity: 'warning', params: {}, sources: ['OUCh 2023'] }, { id: 'long-term', severity: 'info' }];
  const stopDate = { request, stopDate: '2026-11-25', label: 'Add stop date 25 Nov 2026', description: 'Stop on 25 November 2026 (last dose 24 November): 5 days.' };
  const cards = cdsHooksCards(flags, { stopDate });
  const [suggestion] = cards[0].suggestions;
  assert.equal(suggestion.isRecommended, true);
  assert.equal(suggestion.actions[0].type, 'update');
  // FHIR Period.end is the last day taken; our stop date is the first day without: end = stop − 1.
  assert.equal(suggestion.actions[0].resource.dosageInstruction[0].timing.repeat.boundsPeriod.end, '2026-11-24');
  assert.deepEqual(suggestion.actions[0].resource.dispenseRequest.expectedSupplyDuration.value, 5);
  assert.equal(request.dosageInstruction[0].timing.repeat.boundsPeriod, undefined, 'the host\'s order is not changed');
  // Only the no-stop-date card suggests it; a stop date before the start gives no suggestion at all.
  assert.equal(cards[1].suggestions, undefined);
  assert.equal(cdsHooksCards(flags, { stopDate: { ...stopDate, stopDate: '2026-11-19' } })[0].suggestions, undefined);
});
