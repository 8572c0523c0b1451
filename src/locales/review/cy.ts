/**
 * cy (Welsh): the review list's words, a DRAFT (meta.reviewed: false) in plain NHS Wales style, not yet
 * reviewed by a clinician fluent in Welsh; used only when the host sets `allow-draft-locales`.
 *
 * Counts stand before nouns that do not mutate after a numeral in writing ("3 diwrnod", "5 wythnos";
 * "2 ddiwrnod", "2 fis" after two), or after a colon ("Problemau (2):"), so every plural form is right
 * without spelling the number out. Years take "o flynyddoedd" where the mutation would depend on the
 * number itself (4 blynedd, 5 mlynedd).
 */
import { num } from '../read.js';
import type { PluralForms } from '../format.js';
import type { ReviewWords } from './types.js';

const same = (text: string): PluralForms => ({ zero: text, one: text, two: text, few: text, many: text, other: text });
/** "{n} diwrnod", with the soft mutation after two: "2 ddiwrnod". */
const days = (before: string): PluralForms => ({ ...same(`${before}{n} diwrnod`), two: `${before}{n} ddiwrnod` });

export const cyReview: ReviewWords = {
  meta: { tag: 'cy', name: 'Cymraeg', reviewed: false },
  caption: 'Rhestr adolygu opioidau',
  guidanceUsed: (name) => `Canllawiau a ddefnyddiwyd: ${name}`,
  todayIs: (date) => `Aseswyd ar ${date}`,
  showing: (shown, total) => `Yn dangos ${shown} o ${total}`,
  showingAll: same('Yn dangos pawb: {n}'),
  noRows: 'Neb i’w adolygu: mae’r rhestr yn wag.',
  noMatches: 'Does neb yn cyfateb i’r hidlwyr hyn.',
  clearFilters: 'Clirio’r hidlwyr',
  keyboardHint: 'Yn y tabl: mae ↑ ↓ yn symud rhwng pobl, mae → yn dangos y cynllun, mae ← yn ei guddio, mae Enter yn agor cofnod y claf.',

  columns: {
    person: 'Claf',
    total: (unit) => `Cyfanswm ${unit}/dydd`,
    opioids: 'Opioidau',
    duration: 'Amser ar opioidau',
    review: 'Adolygu',
    flags: 'Baneri',
    taper: 'Lleihau graddol',
    careTeam: 'Tîm gofal',
  },
  sortedAscending: (column) => `Wedi’i drefnu yn ôl ${column}, yr isaf neu’r cynharaf yn gyntaf.`,
  sortedDescending: (column) => `Wedi’i drefnu yn ôl ${column}, yr uchaf neu’r diweddaraf yn gyntaf.`,
  sortedByUrgency: 'Wedi’i drefnu yn ôl brys: baneri brys yn gyntaf, yna rhybuddion, yna’r cyfanswm uchaf.',
  sortLabel: 'Trefnu',
  sortOptions: {
    urgency: 'Y mwyaf brys yn gyntaf',
    'total-desc': 'Y cyfanswm uchaf yn gyntaf',
    'total-asc': 'Y cyfanswm isaf yn gyntaf',
    'review-asc': 'Adolygiad cynharaf yn gyntaf (y rhai hwyr gyntaf)',
    'duration-desc': 'Hiraf ar opioidau yn gyntaf',
    'name-asc': 'Enw A i Y',
    'taper-asc': 'Newid nesaf y lleihau graddol yn gyntaf',
  },

  unnamed: (row) => `Claf yn rhes ${row}`,
  planId: (id) => `Cynllun ${id}`,
  ageYears: (age) => `${age} oed`,
  showPlan: (who) => `Dangos y cynllun ar gyfer ${who}`,
  hidePlan: (who) => `Cuddio’r cynllun ar gyfer ${who}`,
  planOf: (who) => `Cynllun triniaeth ${who}`,

  total: (figure) => figure,
  totalAtMost: (figure) => `dim mwy na ${figure}`,
  incompleteAtLeast: (figure, names) => `Anghyflawn: o leiaf ${figure} (heb drosi ${names})`,
  incompleteNone: (unit, names) => `Anghyflawn: dim cyfanswm ${unit} (heb drosi ${names})`,
  implausible: (unit) => `Cyfanswm ${unit} heb ei ddangos: yn annhebygol o fawr, gwiriwch bob dos`,
  bands: {
    'below-threshold': 'Islaw’r trothwy',
    incomplete: 'Ni ellir ei osod: cyfanswm anghyflawn',
    'high-dose': 'Dos uchel',
    reassess: 'Ailasesu (50 MME/dydd neu uwch)',
    information: 'Ar y trothwy neu uwch (er gwybodaeth)',
    'specialist-referral': 'Atgyfeirio at wasanaethau arbenigol',
    'outside-scope': 'Dim cyngor ar ddos (y tu allan i gwmpas y CDC)',
    implausible: 'Cyfanswm annhebygol',
  },
  bandFilter: {
    'below-threshold': (threshold) => `Islaw ${threshold}`,
    incomplete: () => 'Cyfanswm anghyflawn, islaw’r trothwy',
    'high-dose': (threshold) => `Dos uchel (${threshold} neu fwy, islaw atgyfeirio)`,
    reassess: (threshold) => `Ailasesu (${threshold} neu fwy)`,
    information: (threshold) => `${threshold} neu uwch, canser neu ddiwedd oes (er gwybodaeth)`,
    'specialist-referral': (threshold) => `Atgyfeirio at arbenigwr (${threshold} neu fwy)`,
    'outside-scope': () => 'Canser neu ddiwedd oes (dim cyngor ar ddos gan y CDC)',
    implausible: () => 'Cyfanswm annhebygol (gwiriwch y dosau)',
  },

  opioids: (names) => names,
  opioidsWith: (names, extras) => `${names} (${extras})`,
  otc: 'dros y cownter',
  substitution: 'triniaeth amnewid',
  startsIn: days('Yn dechrau ymhen '),
  days: days(''),
  weeks: same('{n} wythnos'),
  months: { ...same('{n} mis'), two: '{n} fis' },
  years: { ...same('{n} o flynyddoedd'), one: '{n} flwyddyn', two: '{n} flynedd', few: '{n} blynedd', many: '{n} blynedd' },
  yearsMonths: (years, months) => `${years} a ${months}`,
  since: (date) => `ers ${date}`,

  noReviewDate: 'Dim dyddiad adolygu',
  noReviewNeeded: 'Dim dyddiad adolygu (dim angen un)',
  reviewOverdue: days('Yn hwyr o '),
  reviewToday: 'Yn ddyledus heddiw',
  reviewIn: days('Yn ddyledus ymhen '),

  noFlags: 'Dim baneri',
  flagWithSeverity: (severity, name) => `${severity}: ${name}`,
  flagNames: {
    'invalid-plan': () => 'Nid oedd modd gwirio’r cynllun',
    'invalid-threshold': () => 'Gosodiad trothwy annilys',
    'implausible-total': () => 'Cyfanswm annhebygol',
    'high-dose': (params) => (params.band === 'specialist-referral' ? 'Atgyfeirio at arbenigwr (dos uchel)'
      : params.band === 'information' ? 'Dos uchel (er gwybodaeth)' : 'Dos uchel'),
    'reassess-dose': () => 'Ailasesu’r dos',
    naloxone: () => 'Cynnig nalocson',
    benzodiazepine: () => 'Bensodiasepin wedi’i gydragnodi',
    gabapentinoid: () => 'Gabapentinoid wedi’i gydragnodi',
    'opioid-substitution': () => 'Triniaeth amnewid opioid',
    'over-the-counter': () => 'Codeine dros y cownter',
    'methadone-conversion': () => 'Trosi methadon',
    'incomplete-total': () => 'Cyfanswm anghyflawn',
    'acute-over-7-days': (params, f) => (Number.isFinite(num(params, 'days'))
      ? f.plural(num(params, 'days'), days('Cwrs acíwt: ')) : 'Cwrs acíwt dros 7 diwrnod'),
    'long-term': () => 'Defnydd hirdymor (dros 3 mis)',
    'review-overdue': (params, f) => (Number.isFinite(num(params, 'days'))
      ? f.plural(num(params, 'days'), days('Adolygiad yn hwyr o ')) : 'Adolygiad yn hwyr'),
    'no-stop-date': (params) => (params.indication === 'acute' ? 'Dim dyddiad stopio (acíwt)' : 'Dim cynllun ar gyfer diwedd y driniaeth'),
    'no-review-date': () => 'Dim dyddiad adolygu',
    'outside-guideline-scope': () => 'Y tu allan i gwmpas y CDC',
  },
  moreFlags: same('a {n} arall'),

  noTaper: 'Dim lleihau graddol',
  taperProblem: 'Ni ellir cyfrifo’r lleihau graddol',
  taperDrugDose: (drug, amount) => `${drug ? `${drug} ` : ''}${amount} mg/dydd`,
  taperPlanned: (date, dose) => `Lleihau graddol yn dechrau ${date} ar ${dose}`,
  taperNow: (dose) => `Ar leihau graddol: nawr ${dose}`,
  taperNext: (dose, date) => `nesaf ${dose} o ${date}`,
  taperNextStop: (date) => `stopio ar ${date}`,
  taperNowNext: (now, next) => `${now}; ${next}`,
  taperFinished: (date) => `Lleihau graddol wedi gorffen ${date}`,

  careRoles: {
    'pain-service': 'Gwasanaeth poen', 'addiction-service': 'Gwasanaeth dibyniaeth', gp: 'Meddyg teulu',
    'palliative-care': 'Gofal lliniarol', pharmacist: 'Fferyllydd', other: 'Arall',
  },
  prescriber: 'Rhagnodydd',
  careMember: (role, who) => `${role} (${who})`,
  noCareTeam: 'Dim wedi’i gofnodi',

  invalidRow: 'Nid oedd modd gwirio’r cynllun hwn: nid yw’n gynllun dilys',
  invalidIssues: same('Problemau ({n}):'),
  invalidAlert: {
    ...same('Cynlluniau na ellid eu gwirio: {n}. Maen nhw wedi’u rhestru gyntaf, pob un gyda’r hyn sydd o’i le, ac wedi’u cyfrif ar wahân yn y crynodeb.'),
    one: 'Cynlluniau na ellid eu gwirio: {n}. Mae wedi’i restru gyntaf, gyda’r hyn sydd o’i le, ac wedi’i gyfrif ar wahân yn y crynodeb.',
  },
  duplicateOf: (id, row) => `Dyblyg: mae cynllun ${id} hefyd yn rhes ${row}; wedi’i gyfrif unwaith`,
  fhirIssue: {
    'no-opioid': 'Dim meddyginiaeth opioid yng nghofnodion y claf hwn',
    'too-many': 'Mwy o feddyginiaethau opioid nag y gall cynllun eu dal (20)',
    'no-start-date': 'Dim dyddiad dechrau yn y cofnodion',
    'invalid-plan': 'Nid yw’r meddyginiaethau a ddarllenwyd o’r cofnodion yn gwneud cynllun dilys',
    unreadable: 'Nid oedd modd darllen y cofnodion',
    other: 'Nid oedd modd troi’r cofnodion yn gynllun',
  },
  planUnreadable: 'Nid oedd modd darllen y cynllun hwn.',

  summaryHeading: 'Crynodeb',
  summaryNote: 'Mae’r ffigurau’n cyfrif pobl y gellid gwirio eu cynllun; mae cynlluniau na ellid eu gwirio a chynlluniau dyblyg yn cael eu cyfrif ar wahân. Dewiswch ffigur i ddangos y bobl hynny.',
  measures: {
    people: 'Pobl ar y rhestr',
    aboveThreshold: (threshold) => `${threshold} neu uwch`,
    noReviewDate: 'Dim dyddiad adolygu',
    reviewOverdue: 'Adolygiad yn hwyr',
    coPrescribed: 'Bensodiasepin neu gabapentinoid',
    onTaper: 'Ar leihau graddol',
    acuteNoStop: 'Cynllun acíwt heb ddyddiad stopio',
    invalid: 'Cynlluniau na ellid eu gwirio',
    duplicates: 'Dynodyddion cynllun dyblyg',
  },
  share: (percent) => `${percent} o’r bobl`,

  searchLabel: 'Chwilio',
  searchHint: (fields) => `Yn chwilio: ${fields}`,
  searchFields: { name: 'enw', identifier: 'dynodydd', age: 'oed', note: 'nodyn', planId: 'dynodydd y cynllun' },
  bandLabel: 'Band dos',
  bandAll: 'Pob band dos',
  conditionsLabel: 'Dim ond pobl sydd â',
  conditions: {
    'review-missing-or-overdue': 'Dim dyddiad adolygu, neu adolygiad yn hwyr',
    'no-review-date': 'Dim dyddiad adolygu',
    'review-overdue': 'Adolygiad yn hwyr',
    'co-prescribed': 'Bensodiasepin neu gabapentinoid',
    benzodiazepine: 'Bensodiasepin',
    gabapentinoid: 'Gabapentinoid',
    'opioid-substitution': 'Triniaeth amnewid opioid',
    'on-taper': 'Lleihau graddol ar waith',
    'long-term': 'Defnydd hirdymor (dros 3 mis)',
    'incomplete-total': 'Cyfanswm anghyflawn',
    'above-threshold': 'Dos ar y trothwy neu uwch',
    'acute-no-stop-date': 'Cynllun acíwt heb ddyddiad stopio',
    invalid: 'Cynllun na ellid ei wirio',
    duplicate: 'Dynodydd cynllun dyblyg',
  },

  exportCsv: 'Allforio CSV',
  exportCsvHint: (count) => `Yn llwytho i lawr y rhesi a ddangosir (${count}), gyda dim ond y manylion a roddodd y dudalen hon`,
  print: 'Argraffu',
  printedOn: (date, shown, total) => `Rhestr wedi’i hargraffu, aseswyd ar ${date}: ${shown} o ${total} o bobl.`,
  printTruncated: (max, total) => `Dim ond y ${max} rhes gyntaf o ${total} sy’n cael eu hargraffu; allforiwch y CSV i gael pob un.`,

  assessing: (done, total) => `Yn gwirio cynlluniau: ${done} o ${total}`,
  assessingLabel: 'Yn gwirio cynlluniau',
  errorTitle: 'Ni ellir dangos y rhestr adolygu hon',
  notAList: 'Rhaid i’r cynlluniau fod yn rhestr (arae) o gynlluniau neu o gofnodion { person, plan }.',
  notABundle: 'Rhaid i’r mewnbwn FHIR fod yn Bundle, yn rhestr o adnoddau, neu’n un adnodd.',
  notJson: 'Nid yw’r rhestr yn JSON dilys (gwiriwch am ddyfynnod, coma neu fachyn coll).',

  csv: {
    name: 'Enw', identifier: 'Dynodydd', age: 'Oed', note: 'Nodyn', planId: 'Dynodydd y cynllun', status: 'Statws',
    total: 'Cyfanswm (mg/dydd)', unit: 'Uned', complete: 'Cyfanswm cyflawn', band: 'Band dos', opioids: 'Opioidau',
    startDate: 'Dyddiad dechrau', daysOnOpioids: 'Diwrnodau ar opioidau', reviewDate: 'Dyddiad adolygu', reviewStatus: 'Adolygu',
    urgent: 'Baneri brys', warnings: 'Rhybuddion', flags: 'Baneri', taper: 'Lleihau graddol', careTeam: 'Tîm gofal',
    statusOk: 'wedi’i wirio', statusInvalid: 'ni ellid ei wirio', statusDuplicate: 'dyblyg', yes: 'ie', no: 'na',
  },
};
