/**
 * The plan card's markup, from a PlanCardModel. Text only: every value is bound as text (never HTML),
 * and free text typed by people sits in <bdi> so a right-to-left override in it cannot reorder the
 * words around it. Flag messages quote medicine names typed into the plan, so they sit in <bdi> too
 * (the core also drops direction controls from those names).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PlanFlag, FlagSeverity } from '../../core/flags.js';
import type { ConcurrentMedicine } from '../../core/schema.js';
import { formatDailyDose, type DoseBandId } from '../../core/guidance.js';
import { drugName } from '../../core/text.js';
import type { DueDate, MedicationRow, PlanCardModel } from './plan-card-model.js';

const SEVERITY_WORDS: Readonly<Record<FlagSeverity, string>> = { urgent: 'Urgent', warning: 'Warning', info: 'For information' };
const ICONS: Readonly<Record<FlagSeverity, string>> = { urgent: '!', warning: '!', info: 'i' };

const CONCURRENT_KINDS: Readonly<Record<ConcurrentMedicine['kind'], string>> = {
  benzodiazepine: 'Benzodiazepine',
  gabapentinoid: 'Gabapentinoid',
  'opioid-substitution': 'Opioid substitution treatment',
};

/** The same severity the matching flag has, so the band and the flags never disagree. */
const BAND_SEVERITY: Readonly<Record<DoseBandId, FlagSeverity>> = {
  'specialist-referral': 'urgent', implausible: 'urgent', 'high-dose': 'warning', reassess: 'warning',
  incomplete: 'warning', 'below-threshold': 'info', information: 'info', 'outside-scope': 'info',
};

const icon = (severity: FlagSeverity) => html`<span class="icon icon-${severity}" aria-hidden="true">${ICONS[severity]}</span>`;

/** Free text from the plan: isolated, so bidi control characters stay inside it. */
const text = (value: string | undefined) => html`<bdi>${value}</bdi>`;

function heading(level: number, id: string, label: string): TemplateResult {
  return html`<div class="heading" role="heading" aria-level=${Math.min(level + 1, 6)} id=${id}>${label}</div>`;
}

function flagItem(flag: PlanFlag): TemplateResult {
  return html`<li class="flag flag-${flag.severity}" part="flag" data-flag=${flag.id} data-severity=${flag.severity}>
    ${icon(flag.severity)}
    <div><p><strong class="severity">${SEVERITY_WORDS[flag.severity]}:</strong> ${text(flag.message)}</p>
    <p class="source">Source: ${flag.source}</p></div>
  </li>`;
}

function flagsSection(model: PlanCardModel, level: number): TemplateResult {
  if (model.flags.length === 0) {
    return html`<section class="flags" part="flags" aria-labelledby="flags-h">${heading(level, 'flags-h', 'Flags')}
      <p>No flags for this plan.</p></section>`;
  }
  return html`<section class="flags" part="flags" aria-labelledby="flags-h">
    ${heading(level, 'flags-h', `Flags (${model.flags.length})`)}
    <ul class="flag-list">${model.flags.map(flagItem)}</ul>
  </section>`;
}

function row(line: MedicationRow, unitLabel: string): TemplateResult {
  return html`<tr role="row">
    <th scope="row" role="rowheader">${text(line.name)}${line.detail ? html`<span class="detail">${line.detail}</span>` : nothing}</th>
    <td role="cell" data-label="Dose"><span>${line.dose}</span></td>
    <td role="cell" data-label="Daily dose"><span>${line.daily}${line.maximum ? html`<span class="detail">maximum, if every as-needed dose is taken</span>` : nothing}</span></td>
    <td role="cell" data-label=${unitLabel} class=${line.converted ? '' : 'not-converted'}><span>${line.converted ? nothing : icon('warning')}${line.equivalent}</span></td>
  </tr>`;
}

function medicationsTable(model: PlanCardModel): TemplateResult {
  const unitLabel = model.profile.unit === 'OME' ? 'OME (mg/day)' : 'MME (per day)';
  return html`<table class="medications" part="medications" role="table">
    <caption>Opioid medicines (${model.rows.length})</caption>
    <thead><tr role="row">
      <th scope="col" role="columnheader">Medicine</th><th scope="col" role="columnheader">Dose</th>
      <th scope="col" role="columnheader">Daily dose</th><th scope="col" role="columnheader">${unitLabel}</th>
    </tr></thead>
    <tbody>${model.rows.map((line) => row(line, unitLabel))}</tbody>
  </table>`;
}

function bandBlock(model: PlanCardModel): TemplateResult | typeof nothing {
  const { band } = model.total;
  if (band === undefined) return nothing;
  // `incomplete`: the core could not place the total (a medicine is missing from it), said as a warning.
  const severity: FlagSeverity = BAND_SEVERITY[band.id];
  return html`<p class="band band-${band.id}" part="band" data-band=${band.id}>${icon(severity)}<span><strong>${band.label}.</strong>
    <span class="source">Source: ${band.source}</span></span></p>`;
}

