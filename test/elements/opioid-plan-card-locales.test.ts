// The plan card and its context in four locales: en-GB (the reviewed base, unchanged), en-US, and the
// drafts cy and es (only with allow-draft-locales). "No English left" is checked against the catalogues
// themselves: every phrase of the card's and the common section's en-GB words (split where a value is
// filled in) must be absent from a cy or es card; once the core's cy/es catalogues exist, so must every
// en-GB sentence the core catalogue gives for the same plan.
import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { LitElement, render } from 'lit';
import '../../src/elements/opioid-plan-card/register.js';
import '../../src/context/opioid-plan-context/register.js';
import type { OpioidPlanCard } from '../../src/elements/opioid-plan-card/register.js';
import type { OpioidPlanContext } from '../../src/context/opioid-plan-context/opioid-plan-context.js';
import { OpioidElement } from '../../src/internal/opioid-element.js';
import type { OpioidErrorDetail } from '../../src/internal/events.js';
import type { OpioidPlanInput } from '../../src/core/schema.js';
import { parsePlan } from '../../src/core/parse.js';
import { addDays } from '../../src/core/dates.js';
import { cardSection, type CardWords } from '../../src/locales/card/index.js';
import { commonSection, type CommonWords } from '../../src/locales/common/index.js';
import { enGBCard } from '../../src/locales/card/en-GB.js';
import { enUSCard } from '../../src/locales/card/en-US.js';
import { enGBCommon } from '../../src/locales/common/en-GB.js';
import { coreSection, type LocaleTag } from '../../src/locales/index.js';
import { planCardModel } from '../../src/elements/opioid-plan-card/plan-card-model.js';
import {
  DEMO_TODAY, buprenorphinePatch, chronicHighDose, implausibleTotal, oudPlanWithAnalgesic, ostWithChronicPain,
  overTheCounterCodeine, overdueReview, postOpDischarge, usCancerPain, usPrimaryCare,
} from '../../stories/data/plans.js';
import { MARK, catalogueValues } from './catalogue-values.js';

type Draft = 'cy' | 'es';
const DRAFTS: readonly Draft[] = ['cy', 'es'];

/** Paths whose words are names kept as they are in every language (guidance and drug-class names). */
const NAMES = new Set(['guidanceShortName.uk', 'guidanceShortName.us', 'concurrent.kind.gabapentinoid']);

const values = (words: object) => catalogueValues(words);

/** The literal phrases of a value: split where something is filled in, trimmed of punctuation. */
function phrases(text: string): string[] {
  return text.split(new RegExp(`${MARK}|\\{n\\}`)).map((part) => part.replace(/^[\s()[\]:;,.—–…“”'’-]+|[\s()[\]:;,.—–…“”'’-]+$/g, ''))
    .filter((part) => /[A-Za-z]{2,}/.test(part) && !/^(?:OME|MME|mg|mg\/day|MDT|GP)$/.test(part));
}

/**
 * en-GB phrases of a section, by path, leaving out names, and one-word phrases that are also a word of
 * the draft's own catalogue (a cognate such as Spanish "total" is the draft's word, not English left over).
 */
