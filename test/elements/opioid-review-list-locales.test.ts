// The review list in four locales: en-GB (the reviewed base, unchanged), en-US, and the drafts cy and es
// (only with allow-draft-locales). "No English left" is checked against the catalogues themselves: every
// phrase of the review section's en-GB words (split where a value is filled in) must be absent from a cy
// or es list, and so must the en-GB words the core catalogue gives for the same rows (severity names,
// the guidance's name, drug names, the sentences of a plan that failed validation).
import { aTimeout, elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/opioid-review-list/register.js';
import '../../src/context/opioid-plan-context/register.js';
import type { OpioidReviewList } from '../../src/elements/opioid-review-list/register.js';
import type { OpioidErrorDetail } from '../../src/internal/events.js';
import { assessEntries, type ReviewRow } from '../../src/elements/opioid-review-list/review-model.js';
import { durationText, formatter, reviewText } from '../../src/elements/opioid-review-list/review-format.js';
import { reviewCsv } from '../../src/elements/opioid-review-list/review-csv.js';
import { guidanceProfile } from '../../src/core/guidance.js';
import { addDays } from '../../src/core/dates.js';
import { reviewSection, type ReviewWords } from '../../src/locales/review/index.js';
import { enGBReview } from '../../src/locales/review/en-GB.js';
import { enUSReview } from '../../src/locales/review/en-US.js';
import { commonSection } from '../../src/locales/common/index.js';
import { enGBCommon } from '../../src/locales/common/en-GB.js';
import { coreSection, describeIssue, enGB } from '../../src/locales/index.js';
import { generatePopulation } from '../../stories/data/review-population.js';
import {
  DEMO_TODAY, SCENARIOS, chronicHighDose, invalidPlan, overdueReview, usPrimaryCare,
} from '../../stories/data/plans.js';
import { MARK, callWithMarks, catalogueValues } from './catalogue-values.js';

window.addEventListener('error', (event) => {
  if (String(event.message).includes('ResizeObserver loop')) event.stopImmediatePropagation();
}, true);

type Draft = 'cy' | 'es';
const DRAFTS: readonly Draft[] = ['cy', 'es'];

/** Values a draft may keep as en-GB has them: names, and words the language spells the same. */
const SAME = new Set(['cy:conditions.gabapentinoid', 'es:planId', 'es:csv.no']);

/** A flag's short name takes its parameters and the formatters: call it with each case it words. */
const callFlagNamesWithCases = (value: (...args: never[]) => unknown, path: string) => (path.startsWith('flagNames.')
  ? [{}, { days: 9 }, { band: 'specialist-referral' }, { band: 'information' }, { indication: 'acute' }]
    .map((params) => String((value as unknown as (p: object, f: object) => string)(params, { plural: (n: number, forms: { other: string }) => forms.other.replace('{n}', MARK) }))).join(MARK)
  : callWithMarks(value as unknown as (...args: string[]) => unknown));
const values = (words: object) => catalogueValues(words, callFlagNamesWithCases);

/** The literal phrases of a value: split where something is filled in, trimmed of punctuation. */
function phrases(text: string): string[] {
  return text.split(new RegExp(`${MARK}|\\{n\\}`)).map((part) => part.replace(/^[\s()[\]:;,.—–…“”'’{}/-]+|[\s()[\]:;,.—–…“”'’{}/-]+$/g, ''))
    .filter((part) => /[A-Za-z]{2,}/.test(part) && !/^(?:OME|MME|mg|mg\/day|CSV|GP|CDC|y)$/.test(part));
}

/** en-GB phrases of a section, leaving out one-word phrases that are also a word of the draft's own catalogue (a cognate). */
function englishPhrases(words: object, draft: object): Array<{ path: string; phrase: string }> {
  const own = new Set(values(draft).flatMap(({ text }) => text.split(/[^\p{L}]+/u)));
  return values(words)
    .flatMap(({ path, text }) => phrases(text).map((phrase) => ({ path, phrase })))
    .filter(({ phrase }) => /\s/.test(phrase) || (phrase.length >= 4 && !own.has(phrase)));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const found = (phrase: string, text: string) => new RegExp(`(?<![A-Za-z])${escape(phrase)}(?![A-Za-z])`).test(text);

/**
 * What a reader gets from the list: its text (icons left out) plus the labels a screen reader reads
 * (aria-label), without what the host typed (names, identifiers, notes, plan ids: the person cell's <bdi>).
 */
function readerText(el: OpioidReviewList, options: { codes?: boolean } = {}): string {
  const clone = document.createElement('div');
  clone.append(...[...el.shadowRoot!.childNodes].map((node) => node.cloneNode(true)));
  clone.querySelectorAll('[aria-hidden="true"], .who bdi, .print-view th bdi').forEach((node) => node.remove());
  // A plan that failed validation quotes the values its data may hold (drug ids such as "morphine"): codes, not words.
  if (options.codes === false) clone.querySelectorAll('.issues, .print-view td[colspan]').forEach((node) => node.remove());
  const labels = [...clone.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label') ?? '');
  return `${clone.textContent ?? ''} ${labels.join(' ')}`.replace(/\s+/g, ' ');
}

const root = (el: OpioidReviewList) => el.shadowRoot!;
const bodyRows = (el: OpioidReviewList) => [...root(el).querySelectorAll<HTMLElement>('.body [role="row"]')];

/** The reference scenarios with display fields, an invalid plan and a repeated plan id. */
const caseload = () => [
  ...SCENARIOS.map(({ plan }, i) => ({ plan, person: { name: `PERSON, ${['Ann', 'Bob', 'Cy', 'Di', 'Ed', 'Flo'][i]}`, identifier: `999 000 000${i}`, age: 40 + i } })),
  { plan: invalidPlan, person: { name: 'BROKEN, Plan', identifier: '999 000 0099' } },
  { plan: chronicHighDose, person: { name: 'AGAIN, Bob' } },
];

/** Until the sections have loaded, every plan is checked and the virtualizer has laid out its rows. */
async function settle(el: OpioidReviewList): Promise<void> {
  for (let i = 0; i < 20; i += 1) {
    await Promise.all([reviewSection, commonSection, coreSection].flatMap((section) => [section.load('cy'), section.load('es')]));
    await elementUpdated(el);
    await aTimeout(0);
    if (!el.isUpdatePending) break;
  }
  for (let i = 0; i < 400 && root(el).querySelector('progress'); i += 1) await aTimeout(10);
  for (let i = 0; i < 100; i += 1) {
    await aTimeout(20);
    if (!root(el).querySelector('.body') || bodyRows(el).length > 0) break;
  }
  await elementUpdated(el);
}

async function list(plans: unknown, locale: string, options: { allow?: boolean; guidance?: string } = {}): Promise<OpioidReviewList> {
  const el = await fixture<OpioidReviewList>(html`<opioid-review-list .plans=${plans} today=${DEMO_TODAY} locale=${locale}
    guidance=${options.guidance ?? ''} ?allow-draft-locales=${options.allow ?? true}></opioid-review-list>`);
  // The virtualizer renders only rows on screen: an earlier fixture of the same test may be above this one.
  el.scrollIntoView();
  await settle(el);
  return el;
}

const listLang = (el: OpioidReviewList) => root(el).querySelector('.list')?.getAttribute('lang');

/** The en-GB words of the core catalogue the list shows for these rows, where the draft's differ. */
function coreEnglish(rows: readonly ReviewRow[], tag: Draft): string[] {
  const draft = coreSection.get(tag);
  const words = [
    ...Object.values(enGB.severity), enGB.guidance.uk, enGB.guidance.us, enGB.unit.OME.long, enGB.unit.MME.long,
    // Drug names the draft spells differently (tramadol is tramadol in every language).
    ...rows.flatMap((row) => row.drugs.map((drug) => enGB.drug[drug]).filter((name) => !Object.values(draft.drug).includes(name))),
    ...rows.flatMap((row) => row.issues.map((issue) => describeIssue(issue, 'en-GB'))),
  ];
  return [...new Set(words)].filter((text) => /[A-Za-z]{3,}/.test(text));
}

describe('<opioid-review-list> in four locales', () => {
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 1800 });
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('the review section: en-GB and en-US reviewed, cy and es drafts with every value their own [T-LOCV-01]', async () => {
    expect(enGBReview.meta.reviewed).to.equal(true);
    expect(enUSReview.meta.reviewed).to.equal(true);
    for (const tag of DRAFTS) {
      const words: ReviewWords = await reviewSection.load(tag);
      expect(words.meta).to.deep.include({ tag, reviewed: false });
      const english = new Map(values(enGBReview).map(({ path, text }) => [path, text]));
      const own = values(words);
      // Plural forms differ by language (Welsh has six); every other key is the same.
      const keys = (paths: string[]) => [...new Set(paths.map((path) => path.replace(/\.(?:zero|one|two|few|many|other)$/, '')))];
      expect(keys(own.map(({ path }) => path))).to.deep.equal(keys([...english.keys()]));
      for (const { path, text } of own) {
        if (SAME.has(`${tag}:${path}`) || phrases(english.get(path) ?? '').length === 0) continue;
        expect(text, `${tag} ${path}`).to.not.equal(english.get(path));
      }
    }
    // Welsh gives all six forms where a count is shown.
    for (const key of ['days', 'months', 'years', 'reviewOverdue', 'reviewIn', 'startsIn', 'invalidAlert', 'showingAll'] as const) {
      expect(reviewSection.get('cy')[key], key).to.have.all.keys('zero', 'one', 'two', 'few', 'many', 'other');
    }
  });

  it('en-GB and en-US: the same words as before, US dates and MME; accessible [T-LOCV-02]', async () => {
    const gb = await list(caseload(), 'en-GB', { allow: false });
    expect(listLang(gb)).to.equal('en-GB');
    const text = readerText(gb);
    for (const phrase of ['Opioid review list', 'Guidance used: UK: Opioids Aware (FPM/RCoA, 2020) — oral morphine equivalent (OME)',
      'Showing all 8 people', 'People on the list', 'High dose', 'Warning: Gabapentinoid co-prescribed', 'Most urgent first',
      '1 plan could not be checked: it is listed first', 'Incomplete: at least 45 mg/day OME (methadone not converted)', 'Methadone and oxycodone (substitution treatment)']) {
      expect(text, phrase).to.include(phrase);
    }
    await expect(gb).to.be.accessible();
    const us = await list([{ plan: usPrimaryCare }, { plan: overdueReview }], 'en-US', { guidance: 'us' });
    expect(listLang(us)).to.equal('en-US');
    expect(readerText(us)).to.include('Assessed on Nov 21, 2026');
    expect(readerText(us)).to.include('Total MME/day');
    await expect(us).to.be.accessible();
  });

  for (const tag of DRAFTS) {
    it(`${tag} with allow-draft-locales: no phrase of the review section's en-GB words and no en-GB core words, the print view too; accessible ${tag === 'cy' ? '[T-LOCV-03]' : '[T-LOCV-04]'}`, async () => {
      const entries = caseload();
      const el = await list(entries, tag);
      expect(listLang(el)).to.equal(tag);
      const english = [...englishPhrases(enGBReview, await reviewSection.load(tag)), ...englishPhrases(enGBCommon, await commonSection.load(tag))];
      const core = coreEnglish(assessEntries(entries, { guidance: 'uk', today: DEMO_TODAY, threshold: undefined, locale: tag }), tag);
      // The guidance's name stays a name ("Opioids Aware") in every language.
      const names = Object.values(coreSection.get(tag).guidance).filter((name): name is string => typeof name === 'string');
      const check = (shown: string, where: string) => {
        const text = names.reduce((rest, name) => rest.split(name).join(' '), shown);
        expect(english.filter(({ phrase }) => found(phrase, text)).map(({ path, phrase }) => `${path}: "${phrase}"`), `${where}: review phrases`).to.deep.equal([]);
        expect(core.filter((words) => found(words, text)), `${where}: core words`).to.deep.equal([]);
        expect(text).to.not.match(/undefined|NaN|\[object/);
      };
      check(readerText(el, { codes: false }), 'list');
      // The problems of the invalid plan are the core's sentences in the locale.
      const shown = readerText(el);
      expect(root(el).querySelector('.issues')?.textContent).to.include(describeIssue(assessEntries([invalidPlan], { guidance: 'uk', today: DEMO_TODAY, threshold: undefined, locale: tag })[0]!.issues[0]!, tag));
      expect(core.filter((words) => words.includes(' ') && found(words, shown))).to.deep.equal([]);
      await expect(el).to.be.accessible();
      // Filtered to nobody: the empty state and the clear button.
      const search = root(el).querySelector<HTMLInputElement>('#search')!;
      search.value = 'nobody by this name';
      search.dispatchEvent(new Event('input'));
      await settle(el);
      expect(root(el).querySelector('.empty')?.textContent).to.equal(reviewSection.get(tag).noMatches);
      check(readerText(el, { codes: false }), 'filtered');
      search.value = '';
      search.dispatchEvent(new Event('input'));
      await settle(el);
      // The print view.
      window.dispatchEvent(new Event('beforeprint'));
      await elementUpdated(el);
      const print = root(el).querySelector('.print-view')!.cloneNode(true) as Element;
      print.querySelectorAll('td[colspan], th bdi').forEach((node) => node.remove());
      check(print.textContent ?? '', 'print view');
      window.dispatchEvent(new Event('afterprint'));
      await elementUpdated(el);
      // US guidance in the draft too (MME, the CDC bands).
      const us = await list(generatePopulation(40, { seed: 5, guidance: 'us' }), tag, { guidance: 'us' });
      check(readerText(us, { codes: false }), 'US guidance');
      await expect(us).to.be.accessible();
    });
  }

  it('a Welsh page without allow-draft-locales shows en-GB, marked en-GB; es without it too [T-LOCV-05]', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><opioid-review-list .plans=${caseload()} today=${DEMO_TODAY}></opioid-review-list></div>`);
      const el = wrapper.querySelector('opioid-review-list')!;
      await settle(el);
      expect(listLang(el)).to.equal('en-GB');
      expect(readerText(el)).to.include('Opioid review list');
      expect(readerText(el)).to.include('Showing all 8 people');
      expect(readerText(el)).to.not.include(reviewSection.get('cy').caption);
      const es = await list(caseload(), 'es', { allow: false });
      expect(listLang(es)).to.equal('en-GB');
      expect(readerText(es)).to.include('People on the list');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('allow-draft-locales on <opioid-plan-context> reaches the list, and its inline plan card speaks the list\'s language [T-LOCV-06]', async () => {
    const context = await fixture<HTMLElement>(html`<opioid-plan-context locale="es" allow-draft-locales today=${DEMO_TODAY}>
      <opioid-review-list .plans=${caseload()} today=${DEMO_TODAY}></opioid-review-list></opioid-plan-context>`);
    const el = context.querySelector('opioid-review-list')!;
    await settle(el);
    expect(listLang(el)).to.equal('es');
    expect(readerText(el)).to.include(reviewSection.get('es').caption);
    const row = bodyRows(el).find((candidate) => candidate.textContent?.includes('PERSON, Bob'))!;
    row.querySelector<HTMLButtonElement>('.toggle')!.click();
    for (let i = 0; i < 100 && !root(el).querySelector('opioid-plan-card')?.shadowRoot?.querySelector('article'); i += 1) await aTimeout(20);
    const card = root(el).querySelector('opioid-plan-card')!;
    for (let i = 0; i < 50 && card.shadowRoot?.querySelector('article')?.getAttribute('lang') !== 'es'; i += 1) await aTimeout(20);
    expect(card.shadowRoot!.querySelector('article')!.getAttribute('lang')).to.equal('es');
    expect(root(el).querySelector('.detail-row')?.getAttribute('aria-label')).to.equal(reviewSection.get('es').planOf('PERSON, Bob'));
  });

  it('the list\'s own problems in cy and es (not a list, the threshold, not a Bundle); opioid-error keeps English [T-LOCV-07]', async () => {
    for (const tag of DRAFTS) {
      await Promise.all([reviewSection.load(tag), commonSection.load(tag)]);
      const words = reviewSection.get(tag);
      const el = await fixture<OpioidReviewList>(html`<opioid-review-list today=${DEMO_TODAY} locale=${tag} allow-draft-locales></opioid-review-list>`);
      setTimeout(() => { el.plans = { not: 'a list' }; });
      const event = (await oneEvent(el, 'opioid-error')) as CustomEvent<OpioidErrorDetail>;
      expect(event.detail.issues[0]!.message).to.equal(enGBReview.notAList);
      await settle(el);
      const alert = () => root(el).querySelector('[role="alert"]')!;
      expect(alert().textContent).to.include(words.errorTitle);
      expect(alert().textContent).to.include(words.notAList);
      expect(alert().closest('[lang]')?.getAttribute('lang')).to.equal(tag);
      await expect(el).to.be.accessible();
      el.plans = [chronicHighDose];
      el.threshold = 1200;
      await settle(el);
      expect(alert().textContent).to.include(commonSection.get(tag).thresholdRange('20', '500'));
      el.threshold = undefined;
      el.plans = undefined;
      el.fhir = 'not a bundle';
      for (let i = 0; i < 100 && !root(el).querySelector('[role="alert"]')?.textContent?.includes(words.notABundle); i += 1) await aTimeout(20);
      await settle(el);
      expect(alert().textContent).to.include(words.notABundle);
      // A plan that fails validation: the core's sentences in the locale, the event in English.
      const errored = new Promise<CustomEvent<OpioidErrorDetail>>((resolve) => document.addEventListener('opioid-error', (e) => resolve(e as CustomEvent<OpioidErrorDetail>), { once: true }));
      const invalid = await list([invalidPlan, chronicHighDose], tag);
      const rowsEvent = await errored;
      const [row] = assessEntries([invalidPlan], { guidance: 'uk', today: DEMO_TODAY, threshold: undefined, locale: tag });
      const issue = row!.issues[0]!;
      expect(readerText(invalid)).to.include(describeIssue(issue, tag));
      expect(readerText(invalid)).to.not.include(describeIssue(issue, 'en-GB'));
      expect(rowsEvent.detail.issues[0]!.message).to.include(describeIssue(issue, 'en-GB'));
    }
  });

  it('counts through Intl.PluralRules: Welsh "2 ddiwrnod", "2 flynedd a 3 mis", Spanish "Vencida hace 1 día" [T-LOCV-08]', async () => {
    await Promise.all(DRAFTS.map((tag) => Promise.all([reviewSection.load(tag), coreSection.load(tag)])));
    const cy = formatter(guidanceProfile('uk'), 'cy', DEMO_TODAY);
    const es = formatter(guidanceProfile('uk'), 'es-MX', DEMO_TODAY);
    expect(es.tag).to.equal('es');
    const row = (startDate: string, reviewDate?: string) => {
      const [made] = assessEntries([{ ...chronicHighDose, id: 'p', startDate, taper: undefined, reviewDate }], { guidance: 'uk', today: DEMO_TODAY, threshold: undefined, locale: 'cy' });
      return made!;
    };
    expect(durationText(row(addDays(DEMO_TODAY, -2)), cy)).to.equal('2 ddiwrnod');
    expect(durationText(row(addDays(DEMO_TODAY, -3)), cy)).to.equal('3 diwrnod');
    expect(durationText(row('2024-08-21'), cy)).to.equal('2 flynedd a 3 mis');
    expect(durationText(row(addDays(DEMO_TODAY, 2)), es)).to.equal('Empieza dentro de 2 días');
    expect(reviewText(row('2026-01-01', addDays(DEMO_TODAY, -1)), es).text).to.equal('Vencida hace 1 día');
    expect(reviewText(row('2026-01-01', addDays(DEMO_TODAY, 2)), cy).text).to.equal('Yn ddyledus ymhen 2 ddiwrnod');
    expect(cy.plural(1, cy.w.invalidAlert)).to.match(/^Cynlluniau na ellid eu gwirio: 1\. Mae wedi’i restru/);
    expect(es.plural(3, es.w.invalidAlert)).to.match(/^No se pudieron comprobar 3 planes/);
  });

  it('CSV in the locale: headings and words in Welsh or Spanish, numbers as plain digits, dates ISO [T-LOCV-09]', async () => {
    await Promise.all(DRAFTS.map((tag) => Promise.all([reviewSection.load(tag), coreSection.load(tag)])));
    const rows = assessEntries([{ plan: chronicHighDose, person: { name: 'ONE, Person' } }, { plan: invalidPlan }], { guidance: 'uk', today: DEMO_TODAY, threshold: undefined, locale: 'cy' });
    for (const tag of DRAFTS) {
      const f = formatter(guidanceProfile('uk'), tag, DEMO_TODAY);
      const csv = reviewCsv(rows, f);
      const [header, first, second] = csv.trimEnd().split('\r\n') as [string, string, string];
      const c = f.w.csv;
      expect(header).to.equal([c.name, c.planId, c.status, c.total, c.unit, c.complete, c.band, c.opioids, c.startDate, c.daysOnOpioids,
        c.reviewDate, c.reviewStatus, c.urgent, c.warnings, c.flags, c.taper, c.careTeam].join(','));
      expect(first).to.include(`,${c.statusOk},120,OME,${c.yes},${f.w.bands['high-dose']},`);
      expect(first).to.include(`,${chronicHighDose.startDate},`);
      expect(second).to.include(c.statusInvalid);
      const english = englishPhrases(enGBReview, f.w).filter(({ path }) => path.startsWith('csv.') || path.startsWith('flagNames.') || path.startsWith('bands.'));
      expect(english.filter(({ phrase }) => found(phrase, csv)).map(({ phrase }) => phrase)).to.deep.equal([]);
      expect(Object.values(enGB.severity).filter((word) => found(word, csv))).to.deep.equal([]);
    }
    // More than 1,000 days on opioids: a plain number in its cell, never the locale's grouped "1.234".
    const [long] = assessEntries([{ ...chronicHighDose, startDate: '2022-01-10', taper: undefined }], { guidance: 'uk', today: DEMO_TODAY, threshold: undefined, locale: 'es' });
    const line = reviewCsv([long!], formatter(guidanceProfile('uk'), 'es', DEMO_TODAY)).split('\r\n')[1]!;
    expect(line).to.include(`,2022-01-10,${long!.daysOn},`);
    expect(long!.daysOn).to.be.greaterThan(1000);
  });

  it('Welsh and Spanish fit at 320 px: no sideways scrolling [T-LOCV-10]', async () => {
    await setViewport({ width: 320, height: 2400 });
    for (const tag of DRAFTS) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 300px"><opioid-review-list .plans=${caseload()} today=${DEMO_TODAY} locale=${tag} allow-draft-locales></opioid-review-list></div>`);
      const el = wrapper.querySelector('opioid-review-list')!;
      await settle(el);
      expect(listLang(el)).to.equal(tag);
      const scroll = root(el).querySelector<HTMLElement>('.scroll')!;
      expect(scroll.scrollWidth - scroll.clientWidth, `${tag} table`).to.be.at.most(1);
      expect(el.scrollWidth - el.clientWidth, `${tag} list`).to.be.at.most(1);
      for (const node of root(el).querySelectorAll('.toolbar, .summary, .status-line, .header')) {
        expect(node.getBoundingClientRect().right, `${tag} ${node.className}`).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
    }
  });
});
