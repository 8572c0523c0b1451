/**
 * The prompt's answer (the date, its kind, the start it counts from) and how it changes, as pure
 * functions of the answer and the host's inputs: no DOM, no Lit, no words. The element holds one
 * `Answer`, replaces it with what these functions return, and renders it; each rule here is the only
 * place it is written.
 *
 * What happens when the inputs change after a date was chosen (never a silent change of kind or date):
 * - **Indication:** a date keeps its kind. If the new indication does not offer that kind (a review
 *   date when `indication` becomes `acute`), the `kind-not-offered` validator says so until the
 *   clinician chooses again: a length, another date, or `kept` (the date as the kind now asked for).
 * - **Start, after a quick choice:** a quick choice is a length ("5 days"). The length is kept and the
 *   date moves with the start (`followInputs` reports `moved`: the element fires its change events and
 *   shows the notice).
 * - **Start, after a typed date** (or one set by a script or the `value` attribute): the date is kept
 *   as typed, and `isStartMoved` holds (the `start-moved` validator) until the clinician keeps the
 *   date, chooses a length or enters another date.
 * - **Midnight:** without a `start`, the start is today's local date, which moves forward at midnight
 *   on a page left open; that is a start change as above.
 */
import { daysBetween, isIsoDate, type IsoDate } from '../../core/dates.js';
import { STOP_DATE_KINDS, dateAfter, indicationRule, quickChoices, readLength, type StopDateKind, type StopDateLength } from './stop-date-rules.js';
import type { PromptValidity } from './stop-date-validators.js';
import type { StopDateFhir } from './stop-date-fhir.js';

/**
 * Attributes and properties may be set to anything from plain JavaScript: read them as text. A finite
 * number, a BigInt or a boolean reads as written; a value with no text of its own (an object, even one
 * without toString, a symbol, a function, NaN, Infinity) reads as nothing, so it can neither throw nor
 * put "[object Object]" or "NaN" on screen.
 */
