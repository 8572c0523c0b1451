import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FLAG_IDS, planFlags, type PlanFlag } from '../../src/core/flags.js';
import { describeFlag } from '../../src/locales/index.js';
import { addCalendarMonths } from '../../src/core/dates.js';
import type { OpioidPlanInput } from '../../src/core/schema.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const TODAY = '2026-03-05';

type Line = OpioidPlanInput['medications'][number];

const morphine = (mgPerDay: number): Line =>
  ({ drug: 'morphine', route: 'oral', strength: { value: mgPerDay, unit: 'mg' }, dosesPerDay: 1 });
const methadone60OUD: Line =
  { drug: 'methadone', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 1, purpose: 'opioid-use-disorder' };

/**
 * A chronic plan that raises no flag on TODAY in either guidance (review due, stop date set, started
 * less than 3 months ago, 20 mg/day morphine); each test changes one thing.
 */
function quietPlan(overrides: Partial<OpioidPlanInput> = {}): OpioidPlanInput {
  return {
    id: 'p1',
    indication: 'chronic-non-cancer',
    medications: [morphine(20)],
    startDate: '2026-02-01',
    reviewDate: '2026-03-20',
    stopDate: '2026-04-30',
    ...overrides,
  };
}

const ids = (flags: PlanFlag[]) => flags.map((f) => f.id);
const find = (flags: PlanFlag[], id: string) => flags.find((f) => f.id === id);

