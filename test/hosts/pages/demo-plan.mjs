// The fictional plan every host page shows (REFERENCE.md §7.2 shape): morphine MR 60 mg twice a day,
// 120 mg/day OME (UK), with a taper of 10% of the original dose every 2 weeks. People are invented.
export const DEMO_TODAY = '2026-11-21';

export const demoPlan = {
  id: 'hosts-demo-chronic',
  indication: 'chronic-non-cancer',
  guidance: 'uk',
  medications: [{
    drug: 'morphine', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 2,
    product: 'Zomorph 60 mg modified-release capsules', purpose: 'pain',
  }],
  startDate: '2022-11-21',
  reviewDate: '2026-12-02',
  goals: ['Walk to the shops and back without stopping', 'Sleep through the night at least four nights a week'],
  taper: {
    startDate: '2026-11-18', startDose: 120, percent: 10, intervalDays: 14, basis: 'original',
    roundTo: 10, drug: 'morphine', unit: 'mg',
  },
  concurrentMedicines: [{ kind: 'gabapentinoid', name: 'Pregabalin', dose: '150 mg twice a day' }],
  naloxoneSupplied: false,
  prescriber: { name: 'Dr Helen Marsh', team: 'Riverside Medical Practice', contact: '0161 496 0123' },
};

/**
 * A small practice caseload for the review list (invented people): the demo patient, a lower dose due
 * for review, and an overdue review at a high dose with a benzodiazepine.
 */
export const demoCaseload = [
  { plan: demoPlan, person: { name: 'ASHWORTH, Robert', identifier: '943 476 5919', age: 67 } },
  {
    plan: {
      ...demoPlan, id: 'hosts-demo-low', taper: undefined, goals: undefined, reviewDate: '2026-12-20',
      medications: [{ drug: 'codeine', route: 'oral', strength: { value: 30, unit: 'mg' }, dosesPerDay: 4, product: 'Codeine 30 mg tablets' }],
    },
    person: { name: 'OKAFOR, Grace', identifier: '943 476 5870', age: 54 },
  },
  {
    plan: {
      ...demoPlan, id: 'hosts-demo-overdue', taper: undefined, reviewDate: '2026-10-01',
      medications: [{ drug: 'oxycodone', route: 'oral', strength: { value: 40, unit: 'mg' }, dosesPerDay: 2, product: 'Oxycodone 40 mg modified-release tablets' }],
      concurrentMedicines: [{ kind: 'benzodiazepine', name: 'Diazepam', dose: '5 mg at night' }],
    },
    person: { name: 'PRICE, Dylan', identifier: '943 476 5811', age: 48 },
  },
];
