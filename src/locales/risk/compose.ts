/**
 * One locale's wording + the core's figures = the `RiskPack` `<opioid-risk-explainer>` renders (the same
 * shape a site's own pack has, so everything after this point treats built-in and site packs alike).
 * The numbers inside populations, time spans and band labels are formatted for the wording's locale
 * (`formatFigure`: Intl, Latin digits).
 */
import { RISK_FIGURES, RISK_STUDIES, type RiskStudyId } from '../../core/risk/figures.js';
import type { CountRange, RiskFigure, RiskPack } from '../../core/risk/pack-schema.js';
import { fillTemplate, formatFigure } from '../../core/risk/template.js';
import type { GroupWords, RiskWording } from './types.js';

type Count = number | CountRange;
interface Figure { id: keyof RiskWording['figures']; study: RiskStudyId; denominator: number; main: Count; comparison?: Count }

export function riskPack(words: RiskWording): RiskPack {
  const { tag } = words.meta;
  // A template's numbers as the locale writes them ("26,169" in en-GB, "26.169" in es).
  const fill = (template: string, numbers: object) => fillTemplate(template,
    Object.fromEntries(Object.entries(numbers).map(([name, value]) => [name, typeof value === 'number' ? formatFigure(value, tag) : String(value)])));
  // Fresh objects, so a caller changing its pack never changes the figures.
  const count = (value: Count): Count => (typeof value === 'number' ? value : { ...value });
  const group = (said: GroupWords, value: Count) => ({ ...said, count: count(value) });
  const provenance = (id: RiskStudyId) => {
    const study = RISK_STUDIES[id];
    const said = words.studies[id];
    return {
      population: fill(said.population, study.numbers),
      timeSpan: fill(said.timeSpan, study.numbers),
      source: { short: 'name' in study.cite ? study.cite.name : fill(words.cite, study.cite), full: study.full },
      approximate: study.approximate,
    };
  };
  const figure = ({ id, study, denominator, main, comparison }: Figure): RiskFigure => {
    const said = words.figures[id];
    return {
      id, title: said.title, sentence: said.sentence, denominator, main: group(said.main, main),
      ...(comparison !== undefined && 'comparison' in said ? { comparison: group(said.comparison, comparison) } : {}),
      ...provenance(study),
    };
  };
  const { bandBelow, bandFrom, ...overdose } = words.overdose;
  const { extraRisks } = RISK_FIGURES;
  return {
    id: `default-${tag.toLowerCase()}`,
    locale: tag,
    ...(words.review === null ? {} : { review: words.review }),
    text: { ...words.text },
    benefits: RISK_FIGURES.benefits.map(figure),
    harms: RISK_FIGURES.harms.map(figure),
    overdose: {
      ...overdose,
      denominator: RISK_FIGURES.overdose.denominator,
      bands: RISK_FIGURES.overdose.bands.map((band) => ({
        ...band, label: fill('below' in band ? bandBelow : bandFrom, { atLeast: band.atLeast, below: 'below' in band ? band.below : 0 }),
      })),
      ...provenance(RISK_FIGURES.overdose.study),
    },
    extraRisks: {
      benzodiazepine: { ...words.extraRisks.benzodiazepine, relative: extraRisks.benzodiazepine.relative, ...provenance(extraRisks.benzodiazepine.study) },
      gabapentinoid: { ...words.extraRisks.gabapentinoid, relative: extraRisks.gabapentinoid.relative, ...provenance(extraRisks.gabapentinoid.study) },
    },
    stopping: figure(RISK_FIGURES.stopping),
    harmsInWords: [...words.harmsInWords],
    questions: [...words.questions],
    glossary: words.glossary.map((entry) => ({ ...entry })),
  };
}
