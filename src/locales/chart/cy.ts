/**
 * cy (Welsh): a draft (meta.reviewed: false), in plain NHS Wales style, not yet reviewed by a clinician
 * fluent in Welsh. Used only when the host sets `allow-draft-locales`.
 *
 * A noun after a number stays singular ("154 diwrnod", "10 cam") and takes the mutation the number
 * gives it when read aloud: soft after 2 ("2 ddiwrnod", "2 gam"), aspirate after 3 and 6 ("3 cham").
 * A drug's name is never put after a word that would mutate it ("mg o forffin"): "(mg, morffin)".
 */
import type { ChartWords } from './types.js';

export const cyChart: ChartWords = {
  meta: { tag: 'cy', name: 'Cymraeg', reviewed: false },
  mg: (amount) => `${amount} mg`,
  axis: {
    mg: (drug) => (drug ? `Dos dyddiol (mg, ${drug})` : 'Dos dyddiol (mg)'),
    equivalent: (unit) => `Dos dyddiol (${unit})`,
  },
  summary: {
    what: (drug) => drug || 'y dos dyddiol',
    reduces: (what, from, to, days, steps, method) => `Mae’r cynllun yn lleihau ${what} o ${from} i ${to} y dydd dros ${days} mewn ${steps}${method && `, ${method}`}.`,
    days: {
      zero: '{n} diwrnod', one: '{n} diwrnod', two: '{n} ddiwrnod',
      few: '{n} diwrnod', many: '{n} diwrnod', other: '{n} diwrnod',
    },
    steps: {
      zero: '{n} cam', one: '{n} cam', two: '{n} gam',
      few: '{n} cham', many: '{n} cham', other: '{n} cam',
    },
    pauses: {
      zero: 'Mae’n cynnwys {n} saib.', one: 'Mae’n cynnwys saib.', two: 'Mae’n cynnwys {n} saib.',
      few: 'Mae’n cynnwys {n} saib.', many: 'Mae’n cynnwys {n} saib.', other: 'Mae’n cynnwys {n} saib.',
    },
  },
  status: {
    startsOn: (date, dose) => `Bydd y dos yn dechrau lleihau ar ${date}, o ${dose} y dydd.`,
    stopped: (today, date) => `Heddiw (${today}): wedi stopio ar ${date}.`,
    today: (today, dose) => `Heddiw (${today}): ${dose} y dydd.`,
    stopOn: (date) => `Stopio ar ${date}.`,
    nextChange: (date, dose) => `Y newid nesaf: ${date}, i ${dose} y dydd.`,
  },
  label: { today: 'Heddiw', review: 'Adolygiad', mdtReview: 'Adolygiad MDT', stop: 'Stopio', pause: 'saib' },
  key: {
    dots: 'Allwedd: mae dotiau’n dangos newidiadau i’r dos',
    today: 'llinell doredig: heddiw',
    review: (label, date) => `llinell ddotiog: ${label} ${date}`,
    pause: 'streipiau: saib',
    stop: 'croes: stopio',
    outside: (item) => `${item} (y tu allan i’r siart)`,
    join: (items) => `${items.join('; ')}.`,
  },
  methodFrom: (source) => `Ffynhonnell y dull: ${source}.`,
  doseUnit: (unitLong, unit, guidance) => `Uned y dos: ${unitLong} (${unit}). Canllawiau a ddefnyddiwyd: ${guidance}.`,
  table: {
    show: 'Dangos yr amserlen fel tabl',
    hide: 'Cuddio tabl yr amserlen',
    region: 'Tabl amserlen lleihau’r dos',
    caption: (summary) => `Amserlen lleihau’r dos: ${summary}`,
    date: 'Dyddiad',
    dose: 'Dos dyddiol',
    change: 'Newid',
    notes: 'Nodiadau',
    starting: 'Dos cychwynnol',
    noChange: 'Dim newid',
    less: (dose) => `−${dose}`,
    more: (dose) => `+${dose}`,
  },
  note: {
    today: 'Dos heddiw.',
    stop: 'Stopio: dim rhagor o ddosau o’r dyddiad hwn.',
    extraIntervals: {
      zero: '{n} cyfnod ychwanegol', one: '{n} cyfnod ychwanegol', two: '{n} gyfnod ychwanegol',
      few: '{n} chyfnod ychwanegol', many: '{n} chyfnod ychwanegol', other: '{n} cyfnod ychwanegol',
    },
    pause: (until, extra) => `Saib: arhoswch ar y dos hwn tan ${until} (${extra}).`,
    heldForRounding: (extra) => `Wedi’i gadw am ${extra}: ni fyddai’r dos nesaf, wedi’i dalgrynnu, wedi bod yn is.`,
    lowestKept: (extra) => `Y dos isaf, wedi’i gadw am ${extra} cyn stopio (CDC 2022: ar y dos lleiaf, estynnwch yr egwyl, yna stopiwch).`,
    roundedUp: (dose) => `Wedi’i dalgrynnu i fyny o ${dose}.`,
    cutLimited: (dose) => `Y dos a gynlluniwyd oedd ${dose}; mae wedi’i gadw’n uwch fel nad oes yr un gostyngiad yn fwy na’r hyn a gynlluniwyd.`,
    afterPlan: 'Ar ôl y gostyngiadau a gynlluniwyd: yn dod i lawr mewn camau nad ydynt yn fwy na’r hyn a gynlluniwyd.',
    rounded: (dose) => `Wedi’i dalgrynnu o ${dose}.`,
  },
  cannotDraw: 'Nid oes modd llunio’r siart lleihau dos',
  planUnreadable: 'Nid oes modd darllen y cynllun, felly nid oes modd llunio’r siart lleihau dos',
  empty: {
    noInput: 'Nid oes amserlen lleihau dos wedi’i rhoi.',
    noTaper: 'Nid oes amserlen lleihau dos yn y cynllun hwn.',
    planProblems: 'Nid oes modd dangos y lleihau dos nes bydd y problemau gyda’r cynllun wedi’u cywiro.',
  },
  issue: {
    attributeSays: (attribute, given) => `Mae’r briodoledd ${attribute} yn dweud ${given}.`,
    notASchedule: 'Rhaid i’r amserlen fod yn ganlyniad taperSchedule() neu cdcShortCourseTaper(), neu’n rhestr o’i chamau.',
    stepNotObject: 'Rhaid i bob cam fod yn wrthrych gyda dyddiad a dos.',
    dateNotAfter: 'Rhaid i’r dyddiad fod ar ôl dyddiad y cam blaenorol.',
  },
};
