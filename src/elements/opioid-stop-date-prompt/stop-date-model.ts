/**
 * What the stop-date prompt shows, in words, as pure functions (no DOM, no Lit): what the host gave
 * that it cannot use, a validity problem worded, the quick choices with their dates, the discharge
 * sentence, and every other sentence on screen in the prompt's locale (`PromptView`, which the
 * template renders). The answer itself and how it changes are stop-date-answer.ts; validity is judged
 * by the validators (stop-date-validators.ts) and only worded here.
 *
 * One meaning of a stop date (REFERENCE.md §3): the stop date is the first day without the medicine,
 * and a course lasts stop − start days. Start 20 November, stop 23 November: doses on 20, 21 and
 * 22 November, "Last dose on Sunday 22 November; stop on Monday 23 November: 3 days of treatment".
 */
import { addDays, daysBetween, isIsoDate, type IsoDate } from '../../core/dates.js';
import { stripBidiControls } from '../../core/bidi.js';
import type { Indication } from '../../core/ids.js';
import type { ValidationIssue } from '../../core/parse.js';
import { stopDateWarnings } from '../../core/durations.js';
import { describeStopDate, formatDateWithWeekday, wordsFor } from '../../locales/core-words.js';
import { formatters, type Formatters } from '../../locales/format.js';
import type { LocaleTag } from '../../locales/types.js';
import { promptSection, type PromptWords } from '../../locales/prompt/index.js';
import type { ValidityProblem } from '../../internal/form-control.js';
import { KNOWN_INDICATIONS, STOP_DATE_KINDS, indicationRule, quickChoices, type StopDateKind } from './stop-date-rules.js';
import { allowedKinds, isKind, text, type Moved } from './stop-date-answer.js';

/** The words of one locale: the prompt's own, the plural rules of its language, and the core's tag (dates, names). */
export interface Wording {
  tag: LocaleTag;
  words: PromptWords;
  f: Formatters;
}

export function wording(tag: LocaleTag): Wording {
  const words = promptSection.get(tag);
  return { tag, words, f: formatters(words.meta.tag) };
}

/** The drug as people read it: the generic name for an id we know, else the text given, shortened. */
export function drugText(drug: unknown, { tag, words }: Wording): string {
  // Direction controls dropped: an unclosed right-to-left override would reverse the stop date after it.
  const given = stripBidiControls(text(drug)).replace(/\s+/g, ' ').trim();
  return wordsFor(tag).drug(given) || given.slice(0, 100) || words.defaultDrug;
}

/** The attributes the host set (as given: anything a page can put there). */
export interface GivenInputs {
  start: unknown;
  indication: unknown;
  defaultValue: unknown;
  defaultKind: unknown;
  drug: unknown;
}

/**
 * What the host gave that the prompt cannot use, each with a code, its values and a sentence in the
 * prompt's locale; `rejected`: the non-dates and non-kinds given to the `value` and `kind` properties.
 */
export function inputIssues(given: GivenInputs, rejected: { rejectedValue: string; rejectedKind: string }, { words }: Wording): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const quoted = (value: string) => {
    const shown = stripBidiControls(value);
    return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
  };
  const start = text(given.start);
  if (start !== '' && !isIsoDate(start)) {
    issues.push({ path: 'start', code: 'not-a-date', params: { field: 'start', given: start }, message: words.issues.start(quoted(start)) });
  }
  const indication = text(given.indication);
  if (!indicationRule(indication)) {
    issues.push({
      path: 'indication', code: 'not-one-of', params: { field: 'indication', given: indication, values: KNOWN_INDICATIONS },
      message: words.issues.indication(quoted(indication), KNOWN_INDICATIONS),
    });
  }
  const initial = text(given.defaultValue);
  for (const value of [initial !== '' && !isIsoDate(initial) ? initial : '', rejected.rejectedValue]) {
    if (value) issues.push({ path: 'value', code: 'not-a-date', params: { field: 'value', given: value }, message: words.issues.value(quoted(value)) });
  }
  const kind = text(given.defaultKind) || rejected.rejectedKind;
  if (kind !== '' && !isKind(kind)) {
    issues.push({ path: 'kind', code: 'not-one-of', params: { field: 'kind', given: kind, values: STOP_DATE_KINDS }, message: words.issues.kind(quoted(kind)) });
  }
  if (text(given.drug).trim().length > 100) {
    issues.push({ path: 'drug', code: 'text-too-long', params: { field: 'drug', max: 100 }, message: words.issues.drugTooLong });
  }
  return issues;
}

/** A validity problem (stop-date-validators.ts) in the prompt's words; `kind` is the current date's. */
export function problemMessage(problem: ValidityProblem, { indication, kind }: { indication: unknown; kind: StopDateKind }, { tag, words }: Wording): string {
  const p = problem.params ?? {};
  const start = typeof p.start === 'string' ? p.start : '';
  switch (problem.code) {
    case 'bad-input': return words.validity.badInput;
    case 'value-missing': return words.validity.valueMissing(STOP_DATE_KINDS.filter((option) => allowedKinds(indication).includes(option)), formatters(words.meta.tag));
    case 'before-start': return words.validity.beforeStart(kind, wordsFor(tag).date(start, 'long'));
    case 'kind-not-offered': {
      const known = indicationRule(indication) ? text(indication) as Indication : undefined;
      return words.validity.kindNotOffered(kind, isKind(p.asked) ? p.asked : 'stop', known ? wordsFor(tag).catalogue.indicationPhrase[known] : '',
        formatDateWithWeekday(p.value, tag));
    }
    case 'start-moved': return words.validity.startMoved(kind, formatDateWithWeekday(start, tag));
    default: return '';
  }
}

