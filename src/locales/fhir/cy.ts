/**
 * cy (Cymraeg): a DRAFT of the words for the FHIR adapter's codes, written carefully in the plain style
 * of NHS Wales for clinicians, not yet reviewed by a clinician fluent in Welsh (`reviewed: false`):
 * shown only when the host sets `allow-draft-locales`. Counts follow a colon ("…na ellid eu darllen: 2")
 * rather than a noun, so no number needs a mutation it cannot take; dates follow a colon too.
 */
import { str } from '../read.js';
import { shown, shownDate } from './show.js';
import type { FhirWords } from './types.js';

const DOSE_UNITS: Readonly<Record<string, string>> = {
  count: 'uned', ml: 'mL', rate: 'microgram/awr', mg: 'mg', microgram: 'microgram',
};
const PERIOD_UNITS: Readonly<Record<string, string>> = {
  s: 'eiliad', min: 'munud', h: 'awr', d: 'diwrnod', wk: 'wythnos', mo: 'mis', a: 'blwyddyn',
};
const unit = (value: unknown) => (typeof value === 'string' && Object.hasOwn(DOSE_UNITS, value) ? DOSE_UNITS[value] as string : typeof value === 'string' ? value : '');
const period = (value: unknown) => (typeof value === 'string' && Object.hasOwn(PERIOD_UNITS, value) ? PERIOD_UNITS[value] as string : typeof value === 'string' ? value : '');
const INDICATIONS: Readonly<Record<string, string>> = {
  acute: 'poen acíwt', 'chronic-non-cancer': 'poen cronig nad yw’n ganser', cancer: 'poen canser',
  'end-of-life': 'gofal diwedd oes', 'opioid-use-disorder': 'anhwylder defnyddio opioidau',
};
const indication = (value: unknown) => (typeof value === 'string' && Object.hasOwn(INDICATIONS, value) ? INDICATIONS[value] as string : '?');
const STATUS: Readonly<Record<string, string>> = {
  stopped: 'wedi’i stopio', completed: 'wedi’i gwblhau', cancelled: 'wedi’i ganslo', 'entered-in-error': 'wedi’i gofnodi mewn camgymeriad',
  'on-hold': 'wedi’i atal dros dro', draft: 'drafft', intended: 'wedi’i fwriadu', 'not-taken': 'heb ei gymryd', unknown: 'anhysbys',
};
const status = (value: string) => STATUS[value] ?? value;

