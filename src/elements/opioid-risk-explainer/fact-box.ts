/**
 * The fact box's parts as Lit templates: a figure (sentence, icon arrays, provenance), the overdose
 * figure for the dose band, and the extra-risk rows. Pure functions of the pack and the view; every
 * string is rendered as text (Lit escapes it), never as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { iconCounts, wholePeople } from '../../core/risk/icons.js';
import { fillTemplate, formatFigure } from '../../core/risk/template.js';
import type {
  CountRange, ExtraRisk, OverdoseBand, RiskFigure, RiskGroup, RiskPack, RiskSource,
} from '../../core/risk/pack-schema.js';
import { iconArray, isSingular } from './icon-array.js';
import type { Audience, DoseView } from './risk-inputs.js';

export interface FactBoxContext {
  pack: RiskPack;
  audience: Audience;
  /** A pack figure in the pack's language ("1,000"). */
  format: (value: number) => string;
}

export function factBoxContext(pack: RiskPack, audience: Audience): FactBoxContext {
  return { pack, audience, format: (value) => formatFigure(value, pack.locale) };
}

/** The template values of one group: `count`/`people` for a number, `low`/`high` for a range. */
function groupValues(prefix: '' | 'comparison', count: number | CountRange, denominator: number, format: FactBoxContext['format']): Record<string, string> {
  const key = (base: string) => (prefix ? `${prefix}${base.charAt(0).toUpperCase()}${base.slice(1)}` : base);
  return typeof count === 'number'
    ? { [key('count')]: format(count), [key('people')]: format(wholePeople(count, denominator)) }
    : { [key('low')]: format(count.low), [key('high')]: format(count.high) };
}

function figureValues(figure: RiskFigure, format: FactBoxContext['format']): Record<string, string> {
  return {
    denominator: format(figure.denominator),
    ...groupValues('', figure.main.count, figure.denominator, format),
    ...(figure.comparison ? groupValues('comparison', figure.comparison.count, figure.denominator, format) : {}),
  };
}

function arrayFor(group: { who: string; count: number | CountRange }, total: number, ctx: FactBoxContext): TemplateResult {
  const { text } = ctx.pack;
  const { filled, striped } = iconCounts(group.count, total);
  const values = { total: ctx.format(total), filled: ctx.format(filled), who: group.who };
  // A pack may word one person separately ("1 is filled in"); without that wording it keeps its own.
  const one = isSingular(filled, ctx.pack.locale);
  const label = typeof group.count === 'number'
    ? fillTemplate((one && text.iconLabelOne) || text.iconLabel, values)
    : fillTemplate((one && text.iconLabelRangeOne) || text.iconLabelRange, { ...values, high: ctx.format(group.count.high) });
  return iconArray({ total, filled, striped, label });
}

function groupFigure(group: RiskGroup, denominator: number, ctx: FactBoxContext): TemplateResult {
  const { count } = group;
  // Icons are whole people: when the published count has a decimal, print it under the picture.
  const rounded = typeof count === 'number' && !Number.isInteger(count);
  return html`<figure class="array">
    <figcaption>${group.label}</figcaption>
    ${arrayFor(group, denominator, ctx)}
    ${rounded ? html`<p class="study-figure">${fillTemplate(ctx.pack.text.studyFigure, {
      count: ctx.format(count), people: ctx.format(wholePeople(count, denominator)), denominator: ctx.format(denominator),
    })}</p>` : nothing}
  </figure>`;
}

/** What every figure has besides its numbers: a title, and who, when and where the numbers come from. */
type Provenance = { title: string; population: string; timeSpan: string; source: RiskSource; approximate: boolean };

/** Who was studied, over what time and the source: under every number (REFERENCE.md §5). */
function provenance(item: Provenance, ctx: FactBoxContext): TemplateResult {
  const { text } = ctx.pack;
  return html`<dl class="provenance" part="provenance">
      <div><dt>${text.populationLabel}</dt><dd>${item.population}</dd></div>
      <div><dt>${text.timeSpanLabel}</dt><dd>${item.timeSpan}</dd></div>
      <div><dt>${text.sourceLabel}</dt><dd><cite>${ctx.audience === 'clinician' ? item.source.full : item.source.short}</cite></dd></div>
    </dl>
    ${item.approximate ? html`<p class="approximate" part="approximate">${text.approximate}</p>` : nothing}`;
}

