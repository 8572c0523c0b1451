// Medicines that change opioid risk, recognised from their codes alone (no text, no display): dm+d
// (UK) and RxNorm (US) benzodiazepines, gabapentinoids, substitution treatment and naloxone become
// concurrent medicines or naloxone held, and the plan's flags follow. Every code is taken from the
// public lists the tables are built from (scripts/code-data/README.md).
import { expect } from '@open-wc/testing';
import { linesFromFhir, planFromFhir } from '../../src/fhir/index.js';
import { dmd } from '../../src/codes/dmd.js';
import { rxnorm } from '../../src/codes/rxnorm.js';
import { planFlags } from '../../src/core/flags.js';
import { sctidOf, verhoeffDigit } from '../../src/codes/sctid.js';
import type { FhirMedicationResult } from '../../src/fhir/types.js';

const SNOMED = 'http://snomed.info/sct';
const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';

/** An active order for a coded medicine, with no text anywhere: only the table can say what it is. */
const coded = (system: string, code: string, id = code) => ({
  resourceType: 'MedicationRequest', id, status: 'active', intent: 'order', authoredOn: '2026-03-01',
  medicationCodeableConcept: { coding: [{ system, code }] },
  dosageInstruction: [{
    timing: { repeat: { frequency: 2, period: 1, periodUnit: 'd' } },
    doseAndRate: [{ doseQuantity: { value: 1, unit: 'tablet', system: 'http://unitsofmeasure.org', code: '{tablet}' } }],
  }],
});
const oudCondition = {
  resourceType: 'Condition', id: 'oud', clinicalStatus: { coding: [{ code: 'active' }] },
  code: { coding: [{ system: SNOMED, code: '5602001' }] },
};

const results = (input: unknown, codes: unknown[]): FhirMedicationResult[] => {
  const read = linesFromFhir(input, { codes: codes as never });
  expect(read.ok, JSON.stringify(read)).to.equal(true);
  return read.ok ? read.results : [];
};
const one = (input: unknown, codes: unknown[]): FhirMedicationResult => results(input, codes)[0] as FhirMedicationResult;
const concurrentOf = (r: FhirMedicationResult) => (r.kind === 'concurrent' ? r.medicine : undefined);

