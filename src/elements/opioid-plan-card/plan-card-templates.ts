/**
 * The plan card's markup, from a PlanCardModel (whose words are already in the card's locale). Text
 * only: every value is bound as text (never HTML), and free text typed by people sits in <bdi> so a
 * right-to-left override in it cannot reorder the words around it. Flag sentences quote medicine names
 * typed into the plan, so they sit in <bdi> too (the core also drops direction controls from those names).
 *
 * The sections that do not depend on `today` or the dates sit in `guard`s on the model's pieces, which
 * the model keeps while their inputs are the same (PlanCardMemo): an update that moves the review date
 * re-renders the dates, taper and goals, never the medicines table, the total or the flags that did not change.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { FlagSeverity } from '../../core/flags.js';
import type { DoseBandId } from '../../core/guidance.js';
import type { DueDate, FlagModel, MedicationRow, PlanCardModel } from './plan-card-model.js';

const ICONS: Readonly<Record<FlagSeverity, string>> = { urgent: '!', warning: '!', info: 'i' };

/** The same severity the matching flag has, so the band and the flags never disagree. */
const BAND_SEVERITY: Readonly<Record<DoseBandId, FlagSeverity>> = {
  'specialist-referral': 'urgent', implausible: 'urgent', 'high-dose': 'warning', reassess: 'warning',
  incomplete: 'warning', 'below-threshold': 'info', information: 'info', 'outside-scope': 'info',
};

const icon = (severity: FlagSeverity) => html`<span class="icon icon-${severity}" aria-hidden="true">${ICONS[severity]}</span>`;
/** The two icons shown on their own (not in a flag): one template each, no values to bind. */
const WARNING_ICON = icon('warning');
const URGENT_ICON = icon('urgent');

/*
 * Free text from the plan sits in <bdi> (isolated, so bidi control characters stay inside it), and
 * each section's heading is a <div role="heading"> a level below the card's title; both are written
 * out in the templates that use them rather than as templates of their own, because every nested
 * template is one more instance to clone and insert for every card (issue 10).
 */
const sub = (level: number) => Math.min(level + 1, 6);

function flagItem(flag: FlagModel, model: PlanCardModel): TemplateResult {
  return html`<li class="flag flag-${flag.severity}" part="flag" data-flag=${flag.id} data-severity=${flag.severity}>
    <span class="icon icon-${flag.severity}" aria-hidden="true">${ICONS[flag.severity]}</span>
    <div><p><strong class="severity">${flag.severityText}:</strong> <bdi>${flag.text}</bdi></p>
    <p class="source">${model.words.source(flag.source)}</p></div>
  </li>`;
}

function flagsSection(model: PlanCardModel, level: number): TemplateResult {
  const words = model.words.flags;
  if (model.flags.length === 0) {
    return html`<section class="flags" part="flags" aria-labelledby="flags-h"><div class="heading" role="heading" aria-level=${sub(level)} id="flags-h">${words.heading}</div>
      <p>${words.none}</p></section>`;
  }
  return html`<section class="flags" part="flags" aria-labelledby="flags-h">
    <div class="heading" role="heading" aria-level=${sub(level)} id="flags-h">${words.headingCount(model.format.count(model.flags.length))}</div>
    <ul class="flag-list">${model.flags.map((flag) => flagItem(flag, model))}</ul>
  </section>`;
}

function row(line: MedicationRow, model: PlanCardModel, unitLabel: string, index = 0): TemplateResult {
  const words = model.words.table;
  const notes = model.record?.notesRow(index);
  return html`<tr role="row" class=${notes ? 'has-notes' : ''}>
    <th scope="row" role="rowheader"><bdi>${line.name}</bdi>${line.detail ? html`<span class="detail">${line.detail}</span>` : nothing}</th>
    <td role="cell" data-label=${words.dose}><span>${line.dose}</span></td>
    <td role="cell" data-label=${words.dailyDose}><span>${line.daily}${line.maximum ? html`<span class="detail">${words.maximumNote}</span>` : nothing}</span></td>
    <td role="cell" data-label=${unitLabel} class=${line.converted ? '' : 'not-converted'}><span>${line.converted ? nothing : WARNING_ICON}${line.equivalent}</span></td>
  </tr>${notes ?? nothing}`;
}


