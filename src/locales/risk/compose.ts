/**
 * One locale's wording + the core's figures = the `RiskPack` `<opioid-risk-explainer>` renders (the same
 * shape a site's own pack has, so everything after this point treats built-in and site packs alike).
 * The numbers inside populations, time spans and band labels are formatted for the wording's locale
 * (`formatFigure`: Intl, Latin digits). The pack shares the wording's and the figures' objects: treat it
 * as read-only (copy it with `structuredClone` to change it).
 */
import { RISK_FIGURES, RISK_STUDIES, type RiskStudyId } from '../../core/risk/figures.js';
import type { CountRange, RiskPack } from '../../core/risk/pack-schema.js';
import { fillTemplate, formatFigure } from '../../core/risk/template.js';
import type { ComparedFigureWords, FigureWords, RiskWording } from './types.js';

type Count = number | CountRange;
interface Figure { id: keyof RiskWording['figures']; study: RiskStudyId; denominator: number; main: Count; comparison?: Count }

export function riskPack(words: RiskWording): RiskPack {
  const { tag } = words.meta;
  // A template's numbers as the locale writes them ("26,169" in en-GB, "26.169" in es); text as it is.
  const fill = (template: string, values: object) => fillTemplate(template, Object.fromEntries(Object.entries(values)
    .map(([name, value]) => [name, typeof value === 'number' ? formatFigure(value, tag) : value])));
  const provenance = (id: RiskStudyId) => {
    const { cite, full, approximate, numbers } = RISK_STUDIES[id];
    const { population, timeSpan } = words.studies[id];
    return {
      population: fill(population, numbers),
      timeSpan: fill(timeSpan, numbers),
      source: { short: 'name' in cite ? cite.name : fill(words.cite, cite), full },
      approximate,
    };
  };
  const figure = ({ id, study, denominator, main, comparison }: Figure) => {
    const { comparison: other, ...said }: FigureWords & Partial<ComparedFigureWords> = words.figures[id];
    return {
      ...said, id, denominator, main: { ...said.main, count: main },
      ...(other && comparison !== undefined ? { comparison: { ...other, count: comparison } } : {}),
      ...provenance(study),
    };
  };
  const { bandBelow, bandFrom, ...overdose } = words.overdose;
  const { benefits, harms, overdose: { bands, denominator, study }, extraRisks, stopping } = RISK_FIGURES;
  const extraRisk = (kind: keyof typeof extraRisks) => ({ ...words.extraRisks[kind], relative: extraRisks[kind].relative, ...provenance(extraRisks[kind].study) });
  return {
    id: `default-${tag.toLowerCase()}`,
    locale: tag,
    ...(words.review === null ? {} : { review: words.review }),
    text: words.text,
    benefits: benefits.map(figure),
    harms: harms.map(figure),
    overdose: {
      ...overdose,
      denominator,
      bands: bands.map((band) => ({ ...band, label: fill('below' in band ? bandBelow : bandFrom, band) })),
      ...provenance(study),
    },
    extraRisks: { benzodiazepine: extraRisk('benzodiazepine'), gabapentinoid: extraRisk('gabapentinoid') },
    stopping: figure(stopping),
    harmsInWords: words.harmsInWords as string[],
    questions: words.questions as string[],
    glossary: words.glossary as RiskPack['glossary'],
  };
}
