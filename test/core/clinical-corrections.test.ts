// Issue 8: rules that disagreed with the guidance (REFERENCE.md §2–§5, corrected). Each test here
// failed on the code before the fix; the ids are listed in docs/clinical-safety/hazard-log.md.
import { expect } from '@open-wc/testing';
import { planFlags, type PlanFlag } from '../../src/core/flags.js';
import { doseBand, guidanceProfile, thresholdFor } from '../../src/core/guidance.js';
import { dailyOme } from '../../src/core/ome.js';
import { parsePlan } from '../../src/core/parse.js';
import { planTotalDailyOme } from '../../src/core/plan-total.js';
import type { OpioidPlanInput } from '../../src/core/schema.js';
import { describeBand, describeFlag, formatters } from '../../src/locales/index.js';

const TODAY = '2026-11-20';
type Line = OpioidPlanInput['medications'][number];

const oxycodone = (mg: number, dosesPerDay: number): Line =>
  ({ drug: 'oxycodone', route: 'oral', strength: { value: mg, unit: 'mg' }, dosesPerDay });
const morphine = (mgPerDay: number): Line =>
  ({ drug: 'morphine', route: 'oral', strength: { value: mgPerDay, unit: 'mg' }, dosesPerDay: 1 });
const methadone: Line = { drug: 'methadone', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 1 };

function plan(overrides: Partial<OpioidPlanInput>): OpioidPlanInput {
  return {
    id: 'c1', indication: 'chronic-non-cancer', medications: [morphine(20)],
    startDate: '2026-10-01', reviewDate: '2026-12-01', stopDate: '2026-12-20', ...overrides,
  };
}
const ids = (flags: PlanFlag[]) => flags.map((flag) => flag.id);
const find = (flags: PlanFlag[], id: string) => flags.find((flag) => flag.id === id);
/** What a clinician reads (the reviewed en-GB catalogue): for the tests whose safety point is the wording itself. */
const words = (flags: PlanFlag[]) => flags.map((flag) => describeFlag(flag, 'en-GB')).join(' ');

describe('issue 8: opioid-use-disorder plans', () => {
  it('counts an analgesic (oxycodone without a purpose) in an OUD plan and checks it like any other [T-CLIN-04]', () => {
    // Before: the oxycodone was read as substitution treatment, left the total and silenced every check.
    const oud = plan({
      indication: 'opioid-use-disorder', startDate: '2026-01-05', stopDate: undefined,
      medications: [methadone, oxycodone(20, 3)],
    });
    const total = planTotalDailyOme(oud);
    expect(total.value).to.equal(90); // oxycodone 60 mg × 1.5
    expect(total.notConverted).to.deep.equal(['methadone']);
    const flags = planFlags(oud, { today: TODAY });
    expect(ids(flags)).to.include.members(['high-dose', 'long-term', 'no-stop-date', 'opioid-substitution', 'incomplete-total']);
    expect(find(flags, 'high-dose')?.params).to.deep.include({ total: 90, complete: false, unit: 'OME' });
    // The card and flag say methadone was read as substitution treatment, and oxycodone counted for pain.
    expect(find(flags, 'opioid-substitution')?.params).to.deep.include({ assumed: [{ drug: 'methadone' }], analgesics: [{ drug: 'oxycodone' }] });
  });

  it('refuses "opioid use disorder" as the purpose of any opioid but methadone or buprenorphine [T-CLIN-05]', () => {
    const result = parsePlan(plan({ medications: [{ ...oxycodone(10, 2), purpose: 'opioid-use-disorder' }] }));
    expect(result.ok).to.equal(false);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).to.deep.equal(['medications[0].purpose']);
    expect(parsePlan(plan({ medications: [{ drug: 'buprenorphine', route: 'sublingual', strength: { value: 8, unit: 'mg' }, dosesPerDay: 1, purpose: 'opioid-use-disorder' }] })).ok)
      .to.equal(true);
  });
});

describe('issue 8: US naloxone for any risk factor (CDC 2022 rec. 8)', () => {
  const us = (overrides: Partial<OpioidPlanInput>) => planFlags(plan({ guidance: 'us', ...overrides }), { today: TODAY });
  const reasons = (flags: PlanFlag[]) => find(flags, 'naloxone')?.params.reasons;

  it('offers naloxone for a history of overdose or of substance use disorder, or substitution treatment, at any dose [T-CLIN-06]', () => {
    // Before: only ≥ 50 MME/day or a benzodiazepine raised it.
    expect(reasons(us({ riskFactors: { overdoseHistory: true } }))).to.deep.equal(['overdose-history']);
    expect(reasons(us({ riskFactors: { substanceUseDisorder: true } }))).to.deep.equal(['substance-use-disorder']);
    expect(reasons(us({ concurrentMedicines: [{ kind: 'opioid-substitution', drug: 'buprenorphine' }] }))).to.deep.equal(['substance-use-disorder']);
    expect(reasons(us({ riskFactors: { overdoseHistory: true }, medications: [morphine(60)], concurrentMedicines: [{ kind: 'benzodiazepine' }] })))
      .to.deep.equal(['dose', 'benzodiazepine', 'overdose-history']);
    // Supplied, or no factor at all: nothing to offer. UK guidance sets no such rule.
    expect(ids(us({ riskFactors: { overdoseHistory: true }, naloxoneSupplied: true }))).to.not.include('naloxone');
    expect(ids(us({ riskFactors: { overdoseHistory: false, substanceUseDisorder: false } }))).to.not.include('naloxone');
    expect(ids(planFlags(plan({ riskFactors: { overdoseHistory: true } }), { today: TODAY }))).to.not.include('naloxone');
  });
});

