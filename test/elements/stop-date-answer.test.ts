// The stop-date prompt's answer as pure functions (stop-date-answer.ts): no element, no DOM. Each test
// is a rule a clinician would notice if it broke (a date or kind that changes by itself, a form that
// submits something other than what is shown).
import { expect } from '@open-wc/testing';
import {
  NO_ANSWER, changeDetail, followInputs, formValue, kept, kindOf, reset, restored, shownAnswer, validityOf, valueOf,
  withDate, withInput, withKindProperty, withValueProperty, type Answer, type AnswerInputs,
} from '../../src/elements/opioid-stop-date-prompt/stop-date-answer.js';
import { firstProblem } from '../../src/internal/validators/validator.js';
import { PROMPT_VALIDATORS } from '../../src/elements/opioid-stop-date-prompt/stop-date-validators.js';

const START = '2026-03-05';
const acute: AnswerInputs = { defaultValue: '', defaultKind: '', indication: 'acute' };
const chronic: AnswerInputs = { defaultValue: '', defaultKind: '', indication: 'chronic-non-cancer' };
const control = { required: false, customMessage: '', nativeBadInput: false };

/** The problem the prompt's validators find in `answer`, as its code ('' for none). */
const problem = (answer: Answer, given: AnswerInputs, start = START) =>
  firstProblem(PROMPT_VALIDATORS, validityOf(answer, given, start, control))?.code ?? '';

/** One update of the element: the answer after its inputs are read. */
const update = (answer: Answer, given: AnswerInputs, start = START, indicationChanged = false) =>
  followInputs(answer, given, start, indicationChanged);