function medicationsTable(model: PlanCardModel): TemplateResult {
  const words = model.words.table;
  const unitLabel = words.unitColumn[model.unit];
  return html`<table class="medications" part="medications" role="table">
    <caption>${words.caption(model.format.count(model.rows.length))}</caption>
    <thead><tr role="row">
      <th scope="col" role="columnheader">${words.medicine}</th><th scope="col" role="columnheader">${words.dose}</th>
      <th scope="col" role="columnheader">${words.dailyDose}</th><th scope="col" role="columnheader">${unitLabel}</th>
    </tr></thead>
    <tbody>${model.rows.map((line, i) => row(line, model, unitLabel, i))}</tbody>
  </table>`;
}

function bandBlock(model: PlanCardModel): TemplateResult | typeof nothing {
  const { band } = model.total;
  if (band === undefined) return nothing;
  // `incomplete`: the core could not place the total (a medicine is missing from it), said as a warning.
  const severity: FlagSeverity = BAND_SEVERITY[band.id];
  return html`<p class="band band-${band.id}" part="band" data-band=${band.id}><span class="icon icon-${severity}" aria-hidden="true">${ICONS[severity]}</span><span><strong>${band.text}.</strong>
    <span class="source">${model.words.source(band.source)}</span></span></p>`;
}

function totalBlock(model: PlanCardModel): TemplateResult {
  const { total } = model;
  const words = model.words.total;
  return html`<div class="total ${total.complete ? '' : 'incomplete'}" part="total">
    <p class="total-label">${words.label(model.unitLong, model.unit)}</p>
    <p class="total-value">${total.implausible ? URGENT_ICON : total.complete ? nothing : WARNING_ICON}<strong>${total.text}</strong></p>
    ${total.includesMaximum ? html`<p class="maximum">${words.includesMaximum}</p>` : nothing}
    ${total.reasons.length > 0 ? html`<ul class="reasons">${total.reasons.map((reason) => html`<li>${reason}</li>`)}</ul>` : nothing}
    ${bandBlock(model)}
    <ul class="cautions" part="cautions" aria-label=${words.cautionsLabel(model.unit)}>
      ${model.cautions.map((caution) => html`<li>${caution}</li>`)}
    </ul>
  </div>`;
}

function due(model: PlanCardModel, value: DueDate | undefined, missing: string): TemplateResult {
  const words = model.words.dates;
  if (value === undefined) return html`<dd class="missing">${missing}</dd>`;
  if (value.fromTaper) {
    return html`<dd>${value.date} — <strong>${words.endOfTaper}</strong> (${value.relative}) <span class="detail">${words.endOfTaperNote}</span></dd>`;
  }
  return html`<dd class=${value.overdue ? 'overdue' : ''}>${value.overdue ? URGENT_ICON : nothing}${value.date}${value.relative
    ? html` — <strong>${value.relative}</strong>` : nothing}${value.lastDose
    ? html` <span class="detail">${words.lastDose(value.lastDose)}</span>` : nothing}</dd>`;
}

function datesList(model: PlanCardModel): TemplateResult {
  const words = model.words.dates;
  return html`<dl class="dates" part="dates">
    <div><dt>${words.started}</dt> <dd>${model.start}</dd></div>
    <div><dt>${words.review}</dt> ${due(model, model.review, words.noReview)}</div>
    <div><dt>${words.stop}</dt> ${due(model, model.stop, words.noStop)}</div>
  </dl>`;
}