describe('issue 8: CDC 2022 scope and rec. 4 wording', () => {
  it('gives no US dose, naloxone-at-dose or taper advice for cancer or end-of-life plans, and says why once [T-CLIN-07]', () => {
    for (const indication of ['cancer', 'end-of-life'] as const) {
      const flags = planFlags(plan({ guidance: 'us', indication, medications: [morphine(200)] }), { today: TODAY });
      expect(ids(flags), indication).to.deep.equal(['outside-guideline-scope']);
      expect(flags[0]?.severity).to.equal('info');
      expect(flags[0]?.params).to.deep.equal({ indication, unit: 'MME' });
      expect(doseBand(200, guidanceProfile('us'), { indication })?.id).to.equal('outside-scope');
      // The total is still there to show.
      expect(planTotalDailyOme(plan({ guidance: 'us', indication, medications: [morphine(200)] })).value).to.equal(200);
      // Other naloxone reasons stand (a benzodiazepine is still a benzodiazepine).
      const withBenzo = planFlags(plan({ guidance: 'us', indication, medications: [morphine(200)], concurrentMedicines: [{ kind: 'benzodiazepine' }] }), { today: TODAY });
      expect(find(withBenzo, 'naloxone')?.params.reasons).to.deep.equal(['benzodiazepine']);
    }
  });

  it('under UK guidance, a cancer or end-of-life plan above the threshold gets information, never "consider a taper" [T-CLIN-08]', () => {
    for (const indication of ['cancer', 'end-of-life'] as const) {
      const flags = planFlags(plan({ indication, medications: [morphine(400)] }), { today: TODAY });
      const high = find(flags, 'high-dose');
      expect(high?.severity, indication).to.equal('info');
      expect(high?.params).to.deep.include({ band: 'information', indication });
      expect(words([high!])).to.contain('For information').and.not.match(/taper|refer/i);
      expect(doseBand(400, guidanceProfile('uk'), { indication })?.id).to.equal('information');
    }
  });

  it('says "at or above 50 MME/day: reassess before any increase", never "high dose" or "taper", and the band agrees [T-CLIN-09]', () => {
    const flags = planFlags(plan({ guidance: 'us', medications: [morphine(80)], naloxoneSupplied: true }), { today: TODAY });
    expect(ids(flags)).to.deep.equal(['reassess-dose']);
    expect(words(flags)).to.contain('at or above 50 MME/day: reassess benefits and risks before any increase').and.not.match(/high.dose|taper/i);
    const band = doseBand(80, guidanceProfile('us'));
    expect(band?.id).to.equal('reassess');
    expect(describeBand(band, 'en-GB')).to.contain('reassess benefits and risks before any increase').and.not.match(/high.dose|taper/i);
  });
});

describe('issue 8: thresholds', () => {
  it('a locally set threshold replaces only the threshold of the guidance it was set for [T-CLIN-10]', () => {
    const p = plan({ medications: [morphine(60)], naloxoneSupplied: true });
    // A UK 120 must not move CDC's 50 MME/day.
    expect(ids(planFlags(p, { today: TODAY, guidance: 'us', threshold: 120 }))).to.deep.equal(['reassess-dose']);
    expect(ids(planFlags(p, { today: TODAY, guidance: 'uk', threshold: 50 }))).to.deep.equal(['high-dose']);
    expect(ids(planFlags(p, { today: TODAY, guidance: 'uk', threshold: { us: 40 } }))).to.deep.equal([]);
    expect(ids(planFlags(p, { today: TODAY, guidance: 'us', threshold: { us: 70 } }))).to.deep.equal([]);
  });

  it('a threshold outside 20–500 mg/day is a clear error, never a silent "below 1,200" [T-CLIN-11]', () => {
    for (const value of [1200, 19, 0, -90, Number.POSITIVE_INFINITY, '120' as unknown as number]) {
      const flags = planFlags(plan({ medications: [morphine(150)] }), { today: TODAY, threshold: value });
      expect(ids(flags), String(value)).to.deep.equal(['invalid-threshold']);
      expect(flags[0]?.severity).to.equal('urgent');
      expect(flags[0]?.params).to.deep.include({ code: typeof value === 'number' && Number.isFinite(value) ? 'threshold-out-of-range' : 'threshold-not-a-number', min: 20, max: 500 });
      expect(words(flags)).to.not.contain('below');
    }
    expect(thresholdFor(1200, 'uk')).to.deep.include({ ok: false, code: 'threshold-out-of-range' });
    expect(thresholdFor(120, 'uk')).to.deep.equal({ ok: true, value: 120 });
    expect(thresholdFor(120, 'us')).to.deep.equal({ ok: true, value: undefined });
  });
});