function englishPhrases(words: object, draft?: object): Array<{ path: string; phrase: string }> {
  const own = new Set(draft ? values(draft).flatMap(({ text }) => text.split(/[^\p{L}]+/u)) : []);
  return values(words).filter(({ path }) => !NAMES.has(path))
    .flatMap(({ path, text }) => phrases(text).map((phrase) => ({ path, phrase })))
    // One short word ("at", "on") says nothing about the language around it: host text may hold it.
    .filter(({ phrase }) => /\s/.test(phrase) || (phrase.length >= 4 && !own.has(phrase)));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const found = (phrase: string, text: string) => new RegExp(`(?<![A-Za-z])${escape(phrase)}(?![A-Za-z])`).test(text);

/**
 * What a reader gets from the card: visible text (icons left out) plus the labels a screen reader or
 * the reflowed table shows (aria-label, data-label). `freeText: false` also leaves out what the host
 * typed into the plan (names, goals, notes: <bdi> outside flags) and the core's citations (.source).
 */
function readerText(el: Element, options: { keepFlags: boolean }): string {
  const clone = document.createElement('div');
  clone.append(...[...el.shadowRoot!.childNodes].map((node) => node.cloneNode(true)));
  clone.querySelectorAll('[aria-hidden="true"], .source').forEach((node) => node.remove());
  clone.querySelectorAll('bdi').forEach((node) => {
    if (!(options.keepFlags && node.closest('[part="flag"]'))) node.remove();
  });
  const labels = [...clone.querySelectorAll('[aria-label], [data-label]')]
    .map((node) => `${node.getAttribute('aria-label') ?? ''} ${node.getAttribute('data-label') ?? ''}`);
  return `${clone.textContent ?? ''} ${labels.join(' ')}`.replace(/\s+/g, ' ');
}

const PLANS: ReadonlyArray<{ name: string; plan: OpioidPlanInput; guidance?: string }> = [
  { name: 'post-op discharge', plan: postOpDischarge },
  { name: 'chronic high dose with a taper and an MDT', plan: chronicHighDose },
  { name: 'substitution treatment with a care team', plan: ostWithChronicPain },
  { name: 'US primary care', plan: usPrimaryCare },
  { name: 'US view of a buprenorphine patch', plan: buprenorphinePatch, guidance: 'us' },
  { name: 'implausible total', plan: implausibleTotal },
  { name: 'overdue review', plan: overdueReview },
  { name: 'OUD plan with an analgesic', plan: oudPlanWithAnalgesic },
  { name: 'over the counter codeine', plan: overTheCounterCodeine },
  { name: 'US cancer pain', plan: usCancerPain, guidance: 'us' },
];

async function card(plan: unknown, locale: string, options: { guidance?: string; compact?: boolean; allow?: boolean } = {}): Promise<OpioidPlanCard> {
  const el = await fixture<OpioidPlanCard>(html`<opioid-plan-card .plan=${plan} today=${DEMO_TODAY} locale=${locale}
    guidance=${options.guidance ?? ''} ?compact=${options.compact ?? false} ?allow-draft-locales=${options.allow ?? true}></opioid-plan-card>`);
  await settled(el);
  return el;
}

/** Waits until the element shows the locale it asked for (its sections load on demand). */
async function settled(el: LitElement): Promise<void> {
  for (let i = 0; i < 20; i += 1) {
    await Promise.all([cardSection, commonSection, coreSection].map((section) => section.load('cy')));
    await Promise.all([cardSection, commonSection, coreSection].map((section) => section.load('es')));
    await elementUpdated(el);
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!el.isUpdatePending) return;
  }
}

const article = (el: OpioidPlanCard) => el.shadowRoot!.querySelector('article')!;

/** Whether the core catalogue of a draft is there yet (a colleague is writing it). */
async function coreHas(tag: Draft): Promise<boolean> {
  await coreSection.load(tag);
  return coreSection.has(tag);
}

/** The en-GB sentences the core catalogue gives for this plan's results, as the card shows them. */
function coreEnglish(plan: OpioidPlanInput, guidance: 'uk' | 'us'): string[] {
  const parsed = parsePlan(plan);
  if (!parsed.ok) throw new Error('test plan does not parse');
  const model = planCardModel(parsed.plan, { guidance, today: DEMO_TODAY, tag: 'en-GB', threshold: undefined });
  return [
    ...model.flags.flatMap((flag) => [flag.text, flag.severityText]),
    ...model.total.reasons, model.total.band?.text ?? '', ...model.rows.map((row) => row.dose),
    model.taper?.description ?? '', ...model.cautions, model.indication, model.unitLong,
    model.review?.relative ?? '', model.stop?.fromTaper ? '' : model.stop?.relative ?? '',
  ].filter((text) => /[A-Za-z]{3,}/.test(text));
}

