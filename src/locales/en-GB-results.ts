/**
 * en-GB, the reviewed words for the core's results: plan flags, dose bands and why a line has no
 * OME/MME figure (taper methods and notes are in en-GB-taper.ts). Loaded only by what shows them (the
 * card, the review list's inline card, opioid-elements/locales), not by the prompt, the context or
 * the chart.
 */
import type { Params, ResultWords } from './types.js';
import { bool, capitalise, list, num, population, str, strings } from './read.js';
import { enGBAcuteDurationAdvice } from './en-GB-guidance.js';

/** The guidance's citation, in brackets after a threshold; a threshold set locally says so instead. */
const citation = (p: Params) => (bool(p, 'setLocally') ? 'set locally' : str(p, 'citation'));

export const enGBResults: ResultWords = {
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
    'acute-over-7-days': (p, w) => `${bool(p, 'planned')
      ? `The planned acute course is ${w.count(p.days)} days, longer than ${w.count(p.limit)}.`
      : `This acute prescription started ${w.count(p.days)} days ago and has no stop date.`} ${enGBAcuteDurationAdvice}; reassess the need (CDC 2022, recommendation 6).`,
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
      return `The patient is in opioid substitution treatment${names ? ` (${names})` : ''}. ${bool(p, 'acute') ? 'Short-term opioids for acute pain are widely accepted alongside it; if they continue, they need' : 'Opioids for pain need'} a joint pain and addiction review and an agreed end date; substitution doses are not converted to ${str(p, 'unit')} (CDC 2022).`
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
};