describe(`planFlags (browser time zone ${zone})`, () => {
  it('raises nothing for a plan with nothing to flag, in either guidance [T-FLAG-052]', () => {
    expect(planFlags(quietPlan(), { today: TODAY })).to.deep.equal([]);
    expect(planFlags(quietPlan({ guidance: 'us' }), { today: TODAY })).to.deep.equal([]);
  });

  describe('high-dose', () => {
    it('UK: 89 no, 90 yes (the reported 2025 Opioids Aware update, C5), with the number and unit [T-FLAG-001]', () => {
      expect(ids(planFlags(quietPlan({ medications: [morphine(89)] }), { today: TODAY }))).to.not.include('high-dose');
      const flag = find(planFlags(quietPlan({ medications: [morphine(90)] }), { today: TODAY }), 'high-dose');
      expect(flag?.severity).to.equal('warning');
      expect(flag?.params).to.deep.include({
        total: 90, complete: true, unit: 'OME', threshold: 90, citation: 'Opioids Aware, reported 2025 update', setLocally: false,
        belowThreshold: false, band: 'high-dose', referral: undefined,
      });
      expect(flag?.sources.join('; ')).to.match(/Opioids Aware/);
    });

    it('UK with a threshold configured at 120: 119 no, 120 yes [T-FLAG-002]', () => {
      const at = (mg: number) => planFlags(quietPlan({ medications: [morphine(mg)] }), { today: TODAY, threshold: 120 });
      expect(ids(at(119))).to.not.include('high-dose');
      const flag = find(at(120), 'high-dose');
      expect(flag?.params).to.deep.include({ total: 120, threshold: 120, unit: 'OME', setLocally: true, belowThreshold: false });
      expect(flag?.sources[0]).to.match(/^Opioids Aware/);
      // Nonsense thresholds are an error the clinician sees, never a silent default or "below 1,200".
      for (const threshold of [-1, Number.NaN, 1200, 9, 501, 19.9]) {
        const flags = planFlags(quietPlan({ medications: [morphine(90)] }), { today: TODAY, threshold });
        expect(ids(flags), String(threshold)).to.deep.equal(['invalid-threshold']);
        expect(flags[0]?.severity).to.equal('urgent');
      }
    });

    it('US: 49 no, 50 yes (CDC 2022 rec. 4) [T-FLAG-003]', () => {
      expect(ids(planFlags(quietPlan({ guidance: 'us', medications: [morphine(49)] }), { today: TODAY }))).to.deep.equal([]);
      const flags = planFlags(quietPlan({ guidance: 'us', medications: [morphine(50)] }), { today: TODAY });
      expect(ids(flags)).to.deep.equal(['reassess-dose', 'naloxone']);
      expect(find(flags, 'reassess-dose')?.params).to.deep.include({ total: 50, complete: true, unit: 'MME', threshold: 50, band: 'reassess', citation: 'CDC 2022, recommendation 4' });
    });

    it('flags an incomplete total that already reaches the threshold, saying "at least" [T-FLAG-004]', () => {
      const flags = planFlags(quietPlan({ medications: [morphine(90), methadone60OUD] }), { today: TODAY });
      expect(ids(flags)).to.include.members(['high-dose', 'incomplete-total']);
      expect(find(flags, 'high-dose')?.params).to.deep.include({ total: 90, complete: false });
    });

    it('is urgent at the UK specialist-referral level (about 300 mg/day OME) [T-FLAG-005]', () => {
      expect(find(planFlags(quietPlan({ medications: [morphine(299)] }), { today: TODAY }), 'high-dose')?.severity).to.equal('warning');
      const flag = find(planFlags(quietPlan({ medications: [morphine(300)] }), { today: TODAY }), 'high-dose');
      expect(flag?.severity).to.equal('urgent');
      expect(flag?.params).to.deep.include({ band: 'specialist-referral', referral: 300 });
      expect(flag?.sources.join(' ')).to.match(/Sheffield/);
    });

    it('C1: a US opioid-use-disorder plan with methadone 60 mg and no purpose is substitution treatment, not 282 MME/day [T-FLAG-006]', () => {
      const plan = quietPlan({
        guidance: 'us', indication: 'opioid-use-disorder',
        medications: [{ drug: 'methadone', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 1 }],
      });
      const flags = planFlags(plan, { today: TODAY });
      expect(ids(flags)).to.not.include('high-dose');
      expect(ids(flags)).to.not.include('reassess-dose');
      // Naloxone is offered, but for substance use disorder (CDC 2022 rec. 8), never for a dose of 282.
      expect(find(flags, 'naloxone')?.params.reasons).to.deep.equal(['substance-use-disorder']);
      expect(ids(flags)).to.include.members(['opioid-substitution', 'incomplete-total']);
      expect(JSON.stringify(flags.map((f) => f.params))).to.not.match(/28[12]\.?/);
      expect(find(flags, 'incomplete-total')?.params).to.deep.include({ counted: 0, unit: 'MME', notConverted: [{ drug: 'methadone' }], reasons: ['excluded'] });
      expect(find(flags, 'incomplete-total')?.params.failures).to.have.length(1);
      expect((find(flags, 'incomplete-total')?.params.failures as object[])[0]).to.deep.include({ why: 'opioid-use-disorder', drug: 'methadone', unit: 'MME' });
    });

    it('uses the guidance option over the plan’s own guidance [T-FLAG-007]', () => {
      const plan = quietPlan({ medications: [morphine(60)] });
      expect(ids(planFlags(plan, { today: TODAY }))).to.deep.equal([]);
      expect(ids(planFlags(plan, { today: TODAY, guidance: 'us' }))).to.deep.equal(['reassess-dose', 'naloxone']);
      expect(ids(planFlags({ ...plan, guidance: 'us' }, { today: TODAY, guidance: 'uk' }))).to.deep.equal([]);
    });
  });

  describe('incomplete-total', () => {
    it('names the drug and the reason, with the part that was counted [T-FLAG-008]', () => {
      const plan = quietPlan({ medications: [morphine(20), { drug: 'oxymorphone', route: 'oral', strength: { value: 5, unit: 'mg' }, dosesPerDay: 2 }] });
      const flag = find(planFlags(plan, { today: TODAY }), 'incomplete-total');
      expect(flag?.severity).to.equal('warning');
      expect(flag?.params).to.deep.include({ counted: 20, unit: 'OME', notConverted: [{ drug: 'oxymorphone' }], reasons: ['no-factor'] });
      expect(flag?.params.failures).to.have.length(1);
      expect((flag?.params.failures as object[])[0]).to.deep.include({ why: 'not-licensed-uk', drug: 'oxymorphone' });
      // Same plan in the US converts oxymorphone (factor 3): complete, no flag.
      expect(ids(planFlags(plan, { today: TODAY, guidance: 'us' }))).to.not.include('incomplete-total');
    });

    it('says when no total can be given at all [T-FLAG-009]', () => {
      const plan = quietPlan({ guidance: 'us', medications: [{ drug: 'buprenorphine', route: 'transdermal', strength: { value: 10, unit: 'microgram/hour' } }] });
      const flag = find(planFlags(plan, { today: TODAY }), 'incomplete-total');
      expect(flag?.params).to.deep.include({ counted: 0, unit: 'MME', notConverted: [{ drug: 'buprenorphine' }], reasons: ['excluded'] });
      expect(flag?.params.failures).to.have.length(1);
      expect((flag?.params.failures as object[])[0]).to.deep.include({ why: 'partial-agonist', drug: 'buprenorphine' });
    });
  });

  describe('stop and review dates', () => {
    it('no-stop-date: a warning for acute plans, information for chronic ones, none in cancer pain [T-FLAG-010]', () => {
      const acute = find(planFlags(quietPlan({ indication: 'acute', stopDate: undefined, startDate: '2026-03-03' }), { today: TODAY }), 'no-stop-date');
      expect(acute?.severity).to.equal('warning');
      expect(acute?.params).to.deep.equal({ indication: 'acute' });
      expect(acute?.sources.join('; ')).to.match(/MHRA.*OUCh/);
      expect(find(planFlags(quietPlan({ stopDate: undefined }), { today: TODAY }), 'no-stop-date')?.severity).to.equal('info');
      expect(ids(planFlags(quietPlan({ indication: 'cancer', stopDate: undefined }), { today: TODAY }))).to.deep.equal([]);
      expect(ids(planFlags(quietPlan({ indication: 'end-of-life', stopDate: undefined, reviewDate: undefined }), { today: TODAY }))).to.deep.equal([]);
    });

    it('no-stop-date: not raised when a taper to 0 mg is the end-of-treatment plan (MHRA 2020) [T-FLAG-011]', () => {
      const taper = { startDate: '2026-02-01', startDose: 20, percent: 10, intervalDays: 14, basis: 'original' as const, roundTo: 5 };
      const flagged = (overrides: Partial<OpioidPlanInput>) => ids(planFlags(quietPlan({ stopDate: undefined, ...overrides }), { today: TODAY }));
      expect(flagged({ taper })).to.deep.equal([]);
      expect(flagged({ indication: 'acute', startDate: '2026-03-03', taper: { ...taper, startDate: '2026-03-03', intervalDays: 1 } })).to.deep.equal([]);
      // No taper, or one that cannot be worked out (500 intervals; a pause after the stop), is no plan for the end.
      expect(flagged({})).to.deep.equal(['no-stop-date']);
      expect(flagged({ taper: { startDate: '2026-02-01', startDose: 20, percent: 0.2, intervalDays: 14, basis: 'original' } })).to.deep.equal(['no-stop-date']);
      expect(flagged({ taper: { ...taper, holds: [{ step: 40, intervals: 1 }] } })).to.deep.equal(['no-stop-date']);
    });

    it('no-review-date: raised for a chronic plan, not for an acute plan that has a stop date [T-FLAG-012]', () => {
      expect(ids(planFlags(quietPlan({ reviewDate: undefined }), { today: TODAY }))).to.deep.equal(['no-review-date']);
      expect(ids(planFlags(quietPlan({ indication: 'acute', startDate: '2026-03-01', stopDate: '2026-03-06', reviewDate: undefined }), { today: TODAY })))
        .to.deep.equal([]);
    });

    it('review-overdue: not when due today, yes when 1 day late, saying by how many days [T-FLAG-013]', () => {
      expect(ids(planFlags(quietPlan({ reviewDate: TODAY }), { today: TODAY }))).to.deep.equal([]);
      const one = find(planFlags(quietPlan({ reviewDate: '2026-03-04' }), { today: TODAY }), 'review-overdue');
      expect(one?.params).to.deep.equal({ reviewDate: '2026-03-04', days: 1 });
      const many = find(planFlags(quietPlan({ reviewDate: '2026-02-20' }), { today: TODAY }), 'review-overdue');
      expect(many?.params).to.deep.equal({ reviewDate: '2026-02-20', days: 13 });
    });
  });

  describe('long-term (MHRA 2020: more than 3 months in non-cancer pain)', () => {
    const longTerm = (startDate: string, today: string, indication: OpioidPlanInput['indication'] = 'chronic-non-cancer') =>
      ids(planFlags(quietPlan({ startDate, indication, reviewDate: today, stopDate: undefined }), { today })).includes('long-term');

    it('counts calendar months: exactly 3 months is not yet long-term, the next day is [T-FLAG-014]', () => {
      expect(longTerm('2026-01-15', '2026-04-15')).to.equal(false);
      expect(longTerm('2026-01-15', '2026-04-16')).to.equal(true);
    });

    it('clamps to the end of a shorter month, including 29 February 2028 [T-FLAG-015]', () => {
      expect(longTerm('2026-01-31', '2026-04-30')).to.equal(false);
      expect(longTerm('2026-01-31', '2026-05-01')).to.equal(true);
      expect(longTerm('2025-11-30', '2026-02-28')).to.equal(false);
      expect(longTerm('2025-11-30', '2026-03-01')).to.equal(true);
      expect(longTerm('2027-11-30', '2028-02-29')).to.equal(false);
      expect(longTerm('2027-11-30', '2028-03-01')).to.equal(true);
    });

    it('is not raised in cancer pain or at the end of life [T-FLAG-016]', () => {
      expect(longTerm('2020-01-01', TODAY, 'cancer')).to.equal(false);
      expect(longTerm('2020-01-01', TODAY, 'end-of-life')).to.equal(false);
      expect(longTerm('2020-01-01', TODAY, 'acute')).to.equal(true);
    });

    it('adds calendar months [T-FLAG-017]', () => {
      expect(addCalendarMonths('2026-01-31', 1)).to.equal('2026-02-28');
      expect(addCalendarMonths('2028-01-31', 1)).to.equal('2028-02-29');
      expect(addCalendarMonths('2026-11-15', 3)).to.equal('2027-02-15');
      expect(addCalendarMonths('2026-03-31', -1)).to.equal('2026-02-28');
      expect(addCalendarMonths('2026-02-30', 1)).to.equal('');
      expect(addCalendarMonths('9999-12-01', 1)).to.equal('');
    });
  });

  describe('acute-over-7-days (CDC 2022 rec. 6; HL7/CDC opioid decision support)', () => {
    const acute = (overrides: Partial<OpioidPlanInput>, today = TODAY) =>
      ids(planFlags(quietPlan({ indication: 'acute', startDate: '2026-03-01', reviewDate: undefined, ...overrides }), { today }));

    it('planned course: 7 days no, 8 days yes [T-FLAG-018]', () => {
      expect(acute({ stopDate: '2026-03-08' })).to.not.include('acute-over-7-days');
      expect(acute({ stopDate: '2026-03-09' })).to.include('acute-over-7-days');
    });

    it('no stop date: 7 days so far no, 8 days yes [T-FLAG-019]', () => {
      expect(acute({ stopDate: undefined }, '2026-03-08')).to.not.include('acute-over-7-days');
      expect(acute({ stopDate: undefined }, '2026-03-09')).to.include('acute-over-7-days');
    });

    it('only for acute plans [T-FLAG-020]', () => {
      expect(ids(planFlags(quietPlan({ startDate: '2026-03-01', stopDate: '2026-03-20' }), { today: TODAY }))).to.deep.equal([]);
    });
  });

  describe('co-prescribing and opioid substitution', () => {
    it('benzodiazepine (MHRA 2020; Park 2015) is urgent and names the medicine [T-FLAG-021]', () => {
      const flags = planFlags(quietPlan({ concurrentMedicines: [{ kind: 'benzodiazepine', name: 'diazepam' }] }), { today: TODAY });
      expect(ids(flags)).to.deep.equal(['benzodiazepine']);
      expect(flags[0]?.severity).to.equal('urgent');
      expect(flags[0]?.params.names).to.deep.equal([{ text: 'diazepam' }]);
      expect(flags[0]?.sources.join('; ')).to.match(/MHRA.*2020.*Park/);
    });

    it('C4: the benzodiazepine figure says who it was measured in (US veterans on opioids, Park 2015) [T-FLAG-022]', () => {
      const params = planFlags(quietPlan({ concurrentMedicines: [{ kind: 'benzodiazepine', name: 'diazepam' }] }), { today: TODAY })[0]?.params;
      expect(params).to.deep.include({ relative: 3.9, population: 'us-veterans-on-opioids', citation: 'Park 2015' });
    });

    it('S2: direction controls typed into a medicine name are dropped, so they cannot reorder the message [T-FLAG-023]', () => {
      const flags = planFlags(quietPlan({
        concurrentMedicines: [
          { kind: 'benzodiazepine', name: '\u202Emaplezaid\u2066' },
          { kind: 'gabapentinoid', name: '\u202Bpregabalin\u200F' },
        ],
      }), { today: TODAY });
      const text = JSON.stringify(flags.map((f) => f.params));
      expect(text).to.not.match(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
      expect(find(flags, 'benzodiazepine')?.params.names).to.deep.equal([{ text: 'maplezaid' }]);
      expect(find(flags, 'gabapentinoid')?.params.names).to.deep.equal([{ text: 'pregabalin' }]);
    });

    it('gabapentinoid (MHRA; Gomes 2017) [T-FLAG-024]', () => {
      const flags = planFlags(quietPlan({ concurrentMedicines: [{ kind: 'gabapentinoid', name: 'pregabalin' }] }), { today: TODAY });
      expect(ids(flags)).to.deep.equal(['gabapentinoid']);
      expect(flags[0]?.params.names).to.deep.equal([{ text: 'pregabalin' }]);
      expect(flags[0]?.sources.join('; ')).to.contain('Gomes');
    });

    it('opioid-substitution from a concurrent entry, a line’s purpose or the indication [T-FLAG-025]', () => {
      const concurrent = planFlags(quietPlan({ concurrentMedicines: [{ kind: 'opioid-substitution', drug: 'buprenorphine' }] }), { today: TODAY });
      expect(ids(concurrent)).to.deep.equal(['opioid-substitution']);
      expect(concurrent[0]?.params.names).to.deep.equal([{ drug: 'buprenorphine' }]);
      expect(ids(planFlags(quietPlan({ guidance: 'us', medications: [morphine(20), methadone60OUD] }), { today: TODAY })))
        .to.include('opioid-substitution');
      expect(ids(planFlags(quietPlan({ indication: 'opioid-use-disorder' }), { today: TODAY }))).to.include('opioid-substitution');
    });

    it('opioid-substitution with acute pain says short-term analgesia is accepted, long-term needs joint review [T-FLAG-053]', () => {
      const buprenorphine = { concurrentMedicines: [{ kind: 'opioid-substitution' as const, drug: 'buprenorphine' as const }] };
      const acute = find(planFlags(quietPlan({ ...buprenorphine, indication: 'acute' }), { today: TODAY }), 'opioid-substitution');
      expect(acute?.params.acute).to.equal(true);
      expect(describeFlag(acute!, 'en-GB')).to.match(/Short-term opioids for acute pain are widely accepted alongside it; if they continue, they need a joint pain and addiction review/);
      const chronic = find(planFlags(quietPlan({ ...buprenorphine, indication: 'chronic-non-cancer' }), { today: TODAY }), 'opioid-substitution');
      expect(chronic?.params.acute).to.equal(false);
      expect(describeFlag(chronic!, 'en-GB')).to.match(/Opioids for pain need a joint pain and addiction review and an agreed end date/);
    });

    it('methadone-conversion whenever there is a methadone line, worded per guidance [T-FLAG-026]', () => {
      const line: Line = { drug: 'methadone', route: 'oral', strength: { value: 5, unit: 'mg' }, dosesPerDay: 2 };
      const uk = find(planFlags(quietPlan({ medications: [line] }), { today: TODAY }), 'methadone-conversion');
      expect(uk?.params).to.deep.equal({ guidance: 'uk' });
      const us = planFlags(quietPlan({ guidance: 'us', medications: [line] }), { today: TODAY });
      expect(ids(us)).to.deep.equal(['methadone-conversion']); // 47 MME: below 50
      expect(us[0]?.params).to.deep.equal({ guidance: 'us', factor: 4.7 });
    });

    it('naloxone: US only, at ≥ 50 MME/day or with a benzodiazepine, unless supplied (CDC 2022 rec. 8) [T-FLAG-027]', () => {
      expect(ids(planFlags(quietPlan({ medications: [morphine(200)] }), { today: TODAY }))).to.not.include('naloxone');
      expect(ids(planFlags(quietPlan({ guidance: 'us', medications: [morphine(49)] }), { today: TODAY }))).to.not.include('naloxone');
      const at50 = find(planFlags(quietPlan({ guidance: 'us', medications: [morphine(50)] }), { today: TODAY }), 'naloxone');
      expect(at50?.params).to.deep.equal({ reasons: ['dose'], total: 50, complete: true, unit: 'MME', threshold: 50, substitution: false });
      expect(at50?.sources.join('; ')).to.match(/recommendation 8.*recommendation 4/);
      expect(ids(planFlags(quietPlan({ guidance: 'us', medications: [morphine(50)], naloxoneSupplied: true }), { today: TODAY })))
        .to.deep.equal(['reassess-dose']);
      expect(ids(planFlags(quietPlan({ guidance: 'us', concurrentMedicines: [{ kind: 'benzodiazepine' }] }), { today: TODAY })))
        .to.deep.equal(['benzodiazepine', 'naloxone']);
    });
  });

  describe('REFERENCE.md §7 scenarios', () => {
    it('1. post-operative discharge (UK): oxycodone 5 mg up to 4 a day for 5 days — nothing to flag', () => {
      const plan: OpioidPlanInput = {
        id: 's1', indication: 'acute', startDate: '2026-03-01', stopDate: '2026-03-06',
        medications: [{ drug: 'oxycodone', route: 'oral', strength: { value: 5, unit: 'mg' }, asNeeded: true, maxDosesPerDay: 4 }],
      };
      expect(planFlags(plan, { today: '2026-03-01' })).to.deep.equal([]);
      // The same course without its stop date is what OUCh set out to fix.
      // (and, with no stop date to end it, the plan then needs a review date as well).
      expect(ids(planFlags({ ...plan, stopDate: undefined }, { today: '2026-03-01' }))).to.deep.equal(['no-stop-date', 'no-review-date']);
    });

    it('2. long-term back pain, morphine 120 mg/day plus pregabalin (UK) [T-FLAG-028]', () => {
      const plan: OpioidPlanInput = {
        id: 's2', indication: 'chronic-non-cancer', startDate: '2022-03-01', reviewDate: '2026-03-19',
        medications: [{ drug: 'morphine', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 2, product: 'Morphine MR' }],
        concurrentMedicines: [{ kind: 'gabapentinoid', name: 'pregabalin' }],
        goals: ['Walk to the shops', 'Sleep through the night'],
        taper: { startDate: '2026-03-19', startDose: 120, percent: 10, intervalDays: 14, basis: 'original', roundTo: 10 },
      };
      const flags = planFlags(plan, { today: TODAY });
      // The taper to 0 mg is the plan for the end of treatment, so no stop date is asked for.
      expect(ids(flags)).to.deep.equal(['high-dose', 'gabapentinoid', 'long-term']);
      expect(ids(planFlags({ ...plan, taper: undefined }, { today: TODAY }))).to.deep.equal(['high-dose', 'gabapentinoid', 'long-term', 'no-stop-date']);
      expect(flags[0]?.params).to.deep.include({ total: 120, complete: true, threshold: 90, unit: 'OME' });
      // With the older 120 mg/day threshold configured it is still (just) a high dose.
      expect(ids(planFlags(plan, { today: TODAY, threshold: 120 }))).to.include('high-dose');
    });

    it('3. opioid substitution and chronic pain (UK): incomplete total, OST, methadone [T-FLAG-029]', () => {
      const plan: OpioidPlanInput = {
        id: 's3', indication: 'chronic-non-cancer', startDate: '2026-02-20', reviewDate: '2026-03-20', stopDate: '2026-05-21',
        medications: [methadone60OUD, { drug: 'oxycodone', route: 'oral', strength: { value: 10, unit: 'mg' }, dosesPerDay: 3 }],
      };
      const flags = planFlags(plan, { today: TODAY });
      expect(ids(flags)).to.deep.equal(['opioid-substitution', 'methadone-conversion', 'incomplete-total']);
      expect(find(flags, 'incomplete-total')?.params).to.deep.include({ counted: 45, notConverted: [{ drug: 'methadone' }] });
      expect(find(flags, 'opioid-substitution')?.params).to.deep.include({ names: [{ drug: 'methadone' }], analgesics: [{ drug: 'oxycodone' }] });
      // US: methadone for opioid use disorder is not converted either (CDC 2022), oxycodone is 45 MME.
      // Regression: the US methadone-conversion flag said "counted with the CDC 2022 factor of 4.7"
      // beside a total that leaves this methadone out; it is raised only for methadone taken for pain.
      const us = planFlags(plan, { today: TODAY, guidance: 'us' });
      // Anyone in substitution treatment has a substance use disorder: offer naloxone (CDC 2022 rec. 8).
      expect(ids(us)).to.deep.equal(['naloxone', 'opioid-substitution', 'incomplete-total']);
      expect(ids(us)).to.not.include('methadone-conversion');
    });

    it('4. primary-care review, co-codamol 30/500 two tablets four times a day for 18 months [T-FLAG-030]', () => {
      const plan: OpioidPlanInput = {
        id: 's4', indication: 'chronic-non-cancer', startDate: '2024-09-05', reviewDate: '2026-04-02',
        medications: [{ drug: 'codeine', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 4, product: 'Co-codamol 30/500, 2 tablets' }],
      };
      expect(ids(planFlags(plan, { today: TODAY }))).to.deep.equal(['long-term', 'no-stop-date']);
      expect(ids(planFlags(plan, { today: TODAY, guidance: 'us' }))).to.deep.equal(['long-term', 'no-stop-date']); // 36 MME
    });

    it('5. buprenorphine 10 microgram/hour patch: complete in the UK, incomplete in the US [T-FLAG-031]', () => {
      const plan: OpioidPlanInput = {
        id: 's5', indication: 'chronic-non-cancer', startDate: '2026-01-10', reviewDate: '2026-04-10', stopDate: '2026-07-10',
        medications: [{ drug: 'buprenorphine', route: 'transdermal', strength: { value: 10, unit: 'microgram/hour' } }],
      };
      expect(ids(planFlags(plan, { today: TODAY }))).to.deep.equal([]);
      const us = planFlags(plan, { today: TODAY, guidance: 'us' });
      expect(ids(us)).to.deep.equal(['incomplete-total']);
      expect(us[0]?.params.reasons).to.deep.equal(['excluded']);
    });

    it('6. US primary care: hydrocodone + tramadol 60 MME/day, alprazolam, no naloxone [T-FLAG-032]', () => {
      const plan: OpioidPlanInput = {
        id: 's6', indication: 'chronic-non-cancer', guidance: 'us', startDate: '2026-02-01', reviewDate: '2026-03-15', stopDate: '2026-05-01',
        medications: [
          { drug: 'hydrocodone', route: 'oral', strength: { value: 10, unit: 'mg' }, dosesPerDay: 4 },
          { drug: 'tramadol', route: 'oral', strength: { value: 50, unit: 'mg' }, dosesPerDay: 2 },
        ],
        concurrentMedicines: [{ kind: 'benzodiazepine', name: 'alprazolam' }],
      };
      const flags = planFlags(plan, { today: TODAY });
      expect(ids(flags)).to.deep.equal(['benzodiazepine', 'reassess-dose', 'naloxone']);
      expect(find(flags, 'reassess-dose')?.params).to.deep.include({ total: 60, complete: true });
      expect(find(flags, 'naloxone')?.params).to.deep.include({ reasons: ['dose', 'benzodiazepine'], total: 60 });
      // The UK view of the same plan: hydrocodone has no UK factor, tramadol is 10 mg/day OME.
      expect(ids(planFlags(plan, { today: TODAY, guidance: 'uk' }))).to.deep.equal(['benzodiazepine', 'incomplete-total']);
      expect(ids(planFlags({ ...plan, naloxoneSupplied: true }, { today: TODAY }))).to.deep.equal(['benzodiazepine', 'reassess-dose']);
    });
  });

  describe('bad input', () => {
    it('an invalid plan gives the single flag invalid-plan, naming the problem [T-FLAG-033]', () => {
      const flags = planFlags({ id: 'x' }, { today: TODAY });
      expect(ids(flags)).to.deep.equal(['invalid-plan']);
      expect(flags[0]?.severity).to.equal('urgent');
      expect(flags[0]?.params.reason).to.equal('plan');
      expect(flags[0]?.params.issues).to.deep.include({ path: 'startDate', code: 'required', params: { field: 'startDate' } });
      expect(ids(planFlags(quietPlan({ stopDate: '2026-01-01' }), { today: TODAY }))).to.deep.equal(['invalid-plan']);
      expect(ids(planFlags(undefined, { today: TODAY }))).to.deep.equal(['invalid-plan']);
    });

    it('an invalid today gives invalid-plan too [T-FLAG-034]', () => {
      for (const today of ['2026-02-30', '', '5 March 2026', undefined]) {
        const flags = planFlags(quietPlan(), { today: today as string });
        expect(ids(flags)).to.deep.equal(['invalid-plan']);
        expect(flags[0]?.params).to.deep.equal({ reason: 'today', issues: [] });
      }
      expect(ids(planFlags(quietPlan(), undefined as never))).to.deep.equal(['invalid-plan']);
    });

    it('accepts the plan as JSON text, as an attribute gives it', () => {
      expect(ids(planFlags(JSON.stringify(quietPlan({ medications: [morphine(90)] })), { today: TODAY }))).to.deep.equal(['high-dose']);
    });

    it('never throws, whatever plan and options it is given [T-FLAG-035]', () => {
      fc.assert(fc.property(fc.anything(), fc.anything(), (plan, options) => {
        const flags = planFlags(plan, options as never);
        expect(flags).to.be.an('array').with.length.greaterThan(0);
        expect(ids(flags)).to.deep.equal(['invalid-plan']);
      }));
      fc.assert(fc.property(fc.anything(), (plan) => {
        expect(planFlags(plan, { today: TODAY })).to.be.an('array');
      }));
    });
  });

  describe('properties over generated plans', () => {
    const date = fc.integer({ min: 0, max: 3000 }).map((n) => {
      const d = new Date(Date.UTC(2024, 0, 1 + n));
      return d.toISOString().slice(0, 10);
    });
    const line = fc.record({
      drug: fc.constantFrom('morphine', 'oxycodone', 'codeine', 'tramadol', 'methadone', 'hydrocodone'),
      route: fc.constant('oral'),
      strength: fc.record({ value: fc.integer({ min: 1, max: 200 }), unit: fc.constant('mg') }),
      dosesPerDay: fc.integer({ min: 1, max: 6 }),
      purpose: fc.option(fc.constantFrom('pain', 'opioid-use-disorder'), { nil: undefined }),
    // Only methadone (here) can be substitution treatment; the schema refuses the purpose on others.
    }).map((generated) => (generated.purpose === 'opioid-use-disorder' && generated.drug !== 'methadone'
      ? { ...generated, purpose: 'pain' as const } : generated));
    const plan = fc.record({
      id: fc.constant('gen'),
      indication: fc.constantFrom('acute', 'chronic-non-cancer', 'cancer', 'end-of-life', 'opioid-use-disorder'),
      medications: fc.array(line, { minLength: 1, maxLength: 4 }),
      startDate: date,
      reviewOffset: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      stopOffset: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      guidance: fc.constantFrom('uk', 'us'),
      naloxoneSupplied: fc.option(fc.boolean(), { nil: undefined }),
      concurrentMedicines: fc.array(fc.record({ kind: fc.constantFrom('benzodiazepine', 'gabapentinoid') }), { maxLength: 2 }),
    }).map(({ reviewOffset, stopOffset, ...rest }) => {
      const offset = (days: number | undefined) => days === undefined ? undefined
        : new Date(Date.parse(`${rest.startDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
      return { ...rest, reviewDate: offset(reviewOffset), stopDate: offset(stopOffset) };
    });

    it('a valid plan never gives invalid-plan, flags are unique and ordered urgent → info [T-FLAG-036]', () => {
      fc.assert(fc.property(plan, date, (generated, today) => {
        const flags = planFlags(generated, { today });
        const rank = { urgent: 0, warning: 1, info: 2 };
        expect(ids(flags)).to.not.include('invalid-plan');
        expect(new Set(ids(flags)).size).to.equal(flags.length);
        for (let i = 1; i < flags.length; i += 1) {
          const [a, b] = [flags[i - 1]!, flags[i]!];
          expect(rank[a.severity] < rank[b.severity]
            || (rank[a.severity] === rank[b.severity] && FLAG_IDS.indexOf(a.id) < FLAG_IDS.indexOf(b.id))).to.equal(true);
        }
        for (const flag of flags) {
          expect(Object.keys(flag).sort()).to.deep.equal(['id', 'params', 'severity', 'sources']);
          expect(flag.sources.length).to.be.above(0);
          for (const source of flag.sources) expect(source).to.be.a('string').and.not.equal('');
          expect(JSON.stringify(flag.params)).to.not.match(/NaN|null/);
        }
      }));
    });

    it('morphine-only plans: high-dose (UK) or reassess (US) exactly when the daily dose reaches the threshold; a UK threshold never moves the US one [T-FLAG-037]', () => {
      fc.assert(fc.property(fc.integer({ min: 1, max: 400 }), fc.constantFrom('uk', 'us'), fc.option(fc.integer({ min: 20, max: 300 }), { nil: undefined }),
        (mg, guidance, threshold) => {
          const flags = planFlags(quietPlan({ medications: [morphine(mg)], guidance: guidance as 'uk' | 'us' }), { today: TODAY, threshold });
          expect(ids(flags).includes('high-dose')).to.equal(guidance === 'uk' && mg >= (threshold ?? 90));
          expect(ids(flags).includes('reassess-dose')).to.equal(guidance === 'us' && mg >= 50);
          expect(ids(flags).includes('naloxone')).to.equal(guidance === 'us' && mg >= 50);
        }));
    });
  });
});