export const cyFhir: FhirWords = {
  meta: { tag: 'cy', name: 'Cymraeg', reviewed: false },
  note: {
    'medicine-read-from-text': (p, f) => `Darllenwyd y feddyginiaeth o’i henw („${shown(p.text, f)}”), nid o dabl codau.`,
    'dose-read-from-text': (p, f) => `Darllenwyd y dos o destun y dos („${shown(p.text, f)}”).`,
    'dose-range-high': (p, f) => `Cyfrifwyd ystod dos (${shown(p.low, f)} i ${shown(p.high, f)} ${unit(p.unit)}) ar ei huchaf.`,
    'frequency-max-used': (p, f) => `Cyfrifwyd ystod amlder (${shown(p.frequency, f)} i ${shown(p.frequencyMax, f)} gwaith) ar ei huchaf.`,
    'period-shortest-used': (p, f) => `Cyfrifwyd ystod cyfnodau (bob ${shown(p.period, f)} i ${shown(p.periodMax, f)} ${period(p.unit)}) ar y cyfnod byrraf.`,
    'frequency-once-per-period': (p, f) => `Ni roddwyd amlder gyda’r cyfnod (${shown(p.period, f)} ${period(p.unit)}): defnyddiwyd unwaith bob cyfnod.`,
    'doses-from-times-of-day': (p, f) => `Ni roddwyd amlder: cyfrifwyd yr amseroedd o’r dydd a restrwyd fel dosau’r dydd (nifer: ${shown(p.count, f)}).`,
    'dose-and-rate-first-used': (p, f) => `Rhoddwyd sawl cofnod dos (${shown(p.count, f)}) ac nid oedd yr un ohonynt yn ddos a archebwyd: defnyddiwyd y cyntaf.`,
    'as-needed-maximum-used': (p, f) => `Yn ôl yr angen: cyfrifwyd ar yr uchafswm a nodwyd, sef ${shown(p.maxDosesPerDay, f)} dos y dydd.`,
    'as-needed-at-most-frequent': (p, f) => `Yn ôl yr angen heb uchafswm: cyfrifwyd ar ei amlaf, sef ${shown(p.dosesPerDay, f)} dos y dydd.`,
    'several-dosages': (p, f) => (p.used === 'sum'
      ? `Adiwyd cyfarwyddiadau dos a gymerir gyda’i gilydd (nifer: ${shown(p.count, f)}).`
      : `Cyfarwyddiadau dos mewn camau (cyfarwyddiadau: ${shown(p.count, f)}; camau: ${shown(p.steps, f)}): cyfrifwyd y cam uchaf.`),
    'patch-dose-read-as-rate': (p, f) => `Darllenwyd dos clwt o ${shown(p.value, f)} fel cyfradd y clwt (${shown(p.rate, f)} microgram/awr), nid fel nifer o glytiau.`,
    'patches-worn-together': (p, f) => `Gwisgir clytiau ${shown(p.rate, f)} microgram/awr gyda’i gilydd (nifer: ${shown(p.count, f)}).`,
    'combination-product': (p, f) => `Cynnyrch cyfunol: dim ond yr opioid a gyfrifir (mae hefyd yn cynnwys ${shown(p.partner, f)}${p.strength ? ` ${shown(p.strength, f)}` : ''}).`,
    'stop-from-inclusive-end': (p, f) => `Dyddiad gorffen y cofnod yw’r diwrnod olaf y cymerir y feddyginiaeth: ${shownDate(p.end, f)}. Felly’r dyddiad stopio (y diwrnod cyntaf hebddi) yw: ${shownDate(p.stop, f)}.`,
    'stop-from-duration': (p, f) => `Daw’r dyddiad stopio o gwrs o ${shown(p.days, f)} diwrnod: ${shownDate(p.stop, f)}.`,
    'indication-assumed': (p) => `Ni roddwyd arwydd: darllenir y cynllun fel ${indication(p.indication)}, felly mae pob gwiriad yn berthnasol.`,
    'start-date-assumed': (p, f) => `Dim dyddiad dechrau yn y cofnod: defnyddiwyd heddiw (${shownDate(p.startDate, f)}).`,
  },
  rowNote: {
    'medicine-read-from-text': () => 'meddyginiaeth wedi’i darllen o’i henw, nid cod: gwiriwch',
    'dose-read-from-text': (p, f) => `dos wedi’i ddarllen o destun („${shown(p.text, f)}”): gwiriwch`,
    'dose-range-high': (p, f) => `achos gwaethaf ystod dos (${shown(p.low, f)} i ${shown(p.high, f)} ${unit(p.unit)})`,
    'frequency-max-used': (p, f) => `achos gwaethaf ystod amlder (${shown(p.frequency, f)} i ${shown(p.frequencyMax, f)} gwaith)`,
    'period-shortest-used': (p, f) => `achos gwaethaf ystod cyfnodau (bob ${shown(p.period, f)} i ${shown(p.periodMax, f)} ${period(p.unit)})`,
    'frequency-once-per-period': (p, f) => `dim amlder: tybiwyd unwaith bob ${shown(p.period, f)} ${period(p.unit)}`,
    'doses-from-times-of-day': (p, f) => `amseroedd o’r dydd wedi’u cyfrif fel dosau (nifer: ${shown(p.count, f)})`,
    'dose-and-rate-first-used': (p, f) => `defnyddiwyd y cyntaf o’r cofnodion dos (nifer: ${shown(p.count, f)}): gwiriwch`,
    'as-needed-maximum-used': (p, f) => `yn ôl yr angen: wedi’i gyfrif ar yr uchafswm a nodwyd (${shown(p.maxDosesPerDay, f)} y dydd)`,
    'as-needed-at-most-frequent': (p, f) => `yn ôl yr angen, dim uchafswm: wedi’i gyfrif ar ei amlaf (${shown(p.dosesPerDay, f)} y dydd)`,
    'several-dosages': (p, f) => (p.used === 'sum'
      ? `cyfarwyddiadau dos wedi’u hadio (nifer: ${shown(p.count, f)})`
      : `cyfrifwyd y cam uchaf (camau: ${shown(p.steps, f)})`),
    'patch-dose-read-as-rate': (p, f) => `dos y clwt wedi’i ddarllen fel ei gyfradd (${shown(p.rate, f)} microgram/awr): gwiriwch`,
    'patches-worn-together': (p, f) => `clytiau wedi’u gwisgo gyda’i gilydd (nifer: ${shown(p.count, f)})`,
    'combination-product': (p, f) => `mae hefyd yn cynnwys ${shown(p.partner, f)}: dim ond yr opioid a gyfrifir`,
    'stop-from-inclusive-end': (p, f) => `dyddiad stopio o ddyddiad gorffen y cofnod (diwrnod olaf: ${shownDate(p.end, f)})`,
    'stop-from-duration': (p, f) => `dyddiad stopio o hyd y cwrs (diwrnodau: ${shown(p.days, f)})`,
    'indication-assumed': (p) => `dim arwydd: wedi’i ddarllen fel ${indication(p.indication)}`,
    'start-date-assumed': (p, f) => `dim dyddiad dechrau: defnyddiwyd heddiw (${shownDate(p.startDate, f)})`,
  },
  why: {
    'no-medicine': () => 'nid yw’r cofnod yn enwi meddyginiaeth',
    'not-identified': () => 'nid yw ei god mewn unrhyw dabl a roddwyd ac nid oes enw i’w ddarllen',
    'no-strength': (p, f) => `nid yw cryfder y cynnyrch ${shown(p.drug, f)} yn hysbys, felly ni ellir trosi dos mewn tabledi neu mL`,
    route: (p, f) => `nid yw’r llyfrgell hon yn trosi ${shown(p.drug, f)} drwy’r llwybr ${shown(p.route, f)}`,
    'opioid-not-converted': (p, f) => `mae ${shown(p.name, f)} yn opioid nad yw’r llyfrgell hon yn ei drosi`,
    'no-dosage': () => 'nid oes cyfarwyddyd dos',
    'no-timing': () => 'nid oes amseriad i’r dos (ni thybir byth mai unwaith y dydd ydyw)',
    'no-dose': () => 'nid oes dos',
    'open-range': () => 'nid oes terfyn uchaf i ystod y dos',
    'dose-unit': (p, f) => `ni ellir defnyddio uned y dos${p.unit ? ` (${shown(p.unit, f)})` : ''} ar gyfer y cynnyrch hwn`,
    'patch-count': (p, f) => `nid yw gwisgo ${shown(p.value, f)} clwt ar unwaith yn ddos credadwy`,
    'as-needed-no-maximum': () => 'nid oes uchafswm nac amlder i ddos yn ôl yr angen',
    'text-not-understood': () => 'nid yw testun y dos yn un y mae’r llyfrgell hon yn ei ddarllen yn ddiogel',
    'out-of-range': (p, f) => `mae’r dos y tu allan i’r ystod gredadwy (${shown(p.path, f)})`,
    'no-status': () => 'nid oes statws i’r adnodd',
    unreadable: () => 'nid oedd modd darllen yr adnodd',
    ended: (p, f) => `mae wedi dod i ben (dyddiad stopio: ${shownDate(p.stop, f)})`,
  },
  reason: {
    'unknown-medicine': 'Meddyginiaeth anhysbys',
    'dose-unreadable': 'Dim modd darllen y dos',
    'not-active': 'Ddim yn weithredol',
    'invalid-resource': 'Adnodd annilys',
  },
  concurrentKind: { benzodiazepine: 'bensodiasepin', gabapentinoid: 'gabapentinoid', 'opioid-substitution': 'triniaeth amnewid opioid' },
  status: (value) => `ei statws yw: ${status(value)}`,
  result: {
    opioid: (source, drug, notes) => `${source}: cyfrifwyd ${drug}${notes ? ` (${notes})` : ''}`,
    concurrent: (source, kind, name) => `${source}: ${kind}${name ? ` (${name})` : ''}, wedi’i restru gyda’r cynllun`,
    naloxone: (source) => `${source}: nalocson`,
    other: (source) => `${source}: meddyginiaeth arall, nad yw’n rhan o’r cynllun opioid`,
    unusable: (source, why) => `${source}: heb ei gyfrif: ${why}.`,
  },
  issue: {
    'not-json': () => 'Nid yw’r cofnod FHIR yn JSON dilys.',
    'not-fhir': () => 'Nid FHIR yw hwn: rhowch Bundle, rhestr o adnoddau neu un MedicationRequest neu MedicationStatement.',
    unreadable: () => 'Nid oedd modd darllen y cofnod FHIR.',
    'no-opioid': () => 'Nid oedd modd defnyddio unrhyw feddyginiaeth opioid yn y cofnod, felly nid oes cynllun i’w ddangos.',
    'too-many': (p, f) => `Nifer y meddyginiaethau opioid yn y cofnod: ${shown(p.count, f)}. Gellir dangos ${shown(p.max, f)} ar y mwyaf.`,
    'no-start-date': () => 'Nid oes dyddiad dechrau gan unrhyw feddyginiaeth yn y cofnod, ac ni roddwyd „heddiw” i’w ddefnyddio yn ei le.',
    'invalid-plan': (p, f) => `Nid yw’r cynllun a ddarllenwyd o’r cofnod yn ddilys${str(p, 'path') ? ` (${shown(p.path, f)})` : ''}.`,
    'not-a-medication-request': () => 'Nid MedicationRequest FHIR yw hwn.',
    'invalid-date': () => 'Nid yw’r dyddiad yn ddyddiad calendr (BBBB-MM-DD).',
    'not-after-start': (p, f) => `Rhaid i’r dyddiad stopio fod ar ôl y dyddiad dechrau: ${shownDate(p.start, f)}.`,
    'not-a-medication-statement': () => 'Nid MedicationStatement FHIR yw hwn.',
    required: () => 'Mae angen brawddeg ar gyfer y cyfarwyddyd.',
    invalid: () => 'Ni ellir defnyddio’r gwerth hwn.',
  },
  otherIssue: 'Nid oedd modd defnyddio’r cofnod FHIR.',
  context: {
    indicationNotKnown: (given, known) => `Rhaid i’r arwydd fod yn un o: ${known}. Nid „${given}”.`,
    codesNotKnown: (given, known) => `Mae fhir-codes yn enwi tablau o: ${known}. Nid „${given}”.`,
  },
  card: {
    rowNotesLabel: 'O’r cofnod',
    notCountedHeading: (count) => `Heb eu cyfrif o’r cofnod (${count})`,
    notCounted: (name, reason, why) => `${name} — ${reason}: ${why}`,
    planNotesHeading: 'Wedi’i ddarllen o’r cofnod',
    incomplete: (counted, count, f) => `Anghyflawn: ${counted} — meddyginiaethau yn y cofnod na ellid eu darllen: ${f.count(count)}`,
    incompleteShort: (counted, count, f) => `Anghyflawn: ${counted} — heb eu darllen: ${f.count(count)}`,
    unnamed: 'Meddyginiaeth heb enw',
  },
};
