/**
 * A row's values as the words a reviewer reads (review-list-words.ts), formatted for the locale. Only
 * the rows on screen (and an exported view) are formatted, so a long list costs nothing here. DOM-free.
 */
import { formatDate, type IsoDate } from '../../core/dates.js';
import { formatDailyDose, type GuidanceProfile } from '../../core/guidance.js';
import { capitalise, drugName, formatMg, listNames, textLocale } from '../../core/text.js';
import type { FlagSeverity } from '../../core/flags.js';
import type { ReviewRow } from './review-model.js';
import { reviewWords as w } from './review-list-words.js';

export interface Formatter {
  profile: GuidanceProfile;
  locale: string;
  today: IsoDate;
  count(value: number): string;
  date(value: IsoDate): string;
  dose(value: number): string;
  percent(share: number): string;
}

export function formatter(profile: GuidanceProfile, locale: string, today: IsoDate): Formatter {
  const lang = textLocale(locale);
  const counts = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const percents = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  return {
    profile, locale: lang, today,
    count: (value) => counts.format(value),
    date: (value) => formatDate(value, lang, 'medium'),
    dose: (value) => formatDailyDose(value, profile, lang),
    percent: (share) => percents.format(share),
  };
}

/** Who the row is: the host's name, else its identifier, else "Person in row N". */
export function personLabel(row: ReviewRow, f: Formatter): string {
  return row.person.name ?? row.person.identifier ?? w.unnamed(f.count(row.index + 1));
}

export function totalText(row: ReviewRow, f: Formatter): string {
  if (row.status === 'invalid') return '';
  if (row.implausible) return w.implausible(f.profile.unit);
  const figure = f.dose(row.total);
  const names = listNames(row.notConverted);
  if (!row.complete) return row.total > 0 ? w.incompleteAtLeast(figure, names) : w.incompleteNone(f.profile.unit, names);
  return row.asNeededMaximum ? w.totalAtMost(figure) : w.total(figure);
}

export function bandText(row: ReviewRow): string {
  return row.band === undefined ? '' : w.bands[row.band];
}

export function opioidsText(row: ReviewRow): string {
  const extras = [row.substitution ? w.substitution : '', row.overTheCounter ? w.otc : ''].filter(Boolean);
  const names = capitalise(listNames(row.drugs.map((drug) => drugName(drug))));
  return extras.length > 0 ? `${names} (${extras.join(', ')})` : w.opioids(names);
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
  const days = row.daysOn;
  if (days < 0) return w.startsIn(f.count(-days), -days);
  if (days < 28) return days < 14 ? w.days(f.count(days), days) : w.weeks(f.count(Math.floor(days / 7)), Math.floor(days / 7));
  const months = Math.max(monthsBetween(row.startDate, f.today), 0);
  if (months < 24) return w.months(f.count(Math.max(months, 1)), Math.max(months, 1));
  const years = Math.floor(months / 12);
  return w.yearsMonths(f.count(years), years, f.count(months % 12), months % 12);
}

export type ReviewState = 'overdue' | 'missing' | 'not-needed' | 'due';

export function reviewText(row: ReviewRow, f: Formatter): { text: string; date: string; state: ReviewState } {
  if (row.status === 'invalid') return { text: '', date: '', state: 'due' };
  if (row.reviewDate === undefined) {
    const needed = row.flags.some((flag) => flag.id === 'no-review-date');
    return { text: needed ? w.noReviewDate : w.noReviewNeeded, date: '', state: needed ? 'missing' : 'not-needed' };
  }
  const days = row.reviewDays;
  const date = f.date(row.reviewDate);
  if (days < 0) return { text: w.reviewOverdue(f.count(-days), -days), date, state: 'overdue' };
  return { text: days === 0 ? w.reviewToday : w.reviewIn(f.count(days), days), date, state: 'due' };
}

export interface FlagItem {
  id: string;
  severity: FlagSeverity;
  label: string;
}

/** The row's flags as short names (the plan card shows each flag's full sentence and source). */
export function flagItems(row: ReviewRow): FlagItem[] {
  return row.flags.map((flag) => ({ id: flag.id, severity: flag.severity, label: w.flagNames[flag.id](flag.params) }));
}

export function taperText(row: ReviewRow, f: Formatter): string {
  const taper = row.taper;
  const dose = (value: number, unit: 'mg' | 'ome', drug: string | undefined) => (unit === 'ome'
    ? f.dose(value)
    : `${drug ? `${drugName(drug)} ` : ''}${formatMg(value, f.locale)} mg/day`);
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
      return `${now}; ${next}`;
    }
  }
}

export function careTeamText(row: ReviewRow): string {
  if (row.careTeam.length === 0) return row.status === 'invalid' ? '' : w.noCareTeam;
  return row.careTeam.map((member) => {
    const role = member.role === 'prescriber' ? w.prescriber : w.careRoles[member.role];
    return member.who ? `${role} (${member.who})` : role;
  }).join('; ');
}

/** The problems that made a row invalid, as "path: message" lines (text only). */
export function issueLines(row: ReviewRow): string[] {
  return row.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
}
