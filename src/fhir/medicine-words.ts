/**
 * The words that name medicines the plan cares about, as data: generic names, brand names and the
 * benzodiazepine, gabapentinoid and naloxone lists. Matched as whole words, case-insensitively.
 *
 * Brands are listed only where the brand is one product family with one opioid (UK BNF / dm+d and US
 * RxNorm brand names); a brand that could mean several things is left out, so its text is not guessed.
 */
import type { OpioidId } from '../core/ids.js';
import type { ProductForm, ProductRoute, Release } from '../core/coded-medicine.js';

export const OPIOID_WORDS: Readonly<Record<string, OpioidId>> = {
  morphine: 'morphine', codeine: 'codeine', dihydrocodeine: 'dihydrocodeine', tramadol: 'tramadol',
  tapentadol: 'tapentadol', oxycodone: 'oxycodone', hydromorphone: 'hydromorphone', hydrocodone: 'hydrocodone',
  oxymorphone: 'oxymorphone', methadone: 'methadone', fentanyl: 'fentanyl', buprenorphine: 'buprenorphine',
};

/** Opioids the conversion tables do not cover: a medicine containing one is never silently "other". */
export const OTHER_OPIOID_WORDS: readonly string[] = [
  'diamorphine', 'heroin', 'pethidine', 'meperidine', 'pentazocine', 'levorphanol', 'butorphanol', 'nalbuphine',
  'dipipanone', 'alfentanil', 'remifentanil', 'sufentanil', 'meptazinol', 'dextropropoxyphene', 'propoxyphene',
  'opium', 'papaveretum', 'dextromoramide', 'phenazocine', 'tilidine', 'benzhydrocodone', 'levomethadyl',
  'co-proxamol', 'pholcodine', 'ethylmorphine', 'nicomorphine', 'dihydromorphine',
];

/** The partners of opioid combination products, by the words used for them. */
export const PARTNER_WORDS: Readonly<Record<string, string>> = {
  paracetamol: 'paracetamol', acetaminophen: 'paracetamol', apap: 'paracetamol', ibuprofen: 'ibuprofen',
  aspirin: 'aspirin', naloxone: 'naloxone', cyclizine: 'cyclizine', kaolin: 'kaolin', caffeine: 'caffeine',
  buclizine: 'buclizine', promethazine: 'promethazine', guaifenesin: 'guaifenesin', chlorphenamine: 'chlorphenamine',
  chlorpheniramine: 'chlorphenamine', pseudoephedrine: 'pseudoephedrine', phenylephrine: 'phenylephrine',
  brompheniramine: 'brompheniramine', homatropine: 'homatropine', carisoprodol: 'carisoprodol',
  butalbital: 'butalbital', celecoxib: 'celecoxib', atropine: 'atropine', naltrexone: 'naltrexone',
  diphenhydramine: 'diphenhydramine', triprolidine: 'triprolidine', pyrilamine: 'pyrilamine',
};

export const BENZODIAZEPINE_WORDS: readonly string[] = [
  'alprazolam', 'bromazepam', 'chlordiazepoxide', 'clobazam', 'clonazepam', 'clorazepate', 'diazepam', 'estazolam',
  'flunitrazepam', 'flurazepam', 'halazepam', 'ketazolam', 'loprazolam', 'lorazepam', 'lormetazepam', 'midazolam',
  'nitrazepam', 'oxazepam', 'prazepam', 'quazepam', 'temazepam', 'triazolam', 'remimazolam',
  // brands
  'valium', 'xanax', 'ativan', 'klonopin', 'rivotril', 'librium', 'restoril', 'halcion', 'stesolid', 'diazemuls',
  'mogadon', 'somnite', 'dalmane',
];
export const GABAPENTINOID_WORDS: readonly string[] = ['gabapentin', 'pregabalin', 'lyrica', 'neurontin', 'gralise', 'horizant'];
export const NALOXONE_WORDS: readonly string[] = ['naloxone', 'narcan', 'prenoxad', 'nyxoid', 'kloxxado', 'zimhi'];

/** The generic name for a benzodiazepine or gabapentinoid brand. */
export const CLASS_BRAND_GENERIC: Readonly<Record<string, string>> = {
  valium: 'diazepam', xanax: 'alprazolam', ativan: 'lorazepam', klonopin: 'clonazepam', rivotril: 'clonazepam',
  librium: 'chlordiazepoxide', restoril: 'temazepam', halcion: 'triazolam', stesolid: 'diazepam', diazemuls: 'diazepam',
  mogadon: 'nitrazepam', somnite: 'nitrazepam', dalmane: 'flurazepam', lyrica: 'pregabalin',
  neurontin: 'gabapentin', gralise: 'gabapentin', horizant: 'gabapentin',
};

export interface Brand {
  drug: OpioidId;
  release?: Release;
  form?: ProductForm;
  route?: ProductRoute;
  patchHours?: number;
  /** A fixed combination: the first strength is the opioid's, the second the partner's. */
  partner?: string;
  purpose?: 'opioid-use-disorder';
}

const patch = (drug: OpioidId, patchHours?: number): Brand =>
  ({ drug, form: 'patch', route: 'transdermal', ...(patchHours ? { patchHours } : {}) });

