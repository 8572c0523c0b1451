import { fixture, html, expect, oneEvent, elementUpdated, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/elements/opioid-risk-explainer/register.js';
import '../../src/context/opioid-plan-context/register.js';
import { OpioidPlanContext } from '../../src/context/opioid-plan-context/opioid-plan-context.js';
import type { OpioidRiskExplainer } from '../../src/elements/opioid-risk-explainer/register.js';
import type { OpioidErrorDetail } from '../../src/internal/events.js';
import { iconCounts, type RiskPack, type ExtraRiskKind } from '../../src/core/risk/index.js';
import { DEFAULT_PACK_EN_GB } from '../../src/locales/risk/index.js';
import { riskPack, type RiskWording } from '../../src/locales/risk/index.js';
import { enGBRisk } from '../../src/locales/risk/en-GB.js';
import { enUSRisk } from '../../src/locales/risk/en-US.js';
import { cyRisk } from '../../src/locales/risk/cy.js';
import { esRisk } from '../../src/locales/risk/es.js';
import { parseRiskPack } from '../../src/core/risk/parse-pack.js';
import { builtInPack } from '../../src/elements/opioid-risk-explainer/built-in-packs.js';
import { DRAFT_LOCALES } from '../../src/internal/locale-controller.js';
import { guidanceProfile } from '../../src/core/guidance.js';
import { enGB } from '../../src/locales/en-GB.js';
import {
  chronicHighDose, ostWithChronicPain, postOpDischarge, usPrimaryCare, primaryCareCodeine, DEMO_TODAY,
} from '../../stories/data/plans.js';

const pack = DEFAULT_PACK_EN_GB;

// ---------------------------------------------------------------------------------------------------
// Helpers

function root(el: OpioidRiskExplainer): ShadowRoot {
  return el.shadowRoot as ShadowRoot;
}

function q<T extends Element = HTMLElement>(el: OpioidRiskExplainer, selector: string): T | null {
  return root(el).querySelector<T>(selector);
}

function all<T extends Element = HTMLElement>(el: OpioidRiskExplainer, selector: string): T[] {
  return [...root(el).querySelectorAll<T>(selector)];
}

/** What a reader meets: every text node (no styles) and every accessible label. */
function renderedText(el: OpioidRiskExplainer): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.parentElement?.closest('style') === null) parts.push(node.textContent ?? '');
    } else {
      const label = (node as Element).getAttribute?.('aria-label');
      if (label) parts.push(label);
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** The normalised text of one part of the box. */
function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;
function numbersIn(text: string): number[] {
  return Array.from(text.matchAll(NUMBER), (match) => Number(match[0].replace(/,(?=\d{3})/g, '').replace(/,$/, '')));
}

/** Every number a pack section holds, as a value or inside its text; counts with decimals also rounded. */
function numbersFrom(value: unknown, into = new Set<number>()): Set<number> {
  if (typeof value === 'number') {
    into.add(value);
    into.add(Math.round(value));
  } else if (typeof value === 'string') {
    for (const number of numbersIn(value)) into.add(number);
  } else if (Array.isArray(value)) {
    for (const item of value) numbersFrom(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) numbersFrom(item, into);
  }
  return into;
}

/**
 * The numbers this state may show: the pack's figures for it (extra-risk rows only when shown), the
 * dose itself, and the guidance's name and cautions that go with any dose.
 */
function allowedNumbers(state: { pack?: RiskPack; extras?: ExtraRiskKind[]; dose?: number; guidance?: 'uk' | 'us' }): Set<number> {
  const p = state.pack ?? pack;
  const allowed = numbersFrom({
    text: p.text, benefits: p.benefits, harms: p.harms, overdose: p.overdose, stopping: p.stopping,
    harmsInWords: p.harmsInWords, questions: p.questions, glossary: p.glossary, review: p.review,
    extras: (state.extras ?? []).map((kind) => p.extraRisks[kind]),
  });
  if (state.dose !== undefined) allowed.add(state.dose);
  // A dose is always shown with the guidance it was counted by (UK unless said) and its cautions.
  const guidance = state.guidance ?? (state.dose !== undefined ? 'uk' : undefined);
  if (guidance) numbersFrom([enGB.guidance[guidance], enGB.cautions(guidanceProfile(guidance).unit)], allowed);
  return allowed;
}

function expectNoNumberFromNowhere(el: OpioidRiskExplainer, state: Parameters<typeof allowedNumbers>[0]): void {
  const allowed = allowedNumbers(state);
  const shown = numbersIn(renderedText(el));
  expect(shown.length).to.be.greaterThan(10);
  const strays = shown.filter((number) => !allowed.has(number));
  expect(strays, `numbers shown that are not in the pack's figures for this state: ${strays.join(', ')}`).to.deep.equal([]);
}

function figure(el: OpioidRiskExplainer, id: string): HTMLElement {
  const found = q(el, `[data-figure="${id}"]`);
  expect(found, `figure ${id}`).to.exist;
  return found as HTMLElement;
}

function arraysIn(node: Element): { filled: number; striped: number; outline: number; label: string }[] {
  return [...node.querySelectorAll('svg.icon-array')].map((svg) => ({
    filled: svg.querySelectorAll('use.filled').length,
    striped: svg.querySelectorAll('use.striped').length,
    outline: svg.querySelectorAll('use.outline').length,
    label: svg.getAttribute('aria-label') ?? '',
  }));
}

async function explainer(template: ReturnType<typeof html>): Promise<OpioidRiskExplainer> {
  const el = await fixture<OpioidRiskExplainer>(template);
  await el.updateComplete;
  return el;
}

/** A small reviewed pack with other wording, as a site would supply. */
function reviewedPack(): RiskPack {
  const custom = structuredClone(pack);
  custom.id = 'riverside-trust';
  custom.review = 'Reviewed by the Riverside NHS Trust pain team, 2026-09-01';
  custom.text.title = 'Strong painkillers: the facts in brief';
  custom.text.benefitsHeading = 'How they can help';
  custom.benefits = [{ ...pack.benefits[0]!, title: 'Pain eases a little', sentence: 'Roughly {count} extra people out of {denominator} felt a difference in their pain.' }];
  custom.overdose.sentence = 'For {band}: roughly {count} out of {denominator} people a year.';
  return custom;
}

// ---------------------------------------------------------------------------------------------------

// First in this file on purpose (mocha runs a suite's own tests before its nested suites, and top-level
// suites in order): the context root is attached once per document, so this order only proves something
// while no element of this page has connected yet (checked below, not assumed).
describe('<opioid-risk-explainer> definition order', () => {
  it('an explainer connected before <opioid-plan-context> is defined shows the plan\'s dose band once it upgrades [T-EXPL-020]', async () => {
    const rootMark = Symbol.for('opioid-elements.context-root');
    expect((document.documentElement as unknown as Record<symbol, unknown>)[rootMark],
      'no context root yet: this test must run before any other element in the page connects').to.equal(undefined);
    const tag = `opioid-plan-context-late-${Math.random().toString(36).slice(2)}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const provider = document.createElement(tag);
    provider.setAttribute('plan', JSON.stringify(chronicHighDose));
    provider.setAttribute('today', DEMO_TODAY);
    const el = document.createElement('opioid-risk-explainer');
    provider.append(el);
    wrapper.append(provider);
    await el.updateComplete;
    expect(textOf(q(el, '[part~="no-figure"]')), 'no plan yet').to.equal(pack.overdose.unknownDose);

    customElements.define(tag, class extends OpioidPlanContext {});
    await waitUntil(() => q(el, '.your-dose') !== null, 'the explainer received the plan from the late provider');
    await el.updateComplete;
    expect(textOf(q(el, '.your-dose'))).to.equal('Your dose: 120 mg a day.');
    expect(all(el, '.bands li.current').map(textOf)).to.deep.equal(['100 mg a day or more: about 18 in every 1,000 people (your dose)']);
    expect(arraysIn(figure(el, 'overdose'))[0]?.filled).to.equal(18);
  });
});

describe('<opioid-risk-explainer>', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  describe('overdose figure by dose band (Dunn 2010) [T-EXPL-021]', () => {
    const bands = [
      { dose: 10, band: '1 to under 20 mg a day', count: 2 },
      { dose: 60, band: '50 to under 100 mg a day', count: 7 },
      { dose: 120, band: '100 mg a day or more', count: 18 },
    ];
    for (const { dose, band, count } of bands) {
      it(`at ${dose} mg a day: about ${count} in 1,000 a year, its band marked in words`, async () => {
        const el = await explainer(html`<opioid-risk-explainer dose=${dose}></opioid-risk-explainer>`);
        const overdose = figure(el, 'overdose');
        expect(textOf(overdose.querySelector('.sentence'))).to.equal(`At ${band}, about ${count} in every 1,000 people had an overdose each year.`);
        const [array] = arraysIn(overdose);
        expect(array).to.deep.include({ filled: count, striped: 0, outline: 1000 - count });
        expect(array?.label).to.equal(`Picture of 1,000 people. ${count} are filled in: people who had an overdose in a year.`);
        const current = overdose.querySelectorAll('.bands li.current');
        expect(current.length).to.equal(1);
        expect(textOf(current[0])).to.equal(`${band}: about ${count} in every 1,000 people (your dose)`);
        expect(textOf(q(el, '.your-dose'))).to.equal(`Your dose: ${dose} mg a day.`);
        expectNoNumberFromNowhere(el, { dose });
        await expect(el).to.be.accessible();
      });
    }

    it('at 35 mg a day gets the 20 to under 50 figure (about 3 in 1,000), marked approximate [T-CLIN-18]', async () => {
      // Before: "we do not have a figure" for 20–49 mg/day (REFERENCE.md §5 corrected: the bands are half-open).
      const el = await explainer(html`<opioid-risk-explainer dose="35"></opioid-risk-explainer>`);
      const overdose = figure(el, 'overdose');
      expect(textOf(overdose.querySelector('.sentence'))).to.equal('At 20 to under 50 mg a day, about 3 in every 1,000 people had an overdose each year.');
      expect(arraysIn(overdose)[0]).to.deep.include({ filled: 3, outline: 997 });
      expect(textOf(overdose.querySelector('[part~="approximate"]'))).to.equal(pack.text.approximate);
      expect(textOf(overdose.querySelector('.bands li.current'))).to.equal('20 to under 50 mg a day: about 3 in every 1,000 people (approximate) (your dose)');
      expect(overdose.querySelectorAll('.bands li').length).to.equal(4);
      expectNoNumberFromNowhere(el, { dose: 35 });
      await expect(el).to.be.accessible();
    });

    it('below every band (0.5 mg a day) says there is no figure and draws none [T-EXPL-022]', async () => {
      const el = await explainer(html`<opioid-risk-explainer dose="0.5"></opioid-risk-explainer>`);
      const overdose = figure(el, 'overdose');
      expect(textOf(overdose.querySelector('[part~="no-figure"]'))).to.equal(
        'We do not have an overdose figure for 0.5 mg a day. The study only gave figures for the doses listed here. We do not guess the numbers in between.',
      );
      expect(arraysIn(overdose)).to.deep.equal([]);
      expect(overdose.querySelectorAll('.bands li').length).to.equal(4);
      expect(overdose.querySelectorAll('.bands li.current').length).to.equal(0);
      expect(textOf(overdose)).not.to.contain('your dose');
      expectNoNumberFromNowhere(el, { dose: 0.5 });
      await expect(el).to.be.accessible();
    });

    const boundaries: [string, string | undefined][] = [
      ['0', undefined], ['0.5', undefined], ['1', '1 to under 20 mg a day'], ['19.9', '1 to under 20 mg a day'],
      ['20', '20 to under 50 mg a day'], ['20.5', '20 to under 50 mg a day'], ['49', '20 to under 50 mg a day'],
      ['50', '50 to under 100 mg a day'], ['99', '50 to under 100 mg a day'], ['100', '100 mg a day or more'],
    ];
    for (const [dose, band] of boundaries) {
      it(`dose="${dose}" → ${band ?? 'no figure'}`, async () => {
        const el = await explainer(html`<opioid-risk-explainer dose=${dose}></opioid-risk-explainer>`);
        const current = all(el, '.overdose .bands li.current');
        if (band === undefined) {
          expect(current).to.have.length(0);
          expect(q(el, '[part~="no-figure"]')).to.exist;
        } else {
          expect(textOf(current[0])).to.match(new RegExp(`^${band}:`));
        }
        expect(q(el, '[role="alert"]')).to.equal(null);
      });
    }

    it('with no dose says it does not know the dose, shows every band and no "your dose" line [T-EXPL-023]', async () => {
      const el = await explainer(html`<opioid-risk-explainer></opioid-risk-explainer>`);
      expect(textOf(q(el, '[part~="no-figure"]'))).to.equal(pack.overdose.unknownDose);
      expect(q(el, '[part~="dose"]')).to.equal(null);
      expect(q(el, '[role="alert"]')).to.equal(null);
      expectNoNumberFromNowhere(el, {});
      await expect(el).to.be.accessible();
    });

    for (const bad of ['abc', '-5', '60mg', 'NaN', '1e2']) {
      it(`dose="${bad}" is reported (role=alert, opioid-error) and no band is chosen`, async () => {
        const el = document.createElement('opioid-risk-explainer');
        el.setAttribute('dose', bad);
        const event = oneEvent(el, 'opioid-error');
        document.body.append(el);
        try {
          const heard = (await event) as CustomEvent<OpioidErrorDetail>;
          const { detail } = heard;
          await el.updateComplete;
          expect(heard.bubbles && heard.composed, 'bubbles and composed').to.equal(true);
          expect(detail.element).to.equal('opioid-risk-explainer');
          expect(detail.issues.map((issue) => issue.path)).to.deep.equal(['dose']);
          const alert = q(el, '[role="alert"]');
          expect(textOf(alert)).to.contain(bad.startsWith('-') ? 'must not be negative' : 'plain number');
          // The general figures still help the patient; the overdose figure is not guessed.
          expect(textOf(q(el, '[part~="no-figure"]'))).to.equal(pack.overdose.unknownDose);
          expect(all(el, '.bands li.current')).to.have.length(0);
          await expect(el).to.be.accessible();
        } finally {
          el.remove();
        }
      });
    }

    it('a numeric .dose property works, and changing it moves the band [T-EXPL-024]', async () => {
      const el = await explainer(html`<opioid-risk-explainer .dose=${10}></opioid-risk-explainer>`);
      expect(arraysIn(figure(el, 'overdose'))[0]?.filled).to.equal(2);
      el.dose = 150;
      await el.updateComplete;
      expect(arraysIn(figure(el, 'overdose'))[0]?.filled).to.equal(18);
    });
  });

  describe('benefits and harms', () => {
    it('draws every icon array with the pack\'s count filled, out of the figure\'s denominator [T-EXPL-025]', async () => {
      const el = await explainer(html`<opioid-risk-explainer dose="60"></opioid-risk-explainer>`);
      for (const item of [...pack.benefits, ...pack.harms, pack.stopping]) {
        const groups = item.comparison ? [item.main, item.comparison] : [item.main];
        const arrays = arraysIn(figure(el, item.id));
        expect(arrays.length, item.id).to.equal(groups.length);
        groups.forEach((group, index) => {
          const { filled, striped } = iconCounts(group.count, item.denominator);
          expect(arrays[index], `${item.id} group ${index}`).to.deep.include({ filled, striped, outline: item.denominator - filled - striped });
        });
      }
    });

    it('fills the published whole counts exactly: 12, 8 in 100; 1 in 62 [T-EXPL-026]', async () => {
      const el = await explainer(html`<opioid-risk-explainer></opioid-risk-explainer>`);
      expect(arraysIn(figure(el, 'pain'))[0]).to.deep.include({ filled: 12, outline: 88 });
      expect(arraysIn(figure(el, 'function'))[0]).to.deep.include({ filled: 8, outline: 92 });
      expect(arraysIn(figure(el, 'stopping'))[0]).to.deep.include({ filled: 1, outline: 61 });
      expect(textOf(figure(el, 'stopping').querySelector('.sentence'))).to.equal(
        'For every 62 people who stop taking opioids after taking them for a long time, about 1 death is prevented.',
      );
    });

    it('vomiting: both groups out of 100, rounded to whole people, with the study figures printed [T-EXPL-027]', async () => {
      const el = await explainer(html`<opioid-risk-explainer></opioid-risk-explainer>`);
      const vomiting = figure(el, 'vomiting');
      expect(arraysIn(vomiting).map(({ filled, outline }) => filled + outline)).to.deep.equal([100, 100]);
      expect(arraysIn(vomiting).map(({ filled }) => filled)).to.deep.equal([6, 2]);
      expect([...vomiting.querySelectorAll('.study-figure')].map(textOf)).to.deep.equal([
        'The study figure was 5.9 in 100. The picture shows 6, to the nearest whole person.',
        'The study figure was 2.3 in 100. The picture shows 2, to the nearest whole person.',
      ]);
      expect([...vomiting.querySelectorAll('figcaption')].map(textOf)).to.deep.equal(['Taking opioids', 'Taking a dummy pill (placebo)']);
    });

    it('ranges: the low end solid, striped up to the high end, and "between" in words [T-EXPL-028]', async () => {
      const el = await explainer(html`<opioid-risk-explainer></opioid-risk-explainer>`);
      const misuse = figure(el, 'misuse');
      expect(arraysIn(misuse)[0]).to.deep.equal({
        filled: 21, striped: 8, outline: 71,
        label: 'Picture of 100 people. 21 are filled in and more are striped, up to 29: people who misused their opioids.',
      });
      expect(textOf(misuse.querySelector('.sentence'))).to.match(/^Between 21 and 29 in every 100 people/);
      expect(arraysIn(figure(el, 'addiction'))[0]).to.deep.include({ filled: 8, striped: 4, outline: 88 });
    });

    it('shows population, time span and source under every number, and says "approximate" where the pack does [T-EXPL-029]', async () => {
      const el = await explainer(html`<opioid-risk-explainer dose="60" benzodiazepine gabapentinoid></opioid-risk-explainer>`);
      const figures = all(el, '[part~="figure"]');
      expect(figures.length).to.equal(pack.benefits.length + pack.harms.length + 1 + 2 + 1);
      for (const node of figures) {
        const terms = [...node.querySelectorAll('.provenance dt')].map(textOf);
        expect(terms, node.dataset.figure).to.deep.equal(['Who was studied', 'Over what time', 'Source']);
      }
      expect(textOf(figure(el, 'pain').querySelector('.provenance'))).to.contain('Busse and others, JAMA, 2018');
      expect(figure(el, 'stopping').querySelector('[part~="approximate"]')).to.exist;
      expect(figure(el, 'gabapentinoid').querySelector('[part~="approximate"]')).to.exist;
      expect(figure(el, 'pain').querySelector('[part~="approximate"]')).to.equal(null);
      expect(figure(el, 'benzodiazepine').querySelector('[part~="approximate"]')).to.equal(null);
    });

    it('keeps advice out of the numbers: no figure, band or extra-risk line tells the reader what to do [T-EXPL-030]', async () => {
      for (const dose of ['10', '35', '60', '120']) {
        const el = await explainer(html`<opioid-risk-explainer dose=${dose} benzodiazepine gabapentinoid></opioid-risk-explainer>`);
        const numberParts = all(el, '[part~="figure"] .sentence, [part~="figure"] figcaption, [part~="figure"] .study-figure, [part~="absolute"], [part~="bands"], svg.icon-array');
        expect(numberParts.length).to.be.greaterThan(10);
        for (const node of numberParts) {
          const said = `${textOf(node)} ${node.getAttribute('aria-label') ?? ''}`;
          expect(said, `advice inside a number at ${dose} mg`).not.to.match(/\b(should|ought|recommend\w*|advi[sc]e\w*|need to|safe\w*|better to|we suggest|try to|talk to your)\b/i);
        }
      }
    });

    it('puts benefits and harms side by side, and lists harms in plain words and questions for the review [T-EXPL-031]', async () => {
      const el = await explainer(html`<opioid-risk-explainer dose="60"></opioid-risk-explainer>`);
      expect(textOf(q(el, '[part~="benefits"] h3'))).to.equal('What opioids can do');
      expect(textOf(q(el, '[part~="harms"] h3'))).to.equal('What harm opioids can do');
      expect(all(el, '[part~="harms-list"] li').map(textOf)).to.deep.equal(pack.harmsInWords);
      expect(all(el, '[part~="questions"] li').map(textOf)).to.deep.equal(pack.questions);
      expect(all(el, '[part~="glossary"] dt').map(textOf)).to.deep.equal(pack.glossary.map((entry) => entry.term));
      expect(all(el, 'svg.icon-array').every((svg) => svg.getAttribute('role') === 'img')).to.equal(true);
      // One person symbol, reused.
      expect(all(el, 'symbol')).to.have.length(1);
      expect(all(el, 'svg.icon-array path')).to.have.length(0);
    });
  });

  describe('medicines taken at the same time', () => {
    it('benzodiazepine: "about 3.9 times as high" beside the absolute overdose figure for the band [T-EXPL-032]', async () => {
      const el = await explainer(html`<opioid-risk-explainer dose="60" benzodiazepine></opioid-risk-explainer>`);
      const row = figure(el, 'benzodiazepine');
      expect(textOf(row.querySelector('.sentence'))).to.contain('about 3.9 times as high');
      expect(textOf(row.querySelector('[part~="absolute"]'))).to.equal(
        'Beside this, the overdose figure for your dose: at 50 to under 100 mg a day, about 7 in every 1,000 people had an overdose each year.',
      );
      expect(textOf(row.querySelector('.caveat'))).to.contain('Do not multiply them');
      // No icon array for a relative figure: it would show a number no study gave.
      expect(arraysIn(row)).to.deep.equal([]);
      expect(q(el, '[data-figure="gabapentinoid"]')).to.equal(null);
      expectNoNumberFromNowhere(el, { dose: 60, extras: ['benzodiazepine'] });
      await expect(el).to.be.accessible();
    });

    it('gabapentinoid: "about 49% higher" beside the absolute figure [T-EXPL-033]', async () => {
      const el = await explainer(html`<opioid-risk-explainer dose="120" gabapentinoid></opioid-risk-explainer>`);
      const row = figure(el, 'gabapentinoid');
      expect(textOf(row.querySelector('.sentence'))).to.contain('about 49% higher');
      expect(textOf(row.querySelector('[part~="absolute"]'))).to.contain('at 100 mg a day or more, about 18 in every 1,000 people');
      expect(q(el, '[data-figure="benzodiazepine"]')).to.equal(null);
      expectNoNumberFromNowhere(el, { dose: 120, extras: ['gabapentinoid'] });
      await expect(el).to.be.accessible();
    });

    it('with no band, the relative figure sits beside the figures for every band instead [T-EXPL-034]', async () => {
      const el = await explainer(html`<opioid-risk-explainer dose="0.5" benzodiazepine gabapentinoid></opioid-risk-explainer>`);
      for (const kind of ['benzodiazepine', 'gabapentinoid']) {
        const absolute = figure(el, kind).querySelector('[part~="absolute"]');
        expect(textOf(absolute)).to.contain('We do not have an overdose figure for your dose');
        expect([...(absolute?.querySelectorAll('li') ?? [])].map(textOf)).to.deep.equal([
          '1 to under 20 mg a day: about 2 in every 1,000 people',
          '20 to under 50 mg a day: about 3 in every 1,000 people (approximate)',
          '50 to under 100 mg a day: about 7 in every 1,000 people',
          '100 mg a day or more: about 18 in every 1,000 people',
        ]);
      }
      expectNoNumberFromNowhere(el, { dose: 0.5, extras: ['benzodiazepine', 'gabapentinoid'] });
      await expect(el).to.be.accessible();
    });

    it('shows no extra-risk rows (and none of their numbers) when neither is taken [T-EXPL-035]', async () => {
      const el = await explainer(html`<opioid-risk-explainer dose="60"></opioid-risk-explainer>`);
      expect(all(el, '[part~="extra-risk"]')).to.have.length(0);
      expect(renderedText(el)).not.to.match(/3\.9|49%/);
    });
  });

  describe('a dose given without a plan (C3)', () => {
    it('dose="60" names the guidance (UK, OME by default) and lists its cautions, as a plan\'s total does [T-EXPL-036]', async () => {
      const el = await explainer(html`<opioid-risk-explainer dose="60"></opioid-risk-explainer>`);
      const dose = q(el, '[part~="dose"]');
      const uk = guidanceProfile('uk');
      expect(textOf(dose)).to.contain(enGB.guidance.uk);
      expect(textOf(dose)).to.contain('(OME)');
      expect([...(dose?.querySelectorAll('.cautions li') ?? [])].map(textOf)).to.deep.equal([...enGB.cautions(uk.unit)]);
      expectNoNumberFromNowhere(el, { dose: 60, guidance: 'uk' });
      await expect(el).to.be.accessible();
    });

    it('guidance="us" names CDC 2022 and MME [T-EXPL-037]', async () => {
      const el = await explainer(html`<opioid-risk-explainer dose="60" guidance="us"></opioid-risk-explainer>`);
      const dose = q(el, '[part~="dose"]');
      const us = guidanceProfile('us');
      expect(textOf(dose)).to.contain(enGB.guidance.us);
      expect(textOf(dose)).to.contain('(MME)');
      expect([...(dose?.querySelectorAll('.cautions li') ?? [])].map(textOf)).to.deep.equal([...enGB.cautions(us.unit)]);
      expect(arraysIn(figure(el, 'overdose'))[0]?.filled).to.equal(7);
    });

    it('the en-GB wording names each guidance and lists its cautions word for word as the core catalogue does, for the built-in and a site\'s own pack [T-EXPL-057]', async () => {
      for (const id of ['uk', 'us'] as const) {
        const { unit } = guidanceProfile(id);
        expect(enGBRisk.guidance.label[id]).to.equal(enGB.guidance.label(enGB.guidance[id], enGB.unit[unit].long, unit));
        expect([...enGBRisk.guidance.cautions[id]]).to.deep.equal([...enGB.cautions(unit)]);
      }
      // A site's pack has no built-in wording: the dose still comes with the core catalogue's guidance words.
      const site = await explainer(html`<opioid-risk-explainer dose="60" guidance="us" .pack=${DEFAULT_PACK_EN_GB}></opioid-risk-explainer>`);
      const dose = q(site, '[part~="dose"]');
      expect(textOf(dose)).to.contain(enGB.guidance.label(enGB.guidance.us, enGB.unit.MME.long, 'MME'));
      expect([...(dose?.querySelectorAll('.cautions li') ?? [])].map(textOf)).to.deep.equal([...enGB.cautions('MME')]);
    });

    it('an unknown guidance is reported (role=alert, opioid-error), never guessed silently [T-EXPL-038]', async () => {
      const errored = oneEvent(document, 'opioid-error');
      const el = await explainer(html`<opioid-risk-explainer dose="60" guidance="usa"></opioid-risk-explainer>`);
      const event = await errored as CustomEvent<OpioidErrorDetail>;
      expect(event.detail.issues.map((issue) => issue.path)).to.deep.equal(['guidance']);
      expect(textOf(q(el, '[role="alert"]'))).to.contain('Guidance must be “uk” or “us”, not “usa”.');
      await expect(el).to.be.accessible();
    });
  });

  describe('inside <opioid-plan-context>', () => {
    async function inContext(plan: unknown, inner = html`<opioid-risk-explainer></opioid-risk-explainer>`): Promise<OpioidRiskExplainer> {
      const provider = await fixture(html`<opioid-plan-context .plan=${plan} today=${DEMO_TODAY}>${inner}</opioid-plan-context>`);
      const el = provider.querySelector('opioid-risk-explainer') as OpioidRiskExplainer;
      await waitUntil(() => q(el, '[part~="box"]') !== null, 'the explainer rendered');
      await el.updateComplete;
      return el;
    }

    it('uses the plan\'s complete total (120 mg/day OME), names the guidance, lists its cautions, and shows the pregabalin row [T-EXPL-039]', async () => {
      const el = await inContext(chronicHighDose);
      const dose = q(el, '[part~="dose"]');
      expect(textOf(dose?.querySelector('.your-dose'))).to.equal('Your dose: 120 mg a day.');
      expect(textOf(dose)).to.contain('using UK: Opioids Aware (FPM/RCoA, 2020)');
      expect([...(dose?.querySelectorAll('.cautions li') ?? [])].map(textOf)).to.deep.equal([...enGB.cautions('OME')]);
      expect(arraysIn(figure(el, 'overdose'))[0]?.filled).to.equal(18);
      expect(q(el, '[data-figure="gabapentinoid"]')).to.exist;
      expect(q(el, '[data-figure="benzodiazepine"]')).to.equal(null);
      expectNoNumberFromNowhere(el, { dose: 120, extras: ['gabapentinoid'], guidance: 'uk' });
      await expect(el).to.be.accessible();
    });

    it('US plan: 60 MME/day and the alprazolam (benzodiazepine) row [T-EXPL-040]', async () => {
      const el = await inContext(usPrimaryCare);
      expect(textOf(q(el, '.your-dose'))).to.equal('Your dose: 60 mg a day.');
      expect(textOf(q(el, '[part~="dose"]'))).to.contain('US: CDC Clinical Practice Guideline (2022)');
      expect(arraysIn(figure(el, 'overdose'))[0]?.filled).to.equal(7);
      expect(q(el, '[data-figure="benzodiazepine"]')).to.exist;
      expectNoNumberFromNowhere(el, { dose: 60, extras: ['benzodiazepine'], guidance: 'us' });
      await expect(el).to.be.accessible();
    });

    it('C1: a US opioid-use-disorder plan with methadone 60 mg and no purpose is not an overdose band of 282 mg a day [T-EXPL-041]', async () => {
      const el = await inContext({
        id: 'test-us-oud', indication: 'opioid-use-disorder', guidance: 'us', startDate: '2026-10-01',
        medications: [{ drug: 'methadone', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 1 }],
      });
      expect(textOf(q(el, '[part~="no-figure"]'))).to.equal(pack.overdose.incompleteTotal);
      expect(q(el, '[part~="dose"]')).to.equal(null);
      expect(renderedText(el)).not.to.contain('282');
      expect(all(el, '.bands li.current')).to.have.length(0);
    });

    it('an incomplete total (methadone: specialist advice) says in words that no band can be chosen [T-EXPL-042]', async () => {
      const el = await inContext(ostWithChronicPain);
      expect(textOf(q(el, '[part~="no-figure"]'))).to.equal(pack.overdose.incompleteTotal);
      expect(q(el, '[part~="dose"]'), 'no partial total is shown').to.equal(null);
      expect(all(el, '.bands li.current')).to.have.length(0);
      expect(renderedText(el)).not.to.match(/\b45 mg/);
      await expect(el).to.be.accessible();
    });

    it('an as-needed maximum is said to be the most allowed (30 mg/day: the 20 to under 50 band) [T-EXPL-043]', async () => {
      const el = await inContext(postOpDischarge);
      expect(textOf(q(el, '.your-dose'))).to.equal('Your dose: 30 mg a day.');
      expect(textOf(q(el, '[part~="dose"]'))).to.contain(pack.text.worstCase);
      expect(textOf(figure(el, 'overdose').querySelector('.sentence'))).to.contain('At 20 to under 50 mg a day, about 3 in every 1,000');
    });

    it('a dose attribute wins over the plan\'s total', async () => {
      const el = await inContext(primaryCareCodeine, html`<opioid-risk-explainer dose="10"></opioid-risk-explainer>`);
      expect(textOf(q(el, '.your-dose'))).to.equal('Your dose: 10 mg a day.');
      expect(arraysIn(figure(el, 'overdose'))[0]?.filled).to.equal(2);
    });

    it('an invalid plan leaves the dose unknown (the provider reports the plan) [T-EXPL-044]', async () => {
      const provider = await fixture(html`<opioid-plan-context plan="{broken"><opioid-risk-explainer></opioid-risk-explainer></opioid-plan-context>`);
      const el = provider.querySelector('opioid-risk-explainer') as OpioidRiskExplainer;
      await el.updateComplete;
      expect(textOf(q(el, '[part~="no-figure"]'))).to.equal(pack.overdose.unknownDose);
      expect(q(el, '[role="alert"]')).to.equal(null);
    });
  });

  describe('content packs', () => {
    it('renders a site\'s own reviewed pack (property) in its own words', async () => {
      const custom = reviewedPack();
      const el = await explainer(html`<opioid-risk-explainer dose="60" .pack=${custom}></opioid-risk-explainer>`);
      expect(textOf(q(el, 'h2'))).to.equal('Strong painkillers: the facts in brief');
      expect(textOf(q(el, '[part~="benefits"] h3'))).to.equal('How they can help');
      expect(textOf(figure(el, 'pain').querySelector('.sentence'))).to.equal('Roughly 12 extra people out of 100 felt a difference in their pain.');
      expect(all(el, '[part~="benefits"] [part~="figure"]')).to.have.length(1);
      expect(textOf(figure(el, 'overdose').querySelector('.sentence'))).to.equal('For 50 to under 100 mg a day: roughly 7 out of 1,000 people a year.');
      expect(textOf(q(el, '.review'))).to.equal('Reviewed by the Riverside NHS Trust pain team, 2026-09-01');
      expectNoNumberFromNowhere(el, { pack: custom, dose: 60 });
      await expect(el).to.be.accessible();
    });

    it('an overdose count with a decimal is drawn to the nearest whole person and the study figure printed, as for any figure [T-EXPL-045]', async () => {
      const custom = reviewedPack();
      custom.overdose.bands = custom.overdose.bands.map((band) => (band.id === 'middle' ? { ...band, count: 6.6 } : band));
      const el = await explainer(html`<opioid-risk-explainer dose="60" .pack=${custom}></opioid-risk-explainer>`);
      const overdose = figure(el, 'overdose');
      expect(arraysIn(overdose)[0]?.filled).to.equal(7);
      expect([...overdose.querySelectorAll('.study-figure')].map(textOf)).to.deep.equal([
        'The study figure was 6.6 in 1,000. The picture shows 7, to the nearest whole person.',
      ]);
    });

    it('reads a pack from the pack attribute (JSON) and from a child <script type="application/json">', async () => {
      const json = JSON.stringify(reviewedPack());
      const fromAttribute = await explainer(html`<opioid-risk-explainer pack=${json}></opioid-risk-explainer>`);
      expect(textOf(q(fromAttribute, 'h2'))).to.equal('Strong painkillers: the facts in brief');

      const fromScript = await explainer(html`<opioid-risk-explainer><script type="application/json">${json}</script></opioid-risk-explainer>`);
      expect(textOf(q(fromScript, 'h2'))).to.equal('Strong painkillers: the facts in brief');

      // Replacing the script's text is seen.
      const other = reviewedPack();
      other.text.title = 'Opioids in brief';
      fromScript.querySelector('script')!.textContent = JSON.stringify(other);
      await waitUntil(() => textOf(q(fromScript, 'h2')) === 'Opioids in brief', 'the new pack is shown');
      await expect(fromScript).to.be.accessible();
    });

    it('an invalid pack shows only the error (role=alert), fires opioid-error, and no fact box [T-EXPL-046]', async () => {
      const broken = structuredClone(pack) as unknown as { text: Record<string, unknown>; benefits: unknown };
      broken.text.title = 'Opioids help 9 in 10 people';
      broken.benefits = 'lots';
      const el = document.createElement('opioid-risk-explainer');
      // A page's plain JavaScript can set anything; TypeScript callers need a cast to get this wrong.
      el.pack = broken as unknown as string;
      const event = oneEvent(el, 'opioid-error');
      document.body.append(el);
      try {
        const { detail } = (await event) as CustomEvent<OpioidErrorDetail>;
        await el.updateComplete;
        expect(detail.issues.map((issue) => issue.path)).to.deep.equal(['pack.text.title', 'pack.benefits']);
        const alert = q(el, '[role="alert"]');
        expect(textOf(alert)).to.contain('This information about opioids cannot be shown');
        expect(textOf(alert)).to.contain('pack.text.title');
        expect(q(el, '[part~="box"]')).to.equal(null);
        expect(all(el, 'svg')).to.have.length(0);
        await expect(el).to.be.accessible();

        // Fixing the pack brings the box back and clears the error.
        el.pack = reviewedPack();
        await el.updateComplete;
        expect(q(el, '[role="alert"]')).to.equal(null);
        expect(q(el, '[part~="box"]')).to.exist;
      } finally {
        el.remove();
      }
    });

    it('broken JSON in the pack attribute is an error, not a half-rendered box [T-EXPL-047]', async () => {
      const el = document.createElement('opioid-risk-explainer');
      el.setAttribute('pack', '{"id": "x", ');
      const event = oneEvent(el, 'opioid-error');
      document.body.append(el);
      try {
        const { detail } = (await event) as CustomEvent<OpioidErrorDetail>;
        expect(detail.issues[0]?.message).to.match(/not valid JSON/);
        await el.updateComplete;
        expect(q(el, '[role="alert"]')).to.exist;
        expect(q(el, '[part~="box"]')).to.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('fires opioid-error once per distinct problem, not on every render [T-EXPL-048]', async () => {
      const el = document.createElement('opioid-risk-explainer');
      el.setAttribute('dose', 'abc');
      let count = 0;
      el.addEventListener('opioid-error', () => { count += 1; });
      document.body.append(el);
      try {
        await el.updateComplete;
        el.benzodiazepine = true;
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(count).to.equal(1);
      } finally {
        el.remove();
      }
    });

    it('renders hostile strings in a pack as text, never as HTML [T-EXPL-049]', async () => {
      const hostile = structuredClone(pack);
      hostile.text.title = '<img src=x onerror="window.__riskPwned=true">';
      hostile.benefits[0]!.sentence = '<script>window.__riskPwned=true</script> About {count} in {denominator}';
      hostile.benefits[0]!.population = '<b onmouseover=alert(1)>bold</b>';
      hostile.harmsInWords = ['"><svg onload=alert(\'x\')>', '&lt;b&gt; javascript:alert(\'x\')'];
      hostile.glossary = [{ term: '<a href="javascript:alert(\'x\')">link</a>', meaning: '\u202Eevil right-to-left text' }];
      const el = await explainer(html`<opioid-risk-explainer .pack=${hostile}></opioid-risk-explainer>`);
      expect(textOf(q(el, 'h2'))).to.equal('<img src=x onerror="window.__riskPwned=true">');
      expect(textOf(figure(el, 'pain').querySelector('.sentence'))).to.equal('<script>window.__riskPwned=true</script> About 12 in 100');
      expect(all(el, 'img, script, b, a, [onload], [onmouseover]')).to.have.length(0);
      expect(all(el, '[part~="harms-list"] li').map(textOf)).to.deep.equal(['"><svg onload=alert(\'x\')>', '&lt;b&gt; javascript:alert(\'x\')']);
      expect((window as unknown as { __riskPwned?: boolean }).__riskPwned).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });

  describe('audience', () => {
    it('clinician: full citations inline, compact, no intro or glossary [T-EXPL-050]', async () => {
      const el = await explainer(html`<opioid-risk-explainer dose="60" audience="clinician" benzodiazepine></opioid-risk-explainer>`);
      expect(q(el, '.box.clinician')).to.exist;
      expect(textOf(figure(el, 'overdose').querySelector('cite'))).to.equal(pack.overdose.source.full);
      expect(textOf(figure(el, 'benzodiazepine').querySelector('cite'))).to.equal(pack.extraRisks.benzodiazepine.source.full);
      expect(q(el, '.intro')).to.equal(null);
      expect(q(el, '[part~="glossary"]')).to.equal(null);
      expect(q(el, '[part~="sources"]')).to.equal(null);
      expectNoNumberFromNowhere(el, { dose: 60, extras: ['benzodiazepine'] });
      await expect(el).to.be.accessible();
    });

    it('patient (default): short sources under each figure and the full references listed once each [T-EXPL-051]', async () => {
      const el = await explainer(html`<opioid-risk-explainer dose="60"></opioid-risk-explainer>`);
      expect(textOf(figure(el, 'overdose').querySelector('cite'))).to.equal(pack.overdose.source.short);
      const references = all(el, '[part~="sources"] li').map(textOf);
      expect(references).to.include(pack.overdose.source.full);
      expect(new Set(references).size).to.equal(references.length);
      expect(references).not.to.include(pack.extraRisks.benzodiazepine.source.full);
    });

    it('an unknown audience is reported and the patient wording is kept [T-EXPL-052]', async () => {
      const el = await explainer(html`<opioid-risk-explainer audience="doctor"></opioid-risk-explainer>`);
      expect(textOf(q(el, '[role="alert"]'))).to.contain('Audience must be “patient” or “clinician”');
      expect(q(el, '.box.patient')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('layout, print', () => {
    it('stacks benefits above harms at 320 px without sideways scrolling, and puts them side by side when wide [T-EXPL-053]', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const narrow = await explainer(html`<opioid-risk-explainer dose="60" benzodiazepine gabapentinoid></opioid-risk-explainer>`);
        const benefits = q(narrow, '[part~="benefits"]')!.getBoundingClientRect();
        const harms = q(narrow, '[part~="harms"]')!.getBoundingClientRect();
        expect(harms.top).to.be.at.least(benefits.bottom - 1);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        for (const node of all(narrow, '[part~="figure"], svg.icon-array')) {
          expect(node.getBoundingClientRect().right, node.className.toString()).to.be.at.most(321);
        }
        await expect(narrow).to.be.accessible();
      } finally {
        await setViewport({ width: 1200, height: 800 });
      }
      const wide = await explainer(html`<opioid-risk-explainer dose="60" style="max-width: 60rem"></opioid-risk-explainer>`);
      const benefits = q(wide, '[part~="benefits"]')!.getBoundingClientRect();
      const harms = q(wide, '[part~="harms"]')!.getBoundingClientRect();
      expect(Math.abs(harms.top - benefits.top)).to.be.below(2);
      expect(harms.left).to.be.greaterThan(benefits.right - 1);
    });

    it('prints the icons in black: shape, not colour, tells affected from not affected [T-EXPL-054]', async () => {
      const el = await explainer(html`<opioid-risk-explainer dose="60"></opioid-risk-explainer>`);
      await emulateMedia({ media: 'print' });
      await elementUpdated(el);
      const filled = q(el, 'svg.icon-array use.filled')!;
      const outline = q(el, 'svg.icon-array use.outline')!;
      expect(getComputedStyle(filled).fill).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(outline).fill).to.equal('none');
      expect(getComputedStyle(outline).stroke).to.equal('rgb(0, 0, 0)');
    });
  });

  it('in forced colours the people are drawn in the system text colour, filled or outlined [T-EXPL-055]', async () => {
    const el = await explainer(html`<opioid-risk-explainer dose="60" benzodiazepine></opioid-risk-explainer>`);
    const probe = await fixture<HTMLElement>(html`<span style="forced-color-adjust:none; color:CanvasText"></span>`);
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const canvasText = getComputedStyle(probe).color;
      const filled = getComputedStyle(q(el, 'svg.icon-array use.filled')!);
      const outline = getComputedStyle(q(el, 'svg.icon-array use.outline')!);
      expect(filled.fill).to.equal(canvasText);
      expect(outline.fill).to.equal('none');
      expect(outline.stroke).to.equal(canvasText);
      // The absolute figure beside a relative risk keeps its box as a border.
      expect(getComputedStyle(q(el, '[part~="absolute"]')!).borderTopStyle).to.equal('solid');
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('is accessible with no attributes at all', async () => {
    const el = await explainer(html`<opioid-risk-explainer></opioid-risk-explainer>`);
    await expect(el).to.be.accessible();
  });
});

// ---------------------------------------------------------------------------------------------------
// Languages (issue 9): en-GB and en-US reviewed; cy and es drafts, only with allow-draft-locales.

/** Every patient string of a built-in wording, except names and sources (drug and study names, citations). */
function wordingStrings(words: RiskWording): Set<string> {
  const out = new Set<string>();
  const walk = (value: unknown, key = ''): void => {
    if (key === 'meta' || key === 'guidance' || key === 'cite') return;
    if (typeof value === 'string') {
      // Templates: the text between placeholders, long enough to be a phrase of that language.
      for (const part of value.split(/\{[^{}]*\}/)) if (part.trim().length >= 12) out.add(part.trim());
    } else if (Array.isArray(value)) value.forEach((item) => walk(item));
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(words);
  return out;
}

const CATALOGUES: Record<string, RiskWording> = { 'en-GB': enGBRisk, 'en-US': enUSRisk, cy: cyRisk, es: esRisk };

/** No phrase of another catalogue appears (phrases it shares with this one do not count). */
function expectOnly(el: OpioidRiskExplainer, tag: 'cy' | 'es'): void {
  const shown = renderedText(el);
  const own = wordingStrings(CATALOGUES[tag]!);
  for (const [other, words] of Object.entries(CATALOGUES)) {
    if (other === tag) continue;
    for (const phrase of wordingStrings(words)) {
      if (own.has(phrase)) continue;
      expect(shown.includes(phrase), `${other} phrase shown on a ${tag} page: “${phrase}”`).to.equal(false);
    }
  }
}

async function localised(template: ReturnType<typeof html>): Promise<OpioidRiskExplainer> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = (wrapper.localName === 'opioid-risk-explainer' ? wrapper : wrapper.querySelector('opioid-risk-explainer')) as OpioidRiskExplainer;
  await el.updateComplete;
  return el;
}

describe('<opioid-risk-explainer> languages', () => {
  // First in this block: the draft warning is once per locale per page, so this must run before any other draft fallback.
  it('without allow-draft-locales, cy and es pages show en-GB and warn once per draft locale, not per element [T-LOC-R01]', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(args); };
    try {
      const welsh = await localised(html`<div lang="cy-GB"><opioid-risk-explainer dose="60"></opioid-risk-explainer></div>`);
      const welshToo = await localised(html`<opioid-risk-explainer locale="cy" dose="10"></opioid-risk-explainer>`);
      const spanish = await localised(html`<opioid-risk-explainer locale="es-MX" dose="60"></opioid-risk-explainer>`);
      for (const el of [welsh, welshToo, spanish]) {
        expect(q(el, '[part~="box"]')?.getAttribute('lang')).to.equal('en-GB');
        expect(textOf(q(el, 'h2'))).to.equal(pack.text.title);
      }
      // The one rule every element follows (LocaleController): one warning for Welsh, one for Spanish.
      expect(warnings.map((args) => String(args[0]).match(/"(cy|es)"/)?.[1]), 'one warning per draft locale').to.deep.equal(['cy', 'es']);
      for (const [message] of warnings) expect(String(message)).to.match(/draft/).and.to.match(/allow-draft-locales/);
      expect(builtInPack('cy'), 'the Welsh chunk is not loaded without the opt-in').to.equal(undefined);
      expect(builtInPack('es')).to.equal(undefined);
      await expect(welsh).to.be.accessible();
    } finally {
      console.warn = original;
    }
  });

  it('renders fully in Welsh with allow-draft-locales (nearest lang cy-GB → cy) [T-LOC-R02]', async () => {
    const el = await localised(html`<div lang="cy-GB"><opioid-risk-explainer dose="60" benzodiazepine gabapentinoid allow-draft-locales></opioid-risk-explainer></div>`);
    await waitUntil(() => q(el, '[part~="box"]')?.getAttribute('lang') === 'cy', 'the Welsh wording arrived');
    expect(el.hasAttribute('allow-draft-locales')).to.equal(true);
    expect(textOf(q(el, 'h2'))).to.equal(cyRisk.text.title);
    expect(textOf(figure(el, 'overdose').querySelector('.sentence'))).to.equal('Ar ddos o 50 i lai na 100 mg y dydd, cafodd tua 7 o bob 1,000 o bobl orddos bob blwyddyn.');
    expect(textOf(figure(el, 'pain').querySelector('cite'))).to.equal('Busse ac eraill, JAMA, 2018');
    expect(textOf(figure(el, 'pain').querySelector('.provenance dd'))).to.equal('26,169 o oedolion â phoen hirdymor nad yw’n cael ei achosi gan ganser, mewn 96 o dreialon');
    expect(all(el, '[part~="figure"]')).to.have.length(pack.benefits.length + pack.harms.length + 1 + 2 + 1);
    expect(all(el, '[part~="harms-list"] li').map(textOf)).to.deep.equal(cyRisk.harmsInWords);
    expect([...(q(el, '[part~="dose"]')?.querySelectorAll('.cautions li') ?? [])].map(textOf)).to.deep.equal([...cyRisk.guidance!.cautions.uk]);
    expect(textOf(q(el, '.review'))).to.equal(cyRisk.review);
    expect(arraysIn(figure(el, 'stopping'))[0]?.label).to.equal('Llun o 62 o bobl. Mae 1 wedi’i lenwi: y person y mae ei farwolaeth yn cael ei hatal.');
    expectOnly(el, 'cy');
    await expect(el).to.be.accessible();
  });

  it('renders fully in Spanish with allow-draft-locales on the context (es-MX → es; numbers by Intl, Latin digits) [T-LOC-R03]', async () => {
    const el = await localised(html`<opioid-plan-context .plan=${usPrimaryCare} today=${DEMO_TODAY} locale="es-MX" allow-draft-locales><opioid-risk-explainer></opioid-risk-explainer></opioid-plan-context>`);
    await waitUntil(() => q(el, '[part~="box"]')?.getAttribute('lang') === 'es', 'the Spanish wording arrived');
    expect(el.closest('opioid-plan-context')?.hasAttribute('allow-draft-locales')).to.equal(true);
    expect(textOf(q(el, 'h2'))).to.equal(esRisk.text.title);
    expect(textOf(q(el, '.your-dose'))).to.equal('Su dosis: 60 mg al día.');
    expect(textOf(q(el, '[part~="dose"]'))).to.contain(esRisk.guidance!.label.us);
    expect([...figure(el, 'vomiting').querySelectorAll('.study-figure')].map(textOf)[0]).to.equal(
      'La cifra del estudio fue 5,9 de cada 100. El dibujo muestra 6, redondeado a la persona entera más cercana.');
    expect(textOf(figure(el, 'benzodiazepine').querySelector('.sentence'))).to.contain('unas 3,9 veces mayor');
    expect(textOf(figure(el, 'pain').querySelector('.provenance dd'))).to.equal('26.169 adultos con dolor a largo plazo no causado por cáncer, en 96 ensayos');
    expect(renderedText(el)).not.to.match(/[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F]/);
    expectOnly(el, 'es');
    await expect(el).to.be.accessible();
  });

  it('keeps the words it shows while another locale loads, then renders the new one [T-LOC-R04]', async () => {
    const el = await localised(html`<opioid-risk-explainer dose="10" locale="en-GB" allow-draft-locales></opioid-risk-explainer>`);
    el.locale = 'es';
    await el.updateComplete;
    expect(textOf(q(el, 'h2'))).to.equal(esRisk.text.title);
    el.locale = 'en-US';
    // The en-US chunk may still be loading: the Spanish words stay until it arrives, never an empty box.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect([esRisk.text.title, enUSRisk.text.title]).to.include(textOf(q(el, 'h2')));
    expect(q(el, '[part~="box"]')).to.exist;
    await el.updateComplete;
    expect(textOf(figure(el, 'vomiting').querySelector('h4'))).to.equal('Throwing up (vomiting)');
    expect(q(el, '[part~="box"]')?.getAttribute('lang')).to.equal('en-US');
  });

  it('every built-in wording makes a pack the schema accepts, with en-GB\'s figures; en-GB and en-US reviewed, cy and es drafts [T-LOC-R05]', () => {
    const numbersOnly = (p: RiskPack) => JSON.stringify([p.benefits, p.harms, p.stopping, p.overdose.bands, p.extraRisks],
      (key, value: unknown) => (typeof value === 'string' && !['id', 'full'].includes(key) ? undefined : value));
    for (const [tag, words] of Object.entries(CATALOGUES)) {
      const built = riskPack(words);
      expect(parseRiskPack(built).ok, tag).to.equal(true);
      expect(built.locale).to.equal(tag);
      expect(numbersOnly(built), `${tag} has the same figures`).to.equal(numbersOnly(pack));
      expect(words.meta.reviewed, tag).to.equal(!DRAFT_LOCALES.includes(words.meta.tag));
    }
    expect(DRAFT_LOCALES).to.deep.equal(['cy', 'es']);
  });

  it('a site\'s own pack wins over the locale\'s built-in wording [T-LOC-R06]', async () => {
    const custom = reviewedPack();
    const el = await localised(html`<opioid-risk-explainer locale="cy" allow-draft-locales dose="60" .pack=${custom}></opioid-risk-explainer>`);
    expect(textOf(q(el, 'h2'))).to.equal(custom.text.title);
    expect(q(el, '[part~="box"]')?.getAttribute('lang')).to.equal('en-GB');
  });
});