export function text(value: unknown): string {
  if (typeof value === 'string') return value;
  const printable = (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint' || typeof value === 'boolean';
  return printable ? String(value) : '';
}

export function isKind(value: unknown): value is StopDateKind {
  return value === 'stop' || value === 'review';
}

/** The kinds `indication` offers (the first is its default); both for one we do not know. */
export function allowedKinds(indication: unknown): readonly StopDateKind[] {
  return indicationRule(indication)?.kinds ?? STOP_DATE_KINDS;
}

/** The kind the prompt asks for: the user's choice, else the `kind` attribute, else the indication's — one it offers. */
export function askedKind(allowed: readonly StopDateKind[], userKind: StopDateKind | undefined, defaultKind: unknown): StopDateKind {
  return [userKind, text(defaultKind)].find((kind): kind is StopDateKind => isKind(kind) && allowed.includes(kind)) ?? allowed[0] ?? 'stop';
}

/**
 * The start the prompt counts from: the `start` given, today's date without one, '' for one that is not
 * a date. `today` is asked only when needed (asking starts the midnight timer).
 */
export function startDateOf(start: unknown, today: () => IsoDate): IsoDate {
  const given = text(start);
  return given === '' ? today() : isIsoDate(given) ? given : '';
}

/** The date as of the last update, the start it counts from and the quick-choice length it came from. */
export interface Anchor {
  value: IsoDate;
  start: IsoDate;
  /** Undefined for a typed (or script-set) date: such a date stays as typed when the start moves. */
  length: StopDateLength | undefined;
}

export const NO_ANCHOR: Anchor = { value: '', start: '', length: undefined };

/** A quick-choice date that moved with the start: what the notice says. */
export interface Moved {
  value: IsoDate;
  start: IsoDate;
  length: StopDateLength;
}

/**
 * Follows a start date that changed after the date was chosen: a quick choice keeps its length and
 * moves (`moved`); a typed date stays (and `isStartMoved` then holds until the clinician acts). A new
 * date (typed, picked, set by a script or the attribute, a reset) counts from the start shown now.
 */
export function followStart(anchor: Anchor, value: IsoDate, start: IsoDate): { anchor: Anchor; moved?: Moved; fresh?: true } {
  if (value !== anchor.value) return { anchor: { value, start, length: undefined }, fresh: true };
  const { length } = anchor;
  if (value === '' || !length || start === '' || anchor.start === '' || start === anchor.start) return { anchor };
  const next = dateAfter(start, length);
  if (!next) return { anchor };
  return next === value ? { anchor: { value, start, length } } : { anchor: { value: next, start, length }, moved: { value: next, start, length } };
}

/** A typed date whose start date changed after it was entered (and not yet kept). */
export function isStartMoved(anchor: Anchor, value: IsoDate, start: IsoDate): boolean {
  return value !== '' && value === anchor.value && anchor.length === undefined && anchor.start !== '' && start !== '' && start !== anchor.start;
}

/** What the host set that the answer reads: the prompt's `value`, `kind` and `indication` attributes. */
export interface AnswerInputs {
  defaultValue: unknown;
  defaultKind: unknown;
  indication: unknown;
}

export interface Answer {
  /** The date once the user (or a script) set one; until then (undefined) the `value` attribute is followed. */
  readonly userValue: IsoDate | undefined;
  readonly userKind: StopDateKind | undefined;
  /** What the user typed when it is not a calendar date we accept (kept on screen, never wiped). */
  readonly typedText: string;
  /** Non-date strings given to the `value` / `kind` properties, reported as issues. */
  readonly rejectedValue: string;
  readonly rejectedKind: string;
  readonly anchor: Anchor;
  /** The kind as of the last update, kept for the date when the indication changes. */
  readonly lastKind: StopDateKind | undefined;
  /** Set when a quick-choice date moved with the start: what the notice says. */
  readonly moved: Moved | undefined;
}

/** Nothing chosen yet: the `value` and `kind` attributes are followed. */
export const NO_ANSWER: Answer = {
  userValue: undefined, userKind: undefined, typedText: '', rejectedValue: '', rejectedKind: '', anchor: NO_ANCHOR, lastKind: undefined, moved: undefined,
};

/** The current date ('YYYY-MM-DD'), or '' when none is chosen. */
export function valueOf(answer: Answer, given: AnswerInputs): IsoDate {
  if (answer.userValue !== undefined) return answer.userValue;
  const initial = text(given.defaultValue);
  return isIsoDate(initial) ? initial : '';
}

/** The kind the prompt asks for now (one the indication offers). */
export function askedKindOf(answer: Answer, given: AnswerInputs): StopDateKind {
  return askedKind(allowedKinds(given.indication), answer.userKind, given.defaultKind);
}

/**
 * The kind of the current date. A date keeps the kind it was given (the user's choice, else the
 * `kind` attribute, else what suited the indication when it was chosen), even when the indication
 * no longer offers that kind: then the field is invalid, never silently changed. With no date, the
 * kind the prompt asks for.
 */
export function kindOf(answer: Answer, given: AnswerInputs): StopDateKind {
  const chosen = answer.userKind ?? text(given.defaultKind);
  return valueOf(answer, given) !== '' && isKind(chosen) ? chosen : askedKindOf(answer, given);
}

/** The kind a date keeps: its own, else (when the indication no longer offers it) the one asked for now. */
function offeredKind(answer: Answer, given: AnswerInputs): StopDateKind | undefined {
  return allowedKinds(given.indication).includes(kindOf(answer, given)) ? answer.userKind : askedKindOf(answer, given);
}

/** A new date (`typed`: the field's text when it is not a date), chosen as a kind the indication offers. */
export function withDate(answer: Answer, given: AnswerInputs, value: IsoDate, typed = ''): Answer {
  return { ...answer, userKind: offeredKind(answer, given), userValue: value, typedText: typed, moved: undefined };
}

/** The `value` property set: like typing it; '' clears; anything else is refused (and reported). */
export function withValueProperty(answer: Answer, given: AnswerInputs, next: unknown): Answer {
  const candidate = text(next);
  const rejectedValue = candidate === '' || isIsoDate(candidate) ? '' : candidate;
  return { ...withDate(answer, given, rejectedValue ? '' : candidate), rejectedValue };
}

/** The `kind` property set: kept when it is a kind, else refused (and reported). */
export function withKindProperty(answer: Answer, next: unknown): Answer {
  return isKind(next) ? { ...answer, userKind: next, rejectedKind: '' } : { ...answer, rejectedKind: text(next) };
}

/** What the clinician changed in the controls: the kind radio, a quick choice (its index) or the date field. */
export interface FieldInput {
  name: string;
  type: string;
  value: string;
}

export function withInput(answer: Answer, given: AnswerInputs, start: IsoDate, field: FieldInput): Answer {
  let next = answer;
  if (field.name === 'kind' && isKind(field.value)) {
    next = { ...answer, userKind: field.value, rejectedKind: '' };
  } else if (field.name === 'choice') {
    const choice = quickChoices(given.indication, start)[Number(field.value)];
    if (choice) next = { ...withDate(answer, given, choice.date), anchor: { value: choice.date, start, length: choice.length } };
  } else if (field.type === 'date') {
    const typed = field.value;
    next = isIsoDate(typed) ? withDate(answer, given, typed) : withDate(answer, given, '', typed);
  }
  return { ...next, rejectedValue: '' };
}

/** The clinician keeps a flagged date: as the kind now asked for, counted from the start shown now. */
export function kept(answer: Answer, given: AnswerInputs, start: IsoDate): Answer {
  const { anchor } = answer;
  return {
    ...answer, userKind: offeredKind(answer, given), moved: undefined,
    anchor: anchor.value === valueOf(answer, given) ? { ...anchor, start } : anchor,
  };
}

/** `form.reset()`: back to the attributes; the initial date counts again from the start shown now. */
export function reset(answer: Answer): Answer {
  return { ...NO_ANSWER, lastKind: answer.lastKind };
}

/**
 * What `formValue` saved, given back by the browser (back/forward, autofill): the date, its kind, the
 * start it counted from and the quick-choice length. A start that is different now (a default start
 * of "today" on the next day) is then followed as after any start change.
 */
export function restored(answer: Answer, given: AnswerInputs, start: IsoDate, saved: Readonly<Record<string, unknown>>): Answer {
  const { value, kind } = saved;
  let next = answer;
  if (value === '' || isIsoDate(value)) {
    next = { ...withDate(answer, given, value), anchor: { value, start: isIsoDate(saved.start) ? saved.start : start, length: readLength(saved.length) } };
  }
  return isKind(kind) ? { ...next, userKind: kind } : next;
}

/**
 * The answer after the inputs changed (every update): a date keeps its kind when the indication
 * changes, and follows a new start as `followStart` says. `moved`: a quick-choice date moved in this
 * update (the element fires the change events once it is on screen).
 */
export function followInputs(answer: Answer, given: AnswerInputs, start: IsoDate, indicationChanged: boolean): { answer: Answer; moved: boolean } {
  let next = answer;
  const value = valueOf(next, given);
  if (indicationChanged && next.userKind === undefined && next.lastKind !== undefined && value !== '' && value === next.anchor.value
    && kindOf(next, given) !== next.lastKind) next = { ...next, userKind: next.lastKind };
  const followed = followStart(next.anchor, value, start);
  next = { ...next, anchor: followed.anchor, moved: followed.fresh ? undefined : next.moved };
  if (followed.moved) next = { ...next, userValue: followed.moved.value, typedText: '', moved: followed.moved };
  return { answer: { ...next, lastKind: kindOf(next, given) }, moved: followed.moved !== undefined };
}

/**
 * What the form submits (`<name>` = the date, `<name>-kind`, `<name>-start`: nothing without a name)
 * and the state the browser gives back to `restored`.
 */
export function formValue(answer: Answer, given: AnswerInputs, start: IsoDate, name: unknown): { entries: [string, string][]; saved: string } {
  const value = valueOf(answer, given);
  const kind = kindOf(answer, given);
  const field = text(name);
  const counted = answer.anchor.value === value ? answer.anchor : { start, length: undefined };
  return {
    entries: field ? [[field, value], [`${field}-kind`, kind], [`${field}-start`, start]] : [],
    saved: JSON.stringify({ value, kind, start: counted.start, length: counted.length }),
  };
}

/** What the validators read; `control` is the host's part (its `required`, its own message, the native field's bad input). */
export function validityOf(answer: Answer, given: AnswerInputs, start: IsoDate, control: { required: boolean; customMessage: string; nativeBadInput: boolean }): PromptValidity {
  const value = valueOf(answer, given);
  return {
    value, kind: kindOf(answer, given), start, required: control.required, customMessage: control.customMessage,
    badInput: answer.typedText !== '' || control.nativeBadInput,
    allowedKinds: allowedKinds(given.indication), askedKind: askedKindOf(answer, given), startMoved: isStartMoved(answer.anchor, value, start),
  };
}

/** Detail of `opioid-stop-date-change`. */
export interface OpioidStopDateChangeDetail {
  /** The chosen date ('YYYY-MM-DD'), or '' when there is none. */
  value: IsoDate;
  kind: StopDateKind;
  /** Days from the start date to `value` (for a stop date: the days of treatment); null without both dates. */
  durationDays: number | null;
  /**
   * Only when the host set `fhir-request`: the date as FHIR the record can store (the request with
   * `boundsPeriod.end` = stop − 1 day and `expectedSupplyDuration`, a Transfer of Care statement) and
   * the sentence as text and as a safe HTML fragment. Null while there is no valid date.
   */
  fhir?: StopDateFhir | null;
}

/** The change event's detail (without `fhir`, which the element adds when the host asked for it). */
export function changeDetail(answer: Answer, given: AnswerInputs, start: IsoDate): OpioidStopDateChangeDetail {
  const value = valueOf(answer, given);
  const days = daysBetween(start, value);
  return { value, kind: kindOf(answer, given), durationDays: Number.isFinite(days) ? days : null };
}

/** The answer as the view shows it (`promptView` adds the drug, the host's label and the problems). */
export function shownAnswer(answer: Answer, given: AnswerInputs, start: IsoDate) {
  return {
    value: valueOf(answer, given), kind: kindOf(answer, given), asked: askedKindOf(answer, given), allowed: allowedKinds(given.indication),
    start, indication: given.indication, moved: answer.moved,
  };
}
