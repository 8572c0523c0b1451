// Taper schedules carry codes and parameters only; the catalogues word the method, the summary, every
// note and every issue. The oracle: the reviewed en-GB sentences for fixed schedules, written out here
// (they are what the core printed before it spoke in codes), and for every generated taper in every
// catalogue some words, no broken template and no raw code.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { cdcShortCourseTaper, taperSchedule, type TaperNoteCode } from '../../src/core/taper.js';
import { describeIssue, describeNote, describeTaper, describeTaperSummary, loadLocale } from '../../src/locales/index.js';
import { taperPlan as plan } from './arbitraries.js';
import { expectWords } from './sentence-checks.js';

const START = { startDate: '2026-01-05', intervalDays: 14 } as const;
const LOWEST = (dose: string, days: string, extra: string) => `The lowest dose (${dose}) is kept for ${days}, ${extra} longer than the other steps, before stopping. CDC 2022: once the smallest available dose is reached, the interval between doses can be extended, and opioids may be stopped when taken less than once a day.`;
const ROUNDING = (step: string, days: string) => `Rounding to ${step} makes this taper ${days} longer than the unrounded plan: each dose is rounded up, never down, and no reduction is larger than planned, because large late cuts are the hardest to tolerate (Opioids Aware 2020: longer use, slower taper; CDC 2022: slow down at lower doses, and at the smallest strength extend the interval before stopping).`;

/** Fixed schedules and the en-GB words a prescriber reads for them. */
const WORDED: { name: string; input: Record<string, unknown>; cdc?: boolean; description: string; summary: string; notes: [TaperNoteCode, string][] }[] = [
  {
    name: 'linear', input: { ...START, startDose: 60, percent: 10, basis: 'original' },
    description: '10% of the original dose every 14 days (linear)',
    summary: 'from 60 mg to 0 over 154 days in 10 steps',
    notes: [['lowest-dose-extended', LOWEST('6 mg', '28 days', '14 days')]],
  },
  {
    name: 'of the current dose, with a smallest dose', input: { ...START, startDose: 100, percent: 10, intervalDays: 28, basis: 'current', minimumDose: 10 },
    description: '10% of the current dose every 28 days (each reduction smaller than the last); stops below 10 mg',
    summary: 'from 100 mg to 0 over 644 days in 22 steps',
    notes: [
      ['lowest-dose-extended', LOWEST('10.94 mg', '56 days', '28 days')],
      ['final-cut-larger-than-planned', 'Stopping from 10.94 mg is a larger reduction than the planned 10 mg, because no smaller dose can be given. Consider spacing the doses out (taking them less than once a day) before stopping (CDC 2022).'],
    ],
  },
  {
    name: 'rounded to tablets', input: { ...START, startDose: 120, percent: 10, basis: 'original', roundTo: 10 },
    description: '10% of the original dose every 14 days (linear), each dose rounded up to a multiple of 10 mg without ever reducing faster than planned, so it takes 28 days longer than planned (12 reductions rather than 10); stops below 10 mg',
    summary: 'from 120 mg to 0 over 182 days in 12 steps',
    notes: [['rounding-lengthens', ROUNDING('10 mg', '28 days')], ['lowest-dose-extended', LOWEST('10 mg', '28 days', '14 days')]],
  },
  {
    name: 'faster than Opioids Aware', input: { ...START, startDose: 60, percent: 25, intervalDays: 7, basis: 'original' },
    description: '25% of the original dose every 7 days (linear)',
    summary: 'from 60 mg to 0 over 35 days in 4 steps',
    notes: [
      ['faster-than-opioids-aware', 'Reducing 25% every 7 days is beyond the 5–10% every 2–6 weeks Opioids Aware describes; check this pace is intended.'],
      ['lowest-dose-extended', LOWEST('15 mg', '14 days', '7 days')],
    ],
  },
  {
    name: 'held for rounding, start not a multiple', input: { ...START, startDose: 45, percent: 10, basis: 'current', roundTo: 10 },
    description: '10% of the current dose every 14 days (each reduction smaller than the last), each dose rounded up to a multiple of 10 mg without ever reducing faster than planned, so it takes 14 days longer than planned (5 reductions rather than 15); stops below 10 mg',
    summary: 'from 45 mg to 0 over 238 days in 5 steps',
    notes: [
      ['rounding-lengthens', ROUNDING('10 mg', '14 days')],
      ['start-not-multiple', 'The starting dose (45 mg) is not a multiple of 10 mg; the later doses are.'],
      ['held-for-rounding', 'Where rounding the planned dose up to 10 mg would not lower the dose, the dose is kept for longer instead (at 45 mg, 40 mg, 30 mg, 20 mg).'],
      ['lowest-dose-extended', LOWEST('10 mg', '28 days', '14 days')],
    ],
  },
  {
    name: 'daily, stopping at its largest cut', input: { ...START, startDose: 100, percent: 10, intervalDays: 1, basis: 'current' },
    description: '10% of the current dose every day (each reduction smaller than the last); stops once the dose is 10 mg or less (no more than one planned reduction)',
    summary: 'from 100 mg to 0 over 24 days in 23 steps',
    notes: [
      ['faster-than-opioids-aware', 'Reducing 10% every day is beyond the 5–10% every 2–6 weeks Opioids Aware describes; check this pace is intended.'],
      ['lowest-dose-extended', LOWEST('9.85 mg', '2 days', '1 day')],
    ],
  },
  {
    name: 'CDC short course', cdc: true, input: { startDate: '2026-01-05', startDose: 80, roundTo: 5 },
    description: '10% of the original dose every 7 days until about 30% of it remains, then 10% of the remaining dose every 7 days, each dose rounded up to a multiple of 5 mg without ever reducing faster than planned, so it takes 7 days longer than planned (16 reductions rather than 22); stops below 5 mg',
    summary: 'from 80 mg to 0 over 168 days in 16 steps',
    notes: [
      ['cdc-short-course-use', 'CDC 2022 gives this weekly pace for people who have taken opioids for weeks to months; after a year or more, 10% a month or slower is usually better tolerated.'],
      ['rounding-lengthens', ROUNDING('5 mg', '7 days')],
      ['held-for-rounding', 'Where rounding the planned dose up to 5 mg would not lower the dose, the dose is kept for longer instead (at 15 mg, 10 mg).'],
      ['lowest-dose-extended', LOWEST('5 mg', '14 days', '7 days')],
    ],
  },
];

