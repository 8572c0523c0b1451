/**
 * A row's values as the words a reviewer reads, in the list's locale: the review section's words
 * (src/locales/review) around the core's results, which come only through the core catalogue (drug
 * names and lists, doses, dates, severity names, validation issues: `Words`, `describeIssue`). Only the
 * rows on screen (and an exported view) are formatted, so a long list costs nothing here. DOM-free.
 */
import type { IsoDate } from '../../core/dates.js';
import type { GuidanceProfile } from '../../core/guidance.js';
import type { FlagSeverity } from '../../core/flags.js';
import type { ValidationIssue } from '../../core/parse.js';
import { describeIssue, wordsFor } from '../../locales/core-words.js';
import { matchTag } from '../../locales/tags.js';
import { reviewSection, type ReviewFhirReason, type ReviewWords } from '../../locales/review/index.js';
import type { LocaleTag, Words } from '../../locales/types.js';
import type { ReviewRow } from './review-model.js';

export interface Formatter {
  profile: GuidanceProfile;
  /** The catalogue tag the list speaks. */
  tag: LocaleTag;
  /** The BCP 47 tag of its numbers and dates. */
  locale: string;
  today: IsoDate;
  /** The review section's words in `tag`. */
  w: ReviewWords;
  /** The core's words in `tag` (doses, drug names, dates, plurals, severity names). */
  core: Words;
  count(value: number): string;
  date(value: IsoDate): string;
  dose(value: number): string;
  percent(share: number): string;
  /** The form of `forms` for `count`, "{n}" filled in. */
  plural(count: number, forms: ReviewWords['showingAll']): string;
}

/** One percent format per locale: building an Intl.NumberFormat costs about a millisecond, and the list updates often while it checks. */
const percentFormats = new Map<string, Intl.NumberFormat>();

function percentFormat(locale: string): Intl.NumberFormat {
  const kept = percentFormats.get(locale);
  if (kept !== undefined) return kept;
  let known = 'en-GB';
  try {
    if (Intl.NumberFormat.supportedLocalesOf([locale]).length > 0) known = locale;
  } catch {
    // An odd tag: en-GB's percent sign.
  }
  const format = new Intl.NumberFormat(`${known}-u-nu-latn`, { style: 'percent', maximumFractionDigits: 0 });
  percentFormats.set(locale, format);
  return format;
}

/** `locale` is a tag ('cy', 'en-US') or any BCP 47 locale the catalogues map to one ('cy-GB' → 'cy'). */
export function formatter(profile: GuidanceProfile, locale: string, today: IsoDate): Formatter {
  const tag = matchTag(typeof locale === 'string' ? locale : '') ?? 'en-GB';
  const core = wordsFor(tag);
  const w = reviewSection.get(tag);
  const percents = percentFormat(core.locale);
  return {
    profile, tag, locale: core.locale, today, w, core,
    count: (value) => core.count(value),
    date: (value) => core.date(value, 'medium'),
    dose: (value) => core.dose(value, profile.unit),
    percent: (share) => percents.format(share),
    plural: (count, forms) => core.plural(count, forms),
  };
}

/** The guidance the list is read under, as the core catalogue names it: "UK: Opioids Aware … — oral morphine equivalent (OME)". */
export function guidanceName(f: Formatter): string {
  const catalogue = f.core.catalogue;
  const unit = f.profile.unit === 'MME' ? 'MME' : 'OME';
  return catalogue.guidance.label(catalogue.guidance[f.profile.id === 'us' ? 'us' : 'uk'], catalogue.unit[unit].long, unit);
}

/** Who the row is: the host's name, else its identifier, else "Person in row N". */
export function personLabel(row: ReviewRow, f: Formatter): string {
  return row.person.name ?? row.person.identifier ?? f.w.unnamed(f.count(row.index + 1));
}

/** Medicines named by the core catalogue, joined its way ("methadone and oxycodone"). */
const drugNames = (drugs: readonly string[], f: Formatter) => f.core.names(drugs.map((drug) => ({ drug })));

export function totalText(row: ReviewRow, f: Formatter): string {
  if (row.status === 'invalid') return '';
  const { w } = f;
  if (row.implausible) return w.implausible(f.profile.unit);
  const figure = f.dose(row.total);
  if (!row.complete) {
    const names = drugNames(row.notConvertedDrugs, f);
    return row.total > 0 ? w.incompleteAtLeast(figure, names) : w.incompleteNone(f.profile.unit, names);
  }
  return row.asNeededMaximum ? w.totalAtMost(figure) : w.total(figure);
}

export function bandText(row: ReviewRow, f: Formatter): string {
  return row.band === undefined ? '' : f.w.bands[row.band];
}

const upperFirst = (text: string, f: Formatter) => text.charAt(0).toLocaleUpperCase(f.locale) + text.slice(1);

export function opioidsText(row: ReviewRow, f: Formatter): string {
  const { w } = f;
  const extras = [row.substitution ? w.substitution : '', row.overTheCounter ? w.otc : ''].filter(Boolean);
  const names = upperFirst(drugNames(row.drugs, f), f);
  return extras.length > 0 ? w.opioidsWith(names, extras.join(', ')) : w.opioids(names);
}

