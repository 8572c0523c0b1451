/**
 * The review list's own words (`review` section): the table, its columns and short cell texts, the
 * summary measures, the filters, the CSV headings and the list's own input problems. The core's results
 * come from the core catalogue through the describe functions and `Words` (doses, drug names, dates,
 * severity names, the guidance's name, validation issues); the shared settings problems (guidance,
 * today, threshold) from the common section.
 *
 * Every value is a string, a function of already formatted strings, or a set of plural forms
 * (`PluralForms`, chosen by `Intl.PluralRules`; Welsh has six), so no number is formatted here. A flag's
 * short name is a function of the flag's parameters and the locale's formatters (for its day count).
 *
 * Nothing clinical is decided here: which flag, band or status applies comes from the core (planFlags,
 * doseBand, taperSchedule) through review-model.ts; these are only their names.
 */
import type { FlagId } from '../../core/flags.js';
import type { DoseBandId } from '../../core/guidance.js';
import type { CareRole } from '../../core/ids.js';
import type { Formatters, PluralForms } from '../format.js';
import type { SectionWords } from '../section.js';
import type { Params } from '../types.js';

/** The sort choices of the toolbar's select. */
export type ReviewSortOption = 'urgency' | 'total-desc' | 'total-asc' | 'review-asc' | 'duration-desc' | 'name-asc' | 'taper-asc';

/** The conditions a filter selects (review-model.ts `CONDITIONS`). */
export type ReviewConditionId =
  | 'review-missing-or-overdue' | 'no-review-date' | 'review-overdue' | 'co-prescribed' | 'benzodiazepine' | 'gabapentinoid'
  | 'opioid-substitution' | 'on-taper' | 'long-term' | 'incomplete-total' | 'above-threshold' | 'acute-no-stop-date'
  | 'invalid' | 'duplicate';

/** Why the FHIR adapter could not read a patient's records into a plan (its issue codes, and `other`). */
export type ReviewFhirReason = 'no-opioid' | 'too-many' | 'no-start-date' | 'invalid-plan' | 'unreadable' | 'other';

export interface ReviewWords extends SectionWords {
  // The table and its parts
  caption: string;
  /** "Guidance used: UK: Opioids Aware … (OME)" (the name from the core catalogue). */
  guidanceUsed: (name: string) => string;
  todayIs: (date: string) => string;
  showing: (shown: string, total: string) => string;
  /** "Showing all 7 people" ({n}: the count). */
  showingAll: PluralForms;
  noRows: string;
  noMatches: string;
  clearFilters: string;
  keyboardHint: string;

  columns: {
    person: string;
    /** "Total OME/day". */
    total: (unit: string) => string;
    opioids: string;
    duration: string;
    review: string;
    flags: string;
    taper: string;
    careTeam: string;
  };
  sortedAscending: (column: string) => string;
  sortedDescending: (column: string) => string;
  sortedByUrgency: string;
  sortLabel: string;
  sortOptions: Record<ReviewSortOption, string>;

  // Person column
  unnamed: (row: string) => string;
  planId: (id: string) => string;
  ageYears: (age: string) => string;
  showPlan: (who: string) => string;
  hidePlan: (who: string) => string;
  planOf: (who: string) => string;

  // Total column
  total: (figure: string) => string;
  totalAtMost: (figure: string) => string;
  /** `names`: the medicines not converted, joined by the core's `Words.names`. */
  incompleteAtLeast: (figure: string, names: string) => string;
  incompleteNone: (unit: string, names: string) => string;
  implausible: (unit: string) => string;
  bands: Record<DoseBandId, string>;
  /** The dose band select's options; `threshold` is a dose ("90 mg/day OME"). */
  bandFilter: Record<DoseBandId, (threshold: string) => string>;

  // Opioids and time on opioids
  /** The plan's opioids, as the core names them (already capitalised). */
  opioids: (names: string) => string;
  /** The opioids with what else a reader must know: "Methadone (substitution treatment)". */
  opioidsWith: (names: string, extras: string) => string;
  otc: string;
  substitution: string;
  startsIn: PluralForms;
  days: PluralForms;
  weeks: PluralForms;
  months: PluralForms;
  years: PluralForms;
  /** "4 years 2 months" from the two counts already in words. */
  yearsMonths: (years: string, months: string) => string;
  since: (date: string) => string;

  // Review column
  noReviewDate: string;
  noReviewNeeded: string;
  reviewOverdue: PluralForms;
  reviewToday: string;
  reviewIn: PluralForms;

  // Flags column: short names, with the flag's own sentence in the plan card
  noFlags: string;
  /** "Urgent: Offer naloxone" (the severity from the core catalogue). */
  flagWithSeverity: (severity: string, name: string) => string;
  flagNames: Record<FlagId, (params: Params, f: Formatters) => string>;
  moreFlags: PluralForms;

  // Taper column
  noTaper: string;
  taperProblem: string;
  /** A taper dose in mg of the drug: "morphine 40 mg/day" (`drug` may be ''). */
  taperDrugDose: (drug: string, amount: string) => string;
  taperPlanned: (date: string, dose: string) => string;
  taperNow: (dose: string) => string;
  taperNext: (dose: string, date: string) => string;
  taperNextStop: (date: string) => string;
  /** "On a taper: now …; next …". */
  taperNowNext: (now: string, next: string) => string;
  taperFinished: (date: string) => string;

  // Care team column
  careRoles: Record<CareRole, string>;
  prescriber: string;
  /** "Pain service (Dr Okafor)". */
  careMember: (role: string, who: string) => string;
  noCareTeam: string;

  // Rows that are not a usable plan
  invalidRow: string;
  /** "2 problems:" before the problems. */
  invalidIssues: PluralForms;
  /** "{n} plan could not be checked: it is listed first, …". */
  invalidAlert: PluralForms;
  duplicateOf: (id: string, row: string) => string;
  fhirIssue: Record<ReviewFhirReason, string>;
  /** A plan that threw while being read (a hostile getter). */
  planUnreadable: string;

  // Summary (the measures a service reports)
  summaryHeading: string;
  summaryNote: string;
  measures: {
    people: string;
    aboveThreshold: (threshold: string) => string;
    noReviewDate: string;
    reviewOverdue: string;
    coPrescribed: string;
    onTaper: string;
    acuteNoStop: string;
    invalid: string;
    duplicates: string;
  };
  share: (percent: string) => string;

  // Filters
  searchLabel: string;
  searchHint: (fields: string) => string;
  searchFields: { name: string; identifier: string; age: string; note: string; planId: string };
  bandLabel: string;
  bandAll: string;
  conditionsLabel: string;
  conditions: Record<ReviewConditionId, string>;

  // Actions
  exportCsv: string;
  exportCsvHint: (count: string) => string;
  print: string;
  printedOn: (date: string, shown: string, total: string) => string;
  printTruncated: (max: string, total: string) => string;

  // Progress and errors
  assessing: (done: string, total: string) => string;
  assessingLabel: string;
  errorTitle: string;
  notAList: string;
  notABundle: string;
  notJson: string;

  // CSV headings and values
  csv: {
    name: string; identifier: string; age: string; note: string; planId: string; status: string;
    total: string; unit: string; complete: string; band: string; opioids: string;
    startDate: string; daysOnOpioids: string; reviewDate: string; reviewStatus: string;
    urgent: string; warnings: string; flags: string; taper: string; careTeam: string;
    statusOk: string; statusInvalid: string; statusDuplicate: string; yes: string; no: string;
  };
}