describe('issue 8: totals that are not numbers', () => {
  it('refuses doses no one takes: no 1e308 mg, no 5,000 microgram/hour patch [T-CLIN-12]', () => {
    expect(dailyOme({ ...morphine(1e308) }).ok).to.equal(false);
    expect(dailyOme({ drug: 'morphine', route: 'oral', strength: { value: 2001, unit: 'mg' }, dosesPerDay: 1 }).ok).to.equal(false);
    expect(dailyOme({ drug: 'fentanyl', route: 'transdermal', strength: { value: 5000, unit: 'microgram/hour' } }).ok).to.equal(false);
    expect(dailyOme({ drug: 'morphine', route: 'oral', strength: { value: 2000, unit: 'mg' }, dosesPerDay: 1 }).ok).to.equal(true);
  });

  it('an absurd total raises an urgent flag and is never placed or shown as a number [T-CLIN-13]', () => {
    const huge = plan({ medications: Array.from({ length: 6 }, () => ({ drug: 'hydromorphone', route: 'oral', strength: { value: 2000, unit: 'mg' }, dosesPerDay: 24 }) as Line) });
    const flags = planFlags(huge, { today: TODAY });
    expect(ids(flags)).to.include('implausible-total');
    expect(find(flags, 'implausible-total')?.severity).to.equal('urgent');
    expect(ids(flags)).to.not.include('high-dose');
    expect(doseBand(planTotalDailyOme(huge).value, guidanceProfile('uk'))?.id).to.equal('implausible');
    expect(words(flags)).to.not.match(/∞|Infinity|NaN|1,440,000/);
  });

  it('a shown total and its band always agree: 89.96 reads "90" and is at the threshold of 90 [T-CLIN-14]', () => {
    // Before: "90 mg/day OME … below the high-dose threshold of 90".
    expect(formatters('en-GB').mg(89.96)).to.equal('90');
    expect(doseBand(89.96, guidanceProfile('uk'))?.id).to.equal('high-dose');
    expect(doseBand(89.94, guidanceProfile('uk'))?.id).to.equal('below-threshold');
    const flags = planFlags(plan({ medications: [{ ...morphine(44.98), dosesPerDay: 2 }] }), { today: TODAY });
    expect(find(flags, 'high-dose')?.params).to.deep.include({ total: 89.96, belowThreshold: false, band: 'high-dose' });
  });
});

describe('issue 8: patches and as-needed lines', () => {
  it('an as-needed maximum without asNeeded is an error, not a regular dose [T-CLIN-15]', () => {
    const result = parsePlan(plan({ medications: [{ ...oxycodone(5, 4), maxDosesPerDay: 6 }] }));
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).to.deep.equal(['medications[0].maxDosesPerDay']);
  });
});

describe('issue 8: medicines bought over the counter', () => {
  it('counts over-the-counter codeine in the total and names it [T-CLIN-16]', () => {
    const otc: Line = { drug: 'codeine', route: 'oral', strength: { value: 30, unit: 'mg' }, dosesPerDay: 8, product: 'Co-codamol 30/500 (bought)', source: 'over-the-counter' };
    const p = plan({ medications: [morphine(20), otc] });
    expect(planTotalDailyOme(p).value).to.equal(44); // 20 + 240 × 0.1
    const flag = find(planFlags(p, { today: TODAY }), 'over-the-counter');
    expect(flag?.params.names).to.deep.equal([{ text: 'Co-codamol 30/500 (bought)' }]);
  });
});

describe('issue 8: a care team, not one prescriber', () => {
  it('accepts several members with roles and responsibilities, and refuses unknown roles [T-CLIN-17]', () => {
    const team = plan({
      careTeam: [
        { role: 'pain-service', name: 'Dr A Patel', responsibilities: ['prescribes'] },
        { role: 'addiction-service', team: 'Community drug and alcohol team', responsibilities: ['reviews'] },
        { role: 'gp', name: 'Dr B Jones' },
      ],
    });
    expect(parsePlan(team).ok).to.equal(true);
    const wrong = parsePlan({ ...team, careTeam: [{ role: 'surgeon' }] });
    expect(wrong.ok ? [] : wrong.issues.map((issue) => issue.path)).to.deep.equal(['careTeam[0].role']);
  });
});
