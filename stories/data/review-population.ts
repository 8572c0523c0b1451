/**
 * A fictional caseload for `<opioid-review-list>`: the people a practice or an integrated care board
 * lists for an opioid review, generated from a seed so every story, test, demo and benchmark sees the
 * same people. The mix follows what primary-care review services describe (mostly codeine, tramadol
 * and morphine for chronic non-cancer pain; some at high doses; gabapentinoids more often than
 * benzodiazepines; some in opioid substitution treatment with pain; some with no review date or an
 * overdue one; a few on a taper; a few acute plans that reached primary care without a stop date).
 *
 * Every person is invented. Identifiers use the 999 range, which is never issued as an NHS number.
 */
import { addDays } from '../../src/core/dates.js';
import type { OpioidPlanInput } from '../../src/core/schema.js';
import { DEMO_TODAY } from './plans.js';

export interface PopulationEntry {
  person: { name: string; identifier: string; age: number; note?: string };
  plan: OpioidPlanInput | unknown;
}

export interface PopulationOptions {
  seed?: number;
  today?: string;
  /** Share of plans that fail validation (a row that says so), 0–1. Default 0. */
  invalidShare?: number;
  /** Share of entries that repeat an earlier plan id, 0–1. Default 0. */
  duplicateShare?: number;
  /** The host's note field (e.g. the practice); default none. */
  note?: (index: number) => string | undefined;
  guidance?: 'uk' | 'us';
}

/** mulberry32: a small, fast, seeded generator (the same people on every run). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = ['Aisha', 'Alan', 'Amara', 'Andrew', 'Angela', 'Anwar', 'Barbara', 'Bernard', 'Beverley', 'Brian', 'Carol',
  'Chen', 'Christine', 'Colin', 'Dafydd', 'Deborah', 'Declan', 'Derek', 'Diane', 'Donna', 'Eileen', 'Emeka', 'Fatima',
  'Gareth', 'Gillian', 'Gordon', 'Hannah', 'Harjit', 'Ian', 'Irene', 'Jacqueline', 'Jamal', 'Janet', 'Jean', 'Joan',
  'Julie', 'Karen', 'Keith', 'Kwame', 'Linda', 'Lorraine', 'Malcolm', 'Margaret', 'Mark', 'Maureen', 'Michelle', 'Mohammed',
  'Nasreen', 'Neil', 'Niamh', 'Nigel', 'Olu', 'Pamela', 'Patricia', 'Paul', 'Priya', 'Rajesh', 'Raymond', 'Rhiannon',
  'Ruth', 'Sandra', 'Sean', 'Sharon', 'Siobhan', 'Stephen', 'Stuart', 'Susan', 'Tariq', 'Teresa', 'Tracey', 'Trevor',
  'Valerie', 'Wendy', 'Yusuf', 'Zofia'];
const FAMILY = ['Abbott', 'Adeyemi', 'Ahmed', 'Ashworth', 'Bailey', 'Begum', 'Bennett', 'Brennan', 'Campbell', 'Chowdhury',
  'Clarke', 'Collins', 'Davies', 'Doherty', 'Edwards', 'Evans', 'Fitzgerald', 'Fletcher', 'Gallagher', 'Griffiths',
  'Hall', 'Hughes', 'Hussain', 'Iqbal', 'Jackson', 'James', 'Jenkins', 'Kaur', 'Kelly', 'Khan', 'Kowalski', 'Lewis',
  'Lloyd', 'Mahmood', 'Marsh', 'McCarthy', 'Morgan', 'Murphy', 'Nowak', 'Okafor', 'Osei', 'Owen', 'Parry', 'Patel',
  'Price', 'Pritchard', 'Quinn', 'Rahman', 'Rees', 'Roberts', 'Shah', 'Singh', 'Taylor', 'Thomas', 'Turner', 'Walsh',
  'Ward', 'Watkins', 'Williams', 'Wood', 'Wright', 'Yilmaz'];
const GPS = ['Dr Helen Marsh', 'Dr Aled Rees', 'Dr Sunita Rao', 'Dr Tom Whitfield', 'Dr Grace Owusu'];

type Kind = 'codeine' | 'tramadol' | 'morphine' | 'morphine-high' | 'oxycodone' | 'buprenorphine-patch' | 'fentanyl-patch'
  | 'ost-with-pain' | 'acute' | 'cancer' | 'dihydrocodeine' | 'tapentadol';
/** Weights per 100 people, roughly the order of what primary care prescribes for chronic pain. */
const MIX: ReadonlyArray<[Kind, number]> = [
  ['codeine', 24], ['tramadol', 15], ['morphine', 12], ['morphine-high', 6], ['oxycodone', 8], ['buprenorphine-patch', 9],
  ['fentanyl-patch', 4], ['ost-with-pain', 4], ['acute', 7], ['cancer', 4], ['dihydrocodeine', 4], ['tapentadol', 3],
];
const MIX_TOTAL = MIX.reduce((sum, [, weight]) => sum + weight, 0);

