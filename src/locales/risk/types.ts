/**
 * The shape of the risk explainer's patient wording for one locale: every word of the built-in
 * `RiskPack` and none of its numbers (those are the core's, `core/risk/figures.ts`, one copy). A
 * wording is a typed object, so a missing or an extra key is a type error; `riskPack` (compose.ts)
 * puts it together with the figures.
 *
 * Words hold no digits (the pack schema rejects them): a number in a sentence is a `{placeholder}`
 * filled from the figures, formatted for the locale.
 */
import type { Guidance } from '../../core/ids.js';
import type { RISK_FIGURES, RiskStudyId } from '../../core/risk/figures.js';
import type { ExtraRisk, ExtraRiskKind, OverdoseFigure, RiskText } from '../../core/risk/pack-schema.js';
import type { LocaleTag } from '../types.js';

export interface RiskWordingMeta {
  tag: LocaleTag;
  /**
   * Reviewed by a clinician fluent in the language. A draft (cy, es) is shown only when the host sets
   * `allow-draft-locales` on the explainer or its `<opioid-plan-context>`; otherwise English, and one
   * console warning per page.
   */
  reviewed: boolean;
}

/** A group of an icon array: its caption and who its filled people are. */
export interface GroupWords {
  label: string;
  who: string;
}

export interface FigureWords {
  title: string;
  /** `{count}`/`{people}` (or `{low}`/`{high}`), `{denominator}`, and `comparison…` for a compared figure. */
  sentence: string;
  main: GroupWords;
}

export interface ComparedFigureWords extends FigureWords {
  comparison: GroupWords;
}

type FigureOf = (typeof RISK_FIGURES)['benefits' | 'harms'][number] | (typeof RISK_FIGURES)['stopping'];

/** Words for every figure, by its id; a figure with a comparison group needs words for that group too. */
export type FiguresWords = {
  [F in FigureOf as F['id']]: F extends { comparison: number } ? ComparedFigureWords : FigureWords;
};

/** Who was studied and over what time, with `{placeholders}` for the study's numbers (`RISK_STUDIES`). */
export interface StudyWords {
  population: string;
  timeSpan: string;
}

export type OverdoseWords = Required<Pick<OverdoseFigure, 'title' | 'sentence' | 'who' | 'bandsHeading' | 'bandItem'
  | 'yourBand' | 'approximateBand' | 'noFigure' | 'unknownDose' | 'incompleteTotal'>> & {
  /** A band's label from its edges: `{atLeast}` and `{below}` ("20 to under 50 mg a day"). */
  bandBelow: string;
  /** The open top band: `{atLeast}` ("100 mg a day or more"). */
  bandFrom: string;
};

export type ExtraRiskWords = Pick<ExtraRisk, 'title' | 'sentence' | 'comparison' | 'comparisonNoBand' | 'caveat'>;

/**
 * The guidance a dose was counted by, in this language, and the cautions shown beside the total
 * (REFERENCE.md §1). Every wording has its own (en-GB's are the core catalogue's words, held to them by a test).
 */
export interface GuidanceWords {
  label: Readonly<Record<Guidance, string>>;
  cautions: Readonly<Record<Guidance, readonly string[]>>;
}

export interface RiskWording {
  meta: RiskWordingMeta;
  text: Required<RiskText>;
  figures: FiguresWords;
  overdose: OverdoseWords;
  extraRisks: Readonly<Record<ExtraRiskKind, ExtraRiskWords>>;
  studies: Readonly<Record<RiskStudyId, StudyWords>>;
  /** The short citation under a figure: `{lead}`, `{journal}`, `{year}` ("Busse and others, JAMA, 2018"). */
  cite: string;
  harmsInWords: readonly string[];
  questions: readonly string[];
  glossary: readonly { term: string; meaning: string }[];
  guidance: GuidanceWords;
  /** Shown at the foot of the explainer (the pack's `review`): a draft says so; `null` for none. */
  review: string | null;
}
