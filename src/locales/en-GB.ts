/**
 * en-GB: the reviewed base catalogue. Every other catalogue has the same keys (en-US overrides only
 * what differs). Wording follows NHS style: plain words, "micrograms" in full (µg and mcg are misread
 * as mg), numbers with their unit, the guidance named in brackets.
 */
import type { Catalogue } from './types.js';
import { bool, capitalise, num, str, strings } from './read.js';

export const enGB: Catalogue = {
  meta: { tag: 'en-GB', name: 'English (UK)', reviewed: true },
  unit: {
    OME: { long: 'oral morphine equivalent', perDay: (amount) => `${amount} mg/day OME`, amount: (amount) => `${amount} mg OME` },
    MME: { long: 'morphine milligram equivalents', perDay: (amount) => `${amount} MME/day`, amount: (amount) => `${amount} MME` },
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
  guidance: {
    uk: 'UK: Opioids Aware (FPM/RCoA, 2020)',
    us: 'US: CDC Clinical Practice Guideline (2022)',
    label: (name, unitLong, unit) => `${name} — ${unitLong} (${unit})`,
  },
  cautions: (unit) => [
    `${unit === 'OME' ? 'Oral morphine equivalents' : 'Morphine milligram equivalents'} (${unit}) are approximate and do not account for individual variation.`,
    `${unit} figures estimate total opioid load and risk; they must not be used to calculate a dose when switching opioids, where the new opioid is usually started 25–50% lower than the calculated equivalent.`,
    'Methadone and fentanyl patches need particular caution.',
    `Methadone or buprenorphine doses for opioid substitution treatment (opioid use disorder) are not converted to ${unit}.`,
    `When a medicine cannot be converted, the ${unit} total is incomplete and says so.`,
  ],
  flag: {
    'invalid-plan': (p) => `This plan could not be checked for risks: ${str(p, 'detail') || (p.reason === 'today'
      ? "today's date is missing or is not a calendar date written YYYY-MM-DD." : 'it could not be read.')}`,
    'invalid-threshold': (p, w) => `The locally set threshold (${w.mg(p.value) || 'not a number'}) is not a plausible daily dose: it must be between ${w.count(p.min)} and ${w.count(p.max)} mg/day. No dose check was run; correct the setting.`,
    'implausible-total': (p, w) => `The ${str(p, 'unit')} total is implausibly large (over ${w.dose(p.limit, p.unit)}), so it is not shown. Check each dose and its unit (micrograms or mg).`,
    'high-dose': (p, w) => {
      const what = bool(p, 'complete') ? `Total ${w.dose(p.total, p.unit)} is`
        : `Total is at least ${w.dose(p.total, p.unit)} (not every medicine could be counted), which is`;
      const side = bool(p, 'belowThreshold') ? 'below' : 'at or above';
      const head = `${what} ${side} the high-dose threshold of ${w.dose(p.threshold, p.unit)} (${str(p, 'citation')}).`;
      if (p.band === 'information') {
        return `${head} For information: in ${p.indication === 'cancer' ? 'cancer pain' : 'end-of-life care'} the dose follows the illness; review it as the illness changes.`;
      }
      if (p.band === 'specialist-referral') return `${head} At ${w.dose(p.referral, p.unit)} or more, refer to specialist pain services.`;
      return `${head} Review the benefit and harms with the patient and consider a taper.`;
    },
    'reassess-dose': (p, w) => `${bool(p, 'complete') ? `Total ${w.dose(p.total, p.unit)} is`
      : `Total is at least ${w.dose(p.total, p.unit)} (not every medicine could be counted), which is`} at or above ${w.dose(p.threshold, p.unit)}: reassess benefits and risks before any increase (${str(p, 'citation')}).`,
    'outside-guideline-scope': (p) => `No dose advice is given: the CDC 2022 guideline does not cover ${p.indication === 'cancer' ? 'cancer pain' : 'palliative or end-of-life care'}. The ${str(p, 'unit')} total is shown for information.`,
    'incomplete-total': (p, w) => {
      const names = w.names(p.notConverted);
      const head = num(p, 'counted') > 0
        ? `The ${str(p, 'unit')} total is incomplete: ${w.dose(p.counted, p.unit)} counted, without ${names}.`
        : `No ${str(p, 'unit')} total can be given: ${names} could not be counted.`;
      return [head, ...strings(p, 'reasonText')].join(' ');
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
      return `A benzodiazepine${names ? ` (${names})` : ''} is prescribed with an opioid: about ${w.mg(p.relative)} times the overdose death risk, in ${str(p, 'population')} (${str(p, 'citation')}). Use together only if there is no alternative, at the lowest dose for the shortest time, and monitor for slowed breathing (MHRA 2020).`;
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
};
