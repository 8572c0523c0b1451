/**
 * en-GB: the review list's words as the element said them before the catalogues (moved from
 * src/elements/opioid-review-list/review-list-words.ts unchanged; a count's "s" is now a plural form).
 * The severity names ("Urgent") and the threshold problem are the core's and the common section's.
 */
import { num } from '../read.js';
import type { ReviewWords } from './types.js';

export const enGBReview: ReviewWords = {
  meta: { tag: 'en-GB', name: 'English (UK)', reviewed: true },
  // The table and its parts
  caption: 'Opioid review list',
  guidanceUsed: (name) => `Guidance used: ${name}`,
  todayIs: (date) => `Assessed on ${date}`,
  showing: (shown, total) => `Showing ${shown} of ${total}`,
  showingAll: { one: 'Showing all {n} person', other: 'Showing all {n} people' },
  noRows: 'No one to review: the list is empty.',
  noMatches: 'No one matches these filters.',
  clearFilters: 'Clear filters',
  keyboardHint: 'In the table: ↑ ↓ move between people, → shows the plan, ← hides it, Enter opens the person.',

  // Columns
  columns: {
    person: 'Person',
    total: (unit) => `Total ${unit}/day`,
    opioids: 'Opioids',
    duration: 'Time on opioids',
    review: 'Review',
    flags: 'Flags',
    taper: 'Taper',
    careTeam: 'Care team',
  },
  sortedAscending: (column) => `Sorted by ${column}, lowest or earliest first.`,
  sortedDescending: (column) => `Sorted by ${column}, highest or latest first.`,
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
  unnamed: (row) => `Person in row ${row}`,
  planId: (id) => `Plan ${id}`,
  ageYears: (age) => `${age} y`,
  showPlan: (who) => `Show the plan for ${who}`,
  hidePlan: (who) => `Hide the plan for ${who}`,
  planOf: (who) => `Treatment plan of ${who}`,

  // Total column
  total: (figure) => figure,
  totalAtMost: (figure) => `at most ${figure}`,
  incompleteAtLeast: (figure, names) => `Incomplete: at least ${figure} (${names} not converted)`,
  incompleteNone: (unit, names) => `Incomplete: no ${unit} total (${names} not converted)`,
  implausible: (unit) => `${unit} total not shown: implausibly large, check every dose`,
  bands: {
    'below-threshold': 'Below threshold',
    incomplete: 'Cannot be placed: total incomplete',
    'high-dose': 'High dose',
    reassess: 'Reassess (at or above 50 MME/day)',
    information: 'At or above threshold (for information)',
    'specialist-referral': 'Refer to specialist services',
    'outside-scope': 'No dose advice (outside CDC scope)',
    implausible: 'Implausible total',
  },
  bandFilter: {
    'below-threshold': (threshold) => `Below ${threshold}`,
    incomplete: () => 'Incomplete total, below the threshold',
    'high-dose': (threshold) => `High dose (${threshold} or more, below referral)`,
    reassess: (threshold) => `Reassess (${threshold} or more)`,
    information: (threshold) => `At or above ${threshold}, cancer or end of life (information)`,
    'specialist-referral': (threshold) => `Refer to specialist (${threshold} or more)`,
    'outside-scope': () => 'Cancer or end of life (no CDC dose advice)',
    implausible: () => 'Implausible total (check the doses)',
  },

  // Opioids and time on opioids
  opioids: (names) => names,
  opioidsWith: (names, extras) => `${names} (${extras})`,
  otc: 'over the counter',
  substitution: 'substitution treatment',
  startsIn: { one: 'Starts in {n} day', other: 'Starts in {n} days' },
  days: { one: '{n} day', other: '{n} days' },
  weeks: { one: '{n} week', other: '{n} weeks' },
  months: { one: '{n} month', other: '{n} months' },
  years: { one: '{n} year', other: '{n} years' },
  yearsMonths: (years, months) => `${years} ${months}`,
  since: (date) => `since ${date}`,

  // Review column
  noReviewDate: 'No review date',
  noReviewNeeded: 'No review date (none needed)',
  reviewOverdue: { one: 'Overdue by {n} day', other: 'Overdue by {n} days' },
  reviewToday: 'Due today',
  reviewIn: { one: 'Due in {n} day', other: 'Due in {n} days' },

  // Flags column: short names, with the flag's own sentence in the plan card
  noFlags: 'No flags',
  flagWithSeverity: (severity, name) => `${severity}: ${name}`,
  flagNames: {
    'invalid-plan': () => 'Plan could not be checked',
    'invalid-threshold': () => 'Threshold setting invalid',
    'implausible-total': () => 'Implausible total',
    'high-dose': (params) => (params.band === 'specialist-referral' ? 'Refer to specialist (high dose)'
      : params.band === 'information' ? 'High dose (for information)' : 'High dose'),
    'reassess-dose': () => 'Reassess dose',
    naloxone: () => 'Offer naloxone',
    benzodiazepine: () => 'Benzodiazepine co-prescribed',
    gabapentinoid: () => 'Gabapentinoid co-prescribed',
    'opioid-substitution': () => 'Opioid substitution treatment',
    'over-the-counter': () => 'Over-the-counter codeine',
    'methadone-conversion': () => 'Methadone conversion',
    'incomplete-total': () => 'Total incomplete',
    'acute-over-7-days': (params, f) => (Number.isFinite(num(params, 'days'))
      ? f.plural(num(params, 'days'), { one: 'Acute course {n} day', other: 'Acute course {n} days' }) : 'Acute course over 7 days'),
    'long-term': () => 'Long-term use (over 3 months)',
    'review-overdue': (params, f) => (Number.isFinite(num(params, 'days'))
      ? f.plural(num(params, 'days'), { one: 'Review overdue {n} day', other: 'Review overdue {n} days' }) : 'Review overdue'),
    'no-stop-date': (params) => (params.indication === 'acute' ? 'No stop date (acute)' : 'No end-of-treatment plan'),
    'no-review-date': () => 'No review date',
    'outside-guideline-scope': () => 'Outside CDC scope',
  },
  moreFlags: { one: 'and {n} more', other: 'and {n} more' },

  // Taper column
  noTaper: 'No taper',
  taperProblem: 'Taper cannot be worked out',
  taperDrugDose: (drug, amount) => `${drug ? `${drug} ` : ''}${amount} mg/day`,
  taperPlanned: (date, dose) => `Taper starts ${date} at ${dose}`,
  taperNow: (dose) => `On a taper: now ${dose}`,
  taperNext: (dose, date) => `next ${dose} from ${date}`,
  taperNextStop: (date) => `stop on ${date}`,
  taperNowNext: (now, next) => `${now}; ${next}`,
  taperFinished: (date) => `Taper finished ${date}`,

  // Care team column
  careRoles: {
    'pain-service': 'Pain service', 'addiction-service': 'Addiction service', gp: 'GP',
    'palliative-care': 'Palliative care', pharmacist: 'Pharmacist', other: 'Other',
  },
  prescriber: 'Prescriber',
  careMember: (role, who) => `${role} (${who})`,
  noCareTeam: 'None recorded',

  // Rows that are not a usable plan
  invalidRow: 'This plan could not be checked: it is not a valid plan',
  invalidIssues: { one: '{n} problem:', other: '{n} problems:' },
  invalidAlert: {
    one: '{n} plan could not be checked: it is listed first, each with what is wrong, and counted apart in the summary.',
    other: '{n} plans could not be checked: they are listed first, each with what is wrong, and counted apart in the summary.',
  },
  duplicateOf: (id, row) => `Duplicate: plan ${id} is also in row ${row}; counted once`,
  fhirIssue: {
    'no-opioid': 'No opioid medicine in this person’s records',
    'too-many': 'More opioid medicines than a plan can hold (20)',
    'no-start-date': 'No start date in the records',
    'invalid-plan': 'The medicines read from the records do not make a valid plan',
    unreadable: 'The records could not be read',
    other: 'The records could not be read into a plan',
  },
  planUnreadable: 'This plan could not be read.',

  // Summary (the measures a service reports)
  summaryHeading: 'Summary',
  summaryNote: 'Counts are of people whose plan could be checked; plans that could not be checked and duplicates are counted apart. Select a figure to show those people.',
  measures: {
    people: 'People on the list',
    aboveThreshold: (threshold) => `At or above ${threshold}`,
    noReviewDate: 'No review date',
    reviewOverdue: 'Review overdue',
    coPrescribed: 'Benzodiazepine or gabapentinoid',
    onTaper: 'On a taper',
    acuteNoStop: 'Acute plan without a stop date',
    invalid: 'Plans that could not be checked',
    duplicates: 'Duplicate plan ids',
  },
  share: (percent) => `${percent} of people`,

  // Filters
  searchLabel: 'Search',
  searchHint: (fields) => `Searches ${fields}`,
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
  exportCsvHint: (count) => `Downloads the ${count} rows shown, with only the details this page supplied`,
  print: 'Print',
  printedOn: (date, shown, total) => `Printed list, assessed on ${date}: ${shown} of ${total} people.`,
  printTruncated: (max, total) => `Only the first ${max} of ${total} rows are printed; export the CSV for all of them.`,

  // Progress and errors
  assessing: (done, total) => `Checking plans: ${done} of ${total}`,
  assessingLabel: 'Checking plans',
  errorTitle: 'This review list cannot be shown',
  notAList: 'Plans must be a list (an array) of plans or of { person, plan } entries.',
  notABundle: 'The FHIR input must be a Bundle, a list of resources, or one resource.',
  notJson: 'The list is not valid JSON (check for a missing quote, comma or bracket).',

  // CSV headings and values
  csv: {
    name: 'Name', identifier: 'Identifier', age: 'Age', note: 'Note', planId: 'Plan id', status: 'Status',
    total: 'Total (mg/day)', unit: 'Unit', complete: 'Total complete', band: 'Dose band', opioids: 'Opioids',
    startDate: 'Start date', daysOnOpioids: 'Days on opioids', reviewDate: 'Review date', reviewStatus: 'Review',
    urgent: 'Urgent flags', warnings: 'Warnings', flags: 'Flags', taper: 'Taper', careTeam: 'Care team',
    statusOk: 'checked', statusInvalid: 'could not be checked', statusDuplicate: 'duplicate', yes: 'yes', no: 'no',
  },
};