/** `count` fictional people with their plans, from `seed`. */
export function generatePopulation(count: number, options: PopulationOptions = {}): PopulationEntry[] {
  const rand = random(options.seed ?? 13);
  const today = options.today ?? DEMO_TODAY;
  const day = (offset: number) => addDays(today, offset);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const between = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const chance = (p: number) => rand() < p;
  const entries: PopulationEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (i > 0 && chance(options.duplicateShare ?? 0)) {
      const earlier = entries[between(0, i - 1)] as PopulationEntry;
      entries.push({ person: { ...earlier.person }, plan: earlier.plan });
      continue;
    }
    let roll = rand() * MIX_TOTAL;
    let kind: Kind = 'codeine';
    for (const [candidate, weight] of MIX) {
      roll -= weight;
      if (roll < 0) { kind = candidate; break; }
    }
    const age = kind === 'acute' ? between(25, 85) : kind === 'ost-with-pain' ? between(28, 58) : between(34, 92);
    const gp = pick(GPS);
    const start = kind === 'acute' ? day(-between(3, 40)) : day(-between(60, 3600));
    const plan: OpioidPlanInput = {
      id: `plan-${String(i + 1).padStart(6, '0')}`,
      indication: kind === 'acute' ? 'acute' : kind === 'cancer' ? 'cancer' : 'chronic-non-cancer',
      medications: [],
      startDate: start,
      guidance: options.guidance ?? 'uk',
    };
    const line = (drug: OpioidPlanInput['medications'][number]) => plan.medications.push(drug);
    switch (kind) {
      case 'codeine': line({ drug: 'codeine', route: 'oral', strength: { value: pick([30, 60]), unit: 'mg' }, dosesPerDay: pick([2, 3, 4]), product: 'Co-codamol 30/500 tablets', purpose: 'pain' }); break;
      case 'tramadol': line({ drug: 'tramadol', route: 'oral', strength: { value: pick([50, 100]), unit: 'mg' }, dosesPerDay: pick([2, 3, 4]), purpose: 'pain' }); break;
      case 'dihydrocodeine': line({ drug: 'dihydrocodeine', route: 'oral', strength: { value: 30, unit: 'mg' }, dosesPerDay: pick([2, 3, 4]), purpose: 'pain' }); break;
      case 'tapentadol': line({ drug: 'tapentadol', route: 'oral', strength: { value: pick([50, 100, 150]), unit: 'mg' }, dosesPerDay: 2, purpose: 'pain' }); break;
      case 'morphine': line({ drug: 'morphine', route: 'oral', strength: { value: pick([10, 15, 20, 30]), unit: 'mg' }, dosesPerDay: 2, product: 'Morphine sulfate modified-release tablets', purpose: 'pain' }); break;
      case 'morphine-high':
        line({ drug: 'morphine', route: 'oral', strength: { value: pick([50, 60, 80, 100]), unit: 'mg' }, dosesPerDay: 2, product: 'Zomorph modified-release capsules', purpose: 'pain' });
        if (chance(0.4)) line({ drug: 'morphine', route: 'oral', strength: { value: 10, unit: 'mg' }, asNeeded: true, maxDosesPerDay: 4, product: 'Oramorph 10 mg/5 mL oral solution', purpose: 'pain' });
        break;
      case 'oxycodone': line({ drug: 'oxycodone', route: 'oral', strength: { value: pick([5, 10, 20, 40]), unit: 'mg' }, dosesPerDay: 2, purpose: 'pain' }); break;
      case 'buprenorphine-patch': line({ drug: 'buprenorphine', route: 'transdermal', strength: { value: pick([5, 10, 15, 20]), unit: 'microgram/hour' }, product: '7-day buprenorphine patch', purpose: 'pain' }); break;
      case 'fentanyl-patch': line({ drug: 'fentanyl', route: 'transdermal', strength: { value: pick([12, 25, 50, 75]), unit: 'microgram/hour' }, product: '72-hour fentanyl patch', purpose: 'pain' }); break;
      case 'ost-with-pain':
        line({ drug: 'methadone', route: 'oral', strength: { value: pick([40, 60, 80]), unit: 'mg' }, dosesPerDay: 1, product: 'Methadone 1 mg/mL oral solution (supervised)', purpose: 'opioid-use-disorder' });
        line({ drug: pick(['oxycodone', 'morphine'] as const), route: 'oral', strength: { value: 10, unit: 'mg' }, dosesPerDay: pick([2, 3]), purpose: 'pain' });
        plan.riskFactors = { substanceUseDisorder: true };
        plan.careTeam = [
          { role: 'pain-service', team: 'Pain Management Service', responsibilities: ['reviews'] },
          { role: 'addiction-service', team: 'Community Drug and Alcohol Service', responsibilities: ['prescribes'] },
          { role: 'gp', name: gp },
        ];
        break;
      case 'acute': line({ drug: pick(['oxycodone', 'morphine', 'codeine'] as const), route: 'oral', strength: { value: pick([5, 10]), unit: 'mg' }, asNeeded: true, maxDosesPerDay: 4, purpose: 'pain' }); break;
      case 'cancer': line({ drug: 'morphine', route: 'oral', strength: { value: pick([30, 60, 90]), unit: 'mg' }, dosesPerDay: 2, purpose: 'pain' }); break;
    }
    // Gabapentinoids are co-prescribed far more often than benzodiazepines in chronic pain.
    const concurrent: NonNullable<OpioidPlanInput['concurrentMedicines']> = [];
    if (kind !== 'acute' && chance(0.2)) concurrent.push({ kind: 'gabapentinoid', name: pick(['Pregabalin', 'Gabapentin']), dose: pick(['75 mg twice a day', '150 mg twice a day', '300 mg three times a day']) });
    if (kind !== 'acute' && chance(kind === 'ost-with-pain' ? 0.25 : 0.07)) concurrent.push({ kind: 'benzodiazepine', name: pick(['Diazepam', 'Zopiclone (a Z-drug, recorded with benzodiazepines)', 'Lorazepam']), dose: pick(['2 mg at night', '5 mg twice a day']) });
    if (kind === 'ost-with-pain') concurrent.push({ kind: 'opioid-substitution', drug: 'methadone', name: 'Methadone (Community Drug and Alcohol Service)' });
    if (concurrent.length > 0) plan.concurrentMedicines = concurrent;
    // Review dates: some services inherit many patients with none, and a backlog of overdue ones.
    if (kind === 'acute') {
      if (chance(0.6)) plan.stopDate = addDays(start, between(3, 10));
      if (chance(0.5)) plan.reviewDate = addDays(start, between(3, 14));
    } else {
      const review = rand();
      if (review < 0.16) { /* no review date */ } else if (review < 0.42) plan.reviewDate = day(-between(1, 400));
      else plan.reviewDate = day(between(0, 120));
      if (plan.reviewDate !== undefined && plan.reviewDate < start) plan.reviewDate = start;
    }
    if ((kind === 'morphine-high' || kind === 'oxycodone' || kind === 'morphine') && chance(0.22)) {
      const first = plan.medications[0] as OpioidPlanInput['medications'][number];
      const dose = first.strength.value * (first.dosesPerDay ?? 1);
      plan.taper = { startDate: day(-between(-20, 120)), startDose: dose, percent: 10, intervalDays: pick([14, 28]), basis: 'original', roundTo: 5, drug: first.drug, unit: 'mg' };
      if (plan.taper.startDate < start) plan.taper.startDate = start;
    }
    if (kind !== 'ost-with-pain') {
      plan.prescriber = { name: gp, team: 'Riverside Medical Practice' };
      if (kind === 'morphine-high' || kind === 'fentanyl-patch' || kind === 'cancer') {
        plan.careTeam = [
          { role: kind === 'cancer' ? 'palliative-care' : 'pain-service', team: kind === 'cancer' ? 'Hospice at Home team' : 'Pain Management Service', responsibilities: ['reviews'] },
          { role: 'gp', name: gp, responsibilities: ['prescribes'] },
        ];
      }
    }
    if (options.guidance === 'us' && chance(0.3)) plan.naloxoneSupplied = true;
    let entryPlan: unknown = plan;
    if (chance(options.invalidShare ?? 0)) {
      // Typical EPR export mistakes: a missing dose count, a misspelt field, a start date typed wrongly.
      const broken = rand();
      entryPlan = broken < 0.34 ? { ...plan, medications: [{ ...plan.medications[0], dosesPerDay: undefined, asNeeded: undefined, maxDosesPerDay: undefined, route: 'oral', strength: { value: 10, unit: 'mg' } }] }
        : broken < 0.67 ? { ...plan, reveiwDate: plan.reviewDate ?? day(30) }
        : { ...plan, startDate: '31/02/2024' };
    }
    const note = options.note?.(i);
    entries.push({
      person: { name: `${pick(FAMILY).toUpperCase()}, ${pick(GIVEN)}`, identifier: `999 ${String(between(0, 999)).padStart(3, '0')} ${String(between(0, 9999)).padStart(4, '0')}`, age, ...(note ? { note } : {}) },
      plan: entryPlan,
    });
  }
  return entries;
}