function taperSection(model: PlanCardModel, level: number): TemplateResult | typeof nothing {
  const taper = model.taper;
  if (taper === undefined) return nothing;
  return html`<section class="taper" part="taper" aria-labelledby="taper-h"><div class="heading" role="heading" aria-level=${sub(level)} id="taper-h">${model.words.taper.heading}</div>
    ${taper.problem ? html`<p class="problem">${WARNING_ICON}${taper.problem}</p>` : html`${taper.current ? html`<p>${taper.current}</p>` : nothing}<p><strong>${taper.next}</strong></p><p class="detail">${taper.description}.</p>`}
  </section>`;
}

function goalsSection(model: PlanCardModel, level: number): TemplateResult {
  const goals = model.plan.goals ?? [];
  const words = model.words.goals;
  return html`<section class="goals" part="goals" aria-labelledby="goals-h"><div class="heading" role="heading" aria-level=${sub(level)} id="goals-h">${words.heading}</div>
    ${goals.length > 0 ? html`<ul>${goals.map((goal) => html`<li><bdi>${goal}</bdi></li>`)}</ul>` : html`<p class="missing">${words.none}</p>`}
  </section>`;
}

function concurrentSection(model: PlanCardModel, level: number): TemplateResult {
  const naloxone = model.plan.naloxoneSupplied;
  const words = model.words.concurrent;
  return html`<section class="concurrent" part="concurrent" aria-labelledby="concurrent-h">
    <div class="heading" role="heading" aria-level=${sub(level)} id="concurrent-h">${words.heading}</div>
    <ul>
      ${model.concurrent.length === 0 ? html`<li>${words.none}</li>` : nothing}
      ${model.concurrent.map((medicine) => html`<li><strong>${medicine.kind}:</strong> <bdi>${medicine.text}</bdi></li>`)}
      <li><strong>${words.naloxone}:</strong> ${naloxone === true ? words.naloxoneSupplied : naloxone === false ? words.naloxoneNotSupplied : words.naloxoneNotRecorded}</li>
      ${model.riskFactors.map((factor) => html`<li><strong>${words.riskFactor}:</strong> ${factor}</li>`)}
    </ul>
  </section>`;
}

/** Who shares the care and who is responsible for what (joint pain/addiction care, GP, pharmacist). */
function careTeamSection(model: PlanCardModel, level: number): TemplateResult {
  return html`<section class="care-team" part="care-team" aria-labelledby="care-team-h"><div class="heading" role="heading" aria-level=${sub(level)} id="care-team-h">${model.words.careTeam.heading}</div>
    <ul>${model.careTeam.map((member) => html`<li><strong>${member.role}:</strong>
      ${member.who.length > 0 ? member.who.map((part, i) => html`${i > 0 ? ', ' : nothing}<bdi>${part}</bdi>`) : model.words.concurrent.nameNotRecorded}${member.responsibilities
        ? html` — <span class="responsibility">${member.responsibilities}</span>` : nothing}</li>`)}</ul>
  </section>`;
}

function optionalSections(model: PlanCardModel, level: number): TemplateResult {
  const { mdtReview, prescriber, notes } = model.plan;
  const words = model.words;
  const who = prescriber ? [prescriber.name, prescriber.team, prescriber.contact].filter((part) => part?.trim()) : [];
  return html`
    ${mdtReview ? html`<section class="mdt" part="mdt" aria-labelledby="mdt-h"><div class="heading" role="heading" aria-level=${sub(level)} id="mdt-h">${words.mdt}</div>
      <p><strong>${model.date(mdtReview.date)}</strong></p>
      ${mdtReview.outcome ? html`<p class="prose"><bdi>${mdtReview.outcome}</bdi></p>` : nothing}</section>` : nothing}
    ${model.careTeam.length > 0 ? careTeamSection(model, level) : nothing}
    ${who.length > 0 || model.careTeam.length === 0 ? html`<section class="prescriber" part="prescriber" aria-labelledby="prescriber-h"><div class="heading" role="heading" aria-level=${sub(level)} id="prescriber-h">${words.prescriber}</div>
      ${who.length > 0 ? html`<p>${who.map((part, i) => html`${i > 0 ? html`<br>` : nothing}<bdi>${part}</bdi>`)}</p>` : html`<p class="missing">${words.notRecorded}</p>`}
    </section>` : nothing}
    ${notes ? html`<section class="notes" part="notes" aria-labelledby="notes-h"><div class="heading" role="heading" aria-level=${sub(level)} id="notes-h">${words.notes}</div>
      <p class="prose"><bdi>${notes}</bdi></p></section>` : nothing}`;
}

