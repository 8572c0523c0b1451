// The taper chart in en-GB, en-US, cy and es (issue 9): every word from the catalogues, dates and
// numbers through Intl by the one locale rule, drafts only with allow-draft-locales, no overlapping
// labels with the longer Welsh and Spanish words.
import { fixture, html, expect, elementUpdated, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/elements/opioid-taper-chart/register.js';
import '../../src/context/opioid-plan-context/register.js';
import type { OpioidTaperChart } from '../../src/elements/opioid-taper-chart/register.js';
import type { OpioidErrorDetail } from '../../src/internal/events.js';
import { chartSection, type ChartWords } from '../../src/locales/chart/index.js';
import { enGBChart } from '../../src/locales/chart/en-GB.js';
import { enUSChart } from '../../src/locales/chart/en-US.js';
import { cyChart } from '../../src/locales/chart/cy.js';
import { esChart } from '../../src/locales/chart/es.js';
import { commonSection } from '../../src/locales/common/index.js';
import { coreSection, describeIssue, describeNote, describeTaper, enGB, formatters, type LocaleTag } from '../../src/locales/index.js';
import { currentStep, nextStep, taperSchedule, type TaperSchedule } from '../../src/core/taper.js';
import type { OpioidPlanInput, TaperPlan } from '../../src/core/schema.js';

const root = (el: OpioidTaperChart) => el.shadowRoot!;
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const words = (node: Node | null | undefined) => squash(node?.textContent);
const svgOf = (el: OpioidTaperChart) => root(el).querySelector('svg[part="svg"]');

/** Everything on screen or in the table (shown or not) and every accessible name. */
function shown(el: OpioidTaperChart): string {
  const names = [...root(el).querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
  return squash(`${root(el).textContent ?? ''} ${names.join(' ')}`);
}

/**
 * What a reader reads as words of the language: `shown` without what is not (the paths in <code>,
 * and field names and values quoted back: “unroundedDose”, «days», “-10”).
 */
function prose(el: OpioidTaperChart): string {
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('code')) parts.push(node.textContent ?? '');
  }
  const names = [...root(el).querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
  return squash(`${parts.join(' ')} ${names.join(' ')}`.replace(/“[^”]*”|«[^»]*»/g, ' '));
}

async function settle(el: OpioidTaperChart): Promise<void> {
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

async function chartIn(width: number, chart: TemplateResult): Promise<OpioidTaperChart> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${chart}</div>`);
  const el = box.querySelector('opioid-taper-chart')!;
  await elementUpdated(el);
  await settle(el);
  return el;
}

function intersects(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function overlappingPairs(elements: Element[]): string[] {
  const boxes = elements.map((e) => ({ text: words(e), box: e.getBoundingClientRect() }));
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (intersects(boxes[i]!.box, boxes[j]!.box)) pairs.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
    }
  }
  return pairs;
}

const HOLE = '\u0001';

/**
 * The literal text of every phrase of a catalogue section: strings as they are, functions called with
 * placeholders and cut at them, plural forms cut at "{n}". Pieces with fewer than four letters ("mg",
 * "−") and the locale's meta (its own name) are left out: they are units and signs, not words.
 */
function phrases(section: unknown): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(...value.split(HOLE).flatMap((piece) => piece.split('{n}')));
    else if (typeof value === 'function') {
      let said: unknown;
      try {
        said = (value as (...args: unknown[]) => unknown)(HOLE, HOLE, HOLE, HOLE, HOLE);
      } catch {
        said = (value as (items: string[]) => unknown)([HOLE, HOLE]);
      }
      walk(said);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) if (key !== 'meta') walk(inner);
    }
  };
  walk(section);
  return [...new Set(out.map((piece) => piece.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')))]
    .filter((piece) => (piece.match(/\p{L}/gu) ?? []).length >= 4);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The en-GB phrases that appear in `text` as whole words ("Stop" is not found in "Stopio"). */
function englishIn(text: string, english: readonly string[]): string[] {
  return english.filter((phrase) => new RegExp(`(?<!\\p{L})${escape(phrase)}(?!\\p{L})`, 'u').test(text));
}

const CHART_ENGLISH = phrases(enGBChart);

/** 120 mg morphine, 10% of the original dose every 14 days in 10 mg steps, a pause: rounding notes, hatching, stop. */
const withPause: TaperPlan = {
  startDate: '2026-03-05', startDose: 120, percent: 10, intervalDays: 14, basis: 'original', roundTo: 10,
  holds: [{ step: 2, intervals: 2 }], drug: 'morphine', unit: 'mg',
};
/** Of the current dose in 5 mg steps: doses held where rounding would not lower them, rounded-up notes. */
const ofCurrentRounded: TaperPlan = { startDate: '2026-03-05', startDose: 60, percent: 10, intervalDays: 14, basis: 'current', roundTo: 5, drug: 'oxycodone' };
const TODAY = '2026-04-20';

/** A plan with the paused taper, a review date and an MDT review: every line of the key. */
const plan: OpioidPlanInput = {
  id: 'locale-chart', indication: 'chronic-non-cancer', guidance: 'uk', startDate: '2024-01-10',
  medications: [{ drug: 'morphine', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 2 }],
  reviewDate: '2026-05-01', mdtReview: { date: '2026-04-10', outcome: 'Agreed' },
  taper: withPause,
};

function schedule(input: TaperPlan): TaperSchedule {
  const result = taperSchedule(input);
  if (!result.ok) throw new Error(`test plan is invalid: ${JSON.stringify(result.issues)}`);
  return result;
}

/** The charts that between them show every kind of words the chart has, in one locale. */
function everyKindOfChart(locale: LocaleTag, allow = true): Array<[string, TemplateResult]> {
  return [
    ['a plan with a pause, rounding, review and MDT review, table open', html`<opioid-plan-context .plan=${plan} today=${TODAY}>
      <opioid-taper-chart locale=${locale} ?allow-draft-locales=${allow} table-open></opioid-taper-chart></opioid-plan-context>`],
    ['of the current dose, rounded, table open', html`<opioid-taper-chart .taper=${ofCurrentRounded} today="2026-03-20"
      locale=${locale} ?allow-draft-locales=${allow} table-open></opioid-taper-chart>`],
    ['before the start, in OME (cautions)', html`<opioid-taper-chart .taper=${{ ...withPause, unit: 'ome', drug: undefined }} today="2026-01-02"
      locale=${locale} ?allow-draft-locales=${allow}></opioid-taper-chart>`],
    ['after the stop, a bare list of steps, MME', html`<opioid-taper-chart .schedule=${schedule(ofCurrentRounded).steps} unit="mme" today="2028-01-01"
      locale=${locale} ?allow-draft-locales=${allow} table-open></opioid-taper-chart>`],
    ['the next change is the stop', html`<opioid-taper-chart start="2026-03-05" dose="10" percent="50" interval-days="7" basis="current" round-to="10"
      today="2026-03-06" locale=${locale} ?allow-draft-locales=${allow}></opioid-taper-chart>`],
    ['a bad attribute and a bad today', html`<opioid-taper-chart start="2026-03-05" dose="-10" percent="10" interval-days="14" basis="original"
      today="2026-13-01" locale=${locale} ?allow-draft-locales=${allow}></opioid-taper-chart>`],
    ['a schedule of the wrong things', html`<opioid-taper-chart .schedule=${[{ date: '2026-03-05', dose: 'sixty' }, 7]}
      locale=${locale} ?allow-draft-locales=${allow}></opioid-taper-chart>`],
    ['not a schedule', html`<opioid-taper-chart .schedule=${'60 mg then stop'} locale=${locale} ?allow-draft-locales=${allow}></opioid-taper-chart>`],
    ['a plan that cannot be read', html`<opioid-taper-chart plan="{not json" locale=${locale} ?allow-draft-locales=${allow}></opioid-taper-chart>`],
    ['nothing given', html`<opioid-taper-chart locale=${locale} ?allow-draft-locales=${allow}></opioid-taper-chart>`],
    ['a plan without a taper', html`<opioid-taper-chart .plan=${{ ...plan, taper: undefined }} locale=${locale} ?allow-draft-locales=${allow}></opioid-taper-chart>`],
  ];
}

const WORDS: Record<'cy' | 'es', ChartWords> = { cy: cyChart, es: esChart };

describe('<opioid-taper-chart> in four locales', () => {
  afterEach(() => { document.documentElement.lang = 'en'; });

  it('loads the Welsh words on demand and draws again in Welsh once they arrive [T-LOCT-01]', async () => {
    expect(chartSection.has('cy'), 'not loaded before a Welsh chart asks').to.equal(false);
    const el = await chartIn(640, html`<opioid-taper-chart .taper=${withPause} today=${TODAY} locale="cy" allow-draft-locales></opioid-taper-chart>`);
    await waitUntil(() => words(toggleOf(el)) === cyChart.table.show, 'the Welsh words arrive', { timeout: 5000 });
    expect(chartSection.has('cy')).to.equal(true);
    expect(words(root(el).querySelector('.today-label'))).to.equal('Heddiw');
    expect(root(el).querySelector('[lang]')!.getAttribute('lang')).to.equal('cy');
    await expect(el).to.be.accessible();
  });

  it('en-GB and en-US: the catalogue\'s words, UK and US dates [T-LOCT-02]', async () => {
    const gb = await chartIn(700, html`<opioid-taper-chart .taper=${withPause} today=${TODAY} locale="en-GB"></opioid-taper-chart>`);
    const us = await chartIn(700, html`<opioid-taper-chart .taper=${withPause} today=${TODAY} locale="en-US"></opioid-taper-chart>`);
    const made = schedule(withPause);
    const { totalDays, reductions } = made.summary;
    expect(words(root(gb).querySelector('[part="summary"]'))).to.equal(
      `Reduces morphine from 120 mg to 0 mg a day over ${totalDays} days in ${reductions} steps, ${describeTaper(made, 'en-GB')}. It includes a pause.`);
    const now = currentStep(made.steps, TODAY)!;
    const next = nextStep(made.steps, TODAY)!;
    expect(words(root(gb).querySelector('[part="status"]'))).to.equal(
      `Today (20 Apr 2026): ${now.dose} mg a day. Next change on ${formatters('en-GB').date(next.date, 'medium')}, to ${next.dose} mg a day.`);
    expect(words(root(us).querySelector('[part="status"]'))).to.equal(
      `Today (Apr 20, 2026): ${now.dose} mg a day. Next change on ${formatters('en-US').date(next.date, 'medium')}, to ${next.dose} mg a day.`);
    for (const [el, chart] of [[gb, enGBChart], [us, enUSChart]] as const) {
      expect(words(toggleOf(el))).to.equal(chart.table.show);
      expect([...root(el).querySelectorAll('thead th')].map((th) => words(th))).to.deep.equal([chart.table.date, chart.table.dose, chart.table.change, chart.table.notes]);
      expect(words(root(el).querySelector('[part="key"]'))).to.equal(chart.key.join([chart.key.dots, chart.key.today, chart.key.pause, chart.key.stop]));
      await expect(el).to.be.accessible();
    }
    expect(root(us).querySelector('[lang]')!.getAttribute('lang')).to.equal('en-US');
  });

  it('in cy and es with allow-draft-locales no phrase of the chart\'s en-GB words is left, in any state; axe clean [T-LOCT-03]', async function () {
    // Many charts, each checked by axe or measured: more than mocha's default 10 s on a busy machine.
    this.timeout(60_000);
    for (const tag of ['cy', 'es'] as const) {
      await Promise.all([chartSection.load(tag), coreSection.load(tag), commonSection.load(tag)]);
      for (const [name, template] of everyKindOfChart(tag)) {
        const box = await fixture<HTMLDivElement>(html`<div style="width:640px">${template}</div>`);
        const el = box.querySelector('opioid-taper-chart')!;
        await settle(el);
        const text = prose(el);
        expect(text, `${tag}, ${name}`).to.not.equal('');
        expect(englishIn(text, CHART_ENGLISH), `${tag}, ${name}: ${text}`).to.deep.equal([]);
        expect(root(el).querySelector('[lang]')!.getAttribute('lang'), name).to.equal(tag);
        await expect(el).to.be.accessible();
      }
    }
  });

  it('in cy and es it draws its own words: labels, key, toggle, table headers, status, axis [T-LOCT-04]', async () => {
    for (const tag of ['cy', 'es'] as const) {
      await Promise.all([chartSection.load(tag), coreSection.load(tag), commonSection.load(tag)]);
      const chart = WORDS[tag];
      const el = await chartIn(800, everyKindOfChart(tag)[0]![1]);
      const format = formatters(tag);
      expect(words(root(el).querySelector('.today-label'))).to.equal(chart.label.today);
      expect(words(root(el).querySelector('.stop-label'))).to.equal(chart.label.stop);
      expect(words(root(el).querySelector('.pause-label'))).to.equal(chart.label.pause);
      expect(words(toggleOf(el))).to.equal(chart.table.hide);
      expect([...root(el).querySelectorAll('thead th')].map((th) => words(th))).to.deep.equal([chart.table.date, chart.table.dose, chart.table.change, chart.table.notes]);
      expect(words(root(el).querySelector('[part="key"]'))).to.include(chart.key.review(chart.label.mdtReview, format.date('2026-04-10', 'medium')));
      const made = schedule(withPause);
      const now = currentStep(made.steps, TODAY)!;
      const next = nextStep(made.steps, TODAY)!;
      expect(words(root(el).querySelector('[part="status"]'))).to.equal(
        `${chart.status.today(format.date(TODAY, 'medium'), chart.mg(String(now.dose)))} ${chart.status.nextChange(format.date(next.date, 'medium'), chart.mg(String(next.dose)))}`);
      expect(root(el).querySelector('.axis-title')!.textContent).to.equal(chart.axis.mg(coreSection.get(tag).drug.morphine));
    }
  });

  it('a cy page without allow-draft-locales shows en-GB and warns once; allowed on the context, Welsh [T-LOCT-05]', async () => {
    await chartSection.load('cy');
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(String(args[0])); };
    try {
      const box = await fixture<HTMLElement>(html`<div lang="cy" style="width:640px">
        <opioid-taper-chart .taper=${withPause} today=${TODAY}></opioid-taper-chart>
        <opioid-taper-chart .taper=${withPause} today=${TODAY} locale="cy-GB"></opioid-taper-chart></div>`);
      for (const el of box.querySelectorAll('opioid-taper-chart')) {
        await settle(el);
        expect(words(toggleOf(el))).to.equal(enGBChart.table.show);
        expect(words(el.shadowRoot!.querySelector('[part="summary"]'))).to.match(/^Reduces morphine from 120 mg/);
        expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('en-GB');
      }
      expect(warnings.filter((w) => w.includes('allow-draft-locales'))).to.have.length.at.most(1);
      const context = await fixture<HTMLElement>(html`<div lang="cy" style="width:640px"><opioid-plan-context .plan=${plan} today=${TODAY} allow-draft-locales>
        <opioid-taper-chart></opioid-taper-chart></opioid-plan-context></div>`);
      const inside = context.querySelector('opioid-taper-chart')!;
      await settle(inside);
      expect(words(toggleOf(inside))).to.equal(cyChart.table.show);
      await expect(inside).to.be.accessible();
    } finally {
      console.warn = original;
    }
  });

  it('dates by the one locale rule: a th page gets en-GB with Gregorian years and Latin digits; a Welsh chart has Welsh months only [T-LOCT-06]', async () => {
    document.documentElement.lang = 'th';
    const th = await chartIn(800, html`<opioid-taper-chart .taper=${withPause} today=${TODAY}></opioid-taper-chart>`);
    const thText = shown(th);
    expect(thText).to.include('20 Apr 2026');
    expect(thText).to.not.match(/25\d\d/); // no Buddhist-era year (2569)
    expect(thText).to.not.match(/[\u0E50-\u0E59]/); // no Thai digits
    document.documentElement.lang = 'en';
    await Promise.all([chartSection.load('cy'), coreSection.load('cy')]);
    const cy = await chartIn(800, html`<opioid-taper-chart .taper=${withPause} today=${TODAY} locale="cy" allow-draft-locales table-open></opioid-taper-chart>`);
    const ticks = [...root(cy).querySelectorAll('.x-tick-label')].map((t) => words(t));
    const cyMonths = Array.from({ length: 12 }, (_, m) => formatters('cy').date(`2026-${String(m + 1).padStart(2, '0')}-01`, 'short').replace(/^\d+\s*/, ''));
    ticks.forEach((tick) => expect(cyMonths.some((month) => tick.includes(month)), tick).to.equal(true));
    const english = /(?<!\p{L})(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?!\p{L})/u;
    expect(shown(cy)).to.not.match(english);
    expect(words(root(cy).querySelector('tbody tr th'))).to.equal(formatters('cy').date('2026-03-05', 'medium'));
  });

  it('plurals by Intl.PluralRules: Welsh "2 gam", "3 cham", Spanish "1 paso" [T-LOCT-07]', async () => {
    await Promise.all([chartSection.load('cy'), chartSection.load('es')]);
    const cases: Array<[LocaleTag, TaperPlan, string]> = [
      ['cy', { startDate: '2026-03-05', startDose: 10, percent: 50, intervalDays: 7, basis: 'original' }, ' 2 gam'],
      ['cy', { startDate: '2026-03-05', startDose: 90, percent: 34, intervalDays: 7, basis: 'original' }, ' 3 cham'],
      ['cy', { startDate: '2026-03-05', startDose: 60, percent: 10, intervalDays: 14, basis: 'original' }, ' 10 cam'],
      ['es', { startDate: '2026-03-05', startDose: 10, percent: 50, intervalDays: 7, basis: 'current', roundTo: 10 }, ' 1 paso'],
      ['es', { startDate: '2026-03-05', startDose: 10, percent: 50, intervalDays: 7, basis: 'original' }, ' 2 pasos'],
    ];
    for (const [tag, taper, expected] of cases) {
      const el = await chartIn(640, html`<opioid-taper-chart .taper=${taper} today="2026-03-06" locale=${tag} allow-draft-locales></opioid-taper-chart>`);
      const summary = words(root(el).querySelector('[part="summary"]'));
      const reductions = schedule(taper).summary.reductions;
      expect(summary, `${reductions} reductions`).to.include(`${expected}`);
      expect(summary).to.include(formatters(tag).plural(reductions, WORDS[tag as 'cy' | 'es'].summary.steps));
    }
  });

  it('no labels overlap at 320, 375 and 800 px in cy and es, with today, reviews, a pause and the stop [T-LOCT-08]', async function () {
    // Many charts, each checked by axe or measured: more than mocha's default 10 s on a busy machine.
    this.timeout(60_000);
    await Promise.all(['cy', 'es'].map((tag) => Promise.all([chartSection.load(tag as LocaleTag), coreSection.load(tag as LocaleTag)])));
    for (const tag of ['cy', 'es'] as const) {
      for (const width of [320, 375, 800]) {
        for (const today of [TODAY, '2026-03-06', '2026-08-01']) {
          const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px"><opioid-plan-context .plan=${plan} today=${today}>
            <opioid-taper-chart locale=${tag} allow-draft-locales></opioid-taper-chart></opioid-plan-context></div>`);
          const el = box.querySelector('opioid-taper-chart')!;
          await settle(el);
          const texts = [...root(el).querySelectorAll('svg text')];
          expect(texts.length).to.be.greaterThan(5);
          expect(overlappingPairs(texts), `${tag} at ${width} px, today ${today}`).to.deep.equal([]);
          const chartBox = svgOf(el)!.getBoundingClientRect();
          for (const text of texts) {
            const b = text.getBoundingClientRect();
            expect(b.left >= chartBox.left - 1 && b.right <= chartBox.right + 1, `${tag} ${width}: "${words(text)}" inside the chart`).to.equal(true);
          }
          expect(root(el).querySelector('.stop-label'), `${tag} ${width}: the stop is labelled`).to.exist;
        }
        // Four years in 200 steps: tick labels carry the year ("21 Hyd 2026", "21 oct 2026").
        const long = await chartIn(width, html`<opioid-taper-chart start="2026-03-05" dose="100" percent="0.5" interval-days="7" basis="original"
          drug="morphine" today="2027-01-10" locale=${tag} allow-draft-locales></opioid-taper-chart>`);
        const ticks = [...root(long).querySelectorAll('svg text')];
        expect(root(long).querySelectorAll('.x-tick-label').length, `${tag} ${width}: dated ticks`).to.be.greaterThan(1);
        expect(overlappingPairs(ticks), `${tag} at ${width} px, 200 steps`).to.deep.equal([]);
      }
    }
  });

  it('problems in the chart\'s locale: the alert and the event\'s messages say the same, with their codes [T-LOCT-09]', async () => {
    await Promise.all([chartSection.load('es'), coreSection.load('es'), commonSection.load('es')]);
    const box = await fixture<HTMLElement>(html`<div style="width:600px"></div>`);
    const heard = oneEvent(box, 'opioid-error') as Promise<CustomEvent<OpioidErrorDetail>>;
    const { render } = await import('lit');
    render(html`<opioid-taper-chart start="2026-03-05" dose="-10" percent="10" interval-days="14" basis="original"
      locale="es" allow-draft-locales></opioid-taper-chart>`, box);
    const el = box.querySelector('opioid-taper-chart')!;
    const event = await heard;
    await el.updateComplete;
    const issue = event.detail.issues.find((i) => i.path === 'dose')!;
    expect(issue.code).to.equal('too-small');
    expect(issue.message).to.include(esChart.issue.attributeSays('dose', '“-10”'));
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(words(alert)).to.include(esChart.cannotDraw).and.include(issue.message);
    const steps = await chartIn(600, html`<opioid-taper-chart .schedule=${[{ date: '2026-03-05', dose: 'sixty' }]} locale="es" allow-draft-locales></opioid-taper-chart>`);
    // A step field of the wrong type in the core's words for the same code, as the schema's issues are.
    const wrong = describeIssue({ code: 'wrong-type', params: { field: 'dose', expected: 'number', received: 'string' }, message: '' }, 'es');
    expect(wrong).to.not.equal('');
    expect(words(root(steps).querySelector('[role="alert"]'))).to.include(wrong);
  });

  it('with the core\'s cy and es catalogues the whole chart is in the language: method, notes, units, cautions [T-LOCT-10]', async function () {
    this.timeout(60_000);
    const core = await Promise.all((['cy', 'es'] as const).map(async (tag) => { await coreSection.load(tag); return coreSection.has(tag); }));
    // The core's Welsh and Spanish catalogues are written alongside the chart's; without them there is nothing to check yet.
    if (!core.every(Boolean)) this.skip();
    const coreEnglish = [
      describeTaper(schedule(withPause), 'en-GB'), describeTaper(schedule(ofCurrentRounded), 'en-GB'),
      ...schedule(withPause).notes.map((note) => describeNote(note, 'en-GB')),
      ...schedule(ofCurrentRounded).notes.map((note) => describeNote(note, 'en-GB')),
      ...enGB.cautions('OME'), ...enGB.cautions('MME'), enGB.unit.OME.long, enGB.unit.MME.long,
    ].flatMap((sentence) => phrases(sentence));
    for (const tag of ['cy', 'es'] as const) {
      await Promise.all([chartSection.load(tag), commonSection.load(tag)]);
      for (const [name, template] of everyKindOfChart(tag)) {
        const box = await fixture<HTMLDivElement>(html`<div style="width:640px">${template}</div>`);
        const el = box.querySelector('opioid-taper-chart')!;
        await settle(el);
        const text = prose(el);
        expect(englishIn(text, [...CHART_ENGLISH, ...coreEnglish]), `${tag}, ${name}: ${text}`).to.deep.equal([]);
      }
      const el = await chartIn(640, everyKindOfChart(tag)[0]![1]);
      expect(svgOf(el)!.getAttribute('aria-label')).to.include(describeTaper(schedule(withPause), tag));
    }
  });
});

function toggleOf(el: Element): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="toggle"]')!;
}
