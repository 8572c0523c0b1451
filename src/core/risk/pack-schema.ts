/**
 * The shape of a risk content pack: every word and every figure `<opioid-risk-explainer>` shows, so a
 * site can supply its own reviewed wording (another language, another reading age) without touching
 * code. Types are inferred from these `zod/mini` schemas.
 *
 * The schema enforces the risk-communication rules of clinical/REFERENCE.md §5 (Harding Center fact
 * boxes; Zikmund-Fisher et al., Med Decis Making 2014) wherever a rule can be checked by a machine:
 * - every figure is a count out of a fixed group, with population, time span and source beside it;
 * - compared groups share one denominator (it is a field of the figure, not of each group);
 * - a relative risk (an extra-risk row) has no place to stand alone: the explainer always shows the
 *   absolute overdose figure beside it;
 * - words hold no digits, so no number can appear without its source (see `template.ts`);
 * - each template may use only the placeholders its figure can fill.
 */
import * as z from 'zod/mini';
import { stripBidiControls } from '../bidi.js';
import { placeholdersIn, templateProblems } from './template-check.js';

/**
 * The codes of the pack's own checks (each worded by the locale catalogues' `issue`, for the site editor
 * who wrote the pack): `pack-digits`, `pack-placeholder`, `pack-brace` (template-check.ts), and the ones below.
 */
export const PACK_RULE_CODES = [
  'pack-digits', 'pack-placeholder', 'pack-brace', 'pack-slug', 'pack-locale', 'pack-range-order', 'pack-group-missing',
  'pack-count-kind', 'pack-count-above-denominator', 'pack-below-with-at-most', 'pack-band-top-order', 'pack-band-overlap',
  'pack-id-twice',
] as const;
export type PackRuleCode = (typeof PACK_RULE_CODES)[number];

/** Icon arrays draw one person per member of the group; beyond 1,000 the people become specks. */
export const MAX_DENOMINATOR = 1000;

/** Placeholders of a figure's sentence: the main group's numbers, then the comparison group's. */
export const FIGURE_PLACEHOLDERS = [
  'count', 'people', 'low', 'high', 'denominator',
  'comparisonCount', 'comparisonPeople', 'comparisonLow', 'comparisonHigh',
] as const;
const BAND_PLACEHOLDERS = ['band', 'count', 'denominator'] as const;

/** Words a patient reads: no digits, only the listed `{placeholders}`. */
function words(max: number, placeholders: readonly string[] = []) {
  return z.string().check(
    z.minLength(1),
    z.maxLength(max),
    z.superRefine((value, ctx) => {
      for (const problem of templateProblems(value, placeholders)) ctx.issues.push({ code: 'custom', input: value, message: problem.code, params: problem.params });
    }),
  );
}

/** Source material (citations, populations, time spans, a study's own dose categories): digits allowed. */
const sourceText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** Lower-case letters, digits and hyphens, starting with a letter. */
const Slug = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/, 'pack-slug'));

const Locale = z.string().check(z.refine((value) => {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}, 'pack-locale'));

const Count = z.number().check(z.gte(0));

/** A range where the studies disagree (e.g. misuse 21–29 in 100, Vowles 2015): shown as a range. */
export const CountRangeSchema = z.strictObject({ low: Count, high: Count }).check(
  z.refine((range) => range.low < range.high, { message: 'pack-range-order', path: ['high'] }),
);

export const GroupSchema = z.strictObject({
  /** Caption above the group's icon array, e.g. "Taking a dummy pill (placebo)". */
  label: words(160),
  /** Who the filled icons are, for the array's accessible sentence, e.g. "people who were sick". */
  who: words(200),
  /** As published: a number (may have a decimal, e.g. 5.9) or a range. */
  count: z.union([Count, CountRangeSchema]),
});

export const SourceSchema = z.strictObject({
  /** Shown under every figure for patients, e.g. "Busse and others, JAMA, 2018". */
  short: sourceText(200),
  /** The full reference, shown under every figure for clinicians and in the patient's source list. */
  full: sourceText(1000),
});

/** Who was studied, over what time, where the figure comes from, and whether it is approximate. */
const provenance = {
  population: sourceText(400),
  timeSpan: sourceText(300),
  source: SourceSchema,
  /** REFERENCE.md marks [S]: seen only in a secondary copy. The explainer then says "approximate". */
  approximate: z.boolean(),
};

const Denominator = z.int().check(z.gte(2), z.lte(MAX_DENOMINATOR));

type Issues = { issues: z.core.$ZodRawIssue[] };
type Amount = number | { low: number; high: number };

/** A pack check's issue: its code (zod's message) and what a sentence about it needs. */
function pushIssue(ctx: Issues, path: PropertyKey[], code: PackRuleCode, params: Record<string, unknown>, input: unknown): void {
  ctx.issues.push({ code: 'custom', input, path, message: code, params });
}

function highest(amount: Amount): number {
  return typeof amount === 'number' ? amount : amount.high;
}

/**
 * A figure's sentence may only name numbers its groups have: `{count}`/`{people}` for a single number,
 * `{low}`/`{high}` for a range, `comparison…` only when there is a comparison group.
 */
