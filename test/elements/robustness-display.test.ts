import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import fc from 'fast-check';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { parsePlan } from '../../src/core/parse.js';
import { taperSchedule } from '../../src/core/taper.js';
import { changeText, doseDigits, taperWords } from '../../src/elements/opioid-taper-chart/taper-text.js';
import { isSingular } from '../../src/elements/opioid-risk-explainer/icon-array.js';
import { DEFAULT_PACK_EN_GB } from '../../src/locales/risk/index.js';
import { describeIssue } from '../../src/locales/index.js';
import type { OpioidErrorDetail } from '../../src/internal/events.js';
import { chronicHighDose, DEMO_TODAY } from '../../stories/data/plans.js';

type Updating = HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;

const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
/** A minus sign before a lone zero ("−0 mg"), not the hyphens inside a date. */
const MINUS_ZERO = /(?<![\p{L}\p{N}])[-−‒–]0(?![\p{N}]|[.,]\p{N})/u;
const LEAK = /undefined|NaN|Infinity|∞|\[object /;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Everything on screen and everything a screen reader hears as a name. */
function shown(el: Element): string {
  const labels = [...shadow(el).querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
  return `${words(shadow(el))} ${labels.join(' ')}`;
}

async function chart(template: TemplateResult): Promise<Updating> {
  const el = await fixture<Updating>(template);
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
  return el;
}

describe('robustness on screen (issue 8)', () => {
  describe('sub-milligram tapers: no repeated doses, no −0 mg cuts', () => {
    it('every schedule the core makes shows consecutive different doses as different numbers and every cut as more than 0 [T-ROB-05]', () => {
      const plans = fc.record({
        startDate: fc.constant('2026-11-01'),
        startDose: fc.oneof(fc.double({ min: 0.01, max: 2, noNaN: true }), fc.constantFrom(0.8, 0.4, 0.1, 60, 120)),
        percent: fc.oneof(fc.double({ min: 0.5, max: 50, noNaN: true }), fc.constantFrom(1, 2.5, 10)),
        intervalDays: fc.constantFrom(7, 14),
        basis: fc.constantFrom('original', 'current'),
      });
      let checked = 0;
      fc.assert(fc.property(plans, fc.constantFrom('en-GB', 'en-US'), (plan, locale) => {
        const result = taperSchedule(plan);
        if (!result.ok) return;
        checked += 1;
        const w = taperWords(locale, 'mg', undefined, doseDigits(result.steps));
        result.steps.forEach((step, i) => {
          const dose = w.dose(step.dose);
          const change = changeText(step, i, w);
          expect(`${dose} ${change}`).to.not.match(LEAK);
          expect(change, `step ${i} of ${JSON.stringify(plan)}`).to.not.match(MINUS_ZERO);
          const before = result.steps[i - 1];
          if (before && before.dose !== step.dose) {
            expect(dose, `steps ${i - 1} and ${i} of ${JSON.stringify(plan)}`).to.not.equal(w.dose(before.dose));
          }
        });
      }), { numRuns: 300 });
      expect(checked).to.be.greaterThan(50);
    });

    const cases: [string, TemplateResult][] = [
      ['0.8 mg, 10% of the current dose, no rounding', html`<opioid-taper-chart start="2026-11-01" dose="0.8" percent="10" interval-days="14" basis="current" today=${DEMO_TODAY} table-open></opioid-taper-chart>`],
      ['0.8 mg, 1% of the original dose', html`<opioid-taper-chart start="2026-11-01" dose="0.8" percent="1" interval-days="14" basis="original" today=${DEMO_TODAY} table-open></opioid-taper-chart>`],
      ['0.4 mg, 1% of the original dose', html`<opioid-taper-chart start="2026-11-01" dose="0.4" percent="1" interval-days="7" basis="original" today=${DEMO_TODAY} table-open></opioid-taper-chart>`],
    ];
    for (const [name, template] of cases) {
      it(`${name}: the table and the chart show no repeated dose, no −0 mg cut and no unformatted number [T-ROB-06]`, async () => {
        const el = await chart(template);
        expect(shadow(el).querySelector('[role="alert"]'), 'the taper is drawn').to.equal(null);
        const rows = [...shadow(el).querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => words(cell)));
        expect(rows.length).to.be.greaterThan(10);
        rows.forEach((row, i) => {
          expect(row[2], `row ${i} change`).to.not.match(MINUS_ZERO);
          if (i > 0) expect(row[1], `rows ${i - 1} and ${i}`).to.not.equal(rows[i - 1]?.[1]);
        });
        const text = shown(el);
        expect(text).to.not.match(LEAK);
        expect(text).to.not.match(MINUS_ZERO);
      });
    }
  });

  describe('dose "-0"', () => {
    it('the explainer shows 0 mg, never -0 mg, for the attribute and the property [T-ROB-07]', async () => {
      for (const el of [
        await fixture<Updating>(html`<opioid-risk-explainer dose="-0"></opioid-risk-explainer>`),
        await fixture<Updating>(html`<opioid-risk-explainer .dose=${-0}></opioid-risk-explainer>`),
      ]) {
        await el.updateComplete;
        expect(words(shadow(el).querySelector('.your-dose'))).to.equal('Your dose: 0 mg a day.');
        expect(shown(el)).to.not.match(MINUS_ZERO);
        expect(shown(el)).to.not.match(LEAK);
      }
    });
  });

  describe('the schedule table at 320 px', () => {
    afterEach(async () => { await setViewport({ width: 800, height: 600 }); });

    it('scrolls sideways inside a named, keyboard-focusable region, and passes axe (scrollable-region-focusable) [T-ROB-08]', async () => {
      await setViewport({ width: 320, height: 640 });
      const box = await fixture<HTMLDivElement>(html`<div style="width: 320px"><opioid-taper-chart start="2026-11-01" dose="60" percent="10"
        interval-days="14" basis="original" round-to="5" today=${DEMO_TODAY} table-open></opioid-taper-chart></div>`);
      const el = box.querySelector('opioid-taper-chart') as unknown as Updating;
      await el.updateComplete;
      await nextFrame();
      const region = shadow(el).querySelector<HTMLElement>('.table-region')!;
      expect(region.scrollWidth, 'the table is wider than 320 px, so the region scrolls').to.be.greaterThan(region.clientWidth);
      expect(region.tabIndex).to.equal(0);
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-label')).to.equal('Taper schedule table');
      // From the toggle button, Tab reaches the table's box.
      shadow(el).querySelector<HTMLButtonElement>('button[part="toggle"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(region);
      await expect(el).to.be.accessible();
    });
  });

  describe('icon-array labels', () => {
    it('say "1 is filled in" for one person and "are" for more [T-ROB-09]', async () => {
      expect([0, 1, 2, 12].map((count) => isSingular(count, 'en-GB'))).to.deep.equal([false, true, false, false]);

      const labelsOf = async (el: Updating) => {
        await el.updateComplete;
        return [...shadow(el).querySelectorAll('svg.icon-array')].map((svg) => svg.getAttribute('aria-label') ?? '');
      };
      const labels = await labelsOf(await fixture<Updating>(html`<opioid-risk-explainer dose="60"></opioid-risk-explainer>`));
      // MedSIP: about 1 death prevented for every 62 people who stop long-term opioids.
      expect(labels).to.include('Picture of 62 people. 1 is filled in: the person whose death is prevented.');
      expect(labels.filter((label) => /\b1 are\b/.test(label))).to.deep.equal([]);
      expect(labels).to.include('Picture of 100 people. 12 are filled in: the extra people who noticed less pain because of the opioid.');

      // A site's pack without the singular wording keeps its own words for every count.
      const sitePack = structuredClone(DEFAULT_PACK_EN_GB) as unknown as { text: Record<string, unknown> };
      delete sitePack.text.iconLabelOne;
      delete sitePack.text.iconLabelRangeOne;
      const site = await labelsOf(await fixture<Updating>(html`<opioid-risk-explainer dose="60" .pack=${sitePack}></opioid-risk-explainer>`));
      expect(site).to.include('Picture of 62 people. 1 are filled in: the person whose death is prevented.');
    });
  });

  describe('direction controls never reach an error message [T-ROB-10]', () => {
    const RLO = '\u202E';
    async function issuesOf(template: TemplateResult): Promise<{ el: Updating; messages: string[] }> {
      // Listened for on the document before the element exists: it reports during its first update.
      const reported = oneEvent(document, 'opioid-error') as Promise<CustomEvent<OpioidErrorDetail>>;
      const el = await fixture<Updating>(template);
      await el.updateComplete;
      const event = await reported;
      return { el, messages: event.detail.issues.map((issue) => String(issue.message)) };
    }

    const cases: [string, () => TemplateResult, RegExp][] = [
      ['taper chart dose', () => html`<opioid-taper-chart start="2026-11-01" dose="${RLO}60" percent="10" interval-days="14" basis="original"></opioid-taper-chart>`, /The dose attribute says “60”/],
      ['taper chart today', () => html`<opioid-taper-chart start="2026-11-01" dose="60" percent="10" interval-days="14" basis="original" today="${RLO}2026-11-21x"></opioid-taper-chart>`, /not “2026-11-21x”/],
      ['stop-date prompt start', () => html`<opioid-stop-date-prompt start="${RLO}01-11-2026"></opioid-stop-date-prompt>`, /“01-11-2026”/],
      ['stop-date prompt indication', () => html`<opioid-stop-date-prompt indication="${RLO}acutely"></opioid-stop-date-prompt>`, /“acutely”/],
      ['stop-date prompt value', () => html`<opioid-stop-date-prompt start="2026-11-21" value="${RLO}tomorrow"></opioid-stop-date-prompt>`, /“tomorrow”/],
      ['risk explainer dose', () => html`<opioid-risk-explainer dose="${RLO}60mg"></opioid-risk-explainer>`, /“60mg”/],
      ['risk explainer audience', () => html`<opioid-risk-explainer dose="60" audience="${RLO}doctor"></opioid-risk-explainer>`, /“doctor”/],
      ['risk explainer guidance', () => html`<opioid-risk-explainer dose="60" guidance="${RLO}usa"></opioid-risk-explainer>`, /“usa”/],
      ['plan context guidance', () => html`<opioid-plan-context .plan=${chronicHighDose} today=${DEMO_TODAY} guidance="${RLO}usa"></opioid-plan-context>`, /“usa”/],
      ['plan context today', () => html`<opioid-plan-context .plan=${chronicHighDose} today="${RLO}tomorrow"></opioid-plan-context>`, /“tomorrow”/],
    ];
    for (const [name, template, quoted] of cases) {
      it(`${name}: the quoted value keeps its visible characters and loses its direction controls`, async () => {
        const { el, messages } = await issuesOf(template());
        const message = messages.find((text) => quoted.test(text));
        expect(message, messages.join(' | ')).to.be.a('string');
        expect(messages.join(' ')).to.not.match(BIDI);
        expect(words(shadow(el).querySelector('[role="alert"]'))).to.not.match(BIDI);
      });
    }

    it('a plan with an unknown key whose name holds a direction control: the message names it without the control', () => {
      const result = parsePlan({ ...chronicHighDose, [`stop${RLO}date`]: '2026-12-01' });
      expect(result.ok).to.equal(false);
      // The key is a parameter (without its control); the catalogue's sentence quotes it.
      expect(result.ok ? [] : result.issues.map((issue) => issue.params?.key)).to.include('stopdate');
      const messages = result.ok ? [] : result.issues.map((issue) => describeIssue(issue, 'en-GB'));
      expect(messages).to.include('“stopdate” is not a field this library knows; check its spelling.');
      expect(messages.join(' ')).to.not.match(BIDI);
    });
  });
});
