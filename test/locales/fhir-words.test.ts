import { expect } from '@open-wc/testing';
import { FHIR_ISSUE_CODES, FHIR_NOTE_CODES, FHIR_WHY_CODES, describeFhirIssue, describeFhirNote, describeFhirResult, describeFhirRowNote, fhirSection } from '../../src/locales/fhir/index.js';
import { describeNote, describeResult } from '../../src/fhir/describe.js';
import { linesFromFhir } from '../../src/fhir/lines.js';
import { formatters } from '../../src/locales/format.js';
import type { LocaleTag } from '../../src/locales/types.js';
import { eprRecord, unreadableDoseRecord } from '../../stories/data/fhir-records.js';

const TAGS: LocaleTag[] = ['en-GB', 'en-US', 'cy', 'es'];
/** Parameters of the shapes the adapter emits, for every code. */
const PARAMS = {
  text: '1 tab bd', low: 1, high: 2, unit: 'count', frequency: 3, frequencyMax: 4, period: 4, periodMax: 6, count: 3,
  maxDosesPerDay: 8, dosesPerDay: 6, used: 'highest-step', steps: 2, value: 25, rate: 25, partner: 'paracetamol',
  strength: { value: 500, unit: 'mg' }, end: '2026-12-01', stop: '2026-12-02', days: 7, indication: 'acute', startDate: '2026-11-21',
  drug: 'oxycodone', route: 'buccal', name: 'pethidine', path: 'strength', status: 'stopped', max: 20, start: '2026-11-20',
};
const BAD = /undefined|NaN|\[object Object\]|\?$/;

describe('the fhir catalogue section', () => {
  it('words every assumption, reason and issue code in en-GB, en-US, cy and es; drafts differ from en-GB; describe.ts speaks en-GB [T-FHIR-35]', async () => {
    await Promise.all(TAGS.map((tag) => fhirSection.load(tag)));
    for (const tag of TAGS) {
      const words = fhirSection.get(tag);
      expect(words.meta.tag).to.equal(tag);
      const f = formatters(tag);
      for (const code of FHIR_NOTE_CODES) {
        for (const say of [describeFhirNote({ code, params: PARAMS }, tag), describeFhirRowNote({ code, params: PARAMS }, tag)]) {
          expect(say, `${tag} ${code}`).to.be.a('string').and.not.equal(code);
          expect(say, `${tag} ${code}`).not.to.match(BAD);
        }
        if (tag === 'cy' || tag === 'es') expect(describeFhirNote({ code, params: PARAMS }, tag), code).not.to.equal(describeFhirNote({ code, params: PARAMS }, 'en-GB'));
      }
      for (const code of FHIR_WHY_CODES) expect(words.why[code](PARAMS, f), `${tag} ${code}`).to.be.a('string').and.not.match(BAD);
      for (const code of FHIR_ISSUE_CODES) expect(describeFhirIssue({ code, params: PARAMS }, tag), `${tag} ${code}`).not.to.equal(words.otherIssue);
    }
    // Node users' entry (opioid-elements/fhir/describe) gives the catalogue's en-GB words.
    const read = linesFromFhir([...(eprRecord.entry as { resource: unknown }[]), ...(unreadableDoseRecord.entry as { resource: unknown }[])].map((e) => e.resource), { today: '2026-11-21' });
    expect(read.ok).to.equal(true);
    if (!read.ok) return;
    for (const result of read.results) {
      expect(describeResult(result)).to.equal(describeFhirResult(result, 'en-GB'));
      if (result.kind === 'opioid') for (const note of result.assumptions) expect(describeNote(note)).to.equal(describeFhirNote(note, 'en-GB'));
    }
    expect(describeResult(read.results.find((r) => r.kind === 'unusable' && r.reason === 'not-active')!)).to.equal('MedicationRequest/rx-codeine: not counted: its status is stopped.');
    expect(describeFhirNote({ code: 'stop-from-inclusive-end', params: PARAMS }, 'en-US')).to.include('December 1, 2026');
    expect(describeFhirNote({ code: 'combination-product', params: PARAMS }, 'en-US')).to.include('acetaminophen');
  });
});