/** The prompt's state at one update, as the element holds it. */
export interface PromptState {
  value: IsoDate;
  kind: StopDateKind;
  asked: StopDateKind;
  allowed: readonly StopDateKind[];
  start: IsoDate;
  indication: unknown;
  drug: unknown;
  /** The problem to show beside the field now (after a submit, or at once), or null. */
  problem: ValidityProblem | null;
  /** The problem with the value whether shown yet or not (the printed line shows it instead of a sentence). */
  valueProblem: ValidityProblem | null;
  moved: Moved | undefined;
  hostLabel: string;
}

export interface ChoiceView {
  label: string;
  date: string;
  checked: boolean;
}

/** Everything the template shows, in words. */
export interface PromptView {
  words: PromptWords;
  question: readonly [string, string];
  drug: string;
  hint: string;
  kinds: readonly { kind: StopDateKind; label: string; detail: string; checked: boolean }[];
  choices: readonly ChoiceView[];
  dateLabel: string;
  /** Name the date field by the host page's label too (its words differ from the field's own). */
  useHostLabel: boolean;
  error: { message: string; immediate: boolean; keep: string } | undefined;
  summary: string;
  notice: string;
  warnings: readonly string[];
  /** The printed line: the discharge sentence, or the problem in its place. */
  printed: { problem: boolean; text: string };
}

/** The quick choices for `indication` from `start`, with their words. */
export function choiceViews(state: Pick<PromptState, 'indication' | 'start' | 'value'>, { tag, words, f }: Wording): ChoiceView[] {
  return quickChoices(state.indication, state.start).map((choice) => ({
    label: words.length(choice.length.unit, choice.length.count, f),
    date: formatDateWithWeekday(choice.date, tag),
    checked: state.value === choice.date,
  }));
}

/** The discharge-summary sentence (the core catalogue's `describeStopDate`), or what can be said without a course. */
export function sentence(state: Pick<PromptState, 'value' | 'kind' | 'drug' | 'start' | 'indication'>, { tag, words }: Wording): string {
  const { value, kind } = state;
  const name = drugText(state.drug, { tag, words, f: formatters(words.meta.tag) });
  const given = text(state.drug).trim();
  const known = indicationRule(state.indication) ? text(state.indication) : undefined;
  const worded = describeStopDate({
    drug: wordsFor(tag).drug(given) ? given : name, startDate: state.start, stopDate: value, kind, ...(known ? { indication: known } : {}),
  }, tag);
  if (worded) return worded;
  if (!value) return words.noDateSentence(kind, name);
  return words.sentenceWithoutCourse(kind, name, formatDateWithWeekday(value, tag), formatDateWithWeekday(addDays(value, -1), tag));
}

export function promptView(state: PromptState, wordingOf: Wording): PromptView {
  const { tag, words, f } = wordingOf;
  const { value, kind, asked, start } = state;
  const day = (date: IsoDate) => formatDateWithWeekday(date, tag);
  const choices = choiceViews(state, wordingOf);
  const days = daysBetween(start, value);
  const { problem, valueProblem, moved } = state;
  const keep = problem && (problem.code === 'kind-not-offered' || problem.code === 'start-moved') && !problem.flags.rangeUnderflow;
  const message = (found: ValidityProblem) => (found.code === 'custom' ? text(found.params?.message) : problemMessage(found, state, wordingOf));
  return {
    words,
    question: words.question[asked],
    drug: drugText(state.drug, wordingOf),
    hint: start ? words.startHint(day(start), asked, choices.length > 0) : words.noStartHint,
    kinds: state.allowed.length > 1 ? state.allowed.map((option) => ({
      kind: option, label: words.kindLabels[option][0], detail: words.kindLabels[option][1], checked: asked === option,
    })) : [],
    choices,
    dateLabel: words.dateLabel[asked],
    useHostLabel: state.hostLabel !== '' && state.hostLabel.toLowerCase() !== words.kindDate[asked].toLowerCase(),
    error: problem ? { message: message(problem), immediate: problem.immediate === true, keep: keep ? words.keep(asked, day(value)) : '' } : undefined,
    summary: value && days >= 0 ? words.summary(kind, day(value), day(addDays(value, -1)), days, f) : '',
    notice: moved && moved.value === value ? words.moved(kind, day(moved.value), words.length(moved.length.unit, moved.length.count, f), day(moved.start)) : '',
    warnings: value && start ? stopDateWarnings(state.indication, start, value, kind).map((warning) =>
      words.warning[warning.code](warning.params, f)) : [],
    printed: valueProblem ? { problem: true, text: `${message(valueProblem)}.` } : { problem: false, text: sentence(state, wordingOf) },
  };
}
