// The FHIR adapter from source in a real browser (Chromium): the same answers as in Node, in the
// browser's own time zone, with no Node APIs.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { linesFromFhir, planFromFhir } from '../../src/fhir/index.js';
import { describeResult } from '../../src/fhir/describe.js';
import { dmd } from '../../src/codes/dmd.js';
import { rxnorm } from '../../src/codes/rxnorm.js';
import { dailyOme } from '../../src/core/ome.js';

const fixture = async (path: string): Promise<unknown> => (await fetch(`/test/fixtures/fhir/${path}`)).json();

describe('FHIR adapter in the browser', () => {
  it('reads the HL7 fentanyl 75 µg/h order as 180 MME/day, with and without the RxNorm table [T-FHIR-22]', async () => {
    const input = await fixture('opioid-mme-r4/example-rec-05-mme-greater-than-fifty-context.json');
    for (const codes of [[], [rxnorm]]) {
      const read = linesFromFhir(input, { codes });
      expect(read.ok).to.equal(true);
      const result = read.ok ? read.results[0] : undefined;
      expect(result?.kind).to.equal('opioid');
      if (result?.kind === 'opioid') expect(dailyOme(result.line, { guidance: 'us' })).to.include({ ok: true, value: 180 });
    }
  });

  it('resolves the R4 example fentanyl patch coded with an old dm+d VMP id, and dates do not move with the time zone [T-FHIR-23]', async () => {
    const input = await fixture('hl7-fhir-r4-examples/MedicationRequest-medrx0327.json');
    const read = linesFromFhir(input, { codes: [dmd] });
    const result = read.ok ? read.results[0] : undefined;
    expect(result?.kind).to.equal('opioid');
    if (result?.kind === 'opioid') {
      expect(result.line.strength).to.deep.equal({ value: 25, unit: 'microgram/hour' });
      expect(result.start).to.equal('2015-01-15');
    }
    const statement = {
      resourceType: 'MedicationStatement', status: 'active', medicationCodeableConcept: { text: 'Oxycodone 5mg capsules' },
      effectivePeriod: { start: '2026-03-28T23:30:00+00:00', end: '2026-03-29' }, dosage: [{ text: 'one capsule four times a day' }],
    };
    const stmt = linesFromFhir(statement);
    expect(stmt.ok && stmt.results[0]).to.include({ kind: 'opioid', start: '2026-03-28', stop: '2026-03-30' });
  });

  it('never throws and gives one result per medication resource, whatever the input [T-FHIR-24]', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.anything(), fc.record({
      resourceType: fc.constantFrom('MedicationRequest', 'MedicationStatement'), status: fc.constantFrom('active', 'stopped', 1),
      medicationCodeableConcept: fc.anything(), dosageInstruction: fc.anything(), dosage: fc.anything(),
    }))), (input) => {
      const read = linesFromFhir(input);
      const expected = input.filter((r) => typeof r === 'object' && r !== null && !Array.isArray(r)
        && ['MedicationRequest', 'MedicationStatement'].includes((r as { resourceType?: unknown }).resourceType as string)).length;
      expect(read.ok && read.results.length).to.equal(expected);
      if (read.ok) read.results.forEach((r) => expect(describeResult(r)).to.be.a('string'));
      planFromFhir(input);
    }), { numRuns: 200 });
  });
});