describe('<opioid-plan-card> in four locales', () => {
  it('the card and common sections: en-GB and en-US reviewed, cy and es drafts with every value their own [T-LOC-C01]', async () => {
    expect(enGBCard.meta.reviewed).to.equal(true);
    expect(enUSCard.meta.reviewed).to.equal(true);
    expect(enGBCommon.meta.reviewed).to.equal(true);
    for (const tag of DRAFTS) {
      const words: CardWords = await cardSection.load(tag);
      const common: CommonWords = await commonSection.load(tag);
      expect(words.meta).to.deep.include({ tag, reviewed: false });
      expect(common.meta).to.deep.include({ tag, reviewed: false });
      // Same keys as en-GB (the types say so too), and nothing copied over untranslated but names.
      for (const [draft, base] of [[words, enGBCard], [common, enGBCommon]] as const) {
        const english = new Map(values(base).map(({ path, text }) => [path, text]));
        const own = values(draft);
        // Plural forms differ by language (Welsh has six); every other key is the same.
        const keys = (paths: string[]) => [...new Set(paths.map((path) => path.replace(/\.(?:zero|one|two|few|many|other)$/, '')))];
        expect(keys(own.map(({ path }) => path))).to.deep.equal(keys([...english.keys()]));
        for (const { path, text } of own) {
          if (NAMES.has(path) || phrases(english.get(path) ?? '').length === 0) continue;
          expect(text, `${tag} ${path}`).to.not.equal(english.get(path));
        }
      }
    }
    // en-US changes only what US labels print differently.
    expect(enUSCard.row.patchDaily('10')).to.equal('10 mcg/hour, continuously');
  });

  it('en-US: a patch\'s daily dose in mcg/hour and US dates, the rest in the en-GB words [T-LOC-C02]', async () => {
    const el = await card(buprenorphinePatch, 'en-US');
    expect(article(el).getAttribute('lang')).to.equal('en-US');
    const text = readerText(el, { keepFlags: true });
    expect(text).to.include('10 mcg/hour, continuously');
    expect(text).to.include('December 3, 2026');
    expect(text).to.include('Opioid treatment plan: Chronic non-cancer pain');
    await expect(el).to.be.accessible();
  });

  for (const tag of DRAFTS) {
    describe(`${tag} with allow-draft-locales ${tag === 'cy' ? '[T-LOC-C03]' : '[T-LOC-C04]'}`, () => {
      for (const { name, plan, guidance } of PLANS) {
        it(`${name}: no phrase of the card's en-GB words, full and compact, accessible`, async () => {
          const english = englishPhrases(enGBCard, await cardSection.load(tag));
          for (const compact of [false, true]) {
            const el = await card(plan, tag, { guidance, compact });
            expect(article(el).getAttribute('lang')).to.equal(tag);
            const text = readerText(el, { keepFlags: false });
            const left = english.filter(({ phrase }) => found(phrase, text));
            expect(left.map(({ path, phrase }) => `${path}: "${phrase}"`), `${compact ? 'compact' : 'full'} card`).to.deep.equal([]);
            expect(text).to.not.match(/undefined|NaN|\[object/);
            await expect(el).to.be.accessible();
          }
        });
      }

      it(`the whole card: no en-GB sentence of the core catalogue either, once the core's ${tag} exists`, async function () {
        if (!(await coreHas(tag))) {
          // The core's cy/es catalogues are being written; until then a draft card shows the core's results in en-GB.
          this.skip();
        }
        const english = [...englishPhrases(enGBCard, await cardSection.load(tag)), ...englishPhrases(enGBCommon, await commonSection.load(tag))];
        for (const { name, plan, guidance } of PLANS) {
          for (const compact of [false, true]) {
            const el = await card(plan, tag, { guidance, compact });
            const text = readerText(el, { keepFlags: true });
            const sentences = coreEnglish(plan, (guidance ?? plan.guidance ?? 'uk') as 'uk' | 'us');
            expect(sentences.filter((sentence) => found(sentence, text)), `${name}: core sentences`).to.deep.equal([]);
            expect(english.filter(({ phrase }) => found(phrase, text)).map(({ path, phrase }) => `${path}: "${phrase}"`), `${name}: card phrases`).to.deep.equal([]);
          }
        }
      });
    });
  }

  it('a Welsh page without allow-draft-locales shows en-GB, marked en-GB, and warns once [T-LOC-C05]', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(args[0]); };
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><opioid-plan-card .plan=${chronicHighDose} today=${DEMO_TODAY}></opioid-plan-card></div>`);
      const el = wrapper.querySelector('opioid-plan-card')!;
      await settled(el);
      expect(article(el).getAttribute('lang')).to.equal('en-GB');
      const text = readerText(el, { keepFlags: true });
      expect(text).to.include('Opioid treatment plan: Chronic non-cancer pain');
      expect(text).to.include('Total daily dose (oral morphine equivalent, OME)');
      expect(text).to.not.include(cardSection.get('cy').goals.heading);
      const es = await card(chronicHighDose, 'es', { allow: false });
      expect(article(es).getAttribute('lang')).to.equal('en-GB');
      expect(readerText(es, { keepFlags: true })).to.include('Goals agreed with the patient');
      // One warning per draft per page, whatever the number of widgets.
      expect(warnings.filter((warning) => String(warning).includes('allow-draft-locales')).length).to.be.at.most(2);
      await expect(el).to.be.accessible();
    } finally {
      console.warn = original;
    }
  });

  it('allow-draft-locales on <opioid-plan-context> reaches the card, and the context speaks the locale too [T-LOC-C06]', async () => {
    const context = await fixture<OpioidPlanContext>(html`<opioid-plan-context locale="es" allow-draft-locales .plan=${usPrimaryCare} today=${DEMO_TODAY}>
      <opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
    const el = context.querySelector('opioid-plan-card')!;
    await settled(el);
    expect(context.value?.allowDraftLocales).to.equal(true);
    expect(context.getAttribute('allow-draft-locales')).to.equal('');
    expect(article(el).getAttribute('lang')).to.equal('es');
    expect(readerText(el, { keepFlags: false })).to.include(cardSection.get('es').title(''));
    // Its own error block: the title and the settings problems in Welsh, marked cy; the event keeps English.
    const errored = oneEvent(document, 'opioid-error');
    const broken = await fixture<OpioidPlanContext>(html`<opioid-plan-context locale="cy" allow-draft-locales guidance="eu" today="21/11/2026" .plan=${usPrimaryCare}></opioid-plan-context>`);
    const event = await errored as CustomEvent<OpioidErrorDetail>;
    await settled(broken);
    const alert = broken.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.getAttribute('lang')).to.equal('cy');
    const words = commonSection.get('cy');
    expect(alert.textContent).to.include(words.contextTitle);
    expect(alert.textContent).to.include(words.guidanceNotKnown('“eu”'));
    expect(alert.textContent).to.include(words.todayNotADate('“21/11/2026”'));
    expect(event.detail.issues.map((issue) => issue.message)).to.include('Guidance must be “uk” or “us”, not “eu”.');
    await expect(broken).to.be.accessible();
    // Without the attribute the context's Welsh page stays en-GB.
    const english = await fixture<OpioidPlanContext>(html`<opioid-plan-context locale="cy" guidance="eu" .plan=${usPrimaryCare}></opioid-plan-context>`);
    await settled(english);
    expect(english.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('The opioid treatment plan cannot be shown');
  });

  it('counts and plurals through Intl.PluralRules: Welsh "2 ddiwrnod yn ôl", Spanish "hace 52 días", flag counts [T-LOC-C07]', async () => {
    // A taper that ended 2 days before today: 13 × 14 = 182 days after its start (T-CARD-014's taper).
    const endedTwoDaysAgo = { ...chronicHighDose, taper: { ...chronicHighDose.taper!, startDate: addDays(DEMO_TODAY, -184), holds: [] } };
    const cy = await card(endedTwoDaysAgo, 'cy');
    expect(readerText(cy, { keepFlags: false })).to.include('2 ddiwrnod yn ôl');
    const taper = { ...chronicHighDose.taper!, startDate: '2026-04-01', holds: [] };
    const es = await card({ ...chronicHighDose, taper }, 'es');
    expect(readerText(es, { keepFlags: false })).to.include('hace 52 días');
    const compact = await card(usPrimaryCare, 'es', { compact: true });
    expect(readerText(compact, { keepFlags: false })).to.include('1 alerta urgente, 3 advertencias');
    const welsh = await card(usPrimaryCare, 'cy', { compact: true });
    expect(readerText(welsh, { keepFlags: false })).to.include('Baneri brys: 1; Rhybuddion: 3');
    expect(cardSection.get('cy').dates.daysAgo).to.have.all.keys('zero', 'one', 'two', 'few', 'many', 'other');
  });

  it('the card\'s own settings problems in cy and es; opioid-error still carries English messages [T-LOC-C08]', async () => {
    for (const tag of DRAFTS) {
      const errored = oneEvent(document, 'opioid-error');
      const el = await fixture<OpioidPlanCard>(html`<opioid-plan-card .plan=${chronicHighDose} today=${DEMO_TODAY} locale=${tag} allow-draft-locales threshold="1200"></opioid-plan-card>`);
      const event = await errored as CustomEvent<OpioidErrorDetail>;
      await settled(el);
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      const cardWords = cardSection.get(tag);
      const common = commonSection.get(tag);
      expect(alert.getAttribute('lang')).to.equal(tag);
      expect(alert.textContent).to.include(cardWords.cannotShow);
      expect(alert.textContent).to.include(common.thresholdRange('20', '500'));
      expect(event.detail.issues[0]!.message).to.include('from 20 to 500');
      await expect(el).to.be.accessible();
      // A plan that fails validation: the core's issue sentences in the locale (a missing field's name translated).
      const invalid = await fixture<OpioidPlanCard>(html`<opioid-plan-card .plan=${{ ...postOpDischarge, startDate: undefined }} today=${DEMO_TODAY} locale=${tag} allow-draft-locales></opioid-plan-card>`);
      await settled(invalid);
      const text = invalid.shadowRoot!.querySelector('[role="alert"]')!.textContent ?? '';
      expect(text).to.include(cardWords.cannotShow);
      if (await coreHas(tag)) expect(text).to.not.include('Start date is required.');
      const empty = await card(undefined, tag);
      expect(empty.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal(cardWords.empty);
    }
  });

  it('the base error block: a widget that fails to display says so in its locale, with "…and N more" [T-LOC-C09]', async () => {
    class FailingProbe extends OpioidElement {
      static override properties = { tag: {} };
      declare tag: LocaleTag;
      protected override willUpdate(): void {
        this.wordsTag = this.tag ?? 'en-GB';
      }
      protected override render(): never {
        throw new Error('boom');
      }
      showMany(): void {
        this.setInputIssues(Array.from({ length: 11 }, (_, i) => ({ path: `p${i}`, code: 'settings-unreadable', message: 'x' })));
        this.renderRoot.replaceChildren();
        const host = document.createElement('div');
        this.renderRoot.append(host);
        render(this.renderIssues('t'), host);
      }
    }
    customElements.define('failing-probe-locale', FailingProbe);
    for (const [tag, title, more] of [['cy', 'Aeth rhywbeth o’i le', '…a 3 arall.'], ['es', 'Algo salió mal', '…y 3 más.'], ['en-GB', 'Something went wrong', '…and 3 more.']] as const) {
      await commonSection.load(tag);
      const reported = new Promise<Event>((resolve) => document.addEventListener('opioid-error', resolve, { once: true }));
      const el = document.createElement('failing-probe-locale') as FailingProbe;
      el.tag = tag;
      document.body.append(el);
      await reported;
      await new Promise((resolve) => setTimeout(resolve, 0));
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.include(title);
      expect(alert.textContent).to.include(commonSection.get(tag).couldNotDisplay('boom'));
      el.showMany();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(el.shadowRoot!.textContent).to.include(more);
      expect(el.shadowRoot!.textContent).to.include(commonSection.get(tag).settingsUnreadable);
      el.remove();
    }
  });

  it('Welsh and Spanish fit at 320 px: no horizontal overflow, full and compact [T-LOC-C10]', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      for (const tag of DRAFTS) {
        for (const plan of [ostWithChronicPain, chronicHighDose, usPrimaryCare]) {
          for (const compact of [false, true]) {
            const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
              <opioid-plan-card .plan=${plan} today=${DEMO_TODAY} locale=${tag} allow-draft-locales ?compact=${compact}></opioid-plan-card></div>`);
            const el = wrapper.querySelector('opioid-plan-card')!;
            await settled(el);
            expect(el.scrollWidth, `${tag} host`).to.be.at.most(el.clientWidth);
            const box = article(el);
            expect(box.scrollWidth, `${tag} card`).to.be.at.most(box.clientWidth);
            for (const node of el.shadowRoot!.querySelectorAll('table, tr, th, td, dd, li, p, summary')) {
              expect(node.getBoundingClientRect().right, `${tag} ${node.outerHTML.slice(0, 60)}`).to.be.at.most(el.getBoundingClientRect().right + 0.5);
            }
          }
        }
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