/** Whole calendar months from `from` to `to` (both 'YYYY-MM-DD'): 31 January → 28 February is 0. */
function monthsBetween(from: IsoDate, to: IsoDate): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** "3 weeks", "7 months", "4 years 2 months"; "Starts in 5 days" for a plan that starts later. */
export function durationText(row: ReviewRow, f: Formatter): string {
  if (row.startDate === undefined || Number.isNaN(row.daysOn)) return '';
  const { w } = f;
  const days = row.daysOn;
  if (days < 0) return f.plural(-days, w.startsIn);
  if (days < 28) return days < 14 ? f.plural(days, w.days) : f.plural(Math.floor(days / 7), w.weeks);
  const months = Math.max(monthsBetween(row.startDate, f.today), 0);
  if (months < 24) return f.plural(Math.max(months, 1), w.months);
  const years = f.plural(Math.floor(months / 12), w.years);
  return months % 12 === 0 ? years : w.yearsMonths(years, f.plural(months % 12, w.months));
}

export type ReviewState = 'overdue' | 'missing' | 'not-needed' | 'due';

export function reviewText(row: ReviewRow, f: Formatter): { text: string; date: string; state: ReviewState } {
  if (row.status === 'invalid') return { text: '', date: '', state: 'due' };
  const { w } = f;
  if (row.reviewDate === undefined) {
    const needed = row.flags.some((flag) => flag.id === 'no-review-date');
    return { text: needed ? w.noReviewDate : w.noReviewNeeded, date: '', state: needed ? 'missing' : 'not-needed' };
  }
  const days = row.reviewDays;
  const date = f.date(row.reviewDate);
  if (days < 0) return { text: f.plural(-days, w.reviewOverdue), date, state: 'overdue' };
  return { text: days === 0 ? w.reviewToday : f.plural(days, w.reviewIn), date, state: 'due' };
}

export interface FlagItem {
  id: string;
  severity: FlagSeverity;
  label: string;
  /** The severity's name in the core catalogue ("Urgent"). */
  severityText: string;
}

/** The row's flags as short names (the plan card shows each flag's full sentence and source). */
export function flagItems(row: ReviewRow, f: Formatter): FlagItem[] {
  return row.flags.map((flag) => {
    let label = '';
    try {
      label = f.w.flagNames[flag.id](flag.params, f.core);
    } catch {
      // A host-made flag with odd parameters: its severity still shows.
    }
    return { id: flag.id, severity: flag.severity, label, severityText: f.core.catalogue.severity[flag.severity] };
  });
}

export function taperText(row: ReviewRow, f: Formatter): string {
  const { w } = f;
  const taper = row.taper;
  const dose = (value: number, unit: 'mg' | 'ome', drug: string | undefined) => (unit === 'ome'
    ? f.dose(value)
    : w.taperDrugDose(drug ? f.core.drug(drug) : '', f.core.mg(value)));
  switch (taper.status) {
    case 'none': return w.noTaper;
    case 'problem': return w.taperProblem;
    case 'finished': return w.taperFinished(f.date(taper.endDate));
    case 'planned': return w.taperPlanned(f.date(taper.startDate), dose(taper.dose, taper.unit, taper.drug));
    case 'active': {
      const now = w.taperNow(dose(taper.dose, taper.unit, taper.drug));
      if (taper.next === undefined) return now;
      const next = taper.next.isStop ? w.taperNextStop(f.date(taper.next.date))
        : w.taperNext(dose(taper.next.dose, taper.unit, undefined), f.date(taper.next.date));
      return w.taperNowNext(now, next);
    }
  }
}

export function careTeamText(row: ReviewRow, f: Formatter): string {
  const { w } = f;
  if (row.careTeam.length === 0) return row.status === 'invalid' ? '' : w.noCareTeam;
  return row.careTeam.map((member) => {
    const role = member.role === 'prescriber' ? w.prescriber : w.careRoles[member.role];
    return member.who ? w.careMember(role, member.who) : role;
  }).join('; ');
}

/**
 * The review list's own problems carry codes (`review-…`): worded by the review section. Anything else
 * is the core's (a plan that failed validation: `describeIssue`, which keeps an uncoded issue's message).
 */
export const REVIEW_ISSUES = {
  notAList: 'review-not-a-list', notABundle: 'review-not-a-bundle', notJson: 'review-not-json',
  unreadable: 'review-plan-unreadable', fhir: 'review-fhir',
} as const;

export function reviewIssueText(issue: Pick<ValidationIssue, 'code' | 'params' | 'message'>, tag: LocaleTag): string | undefined {
  const w = reviewSection.get(tag);
  switch (issue.code) {
    case REVIEW_ISSUES.notAList: return w.notAList;
    case REVIEW_ISSUES.notABundle: return w.notABundle;
    case REVIEW_ISSUES.notJson: return w.notJson;
    case REVIEW_ISSUES.unreadable: return w.planUnreadable;
    case REVIEW_ISSUES.fhir: {
      const reason = issue.params?.reason;
      return typeof reason === 'string' && Object.hasOwn(w.fhirIssue, reason) ? w.fhirIssue[reason as ReviewFhirReason] : w.fhirIssue.other;
    }
    default: return undefined;
  }
}

/** The problems that made a row invalid, as "path: problem" lines (text only), in `tag`'s words. */
export function issueLines(row: ReviewRow, tag: LocaleTag): string[] {
  return row.issues.map((issue) => {
    const text = reviewIssueText(issue, tag) ?? describeIssue(issue, tag);
    return issue.path ? `${issue.path}: ${text}` : text;
  });
}
