/**
 * cy (Cymraeg): a DRAFT of the prompt's words, written carefully in the plain style of NHS Wales for
 * clinicians, not yet reviewed by a clinician fluent in Welsh (`reviewed: false`): shown only when the
 * host sets `allow-draft-locales`. Dates follow a colon ("Dyddiad stopio: …") rather than a preposition,
 * so a date worded elsewhere never needs a mutation it cannot take. Counts use the singular noun after
 * the number, as Welsh does, with the soft mutation after two ("2 ddiwrnod", "2 fis").
 */
import type { StopDateKind } from '../../core/ids.js';
import { num, str } from '../read.js';
import type { PromptWords } from './types.js';

/** A weekday date inside a sentence: "dydd Iau 5 Mawrth 2026"; after "i" (to), soft-mutated: "i ddydd Iau". */
const mid = (date: string) => date.replace(/^Dydd /, 'dydd ');
const toDate = (date: string) => date.replace(/^Dydd /, 'ddydd ');
const kindDate: Readonly<Record<StopDateKind, string>> = { stop: 'dyddiad stopio', review: 'dyddiad adolygu' };
const days = { zero: '{n} diwrnod', one: '{n} diwrnod', two: '{n} ddiwrnod', few: '{n} diwrnod', many: '{n} diwrnod', other: '{n} diwrnod' } as const;
const weeks = { zero: '{n} wythnos', one: '{n} wythnos', two: '{n} wythnos', few: '{n} wythnos', many: '{n} wythnos', other: '{n} wythnos' } as const;
const months = { zero: '{n} mis', one: '{n} mis', two: '{n} fis', few: '{n} mis', many: '{n} mis', other: '{n} mis' } as const;

