/**
 * en-GB: the reviewed base catalogue. Every other catalogue has the same keys (en-US overrides only
 * what differs). Wording follows NHS style: plain words, "micrograms" in full (µg and mcg are misread
 * as mg), numbers with their unit, the guidance named in brackets.
 */
import type { Catalogue, Params } from './types.js';
import { bool, capitalise, list, num, population, raw, str, strings } from './read.js';
import { enGBCautions, enGBGuidance, enGBUnitLong } from './en-GB-guidance.js';

const sentence = (label: string, body: string) => `${label} ${body}.`;

/** The guidance's citation, in brackets after a threshold; a threshold set locally says so instead. */
const citation = (p: Params) => (bool(p, 'setLocally') ? 'set locally' : str(p, 'citation'));

export const enGB: Catalogue = {
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
  flag: {
    'invalid-plan': (p, w) => {
      const issues = list(p, 'issues').map((issue) => w.issue(issue)).filter((text) => text !== '').join(' ');
      return `This plan could not be checked for risks: ${p.reason === 'today'
        ? "today's date is missing or is not a calendar date written YYYY-MM-DD."
        : issues || (p.reason === 'plan' ? 'it is not a valid plan.' : 'it could not be read.')}`;
    },
    'invalid-threshold': (p, w) => `The locally set threshold (${w.mg(p.value) || 'not a number'}) is not a plausible daily dose: it must be between ${w.count(p.min)} and ${w.count(p.max)} mg/day. No dose check was run; correct the setting.`,
    'implausible-total': (p, w) => `The ${str(p, 'unit')} total is implausibly large (over ${w.dose(p.limit, p.unit)}), so it is not shown. Check each dose and its unit (micrograms or mg).`,
    'high-dose': (p, w) => {
      const what = bool(p, 'complete') ? `Total ${w.dose(p.total, p.unit)} is`
        : `Total is at least ${w.dose(p.total, p.unit)} (not every medicine could be counted), which is`;
      const side = bool(p, 'belowThreshold') ? 'below' : 'at or above';
      const head = `${what} ${side} the high-dose threshold of ${w.dose(p.threshold, p.unit)} (${citation(p)}).`;
      if (p.band === 'information') {
        return `${head} For information: in ${p.indication === 'cancer' ? 'cancer pain' : 'end-of-life care'} the dose follows the illness; review it as the illness changes.`;
      }
      if (p.band === 'specialist-referral') return `${head} At ${w.dose(p.referral, p.unit)} or more, refer to specialist pain services.`;
      return `${head} Review the benefit and harms with the patient and consider a taper.`;
    },
    'reassess-dose': (p, w) => `${bool(p, 'complete') ? `Total ${w.dose(p.total, p.unit)} is`
      : `Total is at least ${w.dose(p.total, p.unit)} (not every medicine could be counted), which is`} at or above ${w.dose(p.threshold, p.unit)}: reassess benefits and risks before any increase (${citation(p)}).`,
    'outside-guideline-scope': (p) => `No dose advice is given: the CDC 2022 guideline does not cover ${p.indication === 'cancer' ? 'cancer pain' : 'palliative or end-of-life care'}. The ${str(p, 'unit')} total is shown for information.`,
    'incomplete-total': (p, w) => {
      const names = w.names(p.notConverted);
      const head = num(p, 'counted') > 0
        ? `The ${str(p, 'unit')} total is incomplete: ${w.dose(p.counted, p.unit)} counted, without ${names}.`
        : `No ${str(p, 'unit')} total can be given: ${names} could not be counted.`;
      return [head, ...new Set(list(p, 'failures').map((failure) => w.omeFailure(failure)))].join(' ');
    },
    'no-stop-date': (p) => (p.indication === 'acute'
      ? 'No stop date is set for this acute prescription. Agree the end of treatment before starting and give the GP a clear stop date (MHRA 2020; OUCh).'
      : 'No stop date or end-of-treatment plan is recorded. Agree with the patient how and when treatment will end (MHRA 2020).'),
    'no-review-date': () => 'No review date is set. Review within 1–4 weeks of starting or increasing, then at least every 3 months (CDC 2022).',
    'review-overdue': (p, w) => `The review was due on ${w.date(p.reviewDate)} and is overdue by ${w.plural(num(p, 'days'), { one: '{n} day', other: '{n} days' })}.`,
    'long-term': (p, w) => `Opioids started on ${w.date(p.startDate)}, more than ${w.count(p.months)} months ago. Use beyond ${w.count(p.months)} months for non-cancer pain increases the risk of dependence and addiction; review the benefit with the patient (MHRA 2020).`,
    'acute-over-7-days': (p, w) => (bool(p, 'planned')
      ? `The planned acute course is ${w.count(p.days)} days, longer than ${w.count(p.limit)}. Acute pain rarely needs opioids for more than ${w.count(p.limit)} days; reassess the need (CDC 2022, recommendation 6).`
      : `This acute prescription started ${w.count(p.days)} days ago and has no stop date. Acute pain rarely needs opioids for more than ${w.count(p.limit)} days; reassess the need (CDC 2022, recommendation 6).`),
    benzodiazepine: (p, w) => {
      const names = w.names(p.names);
      return `A benzodiazepine${names ? ` (${names})` : ''} is prescribed with an opioid: about ${w.mg(p.relative)} times the overdose death risk, in ${population(p, w)} (${str(p, 'citation')}). Use together only if there is no alternative, at the lowest dose for the shortest time, and monitor for slowed breathing (MHRA 2020).`;
    },
    gabapentinoid: (p, w) => {
      const names = w.names(p.names);
      return `A gabapentinoid${names ? ` (${names})` : ''} is prescribed with an opioid, which raises the risk of slowed breathing and opioid-related death. Use the lowest doses and monitor (MHRA 2020; Gomes 2017).`;
    },
    'opioid-substitution': (p, w) => {
      const names = w.names(p.names);
      const assumed = w.names(p.assumed);
      const analgesics = w.names(p.analgesics);
      return `The patient is in opioid substitution treatment${names ? ` (${names})` : ''}. Opioids for pain need a joint pain and addiction review and an agreed end date; substitution doses are not converted to ${str(p, 'unit')} (CDC 2022).`
        + (assumed ? ` ${capitalise(assumed)} has no stated purpose and is read as substitution treatment because the plan is for opioid use disorder.` : '')
        + (analgesics ? ` ${capitalise(analgesics)} is counted as a medicine for pain.` : '');
    },
    'over-the-counter': (p, w) => `Bought over the counter: ${w.names(p.names)}. It is counted in the total. Ask how much is taken and for how long; reliance on over-the-counter codeine may need an addiction service.`,
    'methadone-conversion': (p, w) => (p.guidance === 'uk'
      ? 'Methadone has no OME factor in the UK, so it is not in the total. Any conversion to or from methadone needs specialist advice (Opioids Aware 2020).'
      : `Methadone is counted with the CDC 2022 factor${Number.isFinite(num(p, 'factor')) ? ` of ${w.mg(p.factor)} MME per mg` : ''}, an approximation: its effect varies between people and builds up over days. Do not use it to calculate a switch; seek specialist advice (CDC 2022).`),
    naloxone: (p, w) => {
      const reasons = strings(p, 'reasons').map((reason) => {
        switch (reason) {
          case 'dose': return `the total is ${bool(p, 'complete') ? '' : 'at least '}${w.dose(p.total, p.unit)} (${w.dose(p.threshold, p.unit)} or more)`;
          case 'benzodiazepine': return 'a benzodiazepine is co-prescribed';
          case 'overdose-history': return 'there is a history of overdose';
          default: return bool(p, 'substitution')
            ? 'the patient is in opioid substitution treatment (a substance use disorder)' : 'there is a history of substance use disorder';
        }
      });
      return `Naloxone is not recorded as supplied, and ${w.list(reasons)}. Offer naloxone and overdose education to the patient and household (CDC 2022, recommendation 8).`;
    },
  },
  band: {
    implausible: (p, w) => `Not shown: a total above ${w.dose(p.threshold, p.unit)} is almost certainly a unit or typing error; check every dose`,
    'outside-scope': () => 'No dose advice: CDC 2022 does not cover cancer pain, palliative or end-of-life care',
    'specialist-referral': (p, w) => `At or above ${w.dose(p.threshold, p.unit)}: refer to specialist services`,
    information: (p, w) => `At or above the high-dose threshold of ${w.dose(p.threshold, p.unit)}, for information: in cancer pain and at the end of life the dose follows the illness`,
    reassess: (p, w) => `At or above ${w.dose(p.threshold, p.unit)}: reassess benefits and risks before any increase${bool(p, 'naloxone') ? '; offer naloxone' : ''}`,
    'high-dose': (p, w) => `At or above the high-dose threshold of ${w.dose(p.threshold, p.unit)}: review the plan with the patient`,
    incomplete: (p, w) => (p.unit === 'MME'
      ? `Cannot be compared with ${w.dose(p.threshold, p.unit)}: the total is incomplete`
      : `Cannot be compared with the high-dose threshold of ${w.dose(p.threshold, p.unit)}: the total is incomplete`),
    'below-threshold': (p, w) => (p.unit === 'MME'
      ? `Below ${w.dose(p.threshold, p.unit)}: reassess benefits and risks before any increase to ${w.mg(p.threshold)} or more`
      : `Below the high-dose threshold of ${w.dose(p.threshold, p.unit)}`),
  },
  taper: {
    description: (p, w) => {
      const every = (days: unknown) => (num({ d: days }, 'd') === 1 ? 'day' : `${w.count(days)} days`);
      let text = p.method === 'cdc-short-course'
        ? `${w.amount(p.percent)}% of the original dose every ${every(p.intervalDays)} until about 30% of it remains, then ${w.amount(p.percent)}% of the remaining dose every ${every(p.intervalDays)}`
        : p.method === 'current'
          ? `${w.amount(p.percent)}% of the current dose every ${every(p.intervalDays)} (each reduction smaller than the last)`
          : `${w.amount(p.percent)}% of the original dose every ${every(p.intervalDays)} (linear)`;
      if (Number.isFinite(num(p, 'roundTo'))) {
        text += `, each dose rounded up to a multiple of ${w.amount(p.roundTo)} mg without ever reducing faster than planned`;
        if (Number.isFinite(num(p, 'extraDays'))) {
          text += `, so it takes ${w.plural(num(p, 'extraDays'), { one: '{n} day', other: '{n} days' })} longer than planned`
            + ` (${w.plural(num(p, 'reductions'), { one: '{n} reduction', other: '{n} reductions' })} rather than ${w.count(p.plannedIntervals)})`;
        }
      }
      if (Number.isFinite(num(p, 'smallestDose'))) {
        text += p.smallestDoseSource === 'largest-cut'
          ? `; stops once the dose is ${w.amount(p.smallestDose)} mg or less (no more than one planned reduction)`
          : `; stops below ${w.amount(p.smallestDose)} mg`;
      }
      return text;
    },
    summary: (p, w) => `from ${w.amount(p.startDose)} mg to ${num(p, 'endDose') === 0 ? '0' : `${w.amount(p.endDose)} mg`} over ${w.plural(num(p, 'totalDays'), { one: '{n} day', other: '{n} days' })} in ${w.plural(num(p, 'reductions'), { one: '{n} step', other: '{n} steps' })}`,
    note: {
      'faster-than-opioids-aware': (p, w) => `Reducing ${w.amount(p.percent)}% every ${num(p, 'intervalDays') === 1 ? 'day' : `${w.count(p.intervalDays)} days`} is faster than the 5–10% every 2–6 weeks Opioids Aware describes; check this pace is intended.`,
      'cdc-short-course-use': () => 'CDC 2022 gives this weekly pace for people who have taken opioids for weeks to months; after a year or more, 10% a month or slower is usually better tolerated.',
      'rounding-lengthens': (p, w) => `Rounding to ${w.amount(p.roundTo)} mg makes this taper ${w.plural(num(p, 'extraDays'), { one: '{n} day', other: '{n} days' })} longer than the unrounded plan: `
        + 'each dose is rounded up, never down, and no reduction is larger than planned, because large late cuts are the hardest to tolerate '
        + '(Opioids Aware 2020: longer use, slower taper; CDC 2022: slow down at lower doses, and at the smallest strength extend the interval before stopping).',
      'start-not-multiple': (p, w) => `The starting dose (${w.amount(p.startDose)} mg) is not a multiple of ${w.amount(p.roundTo)} mg; the later doses are.`,
      'held-for-rounding': (p, w) => `Where rounding the planned dose up to ${w.amount(p.roundTo)} mg would not lower the dose, the dose is kept for longer instead (at ${list(p, 'doses').map((dose) => `${w.amount(dose)} mg`).join(', ')}).`,
      'lowest-dose-extended': (p, w) => `The lowest dose (${w.amount(p.dose)} mg) is kept for ${w.plural(num(p, 'days'), { one: '{n} day', other: '{n} days' })}, ${w.plural(num(p, 'extraDays'), { one: '{n} day', other: '{n} days' })} longer than the other steps, before stopping. CDC 2022: once the smallest available dose is reached, the interval between doses can be extended, and opioids may be stopped when taken less than once a day.`,
      'final-cut-larger-than-planned': (p, w) => `Stopping from ${w.amount(p.dose)} mg is a larger reduction than the planned ${w.amount(p.plannedCut)} mg, because no smaller dose can be given. Consider spacing the doses out (taking them less than once a day) before stopping (CDC 2022).`,
    },
  },
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
  ome: {
    'not-licensed-uk': (p, w) => `${capitalise(w.drug(p.drug))} is not licensed in the UK, so the Opioids Aware (2020) table gives it no OME factor.`,
    'specialist-advice': () => 'Methadone has no fixed OME factor: conversions should always be undertaken with specialist advice (Opioids Aware, 2020).',
    'not-in-uk-table': () => 'Sublingual buprenorphine is not in the Opioids Aware (2020) dose-equivalence table, so it has no OME factor.',
    'not-in-us-table': (p, w) => `${capitalise(w.drug(p.drug))} is not listed in the CDC 2022 conversion table, so it has no MME factor.`,
    'partial-agonist': () => 'Buprenorphine is excluded from MME in the CDC 2022 guideline because it is a partial agonist with a ceiling effect.',
    'route-not-in-table': (p, w) => `${capitalise(w.drug(p.drug))} by the ${str(p, 'route')} route is not in ${p.guidance === 'us' ? 'the CDC 2022 conversion table' : 'the Opioids Aware (2020) table'}, so it has no ${str(p, 'unit')} factor.`,
    'opioid-use-disorder': (p, w) => `${capitalise(w.drug(p.drug))} for opioid use disorder is not converted to ${str(p, 'unit')}: conversion factors "should not be applied to dosage decisions related to the management of opioid use disorder" (CDC 2022).`,
    'not-an-object': () => 'This medicine line cannot be used: it must be an object with drug, route, strength and doses per day.',
    'invalid-line': (p, w) => `This medicine line cannot be used: ${w.issue(p.issue)}`,
    'too-large': () => 'This medicine line cannot be used: the daily dose is too large to be a real dose.',
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
