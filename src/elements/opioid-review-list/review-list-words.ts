/**
 * Every English word `<opioid-review-list>` shows, in one place, as functions of their parameters, so
 * that moving them into the locale catalogues (src/locales) is mechanical. Numbers and dates arrive
 * already formatted for the locale (review-format.ts); plurals are chosen here.
 *
 * Nothing clinical is decided here: which flag, band or status applies comes from the core
 * (planFlags, doseBand, taperSchedule) through review-model.ts; these are only its names.
 */
import type { FlagId } from '../../core/flags.js';
import type { DoseBandId } from '../../core/guidance.js';
import type { CareRole } from '../../core/ids.js';

const s = (count: number) => (count === 1 ? '' : 's');

export const reviewWords = {
  // The table and its parts
  caption: 'Opioid review list',
  guidanceUsed: (name: string) => `Guidance used: ${name}`,
  todayIs: (date: string) => `Assessed on ${date}`,
  showing: (shown: string, total: string) => `Showing ${shown} of ${total}`,
  showingAll: (total: string, count: number) => `Showing all ${total} ${count === 1 ? 'person' : 'people'}`,
  noRows: 'No one to review: the list is empty.',
  noMatches: 'No one matches these filters.',
  clearFilters: 'Clear filters',
  keyboardHint: 'In the table: ↑ ↓ move between people, → shows the plan, ← hides it, Enter opens the person.',

  // Columns
  columns: {
    person: 'Person',
    total: (unit: string) => `Total ${unit}/day`,
    opioids: 'Opioids',
    duration: 'Time on opioids',
    review: 'Review',
    flags: 'Flags',
    taper: 'Taper',
    careTeam: 'Care team',
  },
  sortBy: (column: string) => `Sort by ${column}`,
  sortedAscending: (column: string) => `Sorted by ${column}, lowest or earliest first.`,
  sortedDescending: (column: string) => `Sorted by ${column}, highest or latest first.`,
  sortedByUrgency: 'Sorted by urgency: urgent flags first, then warnings, then the highest total.',
  sortLabel: 'Sort',
  sortOptions: {
    urgency: 'Most urgent first',
    'total-desc': 'Highest total first',
    'total-asc': 'Lowest total first',
    'review-asc': 'Review due soonest (overdue first)',
    'duration-desc': 'Longest on opioids first',
    'name-asc': 'Name A to Z',
    'taper-asc': 'Next taper change soonest',
  },

  // Person column
  unnamed: (row: string) => `Person in row ${row}`,
  planId: (id: string) => `Plan ${id}`,
  ageYears: (age: string) => `${age} y`,
  showPlan: (who: string) => `Show the plan for ${who}`,
  hidePlan: (who: string) => `Hide the plan for ${who}`,
  planOf: (who: string) => `Treatment plan of ${who}`,

  // Total column
  total: (figure: string) => figure,
  totalAtMost: (figure: string) => `at most ${figure}`,
  incompleteAtLeast: (figure: string, names: string) => `Incomplete: at least ${figure} (${names} not converted)`,
  incompleteNone: (unit: string, names: string) => `Incomplete: no ${unit} total (${names} not converted)`,
  implausible: (unit: string) => `${unit} total not shown: implausibly large, check every dose`,
  bands: {
    'below-threshold': 'Below threshold',
    incomplete: 'Cannot be placed: total incomplete',
    'high-dose': 'High dose',
    reassess: 'Reassess (at or above 50 MME/day)',
    information: 'At or above threshold (for information)',
    'specialist-referral': 'Refer to specialist services',
    'outside-scope': 'No dose advice (outside CDC scope)',
    implausible: 'Implausible total',
  } satisfies Record<DoseBandId, string>,
  bandFilter: {
    'below-threshold': (threshold: string) => `Below ${threshold}`,
    incomplete: () => 'Incomplete total, below the threshold',
    'high-dose': (threshold: string) => `High dose (${threshold} or more, below referral)`,
    reassess: (threshold: string) => `Reassess (${threshold} or more)`,
    information: (threshold: string) => `At or above ${threshold}, cancer or end of life (information)`,
    'specialist-referral': (threshold: string) => `Refer to specialist (${threshold} or more)`,
    'outside-scope': () => 'Cancer or end of life (no CDC dose advice)',
    implausible: () => 'Implausible total (check the doses)',
  } satisfies Record<DoseBandId, (threshold: string) => string>,

  // Opioids and time on opioids
  opioids: (names: string) => names,
  otc: 'over the counter',
  substitution: 'substitution treatment',
  startsIn: (days: string, count: number) => `Starts in ${days} day${s(count)}`,
  days: (days: string, count: number) => `${days} day${s(count)}`,
  weeks: (weeks: string, count: number) => `${weeks} week${s(count)}`,
  months: (months: string, count: number) => `${months} month${s(count)}`,
  yearsMonths: (years: string, yearCount: number, months: string, monthCount: number) =>
    monthCount === 0 ? `${years} year${s(yearCount)}` : `${years} year${s(yearCount)} ${months} month${s(monthCount)}`,
  since: (date: string) => `since ${date}`,

  // Review column
  noReviewDate: 'No review date',
  noReviewNeeded: 'No review date (none needed)',
  reviewOverdue: (days: string, count: number) => `Overdue by ${days} day${s(count)}`,
  reviewToday: 'Due today',
  reviewIn: (days: string, count: number) => `Due in ${days} day${s(count)}`,

  // Flags column: short names, with the flag's own sentence in the plan card
  noFlags: 'No flags',
  severity: { urgent: 'Urgent', warning: 'Warning', info: 'For information' },
  flagNames: {
    'invalid-plan': () => 'Plan could not be checked',
    'invalid-threshold': () => 'Threshold setting invalid',
    'implausible-total': () => 'Implausible total',
    'high-dose': (params: Record<string, unknown>) => (params.band === 'specialist-referral' ? 'Refer to specialist (high dose)'
      : params.band === 'information' ? 'High dose (for information)' : 'High dose'),
    'reassess-dose': () => 'Reassess dose',
    naloxone: () => 'Offer naloxone',
    benzodiazepine: () => 'Benzodiazepine co-prescribed',
    gabapentinoid: () => 'Gabapentinoid co-prescribed',
    'opioid-substitution': () => 'Opioid substitution treatment',
    'over-the-counter': () => 'Over-the-counter codeine',
    'methadone-conversion': () => 'Methadone conversion',
    'incomplete-total': () => 'Total incomplete',
    'acute-over-7-days': (params: Record<string, unknown>) => (typeof params.days === 'number'
      ? `Acute course ${params.days} days` : 'Acute course over 7 days'),
    'long-term': () => 'Long-term use (over 3 months)',
    'review-overdue': (params: Record<string, unknown>) => (typeof params.days === 'number'
      ? `Review overdue ${params.days} day${s(params.days)}` : 'Review overdue'),
    'no-stop-date': (params: Record<string, unknown>) => (params.indication === 'acute' ? 'No stop date (acute)' : 'No end-of-treatment plan'),
    'no-review-date': () => 'No review date',
    'outside-guideline-scope': () => 'Outside CDC scope',
  } satisfies Record<FlagId, (params: Record<string, unknown>) => string>,
  moreFlags: (count: number) => `and ${count} more`,

  // Taper column
  noTaper: 'No taper',
  taperProblem: 'Taper cannot be worked out',
  taperPlanned: (date: string, dose: string) => `Taper starts ${date} at ${dose}`,
  taperNow: (dose: string) => `On a taper: now ${dose}`,
  taperNext: (dose: string, date: string) => `next ${dose} from ${date}`,
  taperNextStop: (date: string) => `stop on ${date}`,
  taperFinished: (date: string) => `Taper finished ${date}`,

  // Care team column
  careRoles: {
    'pain-service': 'Pain service', 'addiction-service': 'Addiction service', gp: 'GP',
    'palliative-care': 'Palliative care', pharmacist: 'Pharmacist', other: 'Other',
  } satisfies Record<CareRole, string>,
  prescriber: 'Prescriber',
  noCareTeam: 'None recorded',

  // Rows that are not a usable plan
  invalidRow: 'This plan could not be checked: it is not a valid plan',
  invalidIssues: (count: number) => `${count} problem${s(count)}:`,
  invalidAlert: (count: string, n: number) => `${count} plan${s(n)} could not be checked: ${n === 1 ? 'it is' : 'they are'} listed first, each with what is wrong, and counted apart in the summary.`,
  duplicateOf: (id: string, row: string) => `Duplicate: plan ${id} is also in row ${row}; counted once`,
  fhirIssue: {
    'no-opioid': 'No opioid medicine in this person’s records',
    'too-many': 'More opioid medicines than a plan can hold (20)',
    'no-start-date': 'No start date in the records',
    'invalid-plan': 'The medicines read from the records do not make a valid plan',
    unreadable: 'The records could not be read',
    other: 'The records could not be read into a plan',
  } as Record<string, string>,

  // Summary (the measures a service reports)
  summaryHeading: 'Summary',
  summaryNote: 'Counts are of people whose plan could be checked; plans that could not be checked and duplicates are counted apart. Select a figure to show those people.',
  people: (count: string) => `${count} people`,
  peopleOne: '1 person',
  measures: {
    people: 'People on the list',
    aboveThreshold: (threshold: string) => `At or above ${threshold}`,
    noReviewDate: 'No review date',
    reviewOverdue: 'Review overdue',
    coPrescribed: 'Benzodiazepine or gabapentinoid',
    onTaper: 'On a taper',
    acuteNoStop: 'Acute plan without a stop date',
    invalid: 'Plans that could not be checked',
    duplicates: 'Duplicate plan ids',
  },
  share: (percent: string) => `${percent} of people`,
  filterOn: (what: string) => `Show only: ${what}`,

  // Filters
  filtersHeading: 'Filters',
  searchLabel: 'Search',
  searchHint: (fields: string) => `Searches ${fields}`,
  searchFields: { name: 'name', identifier: 'identifier', age: 'age', note: 'note', planId: 'plan id' },
  bandLabel: 'Dose band',
  bandAll: 'All dose bands',
  conditionsLabel: 'Only people with',
  conditions: {
    'review-missing-or-overdue': 'No review date, or review overdue',
    'no-review-date': 'No review date',
    'review-overdue': 'Review overdue',
    'co-prescribed': 'Benzodiazepine or gabapentinoid',
    benzodiazepine: 'Benzodiazepine',
    gabapentinoid: 'Gabapentinoid',
    'opioid-substitution': 'Opioid substitution treatment',
    'on-taper': 'On a taper',
    'long-term': 'Long-term use (over 3 months)',
    'incomplete-total': 'Incomplete total',
    'above-threshold': 'At or above the threshold',
    'acute-no-stop-date': 'Acute plan without a stop date',
    invalid: 'Plan could not be checked',
    duplicate: 'Duplicate plan id',
  },

  // Actions
  exportCsv: 'Export CSV',
  exportCsvHint: (count: string) => `Downloads the ${count} rows shown, with only the details this page supplied`,
  print: 'Print',
  printedOn: (date: string, shown: string, total: string) => `Printed list, assessed on ${date}: ${shown} of ${total} people.`,
  printTruncated: (max: string, total: string) => `Only the first ${max} of ${total} rows are printed; export the CSV for all of them.`,

  // Progress and errors
  assessing: (done: string, total: string) => `Checking plans: ${done} of ${total}`,
  assessingLabel: 'Checking plans',
  assessed: (count: string, ms: string) => `${count} plans checked in ${ms} ms.`,
  errorTitle: 'This review list cannot be shown',
  notAList: 'Plans must be a list (an array) of plans or of { person, plan } entries.',
  notABundle: 'The FHIR input must be a Bundle, a list of resources, or one resource.',
  thresholdRange: (min: number, max: number) => `Threshold must be a number of mg/day OME from ${min} to ${max} (for example 120).`,

  // CSV headings
  csv: {
    name: 'Name', identifier: 'Identifier', age: 'Age', note: 'Note', planId: 'Plan id', status: 'Status',
    total: 'Total (mg/day)', unit: 'Unit', complete: 'Total complete', band: 'Dose band', opioids: 'Opioids',
    startDate: 'Start date', daysOnOpioids: 'Days on opioids', reviewDate: 'Review date', reviewStatus: 'Review',
    urgent: 'Urgent flags', warnings: 'Warnings', flags: 'Flags', taper: 'Taper', careTeam: 'Care team',
    statusOk: 'checked', statusInvalid: 'could not be checked', statusDuplicate: 'duplicate', yes: 'yes', no: 'no',
  },
} as const;

export type ReviewWords = typeof reviewWords;