function checkFigure(figure: { sentence: string; denominator: number; main: { count: Amount }; comparison?: { count: Amount } | undefined }, ctx: Issues): void {
  const used = new Set(placeholdersIn(figure.sentence));
  const groups = [['main', '', figure.main], ['comparison', 'comparison', figure.comparison]] as const;
  for (const [key, prefix, group] of groups) {
    const name = (base: string) => (prefix ? `${prefix}${base.charAt(0).toUpperCase()}${base.slice(1)}` : base);
    const wrong = group === undefined ? ['count', 'people', 'low', 'high']
      : typeof group.count === 'number' ? ['low', 'high'] : ['count', 'people'];
    for (const base of wrong) {
      if (used.has(name(base))) {
        // `group` is which group ('main' or 'comparison'); `range` whether its count is a range.
        pushIssue(ctx, ['sentence'], group === undefined ? 'pack-group-missing' : 'pack-count-kind', group === undefined
          ? { name: name(base), group: key }
          : { name: name(base), group: key, range: typeof group.count !== 'number' }, figure.sentence);
      }
    }
    if (group !== undefined && highest(group.count) > figure.denominator) {
      pushIssue(ctx, [key, 'count'], 'pack-count-above-denominator', { denominator: figure.denominator }, group.count);
    }
  }
}

export const FigureSchema = z.strictObject({
  id: Slug,
  title: words(160),
  sentence: words(800, FIGURE_PLACEHOLDERS),
  /** The fixed group size both groups are counted out of (100 or 1,000). */
  denominator: Denominator,
  main: GroupSchema,
  /** The group compared with (e.g. placebo), out of the same denominator. */
  comparison: z.optional(GroupSchema),
  ...provenance,
}).check(z.superRefine(checkFigure));

/**
 * A dose band of the overdose figure. `atLeast` is inclusive; the top edge is `atMost` (inclusive) or
 * `below` (exclusive) or absent (open-ended). Doses between bands have no figure: nothing is
 * interpolated.
 */
export const OverdoseBandSchema = z.strictObject({
  id: Slug,
  /** The study's own category, e.g. "50 to 99 mg a day". */
  label: sourceText(120),
  atLeast: z.number().check(z.gt(0)),
  atMost: z.optional(Count),
  below: z.optional(Count),
  count: Count,
  /** The figure comes from a secondary source (REFERENCE.md [S]): the explainer says "approximate". */
  approximate: z.optional(z.boolean()),
}).check(z.superRefine((band, ctx) => {
  if (band.atMost !== undefined && band.below !== undefined) {
    pushIssue(ctx, ['below'], 'pack-below-with-at-most', {}, band.below);
  }
  const top = band.atMost ?? band.below;
  if (top !== undefined && (band.atMost !== undefined ? top < band.atLeast : top <= band.atLeast)) {
    pushIssue(ctx, [band.atMost !== undefined ? 'atMost' : 'below'], 'pack-band-top-order', {}, top);
  }
}));

type Band = z.infer<typeof OverdoseBandSchema>;

/** True when a dose just above `lower`'s top edge could still be inside `upper`. */
function overlaps(lower: Band, upper: Band): boolean {
  if (lower.atMost !== undefined) return upper.atLeast <= lower.atMost;
  if (lower.below !== undefined) return upper.atLeast < lower.below;
  return true;
}

export const OverdoseSchema = z.strictObject({
  title: words(160),
  /** For the band the dose falls in: `{band}` (its label), `{count}`, `{denominator}`. */
  sentence: words(800, BAND_PLACEHOLDERS),
  who: words(200),
  denominator: Denominator,
  bands: z.array(OverdoseBandSchema).check(z.minLength(1), z.maxLength(10)),
  bandsHeading: words(200),
  /** One line of the list of every band. */
  bandItem: words(300, BAND_PLACEHOLDERS),
  /** Marks the band the dose falls in (in words, not only by style). */
  yourBand: words(80),
  /** Marks a band whose figure is approximate (taken from a secondary source), e.g. "approximate". */
  approximateBand: z.optional(words(80)),
  /** The dose falls in no band; `{dose}` is the dose with its unit. */
  noFigure: words(800, ['dose']),
  unknownDose: words(800),
  incompleteTotal: words(800),
  ...provenance,
}).check(z.superRefine((overdose, ctx) => {
  const order = overdose.bands.map((band, index) => ({ band, index })).sort((a, b) => a.band.atLeast - b.band.atLeast);
  order.forEach(({ band, index }, position) => {
    if (band.count > overdose.denominator) {
      pushIssue(ctx, ['bands', index, 'count'], 'pack-count-above-denominator', { denominator: overdose.denominator }, band.count);
    }
    const next = order[position + 1];
    if (next !== undefined && overlaps(band, next.band)) {
      pushIssue(ctx, ['bands', next.index, 'atLeast'], 'pack-band-overlap', { band: stripBidiControls(band.id) }, next.band.atLeast);
    }
  });
}));

