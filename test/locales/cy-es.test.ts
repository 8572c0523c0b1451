// The core's words in Welsh and Spanish (draft catalogues, not yet clinically reviewed): loaded on
// demand, every key of the en-GB base, and for every generated result (flags, issues, OME/MME failures,
// bands, tapers, doses, dates) a sentence that is not empty, prints no "undefined"/"NaN"/"[object
// Object]" and is not the English one; Welsh counts take the forms Intl.PluralRules('cy') chooses;
// dates are Gregorian with Latin digits.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addDays, daysBetween } from '../../src/core/dates.js';
import { planFlags } from '../../src/core/flags.js';
import { doseBand, guidanceProfile } from '../../src/core/guidance.js';
import { OPIOID_IDS } from '../../src/core/ids.js';
import { dailyOme } from '../../src/core/ome.js';
import { parsePlan } from '../../src/core/parse.js';
import { cdcShortCourseTaper, taperSchedule } from '../../src/core/taper.js';
import { DRAFT_LOCALES } from '../../src/internal/locale-controller.js';
import { cy } from '../../src/locales/cy.js';
import { enGB } from '../../src/locales/en-GB.js';
import { enUS } from '../../src/locales/index.js';
import { es } from '../../src/locales/es.js';
import {
  catalogueFor, describeBand, describeDaysLeft, describeDose, describeDueDate, describeFlag, describeIssue, describeNote,
  describeOmeFailure, describeStopDate, describeTaper, describeTaperSummary, formatDateWithWeekday, loadLocale, wordsFor,
} from '../../src/locales/index.js';
import type { Catalogue } from '../../src/locales/types.js';
import {
  bandInputs, doseLine, flagDate, flagPlan, flagThreshold, guidance, issueInput, omeInput, stopInputs, taperPlan, textDate,
} from './arbitraries.js';

const DRAFTS = ['cy', 'es'] as const;
type Draft = (typeof DRAFTS)[number];

/** Every drug name in every catalogue, longest first (names are not words to translate). */
const NAMES = [...new Set([enGB, cy, es].flatMap((catalogue) => Object.values(catalogue.drug)))].sort((a, b) => b.length - a.length);

/** What is left of a sentence once sources in brackets, quoted values, numbers, units and names are taken out. */
function wordsOf(text: string): string {
  let rest = text.replace(/\([^()]*\)/g, ' ').replace(/“[^”]*”|«[^»]*»/g, ' ');
  for (const name of NAMES) rest = rest.split(name).join(' ');
  return rest.replace(/\b(?:mg|OME|MME)\b/g, ' ').replace(/[^\p{L}]+/gu, ' ').trim();
}

