/**
 * A deliberately small reader for UK free-text dose directions, which is often all GP Connect and
 * discharge records carry ("one tablet twice a day", "1-2 tablets up to four times a day when required",
 * "apply one patch every 72 hours"). The whole text must match; anything it does not fully understand
 * ("as directed", "reducing dose", "two in the morning and one at night") is unreadable, never guessed.
 */

export type DoseUnit = 'mg' | 'microgram' | 'ml' | 'count' | 'rate';

export interface TextDose {
  /** The dose (the higher figure of a range). */
  amount?: { value: number; unit: DoseUnit };
  low?: number;
  perDay?: number;
  asNeeded: boolean;
  /** "maximum 8 in 24 hours": doses, or an amount in the dose's unit. */
  maxPerDay?: { value: number; unit: DoseUnit | 'dose' };
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, ten: 10, twelve: 12,
  half: 0.5, once: 1, twice: 2,
};
const numberOf = (word: string | undefined): number | undefined =>
  word === undefined ? undefined : NUMBER_WORDS[word] ?? (/^\d+(\.\d+)?$/.test(word) ? Number(word) : undefined);

const N = '(?:\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|ten|twelve|half|a|an)';
const UNIT = '(?:tablets?|tabs?|capsules?|caps?|patch(?:es)?|ml|mls|mg|micrograms?|mcg|(?:5 ?ml )?spoonfuls?|sachets?|lozenges?|films?|sprays?|puffs?|doses?)';
const TIMES = '(?:once|twice|(?:one|two|three|four|five|six|\\d+) times?)';
const PRN = '(?:when required|when needed|as required|as needed|if required|if needed|when necessary|prn)';
const DAY = '(?:a day|per day|each day|daily|in 24 hours|in twenty four hours|every day)';

const PATTERN = new RegExp([
  '^(?:take|apply|give|use|chew|dissolve|put|place|change|inhale|swallow)?\\s*',
  `(?<qty>${N})(?:\\s*(?:-|to|or)\\s*(?<qtyHigh>${N}))?\\s*(?<unit>${UNIT})?`,
  '(?:\\s*(?:by mouth|orally|under the tongue|sublingually|to the skin|to skin))?',
  `(?:\\s*(?<prn1>${PRN}))?`,
  '(?:\\s*(?<freq>',
  [
    `(?<upTo>up to )?(?<times>${TIMES}) ${DAY}`,
    '(?<upTo2>up to )?(?<timesWord>once|twice|three times|four times) (?:a |per )?(?<weekly>week|weekly)',
    '(?<daily>daily|once daily|every day|each day|od|at night|at bedtime|in the morning|every morning|every night|each morning|each night|nocte|mane)',
    '(?<abbrev>bd|bid|tds|tid|qds|qid)',
    '(?<twoADay>(?:in the )?morning and (?:at )?night)',
    `(?<upTo3>up to )?every (?<hours>${N})(?: ?(?:-|to) ?(?<hoursHigh>${N}))? ?(?:hours?|hrs?|h)`,
    `every (?<days>${N}) ?days?`,
    '(?<week>(?:once )?(?:a |per |every )?week|weekly)',
  ].join('|'),
  '))?',
  `(?:\\s*(?<prn2>${PRN}))?`,
  `(?:,?\\s*(?:max(?:imum)?\\.?|not more than|no more than|up to)\\s*(?:of\\s*)?(?<max>${N})\\s*(?<maxUnit>${UNIT})?\\s*(?:in|per|a|each|in any)\\s*(?:24 ?hours|24 ?hrs|day|twenty four hours))?`,
  '(?:\\s*(?:for (?:breakthrough |severe |the )?pain|with food|after food|with or after food))?',
  '$',
].join(''));

function unitOf(word: string | undefined): DoseUnit | 'dose' | undefined {
  if (word === undefined) return undefined;
  if (word === 'mg') return 'mg';
  if (/^(micrograms?|mcg)$/.test(word)) return 'microgram';
  if (/^mls?$/.test(word)) return 'ml';
  if (/spoonful/.test(word)) return 'ml';
  if (/^doses?$/.test(word)) return 'dose';
  return 'count';
}

/** The dose a text gives, or `undefined` when the text is not one the reader fully understands. */
export function readDoseText(text: unknown): TextDose | undefined {
  if (typeof text !== 'string' || text.length > 300) return undefined;
  const clean = text.toLowerCase().replace(/[.;]+\s*$/, '').replace(/\s+/g, ' ').trim();
  const match = PATTERN.exec(clean);
  if (!match?.groups) return undefined;
  const g = match.groups;

  const low = numberOf(g.qty);
  const high = numberOf(g.qtyHigh);
  if (low === undefined || (g.qtyHigh !== undefined && high === undefined)) return undefined;
  let unit = unitOf(g.unit);
  if (unit === 'dose') unit = 'count';
  // "5ml spoonful": each spoonful is 5 ml.
  const spoon = g.unit !== undefined && /spoonful/.test(g.unit) ? 5 : 1;
  const value = (high ?? low) * spoon;
  const result: TextDose = {
    asNeeded: g.prn1 !== undefined || g.prn2 !== undefined,
    amount: { value, unit: unit ?? 'count' },
  };
  if (high !== undefined) result.low = low * spoon;

  if (g.freq !== undefined) {
    let perDay: number | undefined;
    if (g.times !== undefined) {
      perDay = numberOf(g.times.split(' ')[0]);
    } else if (g.timesWord !== undefined) {
      perDay = (numberOf(g.timesWord.split(' ')[0]) ?? NaN) / 7;
    } else if (g.daily !== undefined) perDay = 1;
    else if (g.abbrev !== undefined) perDay = { bd: 2, bid: 2, tds: 3, tid: 3, qds: 4, qid: 4 }[g.abbrev];
    else if (g.twoADay !== undefined) perDay = 2;
    else if (g.hours !== undefined) {
      // "every 4 to 6 hours": the shorter interval, the worst case.
      const hours = numberOf(g.hours);
      perDay = hours ? 24 / hours : undefined;
    } else if (g.days !== undefined) {
      const days = numberOf(g.days);
      perDay = days ? 1 / days : undefined;
    } else if (g.week !== undefined) perDay = 1 / 7;
    if (perDay === undefined || !Number.isFinite(perDay) || perDay <= 0) return undefined;
    result.perDay = perDay;
    if (g.upTo !== undefined || g.upTo2 !== undefined || g.upTo3 !== undefined) result.asNeeded = true;
  }

  if (g.max !== undefined) {
    const max = numberOf(g.max);
    if (max === undefined) return undefined;
    const maxUnit = unitOf(g.maxUnit) ?? 'dose';
    result.maxPerDay = { value: max, unit: maxUnit };
  }
  return result;
}
