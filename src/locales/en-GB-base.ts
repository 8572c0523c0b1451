/**
 * en-GB, the reviewed base catalogue: names, units, doses, dates, fields and validation issues (what
 * every element that speaks the core's words needs). The results' words (flags, bands, tapers, OME
 * reasons) are in en-GB-results.ts, and en-GB.ts puts the two together. Wording follows NHS style: plain
 * words, "micrograms" in full (µg and mcg are misread as mg), numbers with their unit, the guidance
 * named in brackets.
 */
import type { BaseWords, Params } from './types.js';
import { bool, num, raw, str, strings } from './read.js';
import { enGBCautions, enGBGuidance, enGBUnitLong } from './en-GB-guidance.js';

const sentence = (label: string, body: string) => `${label} ${body}.`;

export const enGBBase: BaseWords = {
  meta: { tag: 'en-GB', name: 'English (UK)', reviewed: true },
  unit: {
    OME: { long: enGBUnitLong.OME, perDay: (amount) => `${amount} mg/day OME`, amount: (amount) => `${amount} mg OME` },
    MME: { long: enGBUnitLong.MME, perDay: (amount) => `${amount} MME/day`, amount: (amount) => `${amount} MME` },
  },
  drug: {
    morphine: 'morphine', codeine: 'codeine', dihydrocodeine: 'dihydrocodeine', tramadol: 'tramadol',
    tapentadol: 'tapentadol', oxycodone: 'oxycodone', hydromorphone: 'hydromorphone', hydrocodone: 'hydrocodone',
    oxymorphone: 'oxymorphone', methadone: 'methadone', fentanyl: 'fentanyl', buprenorphine: 'buprenorphine',
  },
  indication: {
    acute: 'Acute pain', 'chronic-non-cancer': 'Chronic non-cancer pain', cancer: 'Cancer pain',
    'end-of-life': 'Pain at the end of life', 'opioid-use-disorder': 'Opioid use disorder',
  },
  indicationPhrase: {
    acute: 'acute pain', 'chronic-non-cancer': 'chronic non-cancer pain', cancer: 'cancer pain',
    'end-of-life': 'pain at the end of life', 'opioid-use-disorder': 'opioid use disorder',
  },
  severity: { urgent: 'Urgent', warning: 'Warning', info: 'For information' },
  population: { 'us-veterans-on-opioids': 'US veterans on opioids' },
  // One copy with the risk explainer's en-GB wording (en-GB-guidance.ts).
  guidance: enGBGuidance,
  cautions: enGBCautions,
  text: {
    doseLine: (p, w) => {
      const strength = num(typeof p.strength === 'object' && p.strength !== null ? p.strength as Params : {}, 'value');
      const amount = w.mg(strength);
      if (p.route === 'transdermal') return `${amount} microgram${strength === 1 ? '' : 's'} an hour patch`;
      const where = p.route === 'sublingual' ? ' under the tongue' : '';
      const times = (perDay: number) => {
        if (perDay === 1) return 'once a day';
        if (perDay === 2) return 'twice a day';
        const everyDays = 1 / perDay;
        if (perDay < 1 && Number.isInteger(Math.round(everyDays * 1e9) / 1e9)) {
          return `every ${w.plural(Math.round(everyDays), { one: '{n} day', other: '{n} days' })}`;
        }
        return `${w.mg(perDay)} times a day`;
      };
      const most = Number.isFinite(num(p, 'maxDosesPerDay')) ? num(p, 'maxDosesPerDay') : num(p, 'dosesPerDay');
      if (bool(p, 'asNeeded')) return Number.isFinite(most) ? `${amount} mg${where} up to ${times(most)} when needed` : `${amount} mg${where} when needed`;
      return Number.isFinite(num(p, 'dosesPerDay')) ? `${amount} mg${where} ${times(num(p, 'dosesPerDay'))}` : `${amount} mg${where}`;
    },
    weekdays: ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday'],
    weekdayDate: (weekday, longDate) => `${weekday} ${longDate}`,
    stopSentence: (p, w) => {
      const days = (count: number) => w.plural(count, { one: '{n} day', other: '{n} days' });
      const what = str(p, 'product') && str(p, 'product').toLowerCase() !== str(p, 'name').toLowerCase()
        ? `${str(p, 'name')} (${str(p, 'product')})` : str(p, 'name');
      const forWhat = typeof p.indication === 'string' && Object.hasOwn(w.catalogue.indicationPhrase, p.indication)
        ? ` for ${w.catalogue.indicationPhrase[p.indication as keyof typeof w.catalogue.indicationPhrase]}` : '';
      const tail = 'Do not continue beyond this date without a review.';
      const length = num(p, 'length');
      if (p.kind === 'review') {
        return `Review ${what}${forWhat} on ${str(p, 'on')}, ${length === 0 ? 'the day it was started' : `${days(length)} after starting`}. ${tail}`;
      }
      if (length === 0) return `Stop ${what}${forWhat} on ${str(p, 'on')}, the day it was started. ${tail}`;
      return `Stop ${what}${forWhat} on ${str(p, 'on')} (last dose ${str(p, 'lastDose')}): ${days(length)} of treatment. ${tail}`;
    },
    relative: (p, w) => {
      const count = num(p, 'days');
      const days = (n: number) => w.plural(n, { one: '{n} day', other: '{n} days' });
      return count === 0 ? 'today' : count === 1 ? 'tomorrow' : count > 0 ? `in ${days(count)}` : `overdue by ${days(-count)}`;
    },
    daysLeft: (p, w) => {
      const count = num(p, 'days');
      const days = (n: number) => w.plural(n, { one: '{n} day', other: '{n} days' });
      if (count === 0) return 'stops today';
      return count > 0 ? `${days(count)} left` : `stop date passed ${days(-count)} ago`;
    },
  },
  field: {
    id: 'Plan id', packId: 'id', indication: 'Indication', medications: 'Medicines', drug: 'Drug', route: 'Route',
    strength: 'Strength', value: 'Strength', unit: 'Unit', dosesPerDay: 'Doses per day',
    asNeeded: 'As needed', maxDosesPerDay: 'Most doses in a day', product: 'Product name',
    purpose: 'Purpose', startDate: 'Start date', reviewDate: 'Review date', stopDate: 'Stop date',
    goals: 'Goals', taper: 'Taper', startDose: 'Starting dose', percent: 'Reduction percentage',
    intervalDays: 'Days between reductions', basis: 'Reduction basis', roundTo: 'Rounding step',
    minimumDose: 'Smallest dose', holds: 'Pauses', step: 'Pause step', intervals: 'Pause length',
    concurrentMedicines: 'Other medicines', kind: 'Kind', name: 'Name', dose: 'Dose',
    naloxoneSupplied: 'Naloxone supplied', prescriber: 'Prescriber', team: 'Team', contact: 'Contact',
    patchCount: 'Patches worn together', source: 'Source', careTeam: 'Care team', role: 'Role',
    responsibilities: 'Responsibilities', riskFactors: 'Risk factors', overdoseHistory: 'History of overdose',
    substanceUseDisorder: 'History of substance use disorder',
    mdtReview: 'MDT review', date: 'Date', outcome: 'Outcome', notes: 'Notes', guidance: 'Guidance',
  },
  thisValue: 'This value',
  typeName: {
    string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', object: 'an object', array: 'a list',
    // "must be a number, not infinity or not-a-number" (never "not not a finite number").
    null: 'null', 'non-finite-number': 'infinity or not-a-number', 'not a finite number': 'infinity or not-a-number',
  },
  issue: {
    required: (_p, _w, label) => sentence(label, 'is required'),
    'wrong-type': (p, w, label) => sentence(label, `must be ${w.catalogue.typeName[str(p, 'expected')] ?? str(p, 'expected')}, not ${w.catalogue.typeName[str(p, 'received')] ?? str(p, 'received')}`),
    'unknown-field': (p) => `“${raw(p, 'key')}” is not a field this library knows; check its spelling.`,
    'not-one-of': (p, _w, label) => sentence(label, `must be one of: ${strings(p, 'values').join(', ')}`),
    'too-few-items': (p, w, label) => sentence(label, `must have at least ${w.plural(num(p, 'min'), { one: '{n} item', other: '{n} items' })}`),
    'empty-text': (_p, _w, label) => sentence(label, 'must not be empty'),
    'too-small': (p, _w, label) => sentence(label, bool(p, 'inclusive') ? `must be at least ${num(p, 'min')}` : `must be more than ${num(p, 'min')}`),
    'too-many-items': (p, _w, label) => sentence(label, `must have at most ${num(p, 'max')} items`),
    'text-too-long': (p, _w, label) => sentence(label, `must be at most ${num(p, 'max')} characters`),
    'too-big': (p, _w, label) => sentence(label, bool(p, 'inclusive') ? `must be at most ${num(p, 'max')}` : `must be less than ${num(p, 'max')}`),
    unreadable: () => 'This value could not be read.',
    // Content-pack checks for site editors: written in English for now, quoted as the core gives them.
    rule: (p, _w, label) => sentence(label, raw(p, 'text')),
    'invalid-json': () => 'The plan is not valid JSON (check for a missing quote, comma or bracket).',
    'pack-invalid-json': () => 'The content pack is not valid JSON (check for a missing quote, comma or bracket).',
    // The content pack's own checks, for the site editor who wrote the pack (src/core/risk/pack-schema.ts).
    'pack-digits': (_p, _w, label) => sentence(label, 'must not contain digits: give numbers as a figure\'s count, where they carry their source'),
    'pack-placeholder': (p, _w, label) => sentence(label, strings(p, 'allowed').length === 0
      ? `must not contain {${raw(p, 'name')}}: this text takes no placeholders`
      : `must not contain {${raw(p, 'name')}}: use only ${strings(p, 'allowed').map((name) => `{${name}}`).join(', ')}`),
    'pack-brace': (_p, _w, label) => sentence(label, 'must not contain a { or } that is not part of a {placeholder}'),
    'pack-slug': (_p, _w, label) => sentence(label, 'must be lower-case letters, digits and hyphens, starting with a letter'),
    'pack-locale': (_p, _w, label) => sentence(label, 'must be a language tag such as en-GB'),
    'pack-range-order': (_p, _w, label) => sentence(label, 'must be more than low'),
    'pack-group-missing': (p, _w, label) => sentence(label, `must not use {${raw(p, 'name')}}: this figure has no ${p.group === 'comparison' ? 'comparison' : 'main'} group`),
    'pack-count-kind': (p, _w, label) => sentence(label, `must not use {${raw(p, 'name')}}: the ${p.group === 'comparison' ? 'comparison' : 'main'} count is ${bool(p, 'range') ? 'a range' : 'a single number'}`),
    'pack-count-above-denominator': (p, w, label) => sentence(label, `must not be more than the denominator (${w.count(p.denominator)})`),
    'pack-below-with-at-most': (_p, _w, label) => sentence(label, 'must not be given together with atMost'),
    'pack-band-top-order': (_p, _w, label) => sentence(label, 'must be more than atLeast'),
    'pack-band-overlap': (p, _w, label) => sentence(label, `must not overlap the band “${raw(p, 'band')}”`),
    'pack-id-twice': (p, _w, label) => sentence(label, `must be unique: “${raw(p, 'id')}” is used twice`),
    'unit-for-route': (p, _w, label) => sentence(label, `must be ${str(p, 'expected')} for the ${str(p, 'route')} route`),
    'dose-too-large': (p, _w, label) => sentence(label, bool(p, 'patch')
      ? `must be at most ${num(p, 'max')} micrograms/hour for one patch (for patches worn together, give patchCount or write one line per patch)`
      : `must be at most ${num(p, 'max')} mg a dose (check the unit: is it micrograms?)`),
    'not-a-patch-drug': (p, _w, label) => sentence(label, `cannot be transdermal: ${str(p, 'drug')} does not come as a patch`),
    'patch-doses-per-day': (_p, _w, label) => sentence(label, 'cannot be given for a patch: a patch is dosed by its rate in micrograms/hour. For two patches worn together give patchCount: 2, or write one line per patch'),
    'patch-as-needed': (_p, _w, label) => sentence(label, 'cannot be given for a patch, which is worn continuously'),
    'patch-count-not-patch': (_p, _w, label) => sentence(label, 'is only for patches'),
    'max-doses-needs-as-needed': (_p, _w, label) => sentence(label, 'is only for as-needed medicines: add asNeeded: true, or give dosesPerDay for regular doses'),
    'doses-per-day-required': (_p, _w, label) => sentence(label, 'is required (or, for an as-needed medicine, the most doses allowed in a day)'),
    'purpose-not-substitution': (p, _w, label) => sentence(label, `cannot be opioid use disorder for ${str(p, 'drug')}: only methadone or buprenorphine can be substitution treatment, so ${str(p, 'drug')} is counted as a medicine for pain`),
    'substitution-drug-required': (_p, _w, label) => sentence(label, 'is required for opioid substitution treatment (methadone or buprenorphine)'),
    'before-start': (_p, _w, label) => sentence(label, 'must not be before the start date'),
    'minimum-at-or-above-start': (_p, _w, label) => sentence(label, 'must be below the starting dose: as written, the taper would stop at once'),
    'start-too-late': (_p, _w, label) => sentence(label, 'is too late: the schedule would run past the year 9999'),
    'pause-on-stop': (p, w, label) => sentence(label, num(p, 'reductions') === 1
      ? 'must be 0: this schedule goes from the starting dose straight to stopping'
      : `must be between 0 and ${w.count(num(p, 'reductions') - 1)}: this schedule has ${w.count(p.reductions)} reductions`),
    'too-many-intervals': (p, w, label) => sentence(label, `is too small: this taper would take more than ${w.count(p.max)} intervals to stop (use a larger percentage or a larger smallest dose${bool(p, 'rounded') ? ', or round to a different step' : ''})`),
    'not-a-date': (_p, _w, label) => sentence(label, 'must be a real calendar date written YYYY-MM-DD (for example 2026-03-05)'),
  },
};
