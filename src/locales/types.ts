/**
 * The shape of a locale catalogue: every word a widget or the core's results put in front of a person.
 * A catalogue is a typed object, so a missing or an extra key is a type error; a message is a function
 * of the result's parameters (numbers, dates, names, codes) and of `Words`, the locale's formatters,
 * so plurals, number and date formats come from `Intl` and never from string concatenation.
 *
 * Sources (names, years, citations) are not here: they stay one copy, in the core, as data.
 */
import type { FlagId, FlagSeverity } from '../core/flags.js';
import type { DoseBandId } from '../core/guidance.js';
import type { OmeFailureWhy } from '../core/ome.js';
import type { TaperNoteCode } from '../core/taper.js';
import type { Indication, OpioidId } from '../core/ids.js';
import type { StudyPopulation } from '../core/evidence.js';
import type { Formatters } from './format.js';

/** A result's parameters as the core gives them; read with the guards in `read.ts`, never trusted. */
export type Params = Readonly<Record<string, unknown>>;

/** A medicine named in a sentence: one of our drug ids (worded by the catalogue) or the host's own text. */
export type NameRef = { drug: OpioidId } | { text: string };

export interface Words extends Formatters {
  /** The locale's names, units and field words (every catalogue's, whole or not). */
  readonly catalogue: BaseWords;
  /** "90 mg/day OME" / "50 MME/day"; `perDay: false` → "90 mg OME" / "50 MME". */
  dose(value: unknown, unit: unknown, perDay?: boolean): string;
  /** The generic name for use inside a sentence ("oxycodone"); '' for an unknown id. */
  drug(id: unknown): string;
  /** A validation issue's sentence (`describeIssue`). */
  issue(issue: unknown): string;
  /** Why a line has no OME/MME figure (`describeOmeFailure`), from the failure's params. */
  omeFailure(params: unknown): string;
  /** Names joined the locale's way ("methadone and oxycodone"), each once, in order. */
  names(refs: unknown, type?: 'conjunction' | 'disjunction'): string;
}

export type Message = (params: Params, words: Words) => string;

export type LocaleTag = 'en-GB' | 'en-US' | 'cy' | 'es';

export interface CatalogueMeta {
  tag: LocaleTag;
  /** The language's own name for itself (for a locale picker). */
  name: string;
  /**
   * Reviewed by a clinician fluent in the language. A draft catalogue is used only when the host opts
   * in (`allow-draft-locales`); otherwise the widget shows en-GB and warns once in the console.
   */
  reviewed: boolean;
}

export interface UnitWords {
  /** "oral morphine equivalent" */
  long: string;
  /** "90 mg/day OME" */
  perDay: (amount: string) => string;
  /** "90 mg OME" */
  amount: (amount: string) => string;
}

export interface Catalogue {
  meta: CatalogueMeta;
  unit: { OME: UnitWords; MME: UnitWords };
  drug: Record<OpioidId, string>;
  indication: Record<Indication, string>;
  /** "for acute pain", inside a sentence. */
  indicationPhrase: Record<Indication, string>;
  severity: Record<FlagSeverity, string>;
  /** A study's population, named beside its figure ("US veterans on opioids", Park 2015). */
  population: Record<StudyPopulation, string>;
  guidance: { uk: string; us: string; label: (name: string, unitLong: string, unit: string) => string };
  /** The cautions shown wherever a total is (REFERENCE.md §1), for each unit. */
  cautions: (unit: 'OME' | 'MME') => readonly string[];
  flag: Record<FlagId, Message>;
  /** Where a total sits against the guidance's thresholds, one phrase per band (`describeBand`). */
  band: Record<DoseBandId, Message>;
  taper: {
    /** The method: "10% of the original dose every 14 days (linear), each dose rounded up …". */
    description: Message;
    /** "from 60 mg to 0 over 154 days in 10 steps". */
    summary: Message;
    note: Record<TaperNoteCode, Message>;
  };
  /** Phrases about doses and dates that every widget uses. */
  text: {
    /** A medication line's dose: "60 mg twice a day", "5 mg up to 4 times a day when needed", "10 micrograms an hour patch". */
    doseLine: Message;
    /** Weekday names, Thursday first (1970-01-01 was a Thursday). */
    weekdays: readonly [string, string, string, string, string, string, string];
    /** "Friday 6 March 2026" from the weekday and the long date. */
    weekdayDate: (weekday: string, longDate: string) => string;
    /** The discharge sentence: stop (with the last dose) or review, then "Do not continue …". */
    stopSentence: Message;
    /** A due date from today: "today", "tomorrow", "in 12 days", "overdue by 3 days". */
    relative: Message;
    /** Time left before a stop date: "5 days left", "stops today", "stop date passed 2 days ago". */
    daysLeft: Message;
  };
  /** Why a line has no OME/MME figure, one sentence each (`describeOmeFailure`). */
  ome: Record<OmeFailureWhy, Message>;
  /** Names of the fields a validation issue points at ("Doses per day"). */
  field: Readonly<Record<string, string>>;
  /** The field named when a path has none ("This value"). */
  thisValue: string;
  /** Type names inside "must be a number, not text". */
  typeName: Readonly<Record<string, string>>;
  /** Validation issues by code; `label` is the field's name, already looked up. */
  issue: Readonly<Record<string, (params: Params, words: Words, label: string) => string>>;
}

/** The words for the core's results: flags, dose bands and OME/MME failures (`result-words.ts`). */
export type ResultWords = Pick<Catalogue, 'flag' | 'band' | 'ome'>;
/** The words for a taper: its method, summary and notes (`taper-words.ts`). */
export type TaperCatalogue = Pick<Catalogue, 'taper'>;
/**
 * Everything else: names, units, dates, doses, fields and validation issues, which every element that
 * speaks the core's words needs. An element that shows no result (the prompt, the context) loads only this.
 */
export type BaseWords = Omit<Catalogue, keyof ResultWords | keyof TaperCatalogue>;