export const cyPrompt: PromptWords = {
  meta: { tag: 'cy', name: 'Cymraeg', reviewed: false },
  question: {
    stop: ['Pryd dylai’r claf roi’r gorau i gymryd ', '?'],
    review: ['Pryd dylid adolygu ', ' gyda’r claf?'],
  },
  defaultDrug: 'yr opioid',
  kindLegend: 'Beth ydych chi’n ei osod?',
  kindLabels: {
    stop: ['Dyddiad stopio', 'Y diwrnod cyntaf heb yr opioid.'],
    review: ['Dyddiad adolygu', 'Penderfynu bryd hynny a ddylid parhau, lleihau neu stopio.'],
  },
  kindDate,
  dateLabel: { stop: 'Dyddiad stopio', review: 'Dyddiad adolygu' },
  length: (unit, count, f) => f.plural(count, unit === 'months' ? months : unit === 'weeks' ? weeks : days),
  noStartHint: 'Nid oedd modd darllen y dyddiad dechrau, felly ni chynigir unrhyw gyfnod. Rhowch ddyddiad.',
  startHint: (start, kind, hasChoices) => `Dyddiad dechrau: ${mid(start)}. ${hasChoices ? 'Dewiswch gyfnod, neu rhowch unrhyw ddyddiad.' : 'Rhowch ddyddiad.'}`
    + (kind === 'stop' ? ' Y dyddiad stopio yw’r diwrnod cyntaf heb y feddyginiaeth.' : ''),
  summary: (kind, on, lastDose, count, f) => {
    if (kind === 'review') return `Adolygu: ${mid(on)}, ${count === 0 ? 'sef y dyddiad dechrau' : `${f.plural(count, days)} ar ôl dechrau`}.`;
    if (count === 0) return `Stopio: ${mid(on)}, sef y dyddiad dechrau: dim diwrnodau o driniaeth.`;
    return `Dos olaf: ${mid(lastDose)}. Stopio: ${mid(on)}. Cyfanswm: ${f.plural(count, days)} o driniaeth.`;
  },
  noDateSentence: (kind, drug) => `Nid oes ${kindDate[kind]} wedi’i osod ar gyfer ${drug}.`,
  sentenceWithoutCourse: (kind, drug, on, lastDose) => (kind === 'review' ? `Adolygu ${drug}: ${mid(on)}.` : `Stopio ${drug}: ${mid(on)} (dos olaf: ${mid(lastDose)}).`),
  validity: {
    badInput: 'Rhowch ddyddiad go iawn gyda diwrnod, mis a blwyddyn, er enghraifft 17 Mawrth 2026',
    valueMissing: (kinds) => `Rhowch y dyddiad pan ddylai’r opioid ${kinds.map((kind) => (kind === 'stop' ? 'stopio' : 'gael ei adolygu')).join(' neu ')}`,
    beforeStart: (kind, start) => `Ni all y ${kindDate[kind]} fod cyn y dyddiad dechrau, ${start}`,
    kindNotOffered: (kind, asked, indication, on) => `Cafodd ${mid(on)} ei osod fel ${kindDate[kind]}, ond ${kindDate[asked]} sy’n cael ei roi ar gyfer `
      + `${indication || 'yr arwydd hwn'}, nid ${kindDate[kind]}. Dewiswch y ${kindDate[asked]} eto`,
    startMoved: (kind, start) => `Newidiodd y dyddiad dechrau i ${toDate(start)} ar ôl i’r ${kindDate[kind]} hwn gael ei roi. `
      + `Gwiriwch y ${kindDate[kind]}: ei gadw, dewis cyfnod neu roi dyddiad arall`,
  },
  keep: (kind, on) => `Cadw ${mid(on)} fel y ${kindDate[kind]}`,
  moved: (kind, on, length, start) => `Mae’r ${kindDate[kind]} wedi symud i ${toDate(on)} er mwyn cadw ${length} ar ôl y dyddiad dechrau newydd, ${mid(start)}.`,
  errorPrefix: 'Gwall: ',
  warningPrefix: 'Rhybudd: ',
  warning: {
    'acute-over-7-days': (p, f) => `Mae hwn yn gwrs ${f.count(p.days)} diwrnod, sy’n hirach na ${f.count(p.limit)} diwrnod. Ar gyfer poen acíwt, peidiwch â rhagnodi `
      + `mwy nag sydd ei angen am hyd disgwyliedig poen sy’n ddigon difrifol i fod angen opioidau; aseswch yr angen eto (${str(p, 'source')}).`,
    'non-cancer-over-3-months': (p, f) => {
      const count = f.count(num(p, 'months'));
      return p.kind === 'review'
        ? `Mae’r adolygiad hwn fwy na ${count} mis ar ôl dechrau. Adolygwch opioidau tymor hir o leiaf bob ${f.count(p.reviewMonths)} mis `
          + `(${str(p, 'reviewSource')}); mae eu defnyddio am fwy na ${count} mis ar gyfer poen nad yw’n boen canser yn cynyddu’r risg `
          + `o ddibyniaeth a chaethiwed (${str(p, 'source')}).`
        : `Mae’r dyddiad hwn fwy na ${count} mis ar ôl dechrau. Mae defnyddio opioidau am fwy na ${count} mis ar gyfer poen nad yw’n boen `
          + `canser yn cynyddu’r risg o ddibyniaeth a chaethiwed; cytunwch â’r claf ar y cynllun i ddod â’r driniaeth i ben (${str(p, 'source')}).`;
    },
  },
  issues: {
    title: 'Cafodd y maes dyddiad hwn rywbeth na all ei ddefnyddio',
    start: (given) => `Nid yw’r dyddiad dechrau “${given}” yn ddyddiad calendr go iawn. Ysgrifennwch ef fel BBBB-MM-DD, er enghraifft 2026-03-05.`,
    indication: (given, known) => `Nid yw’r arwydd “${given}” yn un y mae’r maes hwn yn ei adnabod. Defnyddiwch un o’r rhain: ${known.join(', ')}.`,
    value: (given) => `Nid yw’r gwerth “${given}” yn ddyddiad calendr go iawn, felly ni chafodd dyddiad ei lenwi. Ysgrifennwch ef fel BBBB-MM-DD, er enghraifft 2026-03-10.`,
    kind: (given) => `Rhaid i’r math “${given}” fod yn stop neu’n review.`,
    drugTooLong: 'Mae enw’r feddyginiaeth yn hwy na 100 nod; dim ond ei ddechrau sy’n cael ei ddangos.',
  },
};