describe('risk medicines from their codes', () => {
  it('dm+d: benzodiazepine and gabapentinoid VMPs, AMPs, old VMP ids and brand AMPs are concurrent medicines of their class; without the table the same codes are not identified [T-FHIR-36]', () => {
    const cases: [string, string, string][] = [
      ['321196004', 'benzodiazepine', 'Diazepam 2mg tablets (VMP)'],
      ['889411000001101', 'benzodiazepine', 'Diazepam 2mg tablets (AMP)'],
      ['42122111000001104', 'benzodiazepine', 'the current id of an alprazolam VMP ("VMP subsequent to 321241004")'],
      ['42135711000001109', 'gabapentinoid', 'Pregabalin 75mg capsules (VMP)'],
      ['415167006', 'gabapentinoid', 'the old id of Pregabalin 75mg capsules'],
      ['28910211000001109', 'gabapentinoid', 'Lecaent 75mg capsules (a brand AMP, linked to its VMP by BNF code)'],
      ['42129711000001109', 'gabapentinoid', 'Gabapentin 300mg capsules (VMP)'],
    ];
    for (const [code, kind, what] of cases) {
      const result = one(coded(SNOMED, code), [dmd]);
      expect(concurrentOf(result)?.kind, what).to.equal(kind);
      expect(one(coded(SNOMED, code), []).kind, `${what} without a table`).to.equal('unusable');
    }
    expect(concurrentOf(one(coded(SNOMED, '415167006'), [dmd]))?.name).to.equal('pregabalin', 'no text: the table names the medicine');
    expect(dmd.canonical('28910211000001109')).to.equal('42135711000001109');
    // Topical gabapentin is knowingly left out; a code the dm+d table answers for but does not list is "other".
    expect(one(coded(SNOMED, '17651711000001105'), [dmd]).kind).to.equal('other');
  });

  it('RxNorm: benzodiazepines, gabapentin and pregabalin, naloxone nasal spray and injection, buprenorphine/naloxone and depot buprenorphine are recognised from the code [T-FHIR-37]', () => {
    const classes: [string, string][] = [['104699', 'benzodiazepine'], ['2383946', 'benzodiazepine'], ['310431', 'gabapentinoid'], ['483450', 'gabapentinoid']];
    for (const [code, kind] of classes) expect(concurrentOf(one(coded(RXNORM, code), [rxnorm]))?.kind, code).to.equal(kind);
    for (const code of ['1725059', '1870933', '1659929']) expect(one(coded(RXNORM, code), [rxnorm]).kind, code).to.equal('naloxone');
    // Products made only for opioid use disorder are substitution treatment with no other evidence.
    for (const code of ['1010600', '1996184', '1797650']) {
      const medicine = concurrentOf(one(coded(RXNORM, code), [rxnorm]));
      expect([medicine?.kind, medicine?.drug], code).to.deep.equal(['opioid-substitution', 'buprenorphine']);
    }
    // The 0.3 mg/mL buprenorphine injection is pain relief, never substitution treatment by itself.
    expect(rxnorm.lookup('238129')).to.not.have.property('purpose');
  });

  it('methadone coded in either table is substitution treatment beside a Condition of opioid use disorder, and a pain opioid without one [T-FHIR-38]', () => {
    for (const [system, code, table] of [[RXNORM, '864706', rxnorm], [SNOMED, '42385311000001106', dmd]] as const) {
      expect(one(coded(system, code), [table]).kind, code).to.equal('opioid');
      const [first] = results([coded(system, code), oudCondition], [table]);
      const medicine = first ? concurrentOf(first) : undefined;
      expect([medicine?.kind, medicine?.drug], code).to.deep.equal(['opioid-substitution', 'methadone']);
    }
  });

  it('planFromFhir from codes only: co-prescription flags are raised and naloxone held silences the naloxone flag (US); the UK plan flags the same co-prescriptions [T-FHIR-39]', () => {
    const us = [coded(RXNORM, '1049593', 'oxy'), coded(RXNORM, '104699', 'diazepam'), coded(RXNORM, '310431', 'gabapentin'), coded(RXNORM, '1725059', 'naloxone')];
    const held = planFromFhir(us, { codes: [rxnorm], guidance: 'us', indication: 'chronic-non-cancer' });
    expect(held.ok, JSON.stringify(held)).to.equal(true);
    if (!held.ok) return;
    expect(held.plan.concurrentMedicines?.map((m) => m.kind)).to.deep.equal(['benzodiazepine', 'gabapentinoid']);
    expect(held.plan.naloxoneSupplied).to.equal(true);
    const heldFlags = planFlags(held.plan, { today: '2026-03-02' }).map((f) => f.id);
    expect(heldFlags).to.include.members(['benzodiazepine', 'gabapentinoid']);
    expect(heldFlags).to.not.include('naloxone');

    const without = planFromFhir(us.slice(0, 3), { codes: [rxnorm], guidance: 'us', indication: 'chronic-non-cancer' });
    expect(without.ok && without.plan.naloxoneSupplied).to.equal(undefined);
    const naloxone = without.ok ? planFlags(without.plan, { today: '2026-03-02' }).find((f) => f.id === 'naloxone') : undefined;
    expect(naloxone?.params?.reasons).to.include('benzodiazepine');

    const uk = [coded(SNOMED, '36120011000001101', 'patch'), coded(SNOMED, '321196004', 'diazepam'), coded(SNOMED, '42135711000001109', 'pregabalin')];
    uk[0] = { ...uk[0], dosageInstruction: [{ timing: { repeat: { frequency: 1, period: 3, periodUnit: 'd' } }, doseAndRate: [{ doseQuantity: { value: 1, unit: 'patch', system: 'http://unitsofmeasure.org', code: '{patch}' } }] }] } as typeof uk[0];
    const ukPlan = planFromFhir(uk, { codes: [dmd], guidance: 'uk', indication: 'chronic-non-cancer' });
    expect(ukPlan.ok, JSON.stringify(ukPlan)).to.equal(true);
    if (!ukPlan.ok) return;
    expect(ukPlan.complete).to.equal(true);
    expect(planFlags(ukPlan.plan, { today: '2026-03-02' }).map((f) => f.id)).to.include.members(['benzodiazepine', 'gabapentinoid']);
  });

  it('every code in the vendored benzodiazepine, gabapentinoid, naloxone and buprenorphine/methadone lists resolves to its class, or is one of the exclusions the README names [T-FHIR-40]', async () => {
    const csv = async (path: string) => (await (await fetch(`/scripts/code-data/${path}`)).text()).trim().split(/\r?\n/).slice(1)
      .map((line) => line.split(','));
    const benzo = await csv('opensafely-dfms-covid19/user-RachelS99-dependence-forming-medications-benzodiazepines-dmd.csv');
    const gaba = await csv('opensafely-waiting-list/user-anschaf-gabapentinoids-dmd.csv');
    expect(benzo.length).to.equal(495);
    expect(gaba.length).to.equal(594);
    const missed = (rows: string[][], kind: string) => rows.filter(([code]) => dmd.lookup(code as string)?.kind !== kind).map((r) => r[1]);
    // Meprobamate (6 rows, not a benzodiazepine) and the new id of its VMP.
    const benzoMissed = missed(benzo, 'benzodiazepine');
    expect(benzoMissed.filter((t) => !/^Meprobamate /.test(t as string))).to.deep.equal(['VMP subsequent to 321308004']);
    expect(benzoMissed.length).to.equal(7);
    expect(missed(gaba, 'gabapentinoid')).to.deep.equal(gaba.filter((r) => (r[4] as string).startsWith('0407030')).map((r) => r[1]));
    expect(missed(gaba, 'gabapentinoid').length).to.equal(4);

    const valueSet = async (name: string) => ((await (await fetch(`/scripts/code-data/cdc-valuesets/${name}.json`)).json()) as { expansion: { contains: { code: string }[] } }).expansion.contains.map((c) => c.code);
    const gabapentinoids = await valueSet('non-opioid-cns-depressant-medications-gabapentinoids');
    expect(gabapentinoids.length).to.equal(52);
    expect(gabapentinoids.filter((c) => rxnorm.lookup(c)?.kind !== 'gabapentinoid')).to.deep.equal([]);
    // The CDC naloxone set also lists combinations: buprenorphine/naloxone is substitution treatment (28
    // codes) and pentazocine/naloxone an opioid not converted (1), never naloxone held.
    const naloxone = await valueSet('naloxone-medications');
    const combination = naloxone.filter((c) => rxnorm.lookup(c)?.kind !== 'naloxone');
    expect(combination.length).to.equal(29);
    for (const code of combination) {
      const m = rxnorm.lookup(code);
      const ok = m?.kind === 'other-opioid' || (m?.kind === 'opioid' && m.partner?.name === 'naloxone' && m.purpose === 'opioid-use-disorder');
      expect(ok, `${code}: ${JSON.stringify(m)}`).to.equal(true);
    }
    expect(naloxone.length - combination.length).to.be.greaterThan(20);
    const substitution = await valueSet('buprenorphine-and-methadone-medications');
    expect(substitution.filter((c) => {
      const m = rxnorm.lookup(c);
      return !(m?.kind === 'opioid' && (m.drug === 'buprenorphine' || m.drug === 'methadone'));
    })).to.deep.equal([]);
  });

  it('dm+d codes are stored as SNOMED CT item ids and rebuilt with their Verhoeff check digit: every code of the six opioid codelists resolves but the one AMP the build names, and a code with a wrong check digit is unknown [T-FHIR-41]', async () => {
    expect(verhoeffDigit('4213571100000110')).to.equal('9');
    expect(sctidOf('4213571')).to.equal('42135711000001109');
    expect(sctidOf('_415167')).to.equal('415167006');
    expect(dmd.lookup('42135711000001108')).to.equal(undefined);
    expect(dmd.lookup('415167007')).to.equal(undefined);
    const routes = ['buccal-nasal-and-oromucosal', 'inhalation', 'oral', 'parenteral', 'rectal', 'transdermal'];
    const unresolved: string[] = [];
    let count = 0;
    for (const route of routes) {
      const text = await (await fetch(`/scripts/code-data/opensafely/opensafely-opioid-containing-medicines-${route}-excluding-drugs-for-substance-misuse-dmd.csv`)).text();
      for (const line of text.trim().split(/\r?\n/).slice(1)) {
        const code = line.split(',')[0] as string;
        count += 1;
        if (dmd.lookup(code) === undefined) unresolved.push(line);
      }
    }
    expect(count).to.equal(2067);
    // The build's "1 left out (no VMP and a name without a strength)": an AMP, not an opioid the tables could size.
    expect(unresolved.length, unresolved.join('\n')).to.equal(1);
    expect(unresolved[0]).to.match(/,AMP,/);
  });
});