/** The full card. */
export function fullCard(model: PlanCardModel, level: number, actions: TemplateResult): TemplateResult {
  return html`<article class="card" part="card" aria-labelledby="title" lang=${model.tag}>
    <header part="header">
      <div class="title" role="heading" aria-level=${level} id="title">${model.words.title(model.indication)}</div>
      <p class="guidance">${model.words.guidanceUsed} <strong>${model.guidanceName}</strong></p>
    </header>
    ${guard([model.flags, model.words, level], () => flagsSection(model, level))}
    ${guard([model.rows, model.record, model.words, model.unit], () => medicationsTable(model))}
    ${model.record?.section(level) ?? nothing}
    ${guard([model.total, model.cautions, model.words, model.unit, model.unitLong], () => totalBlock(model))}
    ${datesList(model)}
    ${taperSection(model, level)}
    ${goalsSection(model, level)}
    ${guard([model.concurrent, model.riskFactors, model.plan.naloxoneSupplied, model.words, level], () => concurrentSection(model, level))}
    ${optionalSections(model, level)}
    ${actions}
  </article>`;
}

function flagCount(model: PlanCardModel): TemplateResult {
  const { urgentCount, warningCount } = model;
  const words = model.words.compact;
  if (urgentCount === 0 && warningCount === 0) return html`<span>${words.noUrgentFlags}</span>`;
  const parts = words.counts(
    urgentCount > 0 ? model.format.plural(urgentCount, words.urgentFlags) : '',
    warningCount > 0 ? model.format.plural(warningCount, words.warnings) : '',
  );
  return html`<span class="flag-count ${urgentCount > 0 ? 'has-urgent' : ''}">${icon(urgentCount > 0 ? 'urgent' : 'warning')}${parts}</span>`;
}

/** One or two lines for a list of patients: drugs, total, review/stop date, flag count. */
export function compactCard(model: PlanCardModel, level: number, actions: TemplateResult): TemplateResult {
  const { review, stop, total } = model;
  const words = model.words.compact;
  const band = total.band?.compact;
  return html`<article class="card compact" part="card" aria-labelledby="title" lang=${model.tag}>
    <div part="header" class="compact-line">
      <span class="title" role="heading" aria-level=${level} id="title">${model.drugs}</span>
      <span class="total ${total.complete ? '' : 'incomplete'}" part="total">${total.complete ? nothing : WARNING_ICON}<strong>${total.short}</strong>${band
        ? html` <span class="band-short">${band}</span>` : nothing}</span>
      <span class="guidance">${words.guidance(model.guidanceTitle, model.unit)}</span>
    </div>
    <div class="compact-line meta" part="dates">
      ${review ? html`<span class=${review.overdue ? 'overdue' : ''}>${review.overdue ? URGENT_ICON : nothing}${words.review(review.relative, review.date)}</span>`
        : html`<span>${words.noReview}</span>`}
      ${stop ? html`<span>${(stop.fromTaper ? words.taperEnds : words.stop)(stop.date, stop.relative)}</span>` : html`<span>${words.noStop}</span>`}
      <span part="flags">${flagCount(model)}</span>
    </div>
    <details class="cautions" part="cautions"><summary>${words.cautions(model.unit)}</summary>
      <p>${model.guidanceName}.</p>
      <ul>${model.cautions.map((caution) => html`<li>${caution}</li>`)}</ul></details>
    ${actions}
  </article>`;
}
