import { fixture, html, expect, oneEvent, elementUpdated } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/elements/opioid-plan-card/register.js';
import type { OpioidPlanCard } from '../../src/elements/opioid-plan-card/register.js';
import type { OpioidErrorDetail } from '../../src/internal/events.js';
import type { OpioidPlanInput } from '../../src/core/schema.js';
import { guidanceProfile } from '../../src/core/guidance.js';
import { enGB } from '../../src/locales/en-GB.js';
import type { PlanCardModel } from '../../src/elements/opioid-plan-card/plan-card-model.js';
import {
  DEMO_TODAY, SCENARIOS, buprenorphinePatch, chronicHighDose, hostileTextPlan, invalidPlan, invalidPlanJson,
  ostWithChronicPain, overdueReview, oversizedGoalPlan, postOpDischarge, primaryCareCodeine, tenLinePlan, usPrimaryCare,
  implausibleTotal, oudPlanWithAnalgesic, overTheCounterCodeine, usCancerPain,
} from '../../stories/data/plans.js';

const root = (el: OpioidPlanCard) => el.shadowRoot!;
/** Text as a screen reader gets it: decorative (aria-hidden) icons left out, whitespace collapsed. */
function words(node: Node | null | undefined): string {
  if (!node) return '';
  let text = node.textContent ?? '';
  if (node instanceof Element) {
    const clone = node.cloneNode(true) as Element;
    clone.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    text = clone.textContent ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
}
const part = (el: OpioidPlanCard, name: string) => root(el).querySelector(`[part~="${name}"]`);
const totalText = (el: OpioidPlanCard) => words(root(el).querySelector('.total-value'));
const rows = (el: OpioidPlanCard) => [...root(el).querySelectorAll('tbody tr')];
const rowText = (el: OpioidPlanCard, index: number) => words(rows(el)[index]);
const flag = (el: OpioidPlanCard, id: string) => root(el).querySelector<HTMLElement>(`[data-flag="${id}"]`);

async function card(plan: unknown, attrs: { guidance?: string; threshold?: number; compact?: boolean } = {}): Promise<OpioidPlanCard> {
  return fixture<OpioidPlanCard>(html`<opioid-plan-card .plan=${plan} today=${DEMO_TODAY}
    guidance=${attrs.guidance ?? ''} .threshold=${attrs.threshold} ?compact=${attrs.compact ?? false}></opioid-plan-card>`);
}

/** Morphine 50 mg twice a day: 100 mg/day OME, between the 90 (default) and 120 (configured) thresholds. */
const morphine100: OpioidPlanInput = {
  ...chronicHighDose,
  id: 'test-morphine-100',
  medications: [{ drug: 'morphine', route: 'oral', strength: { value: 50, unit: 'mg' }, dosesPerDay: 2 }],
};

describe('<opioid-plan-card>', () => {
  describe('each REFERENCE.md §7 scenario [T-CARD-001]', () => {
    for (const { label, plan } of SCENARIOS) {
      it(`${label}: one row per medicine, a total with its unit, the guidance named, accessible`, async () => {
        const el = await card(plan);
        expect(rows(el)).to.have.length(plan.medications.length);
        expect(words(part(el, 'header'))).to.match(/Guidance used: (UK: Opioids Aware .*\(OME\)|US: CDC .*\(MME\))/);
        expect(totalText(el)).to.match(/(mg\/day OME|MME\/day|total can be given)/);
        expect(words(part(el, 'cautions'))).to.include('must not be used to calculate a dose when switching opioids');
        await expect(el).to.be.accessible();
      });
    }

    it('post-operative discharge: the as-needed maximum is said to be a maximum, with stop date and days left [T-CARD-002]', async () => {
      const el = await card(postOpDischarge);
      expect(rowText(el, 0)).to.include('Oxycodone 5 mg immediate-release capsules');
      expect(rowText(el, 0)).to.include('5 mg up to 4 times a day when needed');
      expect(rowText(el, 0)).to.include('up to 20 mg/day');
      expect(rowText(el, 0)).to.include('at most 30 mg/day OME');
      expect(rowText(el, 0)).to.include('maximum, if every as-needed dose is taken');
      expect(totalText(el)).to.equal('30 mg/day OME');
      expect(words(part(el, 'total'))).to.include('this is the maximum, not what is usually taken');
      const dates = words(part(el, 'dates'));
      expect(dates).to.include('Started 20 November 2026');
      expect(dates).to.include('Stop 25 November 2026 — 4 days left');
      expect(dates).to.include('Review 25 November 2026 — in 4 days');
      expect(words(part(el, 'goals'))).to.include('Do the physiotherapy knee exercises three times a day');
      expect(words(part(el, 'prescriber'))).to.include('Dr Amara Okafor (FY2)');
    });

    it('chronic high dose: band and flag say high dose in words, pregabalin is listed, the MDT and the next taper step show [T-CARD-003]', async () => {
      const el = await card(chronicHighDose);
      expect(totalText(el)).to.equal('120 mg/day OME');
      const band = part(el, 'band')!;
      expect(band.getAttribute('data-band')).to.equal('high-dose');
      expect(words(band)).to.include('At or above the high-dose threshold of 90 mg/day OME');
      expect(band.querySelector('.icon')).to.exist;
      expect(words(flag(el, 'high-dose'))).to.match(/^Warning: Total 120 mg\/day OME is at or above/);
      expect(words(flag(el, 'gabapentinoid'))).to.include('Pregabalin');
      expect(words(part(el, 'concurrent'))).to.include('Gabapentinoid: Pregabalin, 150 mg twice a day');
      expect(words(part(el, 'concurrent'))).to.include('Naloxone: not supplied');
      expect(words(part(el, 'mdt'))).to.include('11 November 2026');
      expect(words(part(el, 'mdt'))).to.include('reduce morphine by 10% of the original dose every 2 weeks');
      const taper = words(part(el, 'taper'));
      expect(taper).to.include('Now: morphine 120 mg/day since 18 November 2026.');
      expect(taper).to.include('Next: morphine 110 mg/day from 2 December 2026 (in 11 days).');
      expect(taper).to.include('10% of the original dose every 14 days (linear), each dose rounded up to a multiple of 10 mg without ever reducing faster than planned, so it takes 28 days longer than planned (12 reductions rather than 10)');
    });

    it('opioid substitution: methadone row says why it is not converted; oxycodone still shows 45 mg/day OME [T-CARD-004]', async () => {
      const el = await card(ostWithChronicPain);
      expect(rowText(el, 0)).to.include('Not converted: methadone needs specialist advice');
      expect(rowText(el, 0)).to.include('opioid substitution treatment');
      expect(rowText(el, 1)).to.include('45 mg/day OME');
      expect(words(part(el, 'concurrent'))).to.include('Opioid substitution treatment: Methadone (Community Drug and Alcohol Service)');
      expect(flag(el, 'opioid-substitution')).to.exist;
      expect(flag(el, 'methadone-conversion')).to.exist;
    });
  });

  describe('incomplete totals', () => {
    it('says "Incomplete: at least …" and names the drug at the total; never a bare partial sum [T-CARD-005]', async () => {
      const el = await card(ostWithChronicPain);
      expect(totalText(el)).to.equal('Incomplete: at least 45 mg/day OME — methadone could not be converted');
      expect(totalText(el)).not.to.match(/^\s*45/);
      expect(part(el, 'total')!.classList.contains('incomplete')).to.equal(true);
      expect(words(part(el, 'total'))).to.include('Methadone has no fixed OME factor');
      // A partial sum below the threshold cannot be placed against it.
      expect(words(part(el, 'band'))).to.include('Cannot be compared with the high-dose threshold of 90 mg/day OME: the total is incomplete.');
      expect(words(flag(el, 'incomplete-total'))).to.include('Warning:');
    });

    it('US view of a buprenorphine patch: no MME total at all, said in words (no silent zero) [T-CARD-006]', async () => {
      const el = await card(buprenorphinePatch, { guidance: 'us' });
      expect(totalText(el)).to.equal('Incomplete: no MME total can be given — buprenorphine could not be converted');
      expect(totalText(el)).not.to.match(/\b0 MME/);
      expect(rowText(el, 0)).to.include('Not converted: buprenorphine is excluded from MME');
      await expect(el).to.be.accessible();
    });

    it('compact card keeps the incomplete wording too [T-CARD-007]', async () => {
      const el = await card(ostWithChronicPain, { compact: true });
      expect(words(part(el, 'total'))).to.equal('Incomplete: at least 45 mg/day OME — methadone not converted');
    });
  });

  describe('UK and US views of the same plan', () => {
    it('codeine 240 mg/day is 24 mg/day OME (Opioids Aware) and 36 MME/day (CDC 2022) [T-CARD-008]', async () => {
      const uk = await card(primaryCareCodeine);
      const us = await card(primaryCareCodeine, { guidance: 'us' });
      expect(totalText(uk)).to.equal('24 mg/day OME');
      expect(totalText(us)).to.equal('36 MME/day');
      expect(words(part(uk, 'header'))).to.include('UK: Opioids Aware (FPM/RCoA, 2020) — oral morphine equivalent (OME)');
      expect(words(part(us, 'header'))).to.include('US: CDC Clinical Practice Guideline (2022) — morphine milligram equivalents (MME)');
      expect(words(root(us).querySelector('thead'))).to.include('MME (per day)');
      expect(words(part(us, 'band'))).to.include('Below 50 MME/day');
      expect(words(part(uk, 'band'))).to.include('Below the high-dose threshold of 90 mg/day OME');
      await expect(us).to.be.accessible();
    });

    it('US primary care: 60 MME/day, urgent benzodiazepine flag and a naloxone warning, each with severity in words [T-CARD-009]', async () => {
      const el = await card(usPrimaryCare);
      expect(totalText(el)).to.equal('60 MME/day');
      const benzodiazepine = flag(el, 'benzodiazepine')!;
      expect(benzodiazepine.dataset.severity).to.equal('urgent');
      expect(words(benzodiazepine.querySelector('.severity'))).to.equal('Urgent:');
      expect(benzodiazepine.querySelector('.icon[aria-hidden="true"]')).to.exist;
      expect(words(flag(el, 'naloxone')!.querySelector('.severity'))).to.equal('Warning:');
      for (const item of root(el).querySelectorAll('[part="flag"]')) {
        expect(words(item.querySelector('.severity'))).to.match(/^(Urgent|Warning|For information):$/);
      }
      expect(root(el).querySelector('[part="flags"] ul')).to.exist;
    });
  });

  describe('the high-dose threshold', () => {
    it('100 mg/day OME is high under the default 90 and below a configured 120 [T-CARD-010]', async () => {
      const byDefault = await card(morphine100);
      expect(part(byDefault, 'band')!.getAttribute('data-band')).to.equal('high-dose');
      expect(flag(byDefault, 'high-dose')).to.exist;

      const configured = await card(morphine100, { threshold: 120 });
      expect(part(configured, 'band')!.getAttribute('data-band')).to.equal('below-threshold');
      expect(words(part(configured, 'band'))).to.include('Below the high-dose threshold of 120 mg/day OME');
      expect(words(part(configured, 'band'))).to.include('Set locally (replaces the default of 90 mg/day OME: Opioids Aware');
      expect(flag(configured, 'high-dose')).to.equal(null);
    });

    it('the threshold attribute is read as a number and is ignored for US guidance (CDC 50 MME/day) [T-CARD-011]', async () => {
      const el = await fixture<OpioidPlanCard>(html`<opioid-plan-card .plan=${chronicHighDose} today=${DEMO_TODAY} threshold="120"></opioid-plan-card>`);
      expect(words(part(el, 'band'))).to.include('At or above the high-dose threshold of 120 mg/day OME');
      el.guidance = 'us';
      await elementUpdated(el);
      expect(words(part(el, 'band'))).to.include('At or above 50 MME/day');
    });

    it('a threshold that is not a positive number is an error, not a silent default [T-CARD-012]', async () => {
      const errored = oneEvent(document, 'opioid-error');
      const el = await fixture<OpioidPlanCard>(html`<opioid-plan-card .plan=${chronicHighDose} today=${DEMO_TODAY} threshold="ninety"></opioid-plan-card>`);
      const event = await errored as CustomEvent<OpioidErrorDetail>;
      expect(event.detail.issues.map((issue) => issue.path)).to.deep.equal(['threshold']);
      expect(words(root(el).querySelector('[role="alert"]'))).to.include('Threshold must be a number');
      expect(rows(el)).to.have.length(0);
    });
  });

  describe('dates', () => {
    it('without a stop date, a taper to 0 mg gives the end of treatment, said to come from the taper (MHRA 2020) [T-CARD-013]', async () => {
      // 120 mg from 18 November 2026: twelve 10 mg reductions every 14 days, a 14-day pause and 14 more
      // days at the lowest dose before stopping (CDC 2022) = 196 days.
      const el = await card(chronicHighDose);
      expect(words(part(el, 'dates'))).to.include('Stop 2 June 2027 — end of taper (in 193 days) No stop date recorded: the taper reaches 0 mg on this date.');
      expect(flag(el, 'no-stop-date')).to.equal(null);
      const compact = await card(chronicHighDose, { compact: true });
      expect(words(part(compact, 'dates'))).to.include('Taper ends 2 June 2027 (in 193 days)');
      await expect(el).to.be.accessible();
    });

    it('a finished taper says how long ago it ended; a recorded stop date wins; an unworkable taper gives no end [T-CARD-014]', async () => {
      const taper = { ...chronicHighDose.taper!, startDate: '2026-04-01', holds: [] };
      const finished = await card({ ...chronicHighDose, taper });
      // 1 April 2026 + 13 × 14 days (the lowest dose is kept one interval longer) = 30 September 2026, 52 days before 21 November 2026.
      expect(words(part(finished, 'dates'))).to.include('Stop 30 September 2026 — end of taper (52 days ago)');
      const recorded = await card({ ...chronicHighDose, stopDate: '2026-12-31' });
      expect(words(part(recorded, 'dates'))).to.include('Stop 31 December 2026 — 40 days left').and.not.include('end of taper');
      const unworkable = await card({ ...chronicHighDose, taper: { ...taper, holds: [{ step: 40, intervals: 1 }] } });
      expect(words(part(unworkable, 'dates'))).to.include('Stop No stop date set');
      expect(flag(unworkable, 'no-stop-date')).to.exist;
    });

    it('a review date 12 days away reads "in 12 days" [T-CARD-015]', async () => {
      const el = await card(buprenorphinePatch);
      expect(words(part(el, 'dates'))).to.include('Review 3 December 2026 — in 12 days');
      expect(words(part(el, 'dates'))).to.include('Stop No stop date set');
    });

    it('an overdue review says "overdue by 3 days" with an icon and a flag [T-CARD-016]', async () => {
      const el = await card(overdueReview);
      const overdue = root(el).querySelector('dd.overdue')!;
      expect(words(overdue)).to.equal('18 November 2026 — overdue by 3 days');
      expect(overdue.querySelector('.icon')).to.exist;
      expect(words(flag(el, 'review-overdue'))).to.include('overdue by 3 days');
      await expect(el).to.be.accessible();
    });

    it('US locale writes US dates [T-CARD-017]', async () => {
      const el = await fixture<OpioidPlanCard>(html`<opioid-plan-card .plan=${usPrimaryCare} today=${DEMO_TODAY} locale="en-US"></opioid-plan-card>`);
      expect(words(part(el, 'dates'))).to.include('Review December 21, 2026 — in 30 days');
    });
  });

  describe('structure', () => {
    it('uses a heading, a table with caption and scoped headers, a dl for dates, lists for goals and flags [T-CARD-018]', async () => {
      const el = await card(chronicHighDose);
      const title = root(el).querySelector('[role="heading"][aria-level="2"]')!;
      expect(words(title)).to.equal('Opioid treatment plan: Chronic non-cancer pain');
      const table = root(el).querySelector('table')!;
      expect(words(table.querySelector('caption'))).to.equal('Opioid medicines (1)');
      expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col']);
      expect(table.querySelector('tbody th')!.getAttribute('scope')).to.equal('row');
      expect(root(el).querySelector('dl[part="dates"] dt')).to.exist;
      expect(root(el).querySelectorAll('[part="goals"] li')).to.have.length(2);
      expect(root(el).querySelectorAll('[part="flags"] li[part="flag"]').length).to.be.greaterThan(0);
    });

    it('heading-level moves the title and its sections down', async () => {
      const el = await fixture<OpioidPlanCard>(html`<opioid-plan-card heading-level="3" .plan=${postOpDischarge} today=${DEMO_TODAY}></opioid-plan-card>`);
      expect(root(el).querySelector('#title')!.getAttribute('aria-level')).to.equal('3');
      expect(root(el).querySelector('#goals-h')!.getAttribute('aria-level')).to.equal('4');
    });

    it('ten medicine lines: ten rows and the complete UK total of all of them [T-CARD-019]', async () => {
      const el = await card(tenLinePlan);
      expect(rows(el)).to.have.length(10);
      // 60 + 60 + 30 + 12 + 9 + 20 + 40 + 26 + 30 + 12 (REFERENCE.md §1, UK factors).
      expect(totalText(el)).to.equal('299 mg/day OME');
      expect(words(part(el, 'total'))).to.include('this is the maximum');
      await expect(el).to.be.accessible();
    });

    it('the actions slot shows the host\'s buttons, reachable by keyboard', async () => {
      const el = await fixture<OpioidPlanCard>(html`<opioid-plan-card .plan=${postOpDischarge} today=${DEMO_TODAY}>
        <button slot="actions" type="button">Edit plan</button></opioid-plan-card>`);
      await elementUpdated(el);
      const actions = part(el, 'actions') as HTMLElement;
      expect(actions.hidden).to.equal(false);
      const button = el.querySelector('button')!;
      button.focus();
      expect(document.activeElement).to.equal(button);
      await expect(el).to.be.accessible();
    });

    it('without slotted actions the actions wrapper is hidden', async () => {
      const el = await card(postOpDischarge);
      expect((part(el, 'actions') as HTMLElement).hidden).to.equal(true);
    });
  });

  describe('compact', () => {
    it('one or two lines: drugs, total, review and stop dates and the count of urgent flags [T-CARD-020]', async () => {
      const el = await card(usPrimaryCare, { compact: true });
      expect(root(el).querySelector('table')).to.equal(null);
      expect(words(part(el, 'header'))).to.include('Hydrocodone and tramadol');
      expect(words(part(el, 'total'))).to.include('60 MME/day');
      // CDC 2022 rec. 4: 50 MME/day is a point to reassess, not a "high dose".
      expect(words(part(el, 'total'))).to.include('(reassess before any increase: at or above 50 MME/day)');
      const meta = words(part(el, 'dates'));
      expect(meta).to.include('Review in 30 days (21 December 2026)');
      expect(meta).to.include('No stop date');
      expect(meta).to.include('1 urgent flag, 3 warnings');
      expect(words(part(el, 'cautions'))).to.include('approximate');
      expect(el.hasAttribute('compact')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('an overdue review is marked in compact mode [T-CARD-021]', async () => {
      const el = await card(overdueReview, { compact: true });
      expect(words(root(el).querySelector('.overdue'))).to.equal('Review overdue by 3 days (18 November 2026)');
    });
  });

  describe('review fixes (C1, C2, C9, S2)', () => {
    /** Opioid substitution clinic, US: methadone 60 mg once a day, no `purpose` on the line (C1). */
    const usOudNoPurpose: OpioidPlanInput = {
      id: 'test-us-oud', indication: 'opioid-use-disorder', guidance: 'us', startDate: '2026-10-01', reviewDate: '2026-12-01',
      medications: [{ drug: 'methadone', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 1 }],
      naloxoneSupplied: true,
    };

    it('C1: US opioid-use-disorder plan, methadone 60 mg with no purpose: no 282 MME/day, no high-dose band or flag [T-CARD-022]', async () => {
      const el = await card(usOudNoPurpose);
      expect(totalText(el)).to.equal('Incomplete: no MME total can be given — methadone could not be converted');
      expect(words(root(el))).to.not.include('282');
      expect(part(el, 'band')!.getAttribute('data-band')).to.equal('incomplete');
      expect(flag(el, 'high-dose')).to.equal(null);
      expect(flag(el, 'opioid-substitution')).to.exist;
      expect(rowText(el, 0)).to.include('opioid substitution treatment');
      expect(rowText(el, 0)).to.include('Not converted: methadone for opioid use disorder is never converted to MME');
      await expect(el).to.be.accessible();
    });

    it('C2: a US card names the taper dose in MME, never OME, and not as "hydrocodone … OME" [T-CARD-023]', async () => {
      const plan: OpioidPlanInput = {
        ...usPrimaryCare, id: 'test-us-taper-ome',
        taper: { startDate: '2026-11-01', startDose: 60, percent: 10, intervalDays: 28, basis: 'original', unit: 'ome', drug: 'hydrocodone' },
      };
      const el = await card(plan);
      const taper = words(part(el, 'taper'));
      expect(taper).to.include('Now: 60 MME/day since 1 November 2026.');
      expect(taper).to.include('Next: 54 MME/day from');
      expect(taper).to.not.include('OME');
      expect(taper).to.not.include('hydrocodone 60');
      const uk = await card({ ...plan, guidance: 'uk' });
      expect(words(part(uk, 'taper'))).to.include('Now: 60 mg/day OME since 1 November 2026.');
    });

    it('C9: the compact card names the guidance and unit beside the total and says it is approximate [T-CARD-024]', async () => {
      for (const [plan, guidance] of [[chronicHighDose, 'uk'], [usPrimaryCare, 'us']] as const) {
        const el = await card(plan, { compact: true });
        const visible = words(part(el, 'header'));
        const profile = guidanceProfile(guidance);
        expect(visible).to.include(enGB.guidance[guidance]);
        expect(visible).to.include(profile.unit);
        expect(visible).to.include('approximate — see cautions');
        expect(words(root(el).querySelector('details.cautions summary'))).to.include('Cautions');
        await expect(el).to.be.accessible();
      }
    });

    it('S2: flag messages are isolated in <bdi>, and direction controls in a medicine name are dropped [T-CARD-025]', async () => {
      const el = await card({ ...usPrimaryCare, concurrentMedicines: [{ kind: 'benzodiazepine', name: '\u202Emalozarpla' }] });
      const message = flag(el, 'benzodiazepine')!.querySelector('bdi');
      expect(message, 'the message sits in <bdi>').to.exist;
      expect(message!.textContent).to.include('(malozarpla)');
      expect(message!.textContent).to.not.include('\u202E');
    });
  });

  describe('hostile and long text [T-CARD-029]', () => {
    it('renders markup as literal text: no img, script or b element is created [T-CARD-026]', async () => {
      const el = await card(hostileTextPlan);
      expect(root(el).querySelectorAll('img, script, b')).to.have.length(0);
      const text = root(el).textContent ?? '';
      expect(text).to.include('<img src=x onerror=alert(1)>');
      expect(text).to.include('"><script>alert(1)</script>');
      expect(text).to.include('<b onmouseover=alert(1)>diazepam</b>');
      expect(text).to.include('javascript:alert(1)');
      expect(root(el).querySelector('a')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('isolates right-to-left override marks inside <bdi> so they cannot reorder the card [T-CARD-027]', async () => {
      const el = await card(hostileTextPlan);
      const marked = [...root(el).querySelectorAll('bdi')].filter((node) => node.textContent!.includes('\u202E'));
      expect(marked.length).to.be.greaterThan(1);
    });

    it('a 3,000-character goal is over the schema limit: the card says which goal is too long [T-CARD-028]', async () => {
      const el = await card(oversizedGoalPlan);
      expect(words(root(el).querySelector('[role="alert"]'))).to.include('goals[0]: Goals must be at most 1000 characters.');
    });

    for (const [name, plan] of [['hostile text', hostileTextPlan], ['ten lines', tenLinePlan], ['incomplete total', ostWithChronicPain]] as const) {
      it(`${name}: no horizontal overflow at 320 px (full and compact)`, async () => {
        await setViewport({ width: 320, height: 640 });
        try {
          for (const compact of [false, true]) {
            const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
              <opioid-plan-card .plan=${plan} today=${DEMO_TODAY} ?compact=${compact}></opioid-plan-card></div>`);
            const el = wrapper.querySelector('opioid-plan-card')!;
            await elementUpdated(el);
            expect(el.clientWidth).to.equal(320);
            expect(el.scrollWidth, 'host').to.be.at.most(el.clientWidth);
            const article = root(el).querySelector('article')!;
            expect(article.scrollWidth, 'card').to.be.at.most(article.clientWidth);
            for (const node of root(el).querySelectorAll('table, tr, th, td, dd, li, p')) {
              expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 60)).to.be.at.most(el.getBoundingClientRect().right + 0.5);
            }
          }
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    }

    it('at 320 px the table reflows: each cell is labelled by its column [T-CARD-030]', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
        <opioid-plan-card .plan=${ostWithChronicPain} today=${DEMO_TODAY}></opioid-plan-card></div>`);
      const el = wrapper.querySelector('opioid-plan-card')!;
      await elementUpdated(el);
      const cell = root(el).querySelector('tbody td')!;
      expect(getComputedStyle(cell).display).to.equal('grid');
      expect(getComputedStyle(cell, '::before').content).to.equal('"Dose"');
      await expect(el).to.be.accessible();
    });
  });

  describe('print and forced colours', () => {
    it('prints in black without the host\'s buttons; the compact card prints its cautions even when folded [T-CARD-031]', async () => {
      const full = await fixture<OpioidPlanCard>(html`<opioid-plan-card .plan=${chronicHighDose} today=${DEMO_TODAY}>
        <button slot="actions" type="button">Edit plan</button></opioid-plan-card>`);
      const compact = await card(chronicHighDose, { compact: true });
      await elementUpdated(full);
      const folded = [...root(compact).querySelectorAll('details.cautions li')];
      expect(folded).to.have.length(enGB.cautions('OME').length);
      expect(folded.some((item) => item.checkVisibility()), 'folded on screen').to.equal(false);
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(part(full, 'actions')!).display).to.equal('none');
        expect(getComputedStyle(root(full).querySelector('article')!).boxShadow).to.equal('none');
        expect(getComputedStyle(root(full).querySelector('.guidance')!).color).to.equal('rgb(0, 0, 0)');
        const warning = root(full).querySelector('[data-flag="high-dose"] .icon')!;
        expect(getComputedStyle(warning).color).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(warning).borderTopColor).to.equal('rgb(0, 0, 0)');
        expect(folded.every((item) => item.checkVisibility()), 'every caution prints').to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('in forced colours the severity icons keep their shape in system colours [T-CARD-032]', async () => {
      const el = await card(chronicHighDose);
      const warning = root(el).querySelector<HTMLElement>('[data-flag="high-dose"] .icon')!;
      const yellow = getComputedStyle(warning).backgroundColor;
      await executeServerCommand('emulate-forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const text = getComputedStyle(root(el).querySelector('.title')!).color;
        const style = getComputedStyle(warning);
        // CanvasText on Canvas: the icon is still a solid shape, not lost to the forced background.
        expect(style.backgroundColor).to.equal(text);
        expect(style.backgroundColor).not.to.equal(yellow);
        expect(style.color).not.to.equal(text);
        await expect(el).to.be.accessible();
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    });
  });

  describe('bad input', () => {
    it('an invalid plan object: role=alert naming the fields, and opioid-error with the issues [T-CARD-033]', async () => {
      const errored = oneEvent(document, 'opioid-error');
      const el = await card(invalidPlan);
      const event = await errored as CustomEvent<OpioidErrorDetail>;
      expect(event.detail.element).to.equal('opioid-plan-card');
      const paths = event.detail.issues.map((issue) => issue.path);
      expect(paths).to.include.members(['id', 'indication', 'medications[0].drug', 'startDate', 'stopdate']);
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(words(alert)).to.include('This opioid plan cannot be shown');
      expect(words(alert)).to.include('medications[0].drug');
      expect(rows(el)).to.have.length(0);
      expect(words(root(el))).not.to.match(/mg\/day/);
      await expect(el).to.be.accessible();
    });

    it('invalid JSON in the plan attribute: role=alert and opioid-error [T-CARD-034]', async () => {
      const errored = oneEvent(document, 'opioid-error');
      const el = await fixture<OpioidPlanCard>(html`<opioid-plan-card plan=${invalidPlanJson} today=${DEMO_TODAY}></opioid-plan-card>`);
      const event = await errored as CustomEvent<OpioidErrorDetail>;
      expect(event.detail.issues[0]!.message).to.include('not valid JSON');
      expect(words(root(el).querySelector('[role="alert"]'))).to.include('not valid JSON');
      await expect(el).to.be.accessible();
    });

    it('valid JSON in the plan attribute is enough: no script needed', async () => {
      const el = await fixture<OpioidPlanCard>(html`<opioid-plan-card plan=${JSON.stringify(primaryCareCodeine)} today=${DEMO_TODAY}></opioid-plan-card>`);
      expect(totalText(el)).to.equal('24 mg/day OME');
    });

    it('invalid today and guidance attributes are errors [T-CARD-035]', async () => {
      const errored = oneEvent(document, 'opioid-error');
      const el = await fixture<OpioidPlanCard>(html`<opioid-plan-card .plan=${postOpDischarge} today="21/11/2026" guidance="eu"></opioid-plan-card>`);
      const event = await errored as CustomEvent<OpioidErrorDetail>;
      expect(event.detail.issues.map((issue) => issue.path)).to.deep.equal(['guidance', 'today']);
      expect(words(root(el).querySelector('[role="alert"]'))).to.include('Today must be a real calendar date');
    });

    it('opioid-error bubbles out of a shadow root to the document (composed) [T-CARD-036]', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      let origin: EventTarget | undefined;
      const errored = new Promise<Event>((resolve) => document.addEventListener('opioid-error', (event) => {
        origin = event.composedPath()[0];
        resolve(event);
      }, { once: true }));
      const el = document.createElement('opioid-plan-card');
      el.plan = invalidPlanJson;
      shadow.append(el);
      const event = await errored;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      // Retargeted to the shadow host at the document, but it started at the card.
      expect(event.target === host, 'target is the shadow host').to.equal(true);
      expect(origin === el, 'composed path starts at the card').to.equal(true);
    });

    it('fires once per distinct problem, and recovers when the plan is fixed [T-CARD-037]', async () => {
      const seen: CustomEvent<OpioidErrorDetail>[] = [];
      const listener = (event: Event) => seen.push(event as CustomEvent<OpioidErrorDetail>);
      document.addEventListener('opioid-error', listener);
      try {
        const el = await card(invalidPlanJson);
        el.requestUpdate();
        await elementUpdated(el);
        await Promise.resolve();
        expect(seen).to.have.length(1);
        el.plan = primaryCareCodeine;
        await elementUpdated(el);
        expect(root(el).querySelector('[role="alert"]')).to.equal(null);
        expect(totalText(el)).to.equal('24 mg/day OME');
      } finally {
        document.removeEventListener('opioid-error', listener);
      }
    });

    it('no plan: says so quietly (no alert, no event) [T-CARD-038]', async () => {
      let fired = false;
      const listener = () => { fired = true; };
      document.addEventListener('opioid-error', listener);
      try {
        const el = await fixture<OpioidPlanCard>(html`<opioid-plan-card></opioid-plan-card>`);
        await Promise.resolve();
        expect(words(part(el, 'empty'))).to.equal('No opioid treatment plan to show.');
        expect(root(el).querySelector('[role="alert"]')).to.equal(null);
        expect(fired).to.equal(false);
        await expect(el).to.be.accessible();
      } finally {
        document.removeEventListener('opioid-error', listener);
      }
    });
  });

  it('assigning a new plan re-renders with the new numbers [T-CARD-039]', async () => {
    const el = await card(primaryCareCodeine);
    el.plan = usPrimaryCare;
    await elementUpdated(el);
    expect(totalText(el)).to.equal('60 MME/day');
    expect(el.value?.guidance).to.equal('us');
  });
});

describe('<opioid-plan-card>: an update words only what changed (issue 10)', () => {
  type Shown = { model: PlanCardModel };
  const shown = (el: OpioidPlanCard) => (el as unknown as Shown).model;
  const datesText = (el: OpioidPlanCard) => words(part(el, 'dates'));

  it('a new review date (a new plan object) keeps the medicines, total and unchanged flags, and shows the new date', async () => {
    const el = await card(chronicHighDose);
    const before = shown(el);
    const tbody = root(el).querySelector('tbody');
    el.plan = { ...chronicHighDose, reviewDate: '2027-01-15' };
    await elementUpdated(el);
    const after = shown(el);
    expect(after).to.not.equal(before);
    expect(after.rows).to.equal(before.rows);
    expect(after.total).to.equal(before.total);
    expect(after.flags).to.equal(before.flags);
    expect(root(el).querySelector('tbody')).to.equal(tbody);
    expect(datesText(el)).to.include('15 January 2027');
  });

  it('a changed dose words the medicines and the total again', async () => {
    const el = await card(morphine100);
    const before = shown(el);
    el.plan = { ...morphine100, medications: [{ drug: 'morphine', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 2 }] };
    await elementUpdated(el);
    expect(shown(el).rows).to.not.equal(before.rows);
    expect(rowText(el, 0)).to.include('60 mg twice a day');
    expect(totalText(el)).to.equal('120 mg/day OME');
  });

  it('a later today raises review-overdue while the medicines stay as they were', async () => {
    const el = await card(chronicHighDose);
    const before = shown(el);
    expect(flag(el, 'review-overdue')).to.equal(null);
    el.today = '2030-01-01';
    await elementUpdated(el);
    expect(shown(el).rows).to.equal(before.rows);
    expect(shown(el).flags).to.not.equal(before.flags);
    expect(flag(el, 'review-overdue')).to.not.equal(null);
    expect(datesText(el)).to.include('overdue');
  });

  it('another guidance or locale words the medicines again', async () => {
    const el = await card(morphine100);
    const before = shown(el);
    el.guidance = 'us';
    await elementUpdated(el);
    expect(shown(el).rows).to.not.equal(before.rows);
    expect(totalText(el)).to.equal('100 MME/day');
    el.locale = 'en-US';
    await elementUpdated(el);
    expect(rowText(el, 0)).to.include('MME/day');
    expect(root(el).querySelector('article')?.getAttribute('lang')).to.equal('en-US');
  });
});

describe('<opioid-plan-card>: the people and plans issue 8 describes', () => {
  it('shows the care team: who prescribes and who reviews, joint pain/addiction care [T-CLIN-19]', async () => {
    const el = await card(ostWithChronicPain);
    const team = words(part(el, 'care-team'));
    expect(team).to.include('Pain service: Dr Priya Natarajan, Pain Management Service — Prescribes and reviews');
    expect(team).to.include('Addiction service: Community Drug and Alcohol Service, 0113 496 0421 — Prescribes');
    expect(team).to.include('GP: Dr Helen Okafor, Riverside Surgery');
    expect(words(part(el, 'concurrent'))).to.include('Risk factor: History of substance use disorder');
    await expect(el).to.be.accessible();
  });

  it('says a methadone/buprenorphine line without a purpose is read as substitution treatment, and counts the analgesic [T-CLIN-20]', async () => {
    const el = await card(oudPlanWithAnalgesic);
    expect(rowText(el, 0)).to.include('read as opioid substitution treatment (no purpose stated');
    expect(rowText(el, 1)).to.include('at most 40 mg/day OME');
    expect(totalText(el)).to.include('at least 40 mg/day OME');
    expect(words(part(el, 'concurrent'))).to.include('Risk factor: History of overdose');
    await expect(el).to.be.accessible();
  });

  it('names a medicine bought over the counter and counts it [T-CLIN-21]', async () => {
    const el = await card(overTheCounterCodeine);
    expect(rowText(el, 1)).to.include('bought over the counter');
    expect(totalText(el)).to.equal('44 mg/day OME');
    expect(flag(el, 'over-the-counter')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says what a stop date means: the first day without the medicine, and the last dose the day before [T-CLIN-22]', async () => {
    const el = await card(postOpDischarge);
    const stop = words(part(el, 'dates'));
    expect(stop).to.match(/Stop \d+ November 2026 .*The first day without the medicine; last dose on \d+ November 2026\./);
    const [, stopDay, lastDay] = /Stop (\d+) November.*last dose on (\d+) November/.exec(stop) ?? [];
    expect(Number(lastDay)).to.equal(Number(stopDay) - 1);
  });

  it('US cancer pain: the MME total shows, with one line saying CDC 2022 gives no dose advice; the band agrees [T-CLIN-23]', async () => {
    const el = await card(usCancerPain, { guidance: 'us' });
    expect(totalText(el)).to.equal('180 MME/day'); // 80 × 1.5 + at most 40 × 1.5
    expect(part(el, 'band')?.getAttribute('data-band')).to.equal('outside-scope');
    expect(words(part(el, 'band'))).to.include('No dose advice: CDC 2022 does not cover cancer pain');
    expect(flag(el, 'outside-guideline-scope')).to.exist;
    expect(flag(el, 'reassess-dose')).to.equal(null);
    expect(words(part(el, 'flags'))).to.not.match(/taper|reassess/i);
    await expect(el).to.be.accessible();
  });

  it('never shows an implausible total as a number (nor ∞ or NaN), and raises an urgent flag [T-CLIN-24]', async () => {
    const el = await card(implausibleTotal);
    expect(totalText(el)).to.equal('Not shown: the OME total is implausibly large; check every dose and its unit');
    expect(words(part(el, 'total'))).to.not.match(/\d{5}|∞|NaN|Infinity/);
    // Nor any line's figure above the limit (26,000 and 39,000 mg/day OME here): the typed dose stays visible.
    expect(rowText(el, 0)).to.include('Not shown: implausibly large; check the dose and its unit').and.include('5,200 mg/day');
    expect(words(part(el, 'medications'))).to.not.match(/26,000|39,000/);
    expect(flag(el, 'implausible-total')?.getAttribute('data-severity')).to.equal('urgent');
    expect(part(el, 'band')?.getAttribute('data-band')).to.equal('implausible');
    const compact = await card(implausibleTotal, { compact: true });
    expect(words(part(compact, 'total'))).to.equal('OME total not shown: check doses');
  });

  it('a UK threshold outside 20–500 mg/day is an error in words, never "below 1,200" [T-CLIN-25]', async () => {
    const errored = oneEvent(document, 'opioid-error');
    const el = await card(chronicHighDose, { threshold: 1200 });
    const event = await errored as CustomEvent<OpioidErrorDetail>;
    expect(event.detail.issues.map((issue) => issue.path)).to.deep.equal(['threshold']);
    expect(words(root(el).querySelector('[role="alert"]'))).to.include('from 20 to 500');
    expect(rows(el)).to.have.length(0);
    // A UK threshold never moves the US one.
    const us = await card(usPrimaryCare, { guidance: 'us', threshold: 120 });
    expect(part(us, 'band')?.getAttribute('data-band')).to.equal('reassess');
  });
});
