// The built core, imported the way any Node 20 tool would: through the package's own `exports`
// ('opioid-elements/core'), with no DOM. Run by scripts/test.mjs in three time zones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as core from 'opioid-elements/core';

const vectors = JSON.parse(readFileSync(new URL('../fixtures/ome-vectors.json', import.meta.url), 'utf8'));

test('the core imports in Node with no DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  for (const name of ['dailyOme', 'totalDailyOme', 'parsePlan', 'addDays', 'daysBetween', 'taperSchedule', 'planFlags', 'todayIso']) {
    assert.equal(typeof core[name], 'function', `${name} is exported`);
  }
});

for (const testCase of vectors.cases) {
  for (const guidance of ['uk', 'us']) {
    test(`reference vector (${guidance}): ${testCase.name}`, () => {
      const expected = testCase[guidance];
      const total = core.totalDailyOme(testCase.lines, { guidance });
      if (typeof expected === 'number') {
        assert.equal(total.complete, true);
        assert.equal(total.value, expected);
      } else {
        assert.equal(total.complete, false);
        assert.equal(total.lines[0].ok, false);
        assert.equal(total.lines[0].reason, expected);
      }
    });
  }
}

test('calendar dates do not move with the process time zone [T-NODE-001]', () => {
  assert.equal(core.addDays('2028-02-28', 1), '2028-02-29');
  assert.equal(core.addDays('2026-03-28', 2), '2026-03-30');
  assert.equal(core.daysBetween('2026-10-20', '2026-11-03'), 14);
  assert.equal(core.todayIso('Pacific/Kiritimati', Date.UTC(2026, 2, 5, 11, 30)), '2026-03-06');
});

test('parsePlan returns plain issues and never throws [T-NODE-002]', () => {
  const bad = core.parsePlan('{ not json');
  assert.equal(bad.ok, false);
  assert.deepEqual(bad.issues[0], { path: '', code: 'invalid-json', params: {} });
  const wrong = core.parsePlan({ id: 'p', indication: 'acute', startDate: '2026-02-30', medications: [] });
  assert.equal(wrong.ok, false);
  assert.ok(wrong.issues.some((i) => i.path === 'startDate'));
});

test('taperSchedule: 60 mg, 10% of the original dose every 14 days [T-NODE-003]', () => {
  const result = core.taperSchedule({ startDate: '2026-01-05', startDose: 60, percent: 10, intervalDays: 14, basis: 'original' });
  assert.equal(result.ok, true);
  assert.deepEqual(result.steps.map((s) => s.dose), [60, 54, 48, 42, 36, 30, 24, 18, 12, 6, 0]);
  assert.equal(result.steps[1].date, '2026-01-19');
});

test('planFlags: a US plan at 60 MME/day without naloxone [T-NODE-004]', () => {
  const plan = core.parsePlan({
    id: 'us-1', indication: 'chronic-non-cancer', startDate: '2026-01-01', guidance: 'us',
    medications: [
      { drug: 'hydrocodone', route: 'oral', strength: { value: 10, unit: 'mg' }, dosesPerDay: 4 },
      { drug: 'tramadol', route: 'oral', strength: { value: 50, unit: 'mg' }, dosesPerDay: 2 },
    ],
  });
  assert.equal(plan.ok, true);
  const ids = core.planFlags(plan.plan, { today: '2026-02-01' }).map((f) => f.id);
  // CDC 2022 rec. 4: at or above 50 MME/day, reassess before any increase (not a "high dose").
  assert.ok(ids.includes('reassess-dose'));
  assert.ok(!ids.includes('high-dose'));
  assert.ok(ids.includes('naloxone'));
});