export const BRANDS: Readonly<Record<string, Brand>> = {
  'mst continus': { drug: 'morphine', release: 'MR' }, 'ms contin': { drug: 'morphine', release: 'MR' },
  zomorph: { drug: 'morphine', release: 'MR', form: 'capsule', route: 'oral' }, mxl: { drug: 'morphine', release: 'MR' },
  morphgesic: { drug: 'morphine', release: 'MR' }, kadian: { drug: 'morphine', release: 'MR' },
  oramorph: { drug: 'morphine', release: 'IR' }, sevredol: { drug: 'morphine', release: 'IR', form: 'tablet', route: 'oral' },
  oxycontin: { drug: 'oxycodone', release: 'MR' }, longtec: { drug: 'oxycodone', release: 'MR' },
  oxynorm: { drug: 'oxycodone', release: 'IR' }, shortec: { drug: 'oxycodone', release: 'IR' },
  roxicodone: { drug: 'oxycodone', release: 'IR' }, xtampza: { drug: 'oxycodone', release: 'MR' },
  targinact: { drug: 'oxycodone', release: 'MR', partner: 'naloxone' },
  percocet: { drug: 'oxycodone', partner: 'paracetamol' },
  durogesic: patch('fentanyl', 72), duragesic: patch('fentanyl', 72), matrifen: patch('fentanyl', 72),
  mezolar: patch('fentanyl', 72), fencino: patch('fentanyl', 72),
  abstral: { drug: 'fentanyl', form: 'tablet', route: 'sublingual' },
  effentora: { drug: 'fentanyl', form: 'tablet', route: 'buccal' },
  actiq: { drug: 'fentanyl', form: 'lozenge', route: 'buccal' },
  breakyl: { drug: 'fentanyl', form: 'film', route: 'buccal' },
  pecfent: { drug: 'fentanyl', form: 'spray', route: 'nasal' }, instanyl: { drug: 'fentanyl', form: 'spray', route: 'nasal' },
  butrans: patch('buprenorphine', 168), transtec: patch('buprenorphine', 96),
  temgesic: { drug: 'buprenorphine', form: 'tablet', route: 'sublingual' },
  belbuca: { drug: 'buprenorphine', form: 'film', route: 'buccal' },
  subutex: { drug: 'buprenorphine', form: 'tablet', route: 'sublingual', purpose: 'opioid-use-disorder' },
  espranor: { drug: 'buprenorphine', form: 'tablet', route: 'oral', purpose: 'opioid-use-disorder' },
  suboxone: { drug: 'buprenorphine', route: 'sublingual', partner: 'naloxone', purpose: 'opioid-use-disorder' },
  zubsolv: { drug: 'buprenorphine', form: 'tablet', route: 'sublingual', partner: 'naloxone', purpose: 'opioid-use-disorder' },
  buvidal: { drug: 'buprenorphine', form: 'injection', route: 'parenteral', purpose: 'opioid-use-disorder' },
  sublocade: { drug: 'buprenorphine', form: 'injection', route: 'parenteral', purpose: 'opioid-use-disorder' },
  probuphine: { drug: 'buprenorphine', form: 'implant', route: 'parenteral', purpose: 'opioid-use-disorder' },
  palexia: { drug: 'tapentadol' }, nucynta: { drug: 'tapentadol' },
  zydol: { drug: 'tramadol' }, zamadol: { drug: 'tramadol' }, tramulief: { drug: 'tramadol' }, maxitram: { drug: 'tramadol' },
  marol: { drug: 'tramadol' }, tradorec: { drug: 'tramadol', release: 'MR' }, ultram: { drug: 'tramadol' },
  tramacet: { drug: 'tramadol', partner: 'paracetamol' }, ultracet: { drug: 'tramadol', partner: 'paracetamol' },
  'co-codamol': { drug: 'codeine', partner: 'paracetamol' }, cocodamol: { drug: 'codeine', partner: 'paracetamol' },
  solpadol: { drug: 'codeine', partner: 'paracetamol' }, zapain: { drug: 'codeine', partner: 'paracetamol' },
  kapake: { drug: 'codeine', partner: 'paracetamol' }, tylex: { drug: 'codeine', partner: 'paracetamol' },
  codipar: { drug: 'codeine', partner: 'paracetamol' }, 'co-codaprin': { drug: 'codeine', partner: 'aspirin' },
  'co-dydramol': { drug: 'dihydrocodeine', partner: 'paracetamol' }, codydramol: { drug: 'dihydrocodeine', partner: 'paracetamol' },
  'dhc continus': { drug: 'dihydrocodeine', release: 'MR' },
  palladone: { drug: 'hydromorphone' }, dilaudid: { drug: 'hydromorphone', release: 'IR' }, exalgo: { drug: 'hydromorphone', release: 'MR' },
  vicodin: { drug: 'hydrocodone', partner: 'paracetamol' }, norco: { drug: 'hydrocodone', partner: 'paracetamol' },
  lortab: { drug: 'hydrocodone', partner: 'paracetamol' }, hysingla: { drug: 'hydrocodone', release: 'MR' },
  zohydro: { drug: 'hydrocodone', release: 'MR' },
  physeptone: { drug: 'methadone' }, methadose: { drug: 'methadone' }, dolophine: { drug: 'methadone' },
  diskets: { drug: 'methadone', purpose: 'opioid-use-disorder' },
  opana: { drug: 'oxymorphone' },
};