function totalBlock(model: PlanCardModel): TemplateResult {
  const { total, profile } = model;
  return html`<div class="total ${total.complete ? '' : 'incomplete'}" part="total">
    <p class="total-label">Total daily dose (${profile.unitLong}, ${profile.unit})</p>
    <p class="total-value">${total.implausible ? icon('urgent') : total.complete ? nothing : icon('warning')}<strong>${total.text}</strong></p>
    ${total.includesMaximum ? html`<p class="maximum">Includes as-needed medicines at their most doses a day: this is the maximum, not what is usually taken.</p>` : nothing}
    ${total.reasons.length > 0 ? html`<ul class="reasons">${total.reasons.map((reason) => html`<li>${reason}</li>`)}</ul>` : nothing}
    ${bandBlock(model)}
    <ul class="cautions" part="cautions" aria-label="Cautions about ${profile.unit} figures">
      ${profile.cautions.map((caution) => html`<li>${caution}</li>`)}
    </ul>
  </div>`;
}

function due(value: DueDate | undefined, missing: string): TemplateResult {
  if (value === undefined) return html`<dd class="missing">${missing}</dd>`;
  if (value.fromTaper) {
    return html`<dd>${value.date} — <strong>end of taper</strong> (${value.relative}) <span class="detail">No stop date recorded: the taper reaches 0 mg on this date.</span></dd>`;
  }
  return html`<dd class=${value.overdue ? 'overdue' : ''}>${value.overdue ? icon('urgent') : nothing}${value.date}${value.relative
    ? html` — <strong>${value.relative}</strong>` : nothing}${value.lastDose
    ? html` <span class="detail">The first day without the medicine; last dose on ${value.lastDose}.</span>` : nothing}</dd>`;
}

function datesList(model: PlanCardModel): TemplateResult {
  return html`<dl class="dates" part="dates">
    <div><dt>Started</dt> <dd>${model.start}</dd></div>
    <div><dt>Review</dt> ${due(model.review, 'No review date set')}</div>
    <div><dt>Stop</dt> ${due(model.stop, 'No stop date set')}</div>
  </dl>`;
}

function taperSection(model: PlanCardModel, level: number): TemplateResult | typeof nothing {
  const taper = model.taper;
  if (taper === undefined) return nothing;
  return html`<section class="taper" part="taper" aria-labelledby="taper-h">${heading(level, 'taper-h', 'Taper')}
    ${taper.problem ? html`<p class="problem">${icon('warning')}${taper.problem}</p>` : html`${taper.current ? html`<p>${taper.current}</p>` : nothing}<p><strong>${taper.next}</strong></p><p class="detail">${taper.description}.</p>`}
  </section>`;
}

function goalsSection(model: PlanCardModel, level: number): TemplateResult {
  const goals = model.plan.goals ?? [];
  return html`<section class="goals" part="goals" aria-labelledby="goals-h">${heading(level, 'goals-h', 'Goals agreed with the patient')}
    ${goals.length > 0 ? html`<ul>${goals.map((goal) => html`<li>${text(goal)}</li>`)}</ul>` : html`<p class="missing">No goals recorded.</p>`}
  </section>`;
}

function concurrentSection(model: PlanCardModel, level: number): TemplateResult {
  const medicines = model.plan.concurrentMedicines ?? [];
  const naloxone = model.plan.naloxoneSupplied;
  return html`<section class="concurrent" part="concurrent" aria-labelledby="concurrent-h">
    ${heading(level, 'concurrent-h', 'Other medicines that add risk')}
    <ul>
      ${medicines.length === 0 ? html`<li>No benzodiazepine, gabapentinoid or opioid substitution treatment recorded.</li>` : nothing}
      ${medicines.map((medicine) => html`<li><strong>${CONCURRENT_KINDS[medicine.kind]}:</strong>
        ${text([medicine.name ?? (medicine.drug ? drugName(medicine.drug) : ''), medicine.dose].filter(Boolean).join(', ') || 'name not recorded')}</li>`)}
      <li><strong>Naloxone:</strong> ${naloxone === true ? 'supplied' : naloxone === false ? 'not supplied' : 'not recorded'}</li>
      ${model.riskFactors.map((factor) => html`<li><strong>Risk factor:</strong> ${factor}</li>`)}
    </ul>
  </section>`;
}

/** Who shares the care and who is responsible for what (joint pain/addiction care, GP, pharmacist). */
function careTeamSection(model: PlanCardModel, level: number): TemplateResult {
  return html`<section class="care-team" part="care-team" aria-labelledby="care-team-h">${heading(level, 'care-team-h', 'Care team')}
    <ul>${model.careTeam.map((member) => html`<li><strong>${member.role}:</strong>
      ${member.who.length > 0 ? member.who.map((part, i) => html`${i > 0 ? ', ' : nothing}${text(part)}`) : 'name not recorded'}${member.responsibilities
        ? html` — <span class="responsibility">${member.responsibilities}</span>` : nothing}</li>`)}</ul>
  </section>`;
}