/** The English clauses of three words or more, outside brackets and quotes: none may appear in a translation. */
function englishClauses(text: string): string[] {
  return text.replace(/\([^()]*\)/g, ' ').replace(/“[^”]*”/g, ' ')
    .split(/[.;:,!?—]\s+|[.;:!?]$|\s\(|\)\s/)
    .map((clause) => clause.trim())
    .filter((clause) => clause.split(/\s+/).filter((word) => /^[A-Za-z’'-]{2,}$/.test(word)).length >= 3);
}

let checked = 0;
/** One result in en-GB and its cy and es words, checked as the file's header says. */
function check(what: string, english: string, translations: Record<Draft, string>): void {
  checked += 1;
  for (const tag of DRAFTS) {
    const text = translations[tag];
    const where = `${what} (${tag}): ${text}\n en-GB: ${english}`;
    if (english !== '') expect(text, where).to.not.equal('');
    expect(text, where).to.not.match(/undefined|NaN|\[object Object\]/);
    if (wordsOf(english) !== '') expect(text, where).to.not.equal(english);
    for (const clause of englishClauses(english)) expect(text.includes(clause), `${where}\n English clause: ${clause}`).to.equal(false);
  }
}

/** Months and weekdays (Thursday first) as CLDR gives them, written out: Chromium's Intl has no Welsh dates. */
const MONTHS: Record<Draft, readonly string[]> = {
  cy: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};
const WEEKDAYS: Record<Draft, readonly string[]> = {
  cy: ['Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn', 'Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher'],
  es: ['jueves', 'viernes', 'sábado', 'domingo', 'lunes', 'martes', 'miércoles'],
};

const each = (describe: (tag: string) => string): Record<Draft, string> => ({ cy: describe('cy'), es: describe('es') });

describe('locales: Welsh and Spanish core catalogues (drafts)', () => {
  it('load on demand: en-GB until loaded, then their own words; loadLocale resolves with the tag, en-GB for anything else [T-LOCX-01]', async () => {
    const flag = { id: 'no-review-date' as const, params: {} };
    // This file runs in its own page: nothing has loaded the drafts yet.
    expect(catalogueFor('cy')).to.equal(enGB);
    expect(describeFlag(flag, 'es')).to.equal(describeFlag(flag, 'en-GB'));
    expect(await loadLocale('cy-GB')).to.equal('cy');
    expect(await loadLocale('es-MX')).to.equal('es');
    expect(await loadLocale('th')).to.equal('en-GB');
    expect(await loadLocale(42)).to.equal('en-GB');
    expect(await loadLocale('en-US')).to.equal('en-US');
    expect(catalogueFor('cy')).to.equal(cy);
    expect(catalogueFor('es-ES')).to.equal(es);
    expect(describeFlag(flag, 'cy')).to.match(/^Nid oes dyddiad adolygu/);
    expect(describeFlag(flag, 'es')).to.match(/^No se ha fijado una fecha de revisión/);
  });

  it('have every key of the en-GB base, each of the same kind, and their own meta [T-LOCX-02]', () => {
    const shape = (value: unknown, path: string, into: string[]): string[] => {
      if (typeof value === 'function') into.push(`${path}: function`);
      else if (Array.isArray(value)) into.push(`${path}: array of ${value.length}`);
      else if (typeof value === 'object' && value !== null) {
        for (const key of Object.keys(value).sort()) shape((value as Record<string, unknown>)[key], `${path}.${key}`, into);
      } else into.push(`${path}: ${typeof value}`);
      return into;
    };
    const base = shape(enGB, '', []);
    for (const catalogue of [cy, es]) {
      expect(shape(catalogue, '', [])).to.deep.equal(base);
      expect(catalogue.cautions('OME')).to.have.length(enGB.cautions('OME').length);
    }
    expect(cy.meta).to.deep.equal({ tag: 'cy', name: 'Cymraeg', reviewed: false });
    expect(es.meta).to.deep.equal({ tag: 'es', name: 'Español', reviewed: false });
  });

  it('are the drafts the locale rule knows of: DRAFT_LOCALES is every catalogue whose meta.reviewed is false [T-LOCX-03]', () => {
    const catalogues: Catalogue[] = [enGB, enUS, cy, es];
    expect([...DRAFT_LOCALES].sort()).to.deep.equal(catalogues.filter((catalogue) => !catalogue.meta.reviewed).map((catalogue) => catalogue.meta.tag).sort());
  });

  describe('every generated result, worded', () => {
    before(async () => {
      await Promise.all(DRAFTS.map((tag) => loadLocale(tag)));
    });

    it('flags: never empty, never "undefined"/"NaN", never the English sentence [T-LOCX-04]', () => {
      const before = checked;
      fc.assert(fc.property(flagPlan, flagDate, flagThreshold, (plan, today, threshold) => {
        for (const flag of planFlags(plan, { today, threshold })) check(flag.id, describeFlag(flag, 'en-GB'), each((tag) => describeFlag(flag, tag)));
      }), { numRuns: 300 });
      // Flags of a plan that cannot be read, and of a threshold that is not plausible.
      for (const [plan, today, threshold] of [[{}, '2026-03-05', undefined], [{ id: 'x' }, 'soon', undefined], [{ id: 'x' }, '2026-03-05', 5]] as const) {
        for (const flag of planFlags(plan, { today, threshold })) check(flag.id, describeFlag(flag, 'en-GB'), each((tag) => describeFlag(flag, tag)));
      }
      expect(checked - before).to.be.above(500);
    });

    it('validation issues of near-miss plans [T-LOCX-05]', () => {
      const before = checked;
      fc.assert(fc.property(issueInput, (input) => {
        const result = parsePlan(input);
        if (result.ok) return;
        for (const issue of result.issues) check(String(issue.code), describeIssue(issue, 'en-GB'), each((tag) => describeIssue(issue, tag)));
      }), { numRuns: 500 });
      expect(checked - before).to.be.above(500);
    });

    it('OME/MME failures and dose bands [T-LOCX-06]', () => {
      fc.assert(fc.property(omeInput, guidance, (input, chosen) => {
        const result = dailyOme(input, { guidance: chosen });
        if (!result.ok) check(String(result.params.why), describeOmeFailure(result, 'en-GB'), each((tag) => describeOmeFailure(result, tag)));
      }), { numRuns: 800 });
      fc.assert(fc.property(bandInputs, ([total, chosen, threshold, complete, indication]) => {
        const band = doseBand(total, guidanceProfile(chosen, { highDoseThreshold: threshold }), { complete, indication });
        check(String(band?.id), describeBand(band, 'en-GB'), each((tag) => describeBand(band, tag)));
      }), { numRuns: 800 });
    });

    it('taper methods, summaries, notes and issues [T-LOCX-07]', () => {
      let notes = 0;
      fc.assert(fc.property(taperPlan, fc.boolean(), (input, cdc) => {
        const result = cdc ? cdcShortCourseTaper(input) : taperSchedule(input);
        if (!result.ok) {
          for (const issue of result.issues) check(String(issue.code), describeIssue(issue, 'en-GB'), each((tag) => describeIssue(issue, tag)));
          return;
        }
        check('method', describeTaper(result, 'en-GB'), each((tag) => describeTaper(result, tag)));
        check('summary', describeTaperSummary(result.summary, 'en-GB'), each((tag) => describeTaperSummary(result.summary, tag)));
        for (const note of result.notes) {
          notes += 1;
          check(note.code, describeNote(note, 'en-GB'), each((tag) => describeNote(note, tag)));
        }
      }), { numRuns: 500 });
      expect(notes).to.be.above(50);
    });

    it('dose lines, discharge sentences, due dates and days left [T-LOCX-08]', () => {
      fc.assert(fc.property(doseLine, (line) => {
        check('dose', describeDose(line, 'en-GB'), each((tag) => describeDose(line, tag)));
      }), { numRuns: 800 });
      fc.assert(fc.property(stopInputs, ([drug, product, start, length, kind, indication]) => {
        const input = { drug, product, startDate: start, stopDate: addDays(start, length), kind, indication };
        check('stop sentence', describeStopDate(input, 'en-GB'), each((tag) => describeStopDate(input, tag)));
      }), { numRuns: 800 });
      fc.assert(fc.property(textDate, fc.integer({ min: -500, max: 500 }), (day, offset) => {
        const other = addDays(day, offset);
        check('due date', describeDueDate(day, other, 'en-GB').text, each((tag) => describeDueDate(day, other, tag).text));
        check('days left', describeDaysLeft(day, other, 'en-GB'), each((tag) => describeDaysLeft(day, other, tag)));
      }), { numRuns: 500 });
      expect(describeDose({ drug: 'morphine', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 2 }, 'cy')).to.equal('60 mg ddwywaith y dydd');
      expect(describeDose({ drug: 'morphine', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 2 }, 'es')).to.equal('60 mg dos veces al día');
      expect(describeDose({ drug: 'fentanyl', route: 'transdermal', strength: { value: 12.5, unit: 'microgram/hour' } }, 'es')).to.equal('parche de 12,5 microgramos por hora');
    });
  });

  it('gives Welsh counts the form Intl.PluralRules(\'cy\') chooses: zero, one, two, few, many, other for 0, 1, 2, 3, 6, 10 [T-LOCX-09]', () => {
    const rules = new Intl.PluralRules('cy');
    expect([0, 1, 2, 3, 6, 10].map((n) => rules.select(n))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
    const words = wordsFor('cy');
    expect(words.catalogue).to.equal(cy);
    // Days ("2 ddiwrnod": soft mutation after two) and steps ("2 gam", "3 cham", "6 cham": soft, then aspirate mutation).
    const summaries = [0, 1, 2, 3, 6, 10].map((n) => cy.taper.summary({ startDose: 60, endDose: 0, totalDays: n, reductions: n }, words));
    expect(summaries).to.deep.equal([
      'o 60 mg i 0 dros 0 diwrnod mewn 0 cam',
      'o 60 mg i 0 dros 1 diwrnod mewn 1 cam',
      'o 60 mg i 0 dros 2 ddiwrnod mewn 2 gam',
      'o 60 mg i 0 dros 3 diwrnod mewn 3 cham',
      'o 60 mg i 0 dros 6 diwrnod mewn 6 cham',
      'o 60 mg i 0 dros 10 diwrnod mewn 10 cam',
    ]);
    expect([0, 1, 2, 3, 6, 10].map((n) => describeDaysLeft('2026-03-01', addDays('2026-03-01', n), 'cy'))).to.deep.equal([
      'yn stopio heddiw', '1 diwrnod ar ôl', '2 ddiwrnod ar ôl', '3 diwrnod ar ôl', '6 diwrnod ar ôl', '10 diwrnod ar ôl',
    ]);
    expect([2, 3].map((n) => describeDueDate('2026-03-01', addDays('2026-03-01', -n), 'cy').text)).to.deep.equal(['2 ddiwrnod yn hwyr', '3 diwrnod yn hwyr']);
    // Spanish needs one and other only.
    expect([1, 2].map((n) => describeDaysLeft('2026-03-01', addDays('2026-03-01', n), 'es'))).to.deep.equal(['queda 1 día', 'quedan 2 días']);
  });

  it('writes dates in the Gregorian calendar with Latin digits, the weekday counted right [T-LOCX-10]', () => {
    fc.assert(fc.property(textDate, fc.constantFrom(...DRAFTS), (day, tag) => {
      const [year, month, date] = day.split('-').map(Number) as [number, number, number];
      const long = wordsFor(tag).date(day, 'long');
      expect(long, long).to.match(/^[^\p{Nd}]*\d+[^\p{Nd}]+\d+$/u);
      expect(long.replace(/[0-9]/g, ''), long).to.not.match(/\p{Nd}/u);
      expect(long.startsWith(String(date)), long).to.equal(true);
      expect(long.endsWith(String(year)), long).to.equal(true);
      expect(long, long).to.include(MONTHS[tag][month - 1]);
      const withWeekday = formatDateWithWeekday(day, tag);
      const weekday = catalogueFor(tag).text.weekdays[((daysBetween('1970-01-01', day) % 7) + 7) % 7] as string;
      expect(withWeekday.startsWith(weekday), withWeekday).to.equal(true);
      expect(withWeekday.endsWith(long), withWeekday).to.equal(true);
    }), { numRuns: 400 });
    // Weekday names for a known week (2026-03-05 is a Thursday), and Intl's own where the runtime has them.
    for (const tag of DRAFTS) {
      expect(catalogueFor(tag).text.weekdays).to.deep.equal(WEEKDAYS[tag]);
      if (Intl.DateTimeFormat.supportedLocalesOf([tag]).length === 0) continue;
      const intl = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' });
      WEEKDAYS[tag].forEach((name, offset) => expect(intl.format(Date.parse(`${addDays('2026-03-05', offset)}T00:00:00Z`)).toLowerCase()).to.equal(name.toLowerCase()));
    }
    expect(formatDateWithWeekday('2026-03-06', 'cy')).to.equal('Dydd Gwener 6 Mawrth 2026');
    expect(formatDateWithWeekday('2026-03-06', 'es')).to.equal('viernes, 6 de marzo de 2026');
  });

  it('joins Welsh names with "a" before a consonant and "ac" before a vowel, never ICU\'s "a(c)" [T-LOCX-11]', () => {
    const words = wordsFor('cy');
    expect(words.names([{ drug: 'morphine' }, { drug: 'oxycodone' }])).to.equal('morffin ac ocsicodon');
    expect(words.names([{ drug: 'oxycodone' }, { drug: 'morphine' }, { drug: 'tramadol' }])).to.equal('ocsicodon, morffin a tramadol');
    expect(words.list(['mae hanes o orddos', 'mae bensodiasepin wedi’i gyd-ragnodi'])).to.equal('mae hanes o orddos ac mae bensodiasepin wedi’i gyd-ragnodi');
    expect(words.list(['x', 'y'], 'disjunction')).to.equal('x neu y');
    expect(wordsFor('es').names([{ drug: 'morphine' }, { drug: 'oxycodone' }, { drug: 'hydromorphone' }])).to.equal('morfina, oxicodona e hidromorfona');
  });

  it('word units, drug names, indications, severities, guidance and cautions in their own language [T-LOCX-12]', () => {
    for (const catalogue of [cy, es]) {
      for (const unit of ['OME', 'MME'] as const) {
        expect(catalogue.unit[unit].long).to.not.equal(enGB.unit[unit].long);
        expect(catalogue.unit[unit].perDay('90')).to.not.equal(enGB.unit[unit].perDay('90'));
        catalogue.cautions(unit).forEach((caution, index) => {
          check(`caution ${index}`, enGB.cautions(unit)[index] as string, { cy: cy.cautions(unit)[index] as string, es: es.cautions(unit)[index] as string });
          if ((enGB.cautions(unit)[index] as string).includes(unit)) expect(caution).to.include(unit);
        });
      }
      for (const key of ['indication', 'indicationPhrase', 'severity', 'field'] as const) {
        for (const [id, english] of Object.entries(enGB[key])) expect((catalogue[key] as Record<string, string>)[id], `${key}.${id}`).to.not.equal(english);
      }
      expect(catalogue.guidance.uk).to.include('Opioids Aware (FPM/RCoA, 2020)');
      expect(catalogue.guidance.us).to.include('CDC');
    }
    expect(OPIOID_IDS.map((id) => es.drug[id])).to.include.members(['morfina', 'oxicodona', 'codeína', 'metadona', 'fentanilo', 'buprenorfina']);
    expect(OPIOID_IDS.map((id) => cy.drug[id])).to.include.members(['morffin', 'ocsicodon', 'methadon']);
  });
});