describe('stop-date answer (pure model)', () => {
  it('follows the value and kind attributes until a date is chosen; a chosen date wins over a new attribute [T-PROMPT-M01]', () => {
    const given = { ...chronic, defaultValue: '2026-04-02', defaultKind: 'stop' };
    expect(valueOf(NO_ANSWER, given)).to.equal('2026-04-02');
    expect(kindOf(NO_ANSWER, given)).to.equal('stop');
    // A value attribute that is not a date is no date (and reported by the model's inputIssues).
    expect(valueOf(NO_ANSWER, { ...given, defaultValue: 'tomorrow' })).to.equal('');
    const typed = withInput(NO_ANSWER, given, START, { name: '', type: 'date', value: '2026-03-20' });
    expect(valueOf(typed, { ...given, defaultValue: '2026-05-01' })).to.equal('2026-03-20');
    // With no date the kind is the one asked for (chronic pain: review), whatever the attribute said.
    expect(kindOf(NO_ANSWER, { ...chronic, defaultKind: 'nonsense' })).to.equal('review');
  });

  it('a quick choice is a length: it moves with a new start and says so once; a typed date stays and is flagged [T-PROMPT-M02]', () => {
    const picked = update(withInput(NO_ANSWER, acute, START, { name: 'choice', type: 'radio', value: '1' }), acute).answer;
    expect(valueOf(picked, acute)).to.equal('2026-03-10'); // 5 days
    const moved = update(picked, acute, '2026-03-06');
    expect(moved.moved).to.equal(true);
    expect(valueOf(moved.answer, acute)).to.equal('2026-03-11');
    expect(moved.answer.moved).to.deep.equal({ value: '2026-03-11', start: '2026-03-06', length: { unit: 'days', count: 5 } });
    expect(problem(moved.answer, acute, '2026-03-06')).to.equal('');
    // The next update with the same start moves nothing again.
    expect(update(moved.answer, acute, '2026-03-06').moved).to.equal(false);

    const typed = update(withInput(NO_ANSWER, acute, START, { name: '', type: 'date', value: '2026-03-10' }), acute).answer;
    const after = update(typed, acute, '2026-03-06');
    expect(after.moved).to.equal(false);
    expect(valueOf(after.answer, acute)).to.equal('2026-03-10');
    expect(problem(after.answer, acute, '2026-03-06')).to.equal('start-moved');
    // Kept with one button: valid again, counted from the new start.
    const keptAnswer = kept(after.answer, acute, '2026-03-06');
    expect(problem(keptAnswer, acute, '2026-03-06')).to.equal('');
    expect(changeDetail(keptAnswer, acute, '2026-03-06')).to.deep.equal({ value: '2026-03-10', kind: 'stop', durationDays: 4 });
  });

  it('a date keeps its kind when the indication changes; a kind not offered is invalid until kept as the kind asked for [T-PROMPT-M03]', () => {
    const review = update(withInput(NO_ANSWER, chronic, START, { name: 'choice', type: 'radio', value: '0' }), chronic).answer;
    expect(kindOf(review, chronic)).to.equal('review');
    const nowAcute = update(review, acute, START, true).answer;
    expect(kindOf(nowAcute, acute)).to.equal('review');
    expect(problem(nowAcute, acute)).to.equal('kind-not-offered');
    const keptAnswer = kept(nowAcute, acute, START);
    expect(kindOf(keptAnswer, acute)).to.equal('stop');
    expect(problem(keptAnswer, acute)).to.equal('');
    // An untouched default kind is kept with its date too (chronic → opioid use disorder offers both).
    const defaults = { ...chronic, defaultValue: '2026-03-19' };
    const first = update(NO_ANSWER, defaults).answer;
    const ost = update(first, { ...defaults, indication: 'opioid-use-disorder' }, START, true).answer;
    expect(kindOf(ost, { ...defaults, indication: 'opioid-use-disorder' })).to.equal('review');
  });

  it('the value and kind properties refuse what is not a date or a kind, keeping it to report, and never throw [T-PROMPT-M04]', () => {
    const odd: unknown[] = ['31/12/2026', { toString() { throw new Error('no'); } }, Symbol('x'), Number.NaN, 20260305n];
    for (const value of odd) {
      const answer = withValueProperty(NO_ANSWER, acute, value);
      expect(valueOf(answer, acute), String(typeof value)).to.equal('');
    }
    expect(withValueProperty(NO_ANSWER, acute, '31/12/2026').rejectedValue).to.equal('31/12/2026');
    expect(withValueProperty(NO_ANSWER, acute, '2026-12-31').rejectedValue).to.equal('');
    // A half-typed date is no value but is kept on screen and is bad input.
    const half = withInput(NO_ANSWER, acute, START, { name: '', type: 'date', value: '2026-02-3' });
    expect(valueOf(half, acute)).to.equal('');
    expect(half.typedText).to.equal('2026-02-3');
    expect(problem(half, acute)).to.equal('bad-input');
    expect(withKindProperty(NO_ANSWER, 'later').rejectedKind).to.equal('later');
    expect(withKindProperty(withKindProperty(NO_ANSWER, 'later'), 'review')).to.include({ userKind: 'review', rejectedKind: '' });
  });

  it('the form gets the date, kind and start shown, and what it saves restores the same answer [T-PROMPT-M05]', () => {
    const picked = update(withInput(NO_ANSWER, chronic, START, { name: 'choice', type: 'radio', value: '1' }), chronic).answer;
    const { entries, saved } = formValue(picked, chronic, START, 'review');
    expect(entries).to.deep.equal([['review', '2026-04-02'], ['review-kind', 'review'], ['review-start', START]]);
    expect(formValue(picked, chronic, START, '').entries).to.deep.equal([]);
    const back = restored(NO_ANSWER, chronic, START, JSON.parse(saved) as Record<string, unknown>);
    expect(formValue(back, chronic, START, 'review').entries).to.deep.equal(entries);
    // Restored on the next day (a default start of today): the quick choice keeps its 4 weeks.
    const nextDay = update(back, chronic, '2026-03-06');
    expect(nextDay.moved).to.equal(true);
    expect(valueOf(nextDay.answer, chronic)).to.equal('2026-04-03');
    // Reset goes back to the attributes.
    expect(valueOf(reset(picked), { ...chronic, defaultValue: '2026-03-12' })).to.equal('2026-03-12');
  });

  it('a date before the start is invalid, and a new date is chosen as a kind the indication offers [T-PROMPT-M06]', () => {
    const before = withDate(NO_ANSWER, acute, '2026-03-01');
    expect(problem(before, acute)).to.equal('before-start');
    expect(changeDetail(before, acute, '')).to.deep.equal({ value: '2026-03-01', kind: 'stop', durationDays: null });
    // A review date, then the indication became acute (stop dates only): flagged, and the next date typed is a stop date.
    const review = update(update(withInput(NO_ANSWER, chronic, START, { name: 'kind', type: 'radio', value: 'review' }), chronic).answer, acute, START, true).answer;
    const flagged = withDate(review, chronic, '2026-03-19');
    expect(problem(flagged, acute)).to.equal('kind-not-offered');
    const typed = withInput(flagged, acute, START, { name: '', type: 'date', value: '2026-03-08' });
    expect(kindOf(typed, acute)).to.equal('stop');
    expect(problem(typed, acute)).to.equal('');
    expect(shownAnswer(typed, acute, START)).to.include({ value: '2026-03-08', kind: 'stop', asked: 'stop' });
  });
});
