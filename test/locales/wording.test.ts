// The reviewed wording of the core's results: one snapshot per locale (en-GB, en-US, cy, es) of every
// sentence of a fixed corpus (wording-corpus.ts: every flag id and its variants, every issue code, every
// dose band, every OME/MME failure reason, every taper note and method). The core speaks in codes and
// parameters; this is where what a clinician reads is held, so a copy change is one reviewed diff.
//
// Snapshots: test/locales/__snapshots__/wording.test.snap.js, one `key: sentence` line per result.
// After a deliberate change of wording (or of the corpus), update them and review the diff:
//   WTR_FILES=test/locales/wording.test.ts npx web-test-runner --config web-test-runner.config.mjs --update-snapshots
// Without --update-snapshots a missing snapshot fails (it is never silently written).
import { expect } from '@open-wc/testing';
import { compareSnapshot, getSnapshot, getSnapshotConfig } from '@web/test-runner-commands';
import { FLAG_IDS } from '../../src/core/flags.js';
import { catalogueFor, loadLocale } from '../../src/locales/index.js';
import { BANDS, FLAGS, ISSUES, OME_FAILURES, TAPERS, wordingFor } from './wording-corpus.js';

const LOCALES = ['en-GB', 'en-US', 'cy', 'es'] as const;
/** Codes that are also English words inside the English sentences ("the high-dose threshold", "over-the-counter codeine"). */
const ENGLISH_WORDS = new Set(['high-dose', 'over-the-counter', 'long-term']);
/** What a broken template prints. */
const BROKEN = /undefined|NaN|\[object|Infinity|∞|\{n\}/;

/** Every code the corpus's results carry: none of them may be shown as it is. */
function codes(): string[] {
  const all = new Set<string>([
    ...FLAGS.map(([, make]) => make().id),
    ...ISSUES.map(([, make]) => make().code),
    ...BANDS.map(([, make]) => make()!.id),
    ...OME_FAILURES.map(([, make]) => make().params.why),
    ...TAPERS.flatMap(([, make]) => make().notes.map((note) => note.code)),
  ]);
  // A one-word code is an ordinary word ("naloxone", "required"): only compound codes are checked.
  return [...all].filter((code) => code.includes('-'));
}

describe('locales: the reviewed wording of every core result, one snapshot per locale', () => {
  before(async () => {
    for (const tag of LOCALES) expect(await loadLocale(tag)).to.equal(tag);
  });

  it('the corpus holds every flag id, issue code, dose band, OME/MME failure, taper note and taper method [T-LOC-S01]', () => {
    const base = catalogueFor('en-GB');
    const missing = (want: readonly string[], have: readonly string[]) => want.filter((code) => !have.includes(code));
    expect(missing(FLAG_IDS, FLAGS.map(([, make]) => make().id)), 'flag ids').to.deep.equal([]);
    expect(missing(Object.keys(base.issue), ISSUES.map(([, make]) => make().code)), 'issue codes').to.deep.equal([]);
    expect(missing(Object.keys(base.band), BANDS.map(([, make]) => make()?.id ?? '')), 'dose bands').to.deep.equal([]);
    expect(missing(Object.keys(base.ome), OME_FAILURES.map(([, make]) => make().params.why)), 'OME/MME failures').to.deep.equal([]);
    const tapers = TAPERS.map(([, make]) => make());
    expect(missing(Object.keys(base.taper.note), tapers.flatMap((taper) => taper.notes.map((note) => note.code))), 'taper notes').to.deep.equal([]);
    expect(missing(['original', 'current', 'cdc-short-course'], tapers.map((taper) => taper.method)), 'taper methods').to.deep.equal([]);
    // The same corpus twice gives the same words: nothing in it depends on the clock or on chance.
    expect(wordingFor('en-GB')).to.deep.equal(wordingFor('en-GB'));
  });

  for (const tag of LOCALES) {
    it(`${tag}: every sentence is words (never empty, no broken template, no raw code) and is the reviewed one in the snapshot ${
      tag === 'en-GB' ? '[T-LOC-S02]' : tag === 'en-US' ? '[T-LOC-S03]' : tag === 'cy' ? '[T-LOC-S04]' : '[T-LOC-S05]'}`, async () => {
      const wording = wordingFor(tag);
      const compound = codes();
      for (const [key, text] of wording) {
        const where = `${key} (${tag}): "${text}"`;
        expect(text.trim(), where).to.not.equal('');
        expect(text, where).to.not.match(BROKEN);
        // One line each, and nothing the snapshot file could misread.
        expect(text, where).to.not.match(/[\n\r`\\]|\$\{/);
        for (const code of compound) {
          if (!(tag.startsWith('en') && ENGLISH_WORDS.has(code))) expect(text, `${where}: raw code "${code}"`).to.not.include(code);
        }
      }
      const name = `wording ${tag}`;
      if (!(await getSnapshotConfig()).updateSnapshots) {
        expect(await getSnapshot({ name }), `no snapshot for ${tag}: run with --update-snapshots and review it`).to.be.a('string');
      }
      await compareSnapshot({ name, content: `\n${wording.map(([key, text]) => `${key}: ${text}`).join('\n')}\n` });
    });
  }

  it('a translation is not the English: every cy and es sentence differs from the en-GB one [T-LOC-S06]', () => {
    const english = new Map(wordingFor('en-GB'));
    for (const tag of ['cy', 'es'] as const) {
      for (const [key, text] of wordingFor(tag)) {
        // A content-pack rule's text is the site's own, quoted as given.
        if (key !== 'issue.rule') expect(text, `${key} (${tag})`).to.not.equal(english.get(key));
      }
    }
  });
});