/**
 * What every figure shares: an id for tests and hosts, its title, its body, and its provenance last,
 * so no number is ever shown without it. `kind` adds a class and a part (`overdose`, `extra-risk`).
 */
function figureBox(id: string, kind: string, item: Provenance, body: TemplateResult, ctx: FactBoxContext): TemplateResult {
  return html`<div class="figure ${kind}" part="figure ${kind}" data-figure=${id}>
    <h4>${item.title}</h4>
    ${body}
    ${provenance(item, ctx)}
  </div>`;
}

/** A figure: its sentence, one icon array per group (same denominator), and its provenance. */
export function renderFigure(figure: RiskFigure, ctx: FactBoxContext): TemplateResult {
  const groups = figure.comparison ? [figure.main, figure.comparison] : [figure.main];
  return figureBox(figure.id, '', figure, html`<p class="sentence">${fillTemplate(figure.sentence, figureValues(figure, ctx.format))}</p>
    <div class="arrays">${groups.map((group) => groupFigure(group, figure.denominator, ctx))}</div>`, ctx);
}

function bandValues(band: OverdoseBand, ctx: FactBoxContext): Record<string, string> {
  return { band: band.label, count: ctx.format(band.count), denominator: ctx.format(ctx.pack.overdose.denominator) };
}

/** Every band, lowest dose first, the dose's own band marked in words (not only by style). */
function bandList(current: OverdoseBand | undefined, ctx: FactBoxContext): TemplateResult {
  const { overdose } = ctx.pack;
  const bands = [...overdose.bands].sort((a, b) => a.atLeast - b.atLeast);
  return html`<ul class="bands" part="bands">${bands.map((band) => html`<li class=${band === current ? 'current' : ''}>
    ${fillTemplate(overdose.bandItem, bandValues(band, ctx))}${band.approximate && overdose.approximateBand
      ? ` (${overdose.approximateBand})` : nothing}${band === current
      ? html` <strong>(${overdose.yourBand})</strong>` : nothing}
  </li>`)}</ul>`;
}

function noBandSentence(dose: DoseView, ctx: FactBoxContext): string {
  const { overdose, text } = ctx.pack;
  if (dose.kind === 'incomplete') return overdose.incompleteTotal;
  if (dose.kind === 'unknown') return overdose.unknownDose;
  return fillTemplate(overdose.noFigure, { dose: fillTemplate(text.doseAmount, { dose: ctx.format(dose.value) }) });
}

/**
 * The overdose figure (Dunn 2010) for the dose's band, with its array out of 1,000; when no band fits,
 * the pack's words say so and no number is invented. The list of every band follows either way.
 */
export function renderOverdose(dose: DoseView, band: OverdoseBand | undefined, ctx: FactBoxContext): TemplateResult {
  const { overdose } = ctx.pack;
  return figureBox('overdose', 'overdose', overdose, html`${band
    ? html`<p class="sentence">${fillTemplate(overdose.sentence, bandValues(band, ctx))}</p>
      ${band.approximate ? html`<p class="approximate" part="approximate">${ctx.pack.text.approximate}</p>` : nothing}
      <div class="arrays">${groupFigure({ label: band.label, who: overdose.who, count: band.count }, overdose.denominator, ctx)}</div>`
    : html`<p class="sentence no-figure" part="no-figure">${noBandSentence(dose, ctx)}</p>`}
    <p class="bands-heading">${overdose.bandsHeading}</p>
    ${bandList(band, ctx)}`, ctx);
}

/**
 * An extra-risk row: the relative figure, and right beside it the absolute overdose figure for the dose
 * band (or every band when none fits), never one without the other, and never multiplied together.
 * No icon array of its own: drawing "3.9 × 7 in 1,000" would show a number no study reported.
 */
export function renderExtraRisk(kind: string, risk: ExtraRisk, band: OverdoseBand | undefined, ctx: FactBoxContext): TemplateResult {
  return figureBox(kind, 'extra-risk', risk, html`<p class="sentence">${fillTemplate(risk.sentence, { relative: ctx.format(risk.relative) })}</p>
    <div class="absolute" part="absolute">
      ${band
        ? html`<p>${fillTemplate(risk.comparison, bandValues(band, ctx))}</p>`
        : html`<p>${risk.comparisonNoBand}</p>${bandList(undefined, ctx)}`}
    </div>
    <p class="caveat">${risk.caveat}</p>`, ctx);
}
