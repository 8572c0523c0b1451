import { expect } from '@open-wc/testing';
import {
  overdoseBand, parseRiskPack, iconCounts, fillTemplate, templateProblems,
  type RiskPack,
} from '../../src/core/risk/index.js';
import { DEFAULT_PACK_EN_GB } from '../../src/locales/risk/index.js';
import { PACK_RULE_CODES } from '../../src/core/risk/pack-schema.js';
import { describeIssue, loadLocale } from '../../src/locales/index.js';
import { expectWords } from '../locales/sentence-checks.js';

/** A deep copy of the en-GB pack to break in one place. */
const copy = (): RiskPack => structuredClone(DEFAULT_PACK_EN_GB);

/** Each issue's path, and the en-GB words a site editor reads for it (the core gives codes and parameters). */
function issuesOf(input: unknown): { path: string; message: string }[] {
  const result = parseRiskPack(input);
  return result.ok ? [] : result.issues.map((issue) => ({ path: issue.path, message: describeIssue(issue, 'en-GB') }));
}

describe('overdoseBand (Dunn 2010 dose bands in the en-GB pack) [T-EXPL-001]', () => {
  const cases: [unknown, string | undefined][] = [
    [0, undefined],
    [0.5, undefined],
    [1, 'low'],
    [10, 'low'],
    [19.9, 'low'],
    // Half-open bands (REFERENCE.md §5): 20 mg/day is in the 20–50 band, and 20–49 gets its figure.
    [20, 'lower-middle'],
    [20.5, 'lower-middle'],
    [35, 'lower-middle'],
    [49, 'lower-middle'],
    [49.9, 'lower-middle'],
    // Shown as "50", so placed at 50: the shown dose and its band always agree.
    [49.99, 'middle'],
    [50, 'middle'],
    [60, 'middle'],
    [99, 'middle'],
    [99.5, 'middle'],
    [100, 'high'],
    [120, 'high'],
    [10_000, 'high'],
    [Number.NaN, undefined],
    [-5, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    ['60', undefined],
    [null, undefined],
    [undefined, undefined],
  ];
  for (const [dose, expected] of cases) {
    it(`${String(dose)} mg/day → ${expected ?? 'no figure'}`, () => {
      expect(overdoseBand(dose, DEFAULT_PACK_EN_GB)?.id).to.equal(expected);
    });
  }

  it('gives the figures REFERENCE.md §5 lists: 2, 3, 7 and 18 in 1,000 a year [T-EXPL-002]', () => {
    expect(DEFAULT_PACK_EN_GB.overdose.denominator).to.equal(1000);
    expect(overdoseBand(10, DEFAULT_PACK_EN_GB)?.count).to.equal(2);
    // 0.3% a year at 20 to < 50 mg/day, from a research summary [S]: marked approximate.
    expect(overdoseBand(30, DEFAULT_PACK_EN_GB)).to.include({ count: 3, approximate: true });
    expect(overdoseBand(60, DEFAULT_PACK_EN_GB)?.count).to.equal(7);
    expect(overdoseBand(120, DEFAULT_PACK_EN_GB)?.count).to.equal(18);
  });

  it('reads the bands from the pack it is given, not from a table of its own [T-EXPL-003]', () => {
    const pack = copy();
    pack.overdose.bands = [{ id: 'any', label: 'Any dose', atLeast: 0.1, count: 5 }];
    expect(overdoseBand(35, pack)?.id).to.equal('any');
    expect(overdoseBand(35, {} as RiskPack)).to.equal(undefined);
  });
});

describe('the en-GB pack', () => {
  it('passes its own schema [T-EXPL-004]', () => {
    expect(issuesOf(DEFAULT_PACK_EN_GB)).to.deep.equal([]);
  });

  it('holds the figures of REFERENCE.md §5 with the same denominator for compared groups [T-EXPL-005]', () => {
    const byId = Object.fromEntries([...DEFAULT_PACK_EN_GB.benefits, ...DEFAULT_PACK_EN_GB.harms, DEFAULT_PACK_EN_GB.stopping]
      .map((figure) => [figure.id, figure]));
    expect(byId.pain?.main.count).to.equal(12);
    expect(byId.function?.main.count).to.equal(8);
    expect(byId.vomiting?.main.count).to.equal(5.9);
    expect(byId.vomiting?.comparison?.count).to.equal(2.3);
    expect(byId.vomiting?.denominator).to.equal(100);
    expect(byId.misuse?.main.count).to.deep.equal({ low: 21, high: 29 });
    expect(byId.addiction?.main.count).to.deep.equal({ low: 8, high: 12 });
    expect(byId.stopping?.main.count).to.equal(1);
    expect(byId.stopping?.denominator).to.equal(62);
    expect(DEFAULT_PACK_EN_GB.extraRisks.benzodiazepine.relative).to.equal(3.9);
    expect(DEFAULT_PACK_EN_GB.extraRisks.gabapentinoid.relative).to.equal(49);
  });

  it('marks the figures REFERENCE.md labels [S] as approximate, and only those [T-EXPL-006]', () => {
    const pack = DEFAULT_PACK_EN_GB;
    expect(pack.stopping.approximate, 'MedSIP').to.equal(true);
    expect(pack.extraRisks.gabapentinoid.approximate, 'Gomes [P/S]').to.equal(true);
    expect(pack.extraRisks.benzodiazepine.approximate).to.equal(false);
    expect(pack.overdose.approximate).to.equal(false);
    for (const figure of [...pack.benefits, ...pack.harms]) expect(figure.approximate, figure.id).to.equal(false);
  });

  it('names population, time span and source for every figure [T-EXPL-007]', () => {
    const pack = DEFAULT_PACK_EN_GB;
    const items = [...pack.benefits, ...pack.harms, pack.stopping, pack.overdose, pack.extraRisks.benzodiazepine, pack.extraRisks.gabapentinoid];
    for (const item of items) {
      expect(item.population.length, item.population).to.be.greaterThan(5);
      expect(item.timeSpan.length).to.be.greaterThan(3);
      expect(item.source.short).to.match(/\d{4}|MedSIP/);
      expect(item.source.full.length).to.be.greaterThan(item.source.short.length);
    }
  });
});

describe('the pack schema', () => {
  it('rejects digits in words: a number must come with its source [T-EXPL-008]', () => {
    const pack = copy();
    pack.text.intro = 'Opioids help 9 out of 10 people.';
    expect(issuesOf(pack)).to.deep.include({ path: 'text.intro', message: 'intro must not contain digits: give numbers as a figure\'s count, where they carry their source.' });
    const arabic = copy();
    arabic.questions = ['\u0663 questions'];
    expect(issuesOf(arabic).map((issue) => issue.path)).to.deep.equal(['questions[0]']);
  });

  it('rejects placeholders a template cannot fill, and stray braces [T-EXPL-009]', () => {
    const pack = copy();
    pack.text.yourDose = 'Your dose: {amount}.';
    pack.text.title = 'Opioids {';
    const paths = issuesOf(pack).map((issue) => issue.path);
    expect(paths).to.include('text.yourDose');
    expect(paths).to.include('text.title');
  });

  it('rejects a sentence that names numbers its figure does not have [T-EXPL-010]', () => {
    const range = copy();
    range.harms[1]!.sentence = 'About {count} in {denominator}.';
    expect(issuesOf(range)).to.deep.include({ path: 'harms[1].sentence', message: 'sentence must not use {count}: the main count is a range.' });
    const noComparison = copy();
    noComparison.benefits[0]!.sentence = '{count} vs {comparisonCount} in {denominator}';
    expect(issuesOf(noComparison).map((issue) => issue.message)).to.deep.equal(['sentence must not use {comparisonCount}: this figure has no comparison group.']);
  });

  it('rejects counts above the denominator and reversed ranges [T-EXPL-011]', () => {
    const pack = copy();
    pack.harms[0]!.comparison!.count = 120;
    pack.harms[1]!.main.count = { low: 29, high: 21 };
    const paths = issuesOf(pack).map((issue) => issue.path);
    expect(paths).to.include('harms[0].comparison.count');
    expect(paths).to.include('harms[1].main.count.high');
  });

  it('rejects overlapping dose bands (a dose must never match two figures) [T-EXPL-012]', () => {
    const pack = copy();
    pack.overdose.bands[1]!.atLeast = 19;
    expect(issuesOf(pack)).to.deep.include({ path: 'overdose.bands[1].atLeast', message: 'atLeast must not overlap the band “low”.' });
    const open = copy();
    open.overdose.bands = [{ id: 'a', label: 'All', atLeast: 1, count: 1 }, { id: 'b', label: 'More', atLeast: 50, count: 2 }];
    expect(issuesOf(open).map((issue) => issue.path)).to.deep.equal(['overdose.bands[1].atLeast']);
  });

  it('rejects a band that starts at 0, so "not taking opioids" never gets an overdose figure [T-EXPL-013]', () => {
    const pack = copy();
    pack.overdose.bands[0]!.atLeast = 0;
    expect(issuesOf(pack).map((issue) => issue.path)).to.deep.equal(['overdose.bands[0].atLeast']);
  });

  it('rejects denominators it cannot draw, unknown keys, missing fields and wrong types [T-EXPL-014]', () => {
    const pack = copy() as unknown as Record<string, unknown>;
    (pack.stopping as Record<string, unknown>).denominator = 10_000;
    pack.colour = 'red';
    delete (pack.text as Record<string, unknown>).title;
    (pack.overdose as Record<string, unknown>).approximate = 'no';
    const paths = issuesOf(pack).map((issue) => issue.path);
    expect(paths).to.include.members(['stopping.denominator', 'colour', 'text.title', 'overdose.approximate']);
  });

  it('rejects figure ids used twice [T-EXPL-015]', () => {
    const pack = copy();
    pack.stopping.id = 'pain';
    expect(issuesOf(pack)).to.deep.include({ path: 'stopping.id', message: 'id must be unique: “pain” is used twice.' });
  });

  it('reads JSON text and reports broken JSON plainly [T-EXPL-016]', () => {
    expect(parseRiskPack(JSON.stringify(DEFAULT_PACK_EN_GB)).ok).to.equal(true);
    const broken = parseRiskPack('{"id": "x", ');
    expect(broken.ok ? [] : broken.issues).to.deep.equal([{ path: '', code: 'pack-invalid-json', params: {} }]);
    expect(issuesOf('{"id": "x", ')[0]?.message).to.equal('The content pack is not valid JSON (check for a missing quote, comma or bracket).');
    expect(issuesOf(null).length).to.be.greaterThan(0);
    expect(issuesOf(42).length).to.be.greaterThan(0);
  });

  it('gives every pack check a code and its parameters, worded for the site editor in every catalogue [T-LOCW-05]', async () => {
    await loadLocale('cy');
    await loadLocale('es');
    const broken: [string, (pack: RiskPack) => void][] = [
      ['pack-digits', (pack) => { pack.text.intro = 'Opioids help 9 out of 10 people.'; }],
      ['pack-placeholder', (pack) => { pack.text.title = 'Opioids {dose}'; }],
      ['pack-brace', (pack) => { pack.text.title = 'Opioids {'; }],
      ['pack-slug', (pack) => { pack.stopping.id = 'Not A Slug'; }],
      ['pack-locale', (pack) => { pack.locale = 'not a language!'; }],
      ['pack-range-order', (pack) => { pack.harms[1]!.main.count = { low: 29, high: 21 }; }],
      ['pack-group-missing', (pack) => { pack.benefits[0]!.sentence = '{count} vs {comparisonCount} in {denominator}'; }],
      ['pack-count-kind', (pack) => { pack.harms[1]!.sentence = 'About {count} in {denominator}.'; }],
      ['pack-count-above-denominator', (pack) => { pack.harms[0]!.comparison!.count = 120; }],
      ['pack-below-with-at-most', (pack) => { Object.assign(pack.overdose.bands[0]!, { atMost: 10, below: 20 }); }],
      ['pack-band-top-order', (pack) => { Object.assign(pack.overdose.bands[0]!, { atMost: 0.5, below: undefined }); }],
      ['pack-band-overlap', (pack) => { pack.overdose.bands[1]!.atLeast = 19; }],
      ['pack-id-twice', (pack) => { pack.stopping.id = 'pain'; }],
    ];
    expect(broken.map(([code]) => code).sort()).to.deep.equal([...PACK_RULE_CODES].sort());
    for (const [code, breakIt] of broken) {
      const pack = copy();
      breakIt(pack);
      const result = parseRiskPack(pack);
      const issues = result.ok ? [] : result.issues;
      // Never the catch-all 'rule' with English text: the check's own code, which every catalogue words.
      expect(issues.map((issue) => issue.code), code).to.include(code);
      expect(issues.map((issue) => issue.code), code).to.not.include('rule');
      for (const issue of issues) {
        for (const tag of ['en-GB', 'en-US', 'cy', 'es']) expectWords(describeIssue(issue, tag), `${tag} ${issue.code}`, [...PACK_RULE_CODES]);
      }
    }
    const placeholder = parseRiskPack(Object.assign(copy(), { text: { ...copy().text, yourDose: 'Your dose: {amount}.' } }));
    expect(placeholder.ok ? [] : placeholder.issues).to.deep.equal([{ path: 'text.yourDose', code: 'pack-placeholder', params: { field: 'yourDose', name: 'amount', allowed: ['dose'] } }]);
  });

  it('accepts hostile text as words (it is rendered as text, never as HTML) [T-EXPL-017]', () => {
    const pack = copy();
    pack.text.title = '<img src=x onerror=alert(\'x\')>';
    pack.questions = ['"><script>alert(\'x\')</script>'];
    expect(issuesOf(pack)).to.deep.equal([]);
  });
});

describe('icon counts and templates', () => {
  it('fills whole people: a decimal count is rounded, a range fills its low end and stripes up to its high end [T-EXPL-018]', () => {
    expect(iconCounts(12, 100)).to.deep.equal({ filled: 12, striped: 0 });
    expect(iconCounts(5.9, 100)).to.deep.equal({ filled: 6, striped: 0 });
    expect(iconCounts(2.3, 100)).to.deep.equal({ filled: 2, striped: 0 });
    expect(iconCounts({ low: 21, high: 29 }, 100)).to.deep.equal({ filled: 21, striped: 8 });
    expect(iconCounts(150, 100)).to.deep.equal({ filled: 100, striped: 0 });
  });

  it('fills placeholders and leaves unknown ones as written [T-EXPL-019]', () => {
    expect(fillTemplate('{count} in {denominator}', { count: '7', denominator: '1,000' })).to.equal('7 in 1,000');
    expect(fillTemplate('{nope} {constructor}', {})).to.equal('{nope} {constructor}');
    expect(templateProblems('About {count}', ['count'])).to.deep.equal([]);
  });
});