/**
 * A relative risk for a medicine taken with opioids. There is no field for an absolute figure of its
 * own: the explainer always shows the absolute overdose figure for the dose band beside it (`comparison`)
 * and says why the two must not be multiplied (`caveat`).
 */
export const ExtraRiskSchema = z.strictObject({
  title: words(160),
  sentence: words(800, ['relative']),
  /** As published: 3.9 (times as high) or 49 (per cent higher); the sentence says which. */
  relative: z.number().check(z.gt(0)),
  /** The absolute figure beside it, for the dose band: `{band}`, `{count}`, `{denominator}`. */
  comparison: words(800, BAND_PLACEHOLDERS),
  /** When the dose has no band: introduces the list of every band. */
  comparisonNoBand: words(800),
  caveat: words(800),
  ...provenance,
});

export const RiskTextSchema = z.strictObject({
  title: words(200),
  intro: words(1500),
  /** How to read the icon arrays: what filled, outline and striped people mean. */
  howToRead: words(300),
  legendFilled: words(300),
  legendOutline: words(300),
  legendStriped: words(300),
  benefitsHeading: words(120),
  harmsHeading: words(120),
  stoppingHeading: words(120),
  harmsListHeading: words(160),
  questionsHeading: words(160),
  glossaryHeading: words(160),
  sourcesHeading: words(160),
  /** `{dose}` is the dose with its unit (`doseAmount`). */
  yourDose: words(300, ['dose']),
  doseAmount: words(120, ['dose']),
  doseExplained: words(800),
  /** The total counts as-needed medicines at their maximum (a worst case). */
  worstCase: words(600),
  /** `{guidance}` is the name of the guidance the total was worked out by. */
  guidanceUsed: words(300, ['guidance']),
  cautionsHeading: words(200),
  populationLabel: words(80),
  timeSpanLabel: words(80),
  sourceLabel: words(80),
  approximate: words(300),
  /** Under an icon array whose count has a decimal: the published count and the whole people drawn. */
  studyFigure: words(300, ['count', 'people', 'denominator']),
  iconLabel: words(300, ['filled', 'total', 'who']),
  iconLabelRange: words(400, ['filled', 'high', 'total', 'who']),
  /** The same two labels when the filled count is one in the pack's language ("1 is filled in"). */
  iconLabelOne: z.optional(words(300, ['filled', 'total', 'who'])),
  iconLabelRangeOne: z.optional(words(400, ['filled', 'high', 'total', 'who'])),
  /** Title of the error block when a pack cannot be used. */
  packError: words(200),
  /** Title of the error block when an attribute (dose, audience) cannot be used. */
  inputError: words(200),
});

export const GlossaryEntrySchema = z.strictObject({ term: words(120), meaning: words(800) });

export const RiskPackSchema = z.strictObject({
  id: Slug,
  /** The language the words are in; numbers are formatted for it too. */
  locale: Locale,
  /** Who reviewed this pack and when, shown at the foot of the explainer. */
  review: z.optional(sourceText(300)),
  text: RiskTextSchema,
  benefits: z.array(FigureSchema).check(z.minLength(1), z.maxLength(8)),
  harms: z.array(FigureSchema).check(z.minLength(1), z.maxLength(8)),
  overdose: OverdoseSchema,
  extraRisks: z.strictObject({ benzodiazepine: ExtraRiskSchema, gabapentinoid: ExtraRiskSchema }),
  /** The benefit of stopping, e.g. 1 death prevented for every 62 people who stop (NHS England MedSIP). */
  stopping: FigureSchema,
  harmsInWords: z.array(words(400)).check(z.minLength(1), z.maxLength(30)),
  questions: z.array(words(400)).check(z.minLength(1), z.maxLength(30)),
  glossary: z.array(GlossaryEntrySchema).check(z.maxLength(40)),
}).check(z.superRefine((pack, ctx) => {
  const seen = new Set<string>();
  const figures = [...pack.benefits.map((figure, index) => ({ figure, path: ['benefits', index, 'id'] })),
    ...pack.harms.map((figure, index) => ({ figure, path: ['harms', index, 'id'] })),
    { figure: pack.stopping, path: ['stopping', 'id'] }];
  for (const { figure, path } of figures) {
    if (seen.has(figure.id)) pushIssue(ctx, path, 'pack-id-twice', { id: stripBidiControls(figure.id) }, figure.id);
    seen.add(figure.id);
  }
}));

export type CountRange = z.infer<typeof CountRangeSchema>;
export type RiskGroup = z.infer<typeof GroupSchema>;
export type RiskSource = z.infer<typeof SourceSchema>;
export type RiskFigure = z.infer<typeof FigureSchema>;
export type OverdoseBand = z.infer<typeof OverdoseBandSchema>;
export type OverdoseFigure = z.infer<typeof OverdoseSchema>;
export type ExtraRisk = z.infer<typeof ExtraRiskSchema>;
export type ExtraRiskKind = 'benzodiazepine' | 'gabapentinoid';
export type RiskText = z.infer<typeof RiskTextSchema>;
export type RiskPack = z.infer<typeof RiskPackSchema>;
