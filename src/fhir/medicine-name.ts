/**
 * Reads a medicine's name ("Oxycodone 5mg/5ml oral solution sugar free", "Fentanyl 25micrograms/hour
 * transdermal patches", "acetaminophen 325 MG / oxycodone hydrochloride 5 MG Oral Tablet") into the
 * same record a code table gives. Used at run time when a resource has no code a table knows, and at
 * build time by the table scripts, so a name and a code can never be read two ways.
 *
 * Conservative by design: a name that names no opioid, benzodiazepine, gabapentinoid or naloxone gives
 * `undefined`; a name that names two different opioids gives `other-opioid`, never a guess at one.
 */
import type { CodedMedicine, CombinationPartner, ProductForm, ProductRoute, ProductStrength } from '../core/coded-medicine.js';
import type { OpioidId } from '../core/ids.js';
import {
  BENZODIAZEPINE_WORDS, BRANDS, CLASS_BRAND_GENERIC, GABAPENTINOID_WORDS, NALOXONE_WORDS, OPIOID_WORDS,
  OTHER_OPIOID_WORDS, PARTNER_WORDS, type Brand,
} from './medicine-words.js';

/** Lower case, one spelling for each unit, no salt names, single spaces. */
export function normaliseName(text: string): string {
  return text.toLowerCase()
    .replace(/[\u00b5\u03bc]g\b/g, 'microgram')
    .replace(/\b(micrograms?|mcg|ug)\b/g, 'microgram')
    .replace(/(\d)(micrograms?|mcg|ug)\b/g, '$1 microgram')
    .replace(/\bmilligrams?\b/g, 'mg')
    .replace(/\b(millilitres?|milliliters?)\b/g, 'ml')
    .replace(/\/\s*(hours?|hrs?|h)\b/g, '/hour')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Mention { at: number; end: number; word: string }

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const wordPatterns = new Map<string, RegExp>();
function findWord(text: string, word: string): Mention[] {
  let pattern = wordPatterns.get(word);
  if (!pattern) {
    pattern = new RegExp(`(?<![a-z])${escapeRegExp(word)}(?![a-z])`, 'g');
    wordPatterns.set(word, pattern);
  }
  return [...text.matchAll(pattern)].map((m) => ({ at: m.index, end: m.index + word.length, word }));
}

function findAll(text: string, words: Iterable<string>): Mention[] {
  return [...words].flatMap((word) => findWord(text, word));
}

/** "5 mg", "5mg/5ml", "0.075 mg/hour", "25 microgram/hour", "1.5g/5ml", "10 mg/ml", "0.1 mg/actuation". */
const STRENGTH = /(\d+(?:\.\d+)?)\s*(mg|microgram|g)(?![a-z])(?:\s*\/\s*(\d+(?:\.\d+)?)?\s*(ml|hour|actuation|dose|spray)(?![a-z]))?/g;

interface StrengthToken { at: number; strength: ProductStrength }

function strengths(text: string): StrengthToken[] {
  return [...text.matchAll(STRENGTH)].map((m) => {
    const value = Number(m[1]);
    const unit = m[2] === 'g' ? 'mg' : (m[2] as 'mg' | 'microgram');
    const strength: ProductStrength = { value: m[2] === 'g' ? value * 1000 : value, unit };
    if (m[4]) {
      const perUnit = m[4] === 'ml' ? 'ml' : m[4] === 'hour' ? 'hour' : 'actuation';
      strength.per = { value: m[3] ? Number(m[3]) : 1, unit: perUnit };
    }
    return { at: m.index, strength };
  });
}

function has(text: string, pattern: RegExp): boolean {
  return pattern.test(text);
}

/** Route and form from the words of the name; `brand` fills what the name does not say. */
function routeAndForm(text: string, brand?: Brand): { route: ProductRoute; form: ProductForm } {
  const found = ((): { route?: ProductRoute; form?: ProductForm } => {
    if (has(text, /\bpatch(es)?\b|transdermal/)) return { route: 'transdermal', form: 'patch' };
    if (has(text, /suppositor/)) return { route: 'rectal', form: 'suppository' };
    if (has(text, /\bimplant/)) return { route: 'parenteral', form: 'implant' };
    if (has(text, /inject|ampoule|\bvials?\b|infusion|prefilled syringe|cartridge|auto-injector|\bi\.?v\.?\b|intramuscular|subcutaneous/)) {
      return { route: 'parenteral', form: 'injection' };
    }
    if (has(text, /inhal|cigarette|nebuli/)) return { route: 'inhalation', form: 'other' };
    if (has(text, /nasal/)) return { route: 'nasal', form: 'spray' };
    const form: ProductForm | undefined = has(text, /lozenge/) ? 'lozenge'
      : has(text, /\bfilms?\b/) ? 'film'
      : has(text, /spray/) ? 'spray'
      : has(text, /tablet|caplet|\btabs?\b|lyophilisate/) ? 'tablet'
      : has(text, /capsule|\bcaps?\b/) ? 'capsule'
      : has(text, /suspension/) ? 'suspension'
      : has(text, /solution|liquid|linctus|syrup|elixir|drops|mixture|concentrate/) ? 'solution'
      : has(text, /granules|sachet/) ? 'granules'
      : undefined;
    if (has(text, /sublingual/)) return { route: 'sublingual', form: form ?? 'tablet' };
    if (has(text, /buccal|oromucosal|mucosal|lozenge/)) return { route: 'buccal', form: form ?? 'other' };
    if (form === 'spray') return { form };
    if (form) return { route: 'oral', form };
    if (has(text, /\boral\b|by mouth/)) return { route: 'oral' };
    return {};
  })();
  return { route: found.route ?? brand?.route ?? 'other', form: found.form ?? brand?.form ?? 'other' };
}

const MODIFIED_RELEASE = /modified[- ]release|prolonged[- ]release|extended[- ]release|sustained[- ]release|controlled[- ]release|slow[- ]release|\b(m\/r|mr|er|xr|xl|sr|cr|la)\b|\b(12|24) hr\b|continus|retard/;

function patchHoursOf(text: string, drug: OpioidId, strength: ProductStrength | undefined, brand?: Brand): number | undefined {
  const hours = /\b(72|96|168)\s*(hr|hour)s?\b/.exec(text) ?? /\b(\d)[- ]day\b/.exec(text);
  if (hours?.[2] === undefined && hours?.[1]) return Number(hours[1]) * 24;
  if (hours?.[1]) return Number(hours[1]);
  if (brand?.patchHours) return brand.patchHours;
  if (drug === 'fentanyl') return 72;
  // Buprenorphine patches come in two families, told apart by strength (the dm+d and BNF listings;
  // OpenPrescribing infers it the same way): 5–20 µg/h are 7-day patches, 35–70 µg/h 3–4-day ones.
  const rate = strength && strength.per?.unit === 'hour' ? strength.value * (strength.unit === 'mg' ? 1000 : 1) / strength.per.value : undefined;
  if (rate !== undefined) return rate <= 20 ? 168 : 96;
  return undefined;
}

/** The strength just after `mention` and before the next ingredient named. */
function strengthAfter(mention: Mention, tokens: StrengthToken[], mentions: Mention[]): StrengthToken | undefined {
  const next = mentions.filter((m) => m.at > mention.at).reduce((min, m) => Math.min(min, m.at), Infinity);
  return tokens.find((token) => token.at >= mention.end && token.at < next);
}

function classOnly(text: string): CodedMedicine | undefined {
  const benzo = findAll(text, BENZODIAZEPINE_WORDS)[0];
  if (benzo) return { kind: 'benzodiazepine', name: CLASS_BRAND_GENERIC[benzo.word] ?? benzo.word };
  const gaba = findAll(text, GABAPENTINOID_WORDS)[0];
  if (gaba) return { kind: 'gabapentinoid', name: CLASS_BRAND_GENERIC[gaba.word] ?? gaba.word };
  if (findAll(text, NALOXONE_WORDS).length > 0) return { kind: 'naloxone' };
  return undefined;
}

/**
 * What a medicine's name says it is, or `undefined` when the name names nothing the plan cares about.
 */
export function readMedicineName(name: unknown): CodedMedicine | undefined {
  if (typeof name !== 'string' || name.length === 0 || name.length > 500) return undefined;
  const text = normaliseName(name);

  const brandMentions = findAll(text, Object.keys(BRANDS));
  const opioidMentions = findAll(text, Object.keys(OPIOID_WORDS));
  const otherOpioids = findAll(text, OTHER_OPIOID_WORDS);
  const drugOf = (m: Mention): OpioidId => OPIOID_WORDS[m.word] ?? (BRANDS[m.word] as Brand).drug;
  const drugMentions = [...opioidMentions, ...brandMentions];
  const drugs = new Set(drugMentions.map(drugOf));

  if (otherOpioids.length > 0 || drugs.size > 1) {
    const names = [...new Set([...otherOpioids.map((m) => m.word), ...drugs])];
    return { kind: 'other-opioid', name: names.join(' / ') };
  }
  if (drugs.size === 0) return classOnly(text);

  const drug = [...drugs][0] as OpioidId;
  const brand = brandMentions.map((m) => BRANDS[m.word] as Brand)[0];
  const partnerMentions = findAll(text, Object.keys(PARTNER_WORDS));
  const allMentions = [...drugMentions, ...partnerMentions].sort((a, b) => a.at - b.at);
  const tokens = strengths(text);

  let strength: ProductStrength | undefined;
  let partner: CombinationPartner | undefined;
  const first = drugMentions.sort((a, b) => a.at - b.at)[0] as Mention;
  if (brand?.partner && partnerMentions.length === 0) {
    // A fixed combination named by one word (co-codamol 30mg/500mg, Tramacet 37.5mg/325mg): the
    // opioid's strength comes first, the partner's second.
    const after = tokens.filter((token) => token.at >= first.end);
    strength = after[0]?.strength;
    partner = { name: brand.partner, ...(after[1] ? { strength: after[1].strength } : {}) };
  } else {
    // Each ingredient's strength follows its name, so "acetaminophen 325 MG / oxycodone 5 MG" gives 5 mg.
    for (const mention of drugMentions) strength ??= strengthAfter(mention, tokens, allMentions)?.strength;
    const partnerMention = partnerMentions[0];
    if (partnerMention) {
      const partnerStrength = strengthAfter(partnerMention, tokens, allMentions)?.strength;
      partner = { name: PARTNER_WORDS[partnerMention.word] as string, ...(partnerStrength ? { strength: partnerStrength } : {}) };
    } else if (brand?.partner) {
      partner = { name: brand.partner };
    }
    // "Codeine 30mg/500mg" style without the partner's name is not read: the second figure is not ours to name.
  }

  const { route, form } = routeAndForm(text, brand);
  const medicine: Extract<CodedMedicine, { kind: 'opioid' }> = { kind: 'opioid', drug, route, form };
  if (strength) medicine.strength = strength;
  if (route === 'oral') medicine.release = MODIFIED_RELEASE.test(text) || brand?.release === 'MR' ? 'MR' : 'IR';
  if (route === 'transdermal') {
    const hours = patchHoursOf(text, drug, strength, brand);
    if (hours) medicine.patchHours = hours;
  }
  if (partner) medicine.partner = partner;
  if (forOpioidUseDisorder(text, medicine, brand)) medicine.purpose = 'opioid-use-disorder';
  return medicine;
}

/**
 * Products made only for opioid use disorder: buprenorphine with naloxone, the OUD brands, sublingual
 * buprenorphine of 2 mg or more (pain doses are 200–400 micrograms; 2 mg and 8 mg tablets are the
 * substitution products in the BNF and RxNorm), depot buprenorphine (an implant, or an injection of 50 mg/mL
 * or more: Buvidal, Sublocade; the pain injection is 0.3 mg/mL) and methadone tablets for oral suspension
 * (US, OUD only).
 */
function forOpioidUseDisorder(text: string, medicine: Extract<CodedMedicine, { kind: 'opioid' }>, brand?: Brand): boolean {
  if (brand?.purpose) return true;
  const { drug, partner, route, strength, form } = medicine;
  if (drug === 'buprenorphine' && partner?.name === 'naloxone') return true;
  const mg = strength ? (strength.unit === 'mg' ? strength.value : strength.value / 1000) / (strength.per?.value ?? 1) : 0;
  if (drug === 'buprenorphine' && route === 'sublingual' && strength && !strength.per) return mg >= 2;
  if (drug === 'buprenorphine' && route === 'parenteral') return form === 'implant' || (strength?.per?.unit === 'ml' && mg >= 50);
  return drug === 'methadone' && /tablet for oral suspension/.test(text);
}