const ISSUES: { input: Record<string, unknown>; code: string; words: string }[] = [
  { input: { ...START, startDose: 60, percent: 10, basis: 'original', minimumDose: 60 }, code: 'minimum-at-or-above-start', words: 'Smallest dose must be below the starting dose: as written, the taper would stop at once.' },
  { input: { ...START, startDose: 60, percent: 50, basis: 'original', holds: [{ step: 5, intervals: 1 }] }, code: 'pause-on-stop', words: 'Pause step must be between 0 and 1: this schedule has 2 reductions.' },
  { input: { ...START, startDose: 60, percent: 0.01, basis: 'current', minimumDose: 0.1 }, code: 'too-many-intervals', words: 'Reduction percentage is too small: this taper would take more than 400 intervals to stop (use a larger percentage or a larger smallest dose).' },
];

const NOTE_CODES: readonly TaperNoteCode[] = [
  'faster-than-opioids-aware', 'cdc-short-course-use', 'held-for-rounding', 'start-not-multiple', 'rounding-lengthens',
  'lowest-dose-extended', 'final-cut-larger-than-planned',
];
const TAGS = ['en-GB', 'en-US', 'cy', 'es'] as const;

describe('locales: taper schedules', () => {
  before(async () => {
    await loadLocale('cy');
    await loadLocale('es');
  });

  it('words the method, summary and notes of fixed schedules as the reviewed en-GB text, and every note code once at least [T-LOC-06]', () => {
    const seen = new Set<string>();
    for (const { name, input, cdc, description, summary, notes } of WORDED) {
      const result = cdc ? cdcShortCourseTaper(input) : taperSchedule(input);
      expect(result.ok, name).to.equal(true);
      if (!result.ok) continue;
      expect(describeTaper(result, 'en-GB'), name).to.equal(description);
      expect(describeTaperSummary(result.summary, 'en-GB'), name).to.equal(summary);
      expect(result.notes.map((note) => [note.code, describeNote(note, 'en-GB')]), name).to.deep.equal(notes);
      // The same in en-US: a taper is in mg and has no US wording of its own.
      expect(describeTaper(result, 'en-US'), name).to.equal(description);
      for (const [code] of notes) seen.add(code);
    }
    expect([...seen].sort()).to.deep.equal([...NOTE_CODES].sort());
    for (const { input, code, words } of ISSUES) {
      const result = taperSchedule(input);
      expect(result.ok, code).to.equal(false);
      if (result.ok) continue;
      expect(result.issues.map((issue) => [issue.code, describeIssue(issue, 'en-GB')])).to.deep.equal([[code, words]]);
    }
  });

  it('words the method, summary, notes and issues of every generated taper in every catalogue, with no raw code or broken template [T-LOCW-01]', () => {
    let schedules = 0;
    let issues = 0;
    fc.assert(fc.property(plan, fc.boolean(), fc.constantFrom(...TAGS), (input, cdc, tag) => {
      const result = cdc ? cdcShortCourseTaper(input) : taperSchedule(input);
      if (!result.ok) {
        for (const issue of result.issues) {
          issues += 1;
          expectWords(describeIssue(issue, tag), `${tag} ${issue.code}`, [issue.code]);
        }
        return;
      }
      schedules += 1;
      expectWords(describeTaper(result, tag), `${tag} method`, ['cdc-short-course', 'largest-cut', 'minimumDose', 'roundTo']);
      const summary = describeTaperSummary(result.summary, tag);
      expectWords(summary, `${tag} summary`);
      for (const note of result.notes) expectWords(describeNote(note, tag), `${tag} ${note.code}`, NOTE_CODES);
    }), { numRuns: 700 });
    expect(schedules).to.be.above(100);
    expect(issues).to.be.above(10);
  });
});