function optionalSections(model: PlanCardModel, level: number): TemplateResult {
  const { mdtReview, prescriber, notes } = model.plan;
  const who = prescriber ? [prescriber.name, prescriber.team, prescriber.contact].filter((part) => part?.trim()) : [];
  return html`
    ${mdtReview ? html`<section class="mdt" part="mdt" aria-labelledby="mdt-h">${heading(level, 'mdt-h', 'MDT review')}
      <p><strong>${model.date(mdtReview.date)}</strong></p>
      ${mdtReview.outcome ? html`<p class="prose">${text(mdtReview.outcome)}</p>` : nothing}</section>` : nothing}
    ${model.careTeam.length > 0 ? careTeamSection(model, level) : nothing}
    ${who.length > 0 || model.careTeam.length === 0 ? html`<section class="prescriber" part="prescriber" aria-labelledby="prescriber-h">${heading(level, 'prescriber-h', 'Prescriber')}
      ${who.length > 0 ? html`<p>${who.map((part, i) => html`${i > 0 ? html`<br>` : nothing}${text(part)}`)}</p>` : html`<p class="missing">Not recorded.</p>`}
    </section>` : nothing}
    ${notes ? html`<section class="notes" part="notes" aria-labelledby="notes-h">${heading(level, 'notes-h', 'Notes')}
      <p class="prose">${text(notes)}</p></section>` : nothing}`;
}

/** The full card. */
export function fullCard(model: PlanCardModel, level: number, actions: TemplateResult): TemplateResult {
  return html`<article class="card" part="card" aria-labelledby="title">
    <header part="header">
      <div class="title" role="heading" aria-level=${level} id="title">Opioid treatment plan: ${model.indication}</div>
      <p class="guidance">Guidance used: <strong>${model.guidanceName}</strong></p>
    </header>
    ${flagsSection(model, level)}
    ${medicationsTable(model)}
    ${totalBlock(model)}
    ${datesList(model)}
    ${taperSection(model, level)}
    ${goalsSection(model, level)}
    ${concurrentSection(model, level)}
    ${optionalSections(model, level)}
    ${actions}
  </article>`;
}

function flagCount(model: PlanCardModel): TemplateResult {
  const { urgentCount, warningCount } = model;
  if (urgentCount === 0 && warningCount === 0) return html`<span>No urgent flags</span>`;
  const parts = [
    urgentCount > 0 ? `${urgentCount} urgent flag${urgentCount === 1 ? '' : 's'}` : '',
    warningCount > 0 ? `${warningCount} warning${warningCount === 1 ? '' : 's'}` : '',
  ].filter(Boolean).join(', ');
  return html`<span class="flag-count ${urgentCount > 0 ? 'has-urgent' : ''}">${icon(urgentCount > 0 ? 'urgent' : 'warning')}${parts}</span>`;
}

const COMPACT_BAND_WORDS: Partial<Record<DoseBandId, string>> = {
  'high-dose': 'high dose', 'specialist-referral': 'refer to specialist', reassess: 'reassess before any increase',
};

/** One or two lines for a list of patients: drugs, total, review/stop date, flag count. */
export function compactCard(model: PlanCardModel, level: number, actions: TemplateResult): TemplateResult {
  const { review, stop, total, profile } = model;
  const band = total.band?.id === 'high-dose' || total.band?.id === 'specialist-referral' || total.band?.id === 'reassess' ? total.band : undefined;
  return html`<article class="card compact" part="card" aria-labelledby="title">
    <div part="header" class="compact-line">
      <span class="title" role="heading" aria-level=${level} id="title">${model.drugs}</span>
      <span class="total ${total.complete ? '' : 'incomplete'}" part="total">${total.complete ? nothing : icon('warning')}<strong>${total.short}</strong>${band
        ? html` <span class="band-short">(${COMPACT_BAND_WORDS[band.id]}: at or above ${formatDailyDose(band.threshold, profile, model.locale)})</span>` : nothing}</span>
      <span class="guidance">${profile.name}, ${profile.unit}: approximate — see cautions</span>
    </div>
    <div class="compact-line meta" part="dates">
      ${review ? html`<span class=${review.overdue ? 'overdue' : ''}>${review.overdue ? icon('urgent') : nothing}Review ${review.relative} (${review.date})</span>`
        : html`<span>No review date</span>`}
      ${stop ? html`<span>${stop.fromTaper ? 'Taper ends' : 'Stop'} ${stop.date} (${stop.relative})</span>` : html`<span>No stop date</span>`}
      <span part="flags">${flagCount(model)}</span>
    </div>
    <details class="cautions" part="cautions"><summary>Cautions about ${profile.unit} figures: approximate, not for switching opioids</summary>
      <p>${model.guidanceName}.</p>
      <ul>${profile.cautions.map((caution) => html`<li>${caution}</li>`)}</ul></details>
    ${actions}
  </article>`;
}
