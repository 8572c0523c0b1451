/**
 * cy (Cymraeg): a DRAFT of the core's words, written in the plain style of NHS Wales, with exactly the
 * meaning of the reviewed en-GB base; not yet reviewed by a clinician fluent in Welsh
 * (`reviewed: false`), so a widget shows it only when the host sets `allow-draft-locales`.
 *
 * Drug names: the Welsh forms where Welsh health and government texts use them ("morffin",
 * "methadon", "ocsicodon"), the international name elsewhere ("buprenorphine", "fentanyl", "naloxone"):
 * a reviewer should confirm these against current NHS Wales materials. Guidance and study names,
 * citations and the schema's own field names and values (patchCount, asNeeded, "microgram/hour") stay
 * as they are, because they are sources or things a person types.
 *
 * Counts are shown with all six Welsh plural forms (zero, one, two, few, many, other) that
 * `Intl.PluralRules('cy')` chooses between, with the mutation each takes after the numeral
 * ("2 ddiwrnod", "3 cham"); numbers, dates and lists come from `Words` (Intl), never from digits here.
 * Loaded on demand (`import('./cy.js')`): never part of the default bundle.
 */
import { WELSH_WEEKDAYS, welshIntl } from './cy-intl.js';
import { registerIntlFallback, type PluralForms } from './format.js';
import type { Catalogue, Params, Words } from './types.js';
import { bool, list, num, population, raw, str, strings } from './read.js';

// Welsh months, lists and plurals where the runtime's Intl has none (Chromium): before any Welsh words are made.
registerIntlFallback('cy', welshIntl);

/** "diwrnod" after a numeral: "0 diwrnod", "1 diwrnod", "2 ddiwrnod", "3 diwrnod", "6 diwrnod", "10 diwrnod". */
const DAY: PluralForms = { zero: '{n} diwrnod', one: '{n} diwrnod', two: '{n} ddiwrnod', few: '{n} diwrnod', many: '{n} diwrnod', other: '{n} diwrnod' };
/** "cam" (a step): "2 gam", "3 cham", "6 cham". */
const STEP: PluralForms = { zero: '{n} cam', one: '{n} cam', two: '{n} gam', few: '{n} cham', many: '{n} cham', other: '{n} cam' };
/** "gostyngiad" (a reduction): "2 ostyngiad". */
const REDUCTION: PluralForms = { zero: '{n} gostyngiad', one: '{n} gostyngiad', two: '{n} ostyngiad', few: '{n} gostyngiad', many: '{n} gostyngiad', other: '{n} gostyngiad' };
/** "mis" (a month): "2 fis". */
const MONTH: PluralForms = { zero: '{n} mis', one: '{n} mis', two: '{n} fis', few: '{n} mis', many: '{n} mis', other: '{n} mis' };
/** "eitem" (feminine, a vowel: no mutation). */
const ITEM: PluralForms = { zero: '{n} eitem', one: '{n} eitem', two: '{n} eitem', few: '{n} eitem', many: '{n} eitem', other: '{n} eitem' };
/** "nod" (a character): "2 nod" (n does not mutate). */
const CHARACTER: PluralForms = { zero: '{n} nod', one: '{n} nod', two: '{n} nod', few: '{n} nod', many: '{n} nod', other: '{n} nod' };
/** "cyfnod" (an interval): "2 gyfnod", "3 chyfnod", "6 chyfnod". */
const INTERVAL: PluralForms = { zero: '{n} cyfnod', one: '{n} cyfnod', two: '{n} gyfnod', few: '{n} chyfnod', many: '{n} chyfnod', other: '{n} cyfnod' };

const days = (w: Words, count: number) => w.plural(count, DAY);

const ROUTE: Readonly<Record<string, string>> = { oral: 'drwy’r geg', transdermal: 'drwy’r croen (trawsdermol)', sublingual: 'o dan y tafod' };
const route = (p: Params) => ROUTE[str(p, 'route')] ?? `drwy’r llwybr ${str(p, 'route')}`;

/** Citations stay in English (they name a source); a threshold set locally says so instead. */
function citation(p: Params): string {
  return bool(p, 'setLocally') ? 'wedi’i osod yn lleol' : str(p, 'citation');
}

/** What an issue is about, after an article ("i’r maes “Dosau y dydd”", "i’r gwerth hwn"): both start with a consonant. */
function field(w: Words, label: string): string {
  return label === w.catalogue.thisValue ? 'gwerth hwn' : `maes “${label}”`;
}

/** Radical forms after "yn" (predicative: soft mutation, except rh): "fod yn destun", "fod yn rhif". */
const AFTER_YN: Readonly<Record<string, string>> = {
  string: 'destun', text: 'destun', number: 'rhif', int: 'rhif cyfan', boolean: 'wir neu’n gau', object: 'wrthrych',
  array: 'rhestr', null: 'null', 'non-finite-number': 'rhif nad yw’n feidraidd', 'not a finite number': 'rhif nad yw’n feidraidd',
};

/** More than one name among the refs, counted as they are shown (each name once). */
const many = (w: Words, p: Params, key: string) => new Set(list(p, key).map((ref) => w.names([ref])).filter((name) => name !== '')).size > 1;

export const cy: Catalogue = {
  meta: { tag: 'cy', name: 'Cymraeg', reviewed: false },
  unit: {
    OME: { long: 'cyfwerth â morffin drwy’r geg', perDay: (amount) => `${amount} mg OME y dydd`, amount: (amount) => `${amount} mg OME` },
    MME: { long: 'cyfwerth miligramau morffin', perDay: (amount) => `${amount} MME y dydd`, amount: (amount) => `${amount} MME` },
  },
  drug: {
    morphine: 'morffin', codeine: 'codeine', dihydrocodeine: 'dihydrocodeine', tramadol: 'tramadol',
    tapentadol: 'tapentadol', oxycodone: 'ocsicodon', hydromorphone: 'hydromorphone', hydrocodone: 'hydrocodone',
    oxymorphone: 'oxymorphone', methadone: 'methadon', fentanyl: 'fentanyl', buprenorphine: 'buprenorphine',
  },
  indication: {
    acute: 'Poen acíwt', 'chronic-non-cancer': 'Poen cronig nad yw’n gysylltiedig â chanser', cancer: 'Poen canser',
    'end-of-life': 'Poen ar ddiwedd oes', 'opioid-use-disorder': 'Anhwylder defnyddio opioidau',
  },
  indicationPhrase: {
    acute: 'poen acíwt', 'chronic-non-cancer': 'poen cronig nad yw’n gysylltiedig â chanser', cancer: 'poen canser',
    'end-of-life': 'poen ar ddiwedd oes', 'opioid-use-disorder': 'anhwylder defnyddio opioidau',
  },
  severity: { urgent: 'Brys', warning: 'Rhybudd', info: 'Er gwybodaeth' },
  population: { 'us-veterans-on-opioids': 'cyn-filwyr yn UDA a oedd yn cymryd opioidau' },
  guidance: {
    uk: 'DU: Opioids Aware (FPM/RCoA, 2020)',
    us: 'UDA: Canllaw Ymarfer Clinigol y CDC (2022)',
    label: (name, unitLong, unit) => `${name} — ${unitLong} (${unit})`,
  },
  cautions: (unit) => [
    `Mae ${unit === 'OME' ? 'cyfwerthoedd morffin drwy’r geg' : 'cyfwerthoedd miligramau morffin'} (${unit}) yn fras, ac nid ydynt yn ystyried y gwahaniaethau rhwng unigolion.`,
    `Mae ffigurau ${unit} yn amcangyfrif cyfanswm y llwyth opioid a’r risg; rhaid peidio â’u defnyddio i gyfrifo dos wrth newid o un opioid i un arall, pan fydd yr opioid newydd fel arfer yn cael ei ddechrau 25–50% yn is na’r cyfwerth a gyfrifwyd.`,
    'Mae angen gofal arbennig gyda methadon a chlytiau fentanyl.',
    `Nid yw dosau methadon neu buprenorphine ar gyfer triniaeth amnewid opioid (anhwylder defnyddio opioidau) yn cael eu trosi i ${unit}.`,
    `Pan na ellir trosi meddyginiaeth, mae’r cyfanswm ${unit} yn anghyflawn, ac mae’n dweud hynny.`,
  ],
  flag: {
    'invalid-plan': (p, w) => {
      const issues = list(p, 'issues').map((issue) => w.issue(issue)).filter((text) => text !== '').join(' ');
      const detail = p.reason === 'today'
        ? 'mae dyddiad heddiw ar goll, neu nid yw’n ddyddiad calendr wedi’i ysgrifennu BBBB-MM-DD.'
        : issues || (p.reason === 'plan' ? 'nid yw’n gynllun dilys.' : 'nid oedd modd ei ddarllen.');
      return `Nid oedd modd gwirio’r cynllun hwn am risgiau: ${detail}`;
    },
    'invalid-threshold': (p, w) => `Nid yw’r trothwy a osodwyd yn lleol (${w.mg(p.value) || 'nid yw’n rhif'}) yn ddos dyddiol credadwy: rhaid iddo fod rhwng ${w.count(p.min)} a ${w.count(p.max)} mg y dydd. Ni chafodd y dos ei wirio; cywirwch y gosodiad.`,
    'implausible-total': (p, w) => `Mae’r cyfanswm ${str(p, 'unit')} yn rhy fawr i fod yn gredadwy (dros ${w.dose(p.limit, p.unit)}), felly nid yw’n cael ei ddangos. Gwiriwch bob dos a’i uned (microgramau neu mg).`,
    'high-dose': (p, w) => {
      const where = bool(p, 'belowThreshold') ? 'yn is na’r' : 'ar neu’n uwch na’r';
      const what = bool(p, 'complete') ? `Mae’r cyfanswm o ${w.dose(p.total, p.unit)} ${where}`
        : `Mae’r cyfanswm yn ${w.dose(p.total, p.unit)} o leiaf (nid oedd modd cyfrif pob meddyginiaeth), sydd ${where}`;
      const head = `${what} trothwy dos uchel o ${w.dose(p.threshold, p.unit)} (${citation(p)}).`;
      if (p.band === 'information') {
        return `${head} Er gwybodaeth: mewn ${p.indication === 'cancer' ? 'poen canser' : 'gofal diwedd oes'} mae’r dos yn dilyn y salwch; adolygwch ef wrth i’r salwch newid.`;
      }
      if (p.band === 'specialist-referral') return `${head} Ar ${w.dose(p.referral, p.unit)} neu fwy, atgyfeiriwch at wasanaethau poen arbenigol.`;
      return `${head} Adolygwch y budd a’r niwed gyda’r claf, ac ystyriwch leihau’r dos yn raddol.`;
    },
    'reassess-dose': (p, w) => `${bool(p, 'complete') ? `Mae’r cyfanswm o ${w.dose(p.total, p.unit)}`
      : `Mae’r cyfanswm yn ${w.dose(p.total, p.unit)} o leiaf (nid oedd modd cyfrif pob meddyginiaeth), sydd`} ar neu’n uwch na ${w.dose(p.threshold, p.unit)}: ailaseswch y manteision a’r risgiau cyn unrhyw gynnydd (${citation(p)}).`,
    'outside-guideline-scope': (p) => `Nid oes cyngor ar y dos: nid yw canllaw CDC 2022 yn cynnwys ${p.indication === 'cancer' ? 'poen canser' : 'gofal lliniarol na gofal diwedd oes'}. Dangosir y cyfanswm ${str(p, 'unit')} er gwybodaeth.`,
    'incomplete-total': (p, w) => {
      const names = w.names(p.notConverted);
      const head = num(p, 'counted') > 0
        ? `Mae’r cyfanswm ${str(p, 'unit')} yn anghyflawn: cyfrifwyd ${w.dose(p.counted, p.unit)}, heb ${names}.`
        : `Ni ellir rhoi cyfanswm ${str(p, 'unit')}: nid oedd modd cyfrif ${names}.`;
      return [head, ...new Set(list(p, 'failures').map((failure) => w.omeFailure(failure)))].join(' ');
    },
    'no-stop-date': (p) => (p.indication === 'acute'
      ? 'Nid oes dyddiad stopio wedi’i osod ar gyfer y presgripsiwn acíwt hwn. Cytunwch ar ddiwedd y driniaeth cyn dechrau, a rhowch ddyddiad stopio clir i’r meddyg teulu (MHRA 2020; OUCh).'
      : 'Nid oes dyddiad stopio na chynllun i ddod â’r driniaeth i ben wedi’i gofnodi. Cytunwch gyda’r claf sut a phryd y daw’r driniaeth i ben (MHRA 2020).'),
    'no-review-date': () => 'Nid oes dyddiad adolygu wedi’i osod. Adolygwch o fewn 1–4 wythnos i ddechrau neu i gynyddu’r dos, yna o leiaf bob 3 mis (CDC 2022).',
    'review-overdue': (p, w) => `Roedd yr adolygiad i fod ar ${w.date(p.reviewDate)}, ac mae’n ${days(w, num(p, 'days'))} yn hwyr.`,
    'long-term': (p, w) => `Dechreuwyd yr opioidau ar ${w.date(p.startDate)}, dros ${w.plural(num(p, 'months'), MONTH)} yn ôl. Mae eu defnyddio am fwy na ${w.plural(num(p, 'months'), MONTH)} ar gyfer poen nad yw’n gysylltiedig â chanser yn cynyddu’r risg o ddibyniaeth a chaethiwed; adolygwch y budd gyda’r claf (MHRA 2020).`,
    'acute-over-7-days': (p, w) => {
      const tail = 'Ar gyfer poen acíwt, peidiwch â rhagnodi mwy nag sydd ei angen am hyd disgwyliedig poen sy’n ddigon difrifol i fod angen opioidau; ailaseswch yr angen (CDC 2022, recommendation 6).';
      return bool(p, 'planned')
        ? `Mae’r cwrs acíwt a gynlluniwyd yn ${days(w, num(p, 'days'))}, yn hwy na ${w.count(p.limit)}. ${tail}`
        : `Dechreuodd y presgripsiwn acíwt hwn ${days(w, num(p, 'days'))} yn ôl, ac nid oes ganddo ddyddiad stopio. ${tail}`;
    },
    benzodiazepine: (p, w) => {
      const names = w.names(p.names);
      return `Mae bensodiasepin${names ? ` (${names})` : ''} wedi’i ragnodi gydag opioid: mae’r risg o farw o orddos tua ${w.mg(p.relative)} gwaith yn uwch, mewn ${population(p, w)} (${str(p, 'citation')}). Defnyddiwch nhw gyda’i gilydd dim ond os nad oes dewis arall, ar y dos isaf am yr amser byrraf, a monitrwch am anadlu araf (MHRA 2020).`;
    },
    gabapentinoid: (p, w) => {
      const names = w.names(p.names);
      return `Mae gabapentinoid${names ? ` (${names})` : ''} wedi’i ragnodi gydag opioid, sy’n cynyddu’r risg o anadlu araf a marwolaeth sy’n gysylltiedig ag opioidau. Defnyddiwch y dosau isaf a monitrwch (MHRA 2020; Gomes 2017).`;
    },
    'opioid-substitution': (p, w) => {
      const names = w.names(p.names);
      const assumed = w.names(p.assumed);
      const analgesics = w.names(p.analgesics);
      return `Mae’r claf yn cael triniaeth amnewid opioid${names ? ` (${names})` : ''}. ${bool(p, 'acute') ? 'Derbynnir opioidau tymor byr at boen acíwt ochr yn ochr â hi yn eang; os ydynt yn parhau, mae angen' : 'Ar gyfer opioidau at boen, mae angen'} adolygiad poen a dibyniaeth ar y cyd a dyddiad gorffen y cytunwyd arno; nid yw dosau amnewid yn cael eu trosi i ${str(p, 'unit')} (CDC 2022).`
        + (assumed ? ` Nid oes diben wedi’i nodi ar gyfer ${assumed}, felly ${many(w, p, 'assumed') ? 'maent yn cael eu trin' : 'mae’n cael ei drin'} fel triniaeth amnewid am fod y cynllun ar gyfer anhwylder defnyddio opioidau.` : '')
        + (analgesics ? ` Mae ${analgesics} yn cael ${many(w, p, 'analgesics') ? 'eu cyfrif fel meddyginiaethau' : 'ei gyfrif fel meddyginiaeth'} at boen.` : '');
    },
    'over-the-counter': (p, w) => `${many(w, p, 'names') ? 'Wedi’u prynu' : 'Wedi’i brynu'} dros y cownter: ${w.names(p.names)}. ${many(w, p, 'names') ? 'Maent wedi’u cynnwys' : 'Mae wedi’i gynnwys'} yn y cyfanswm. Gofynnwch faint sy’n cael ei gymryd ac am ba hyd; efallai y bydd angen gwasanaeth dibyniaeth ar rywun sy’n dibynnu ar codeine dros y cownter.`,
    'methadone-conversion': (p, w) => (p.guidance === 'uk'
      ? 'Nid oes ffactor OME ar gyfer methadon yn y DU, felly nid yw yn y cyfanswm. Mae angen cyngor arbenigol ar gyfer unrhyw newid i fethadon neu o fethadon (Opioids Aware 2020).'
      : `Mae methadon yn cael ei gyfrif gyda ffactor CDC 2022${Number.isFinite(num(p, 'factor')) ? ` o ${w.mg(p.factor)} MME y mg` : ''}, sy’n frasamcan: mae ei effaith yn amrywio rhwng pobl ac yn cronni dros ddyddiau. Peidiwch â’i ddefnyddio i gyfrifo newid o un opioid i un arall; gofynnwch am gyngor arbenigol (CDC 2022).`),
    naloxone: (p, w) => {
      const reasons = strings(p, 'reasons').map((reason) => {
        switch (reason) {
          case 'dose': return `mae’r cyfanswm yn ${w.dose(p.total, p.unit)}${bool(p, 'complete') ? '' : ' o leiaf'} (${w.dose(p.threshold, p.unit)} neu fwy)`;
          case 'benzodiazepine': return 'mae bensodiasepin wedi’i gyd-ragnodi';
          case 'overdose-history': return 'mae hanes o orddos';
          default: return bool(p, 'substitution')
            ? 'mae’r claf yn cael triniaeth amnewid opioid (anhwylder defnyddio sylweddau)' : 'mae hanes o anhwylder defnyddio sylweddau';
        }
      });
      return `Nid oes cofnod bod naloxone wedi’i gyflenwi, ac ${w.list(reasons)}. Cynigiwch naloxone ac addysg am orddos i’r claf ac i’w aelwyd (CDC 2022, recommendation 8).`;
    },
  },
  band: {
    implausible: (p, w) => `Heb ei ddangos: mae cyfanswm dros ${w.dose(p.threshold, p.unit)} bron yn sicr yn gamgymeriad uned neu deipio; gwiriwch bob dos`,
    'outside-scope': () => 'Dim cyngor ar y dos: nid yw CDC 2022 yn cynnwys poen canser, gofal lliniarol na gofal diwedd oes',
    'specialist-referral': (p, w) => `Ar neu’n uwch na ${w.dose(p.threshold, p.unit)}: atgyfeiriwch at wasanaethau arbenigol`,
    information: (p, w) => `Ar neu’n uwch na’r trothwy dos uchel o ${w.dose(p.threshold, p.unit)}, er gwybodaeth: mewn poen canser ac ar ddiwedd oes mae’r dos yn dilyn y salwch`,
    reassess: (p, w) => `Ar neu’n uwch na ${w.dose(p.threshold, p.unit)}: ailaseswch y manteision a’r risgiau cyn unrhyw gynnydd${bool(p, 'naloxone') ? '; cynigiwch naloxone' : ''}`,
    'high-dose': (p, w) => `Ar neu’n uwch na’r trothwy dos uchel o ${w.dose(p.threshold, p.unit)}: adolygwch y cynllun gyda’r claf`,
    incomplete: (p, w) => (p.unit === 'MME'
      ? `Ni ellir ei gymharu â ${w.dose(p.threshold, p.unit)}: mae’r cyfanswm yn anghyflawn`
      : `Ni ellir ei gymharu â’r trothwy dos uchel o ${w.dose(p.threshold, p.unit)}: mae’r cyfanswm yn anghyflawn`),
    'below-threshold': (p, w) => (p.unit === 'MME'
      ? `Yn is na ${w.dose(p.threshold, p.unit)}: ailaseswch y manteision a’r risgiau cyn unrhyw gynnydd i ${w.dose(p.threshold, p.unit, false)} neu fwy`
      : `Yn is na’r trothwy dos uchel o ${w.dose(p.threshold, p.unit)}`),
  },
  taper: {
    description: (p, w) => {
      const every = (interval: unknown) => (num({ d: interval }, 'd') === 1 ? 'bob dydd' : `bob ${days(w, num({ d: interval }, 'd'))}`);
      const percent = `${w.amount(p.percent)}%`;
      let text = p.method === 'cdc-short-course'
        ? `${percent} o’r dos gwreiddiol ${every(p.intervalDays)} nes bod tua 30% ohono’n weddill, yna ${percent} o’r dos sy’n weddill ${every(p.intervalDays)}`
        : p.method === 'current'
          ? `${percent} o’r dos presennol ${every(p.intervalDays)} (pob gostyngiad yn llai na’r un blaenorol)`
          : `${percent} o’r dos gwreiddiol ${every(p.intervalDays)} (llinol)`;
      if (Number.isFinite(num(p, 'roundTo'))) {
        text += `, gyda phob dos wedi’i dalgrynnu i fyny i luosrif o ${w.amount(p.roundTo)} mg heb byth leihau’n gyflymach na’r cynllun`;
        if (Number.isFinite(num(p, 'extraDays'))) {
          text += `, felly mae’n cymryd ${days(w, num(p, 'extraDays'))} yn hwy na’r cynllun`
            + ` (${w.plural(num(p, 'reductions'), REDUCTION)} yn lle ${w.count(p.plannedIntervals)})`;
        }
      }
      if (Number.isFinite(num(p, 'smallestDose'))) {
        text += p.smallestDoseSource === 'largest-cut'
          ? `; yn stopio unwaith y bydd y dos yn ${w.amount(p.smallestDose)} mg neu lai (dim mwy nag un gostyngiad a gynlluniwyd)`
          : `; yn stopio o dan ${w.amount(p.smallestDose)} mg`;
      }
      return text;
    },
    summary: (p, w) => `o ${w.amount(p.startDose)} mg i ${num(p, 'endDose') === 0 ? w.count(0) : `${w.amount(p.endDose)} mg`} dros ${days(w, num(p, 'totalDays'))} mewn ${w.plural(num(p, 'reductions'), STEP)}`,
    note: {
      'faster-than-opioids-aware': (p, w) => `Mae lleihau ${w.amount(p.percent)}% ${num(p, 'intervalDays') === 1 ? 'bob dydd' : `bob ${days(w, num(p, 'intervalDays'))}`} y tu hwnt i’r 5–10% bob 2–6 wythnos y mae Opioids Aware yn ei ddisgrifio; gwiriwch mai dyma’r cyflymder a fwriadwyd.`,
      'cdc-short-course-use': () => 'Mae CDC 2022 yn rhoi’r cyflymder wythnosol hwn ar gyfer pobl sydd wedi cymryd opioidau am wythnosau i fisoedd; ar ôl blwyddyn neu fwy, mae gostyngiad o 10% y mis, neu’n arafach, fel arfer yn haws ei oddef.',
      'rounding-lengthens': (p, w) => `Mae talgrynnu i ${w.amount(p.roundTo)} mg yn gwneud y gostyngiad graddol hwn ${days(w, num(p, 'extraDays'))} yn hwy na’r cynllun heb ei dalgrynnu: `
        + 'mae pob dos yn cael ei dalgrynnu i fyny, byth i lawr, ac nid oes unrhyw ostyngiad yn fwy na’r cynllun, am mai toriadau mawr yn hwyr yw’r anoddaf i’w goddef '
        + '(Opioids Aware 2020: po hiraf y defnydd, arafaf y gostyngiad; CDC 2022: arafu ar ddosau is, ac ar y cryfder lleiaf ymestyn yr egwyl cyn stopio).',
      'start-not-multiple': (p, w) => `Nid yw’r dos cychwynnol (${w.amount(p.startDose)} mg) yn lluosrif o ${w.amount(p.roundTo)} mg; mae’r dosau diweddarach yn lluosrifau.`,
      'held-for-rounding': (p, w) => `Lle na fyddai talgrynnu’r dos a gynlluniwyd i fyny i ${w.amount(p.roundTo)} mg yn gostwng y dos, mae’r dos yn cael ei gadw am fwy o amser yn lle hynny (ar ${w.list(list(p, 'doses').map((dose) => `${w.amount(dose)} mg`))}).`,
      'lowest-dose-extended': (p, w) => `Mae’r dos isaf (${w.amount(p.dose)} mg) yn cael ei gadw am ${days(w, num(p, 'days'))}, ${days(w, num(p, 'extraDays'))} yn hwy na’r camau eraill, cyn stopio. CDC 2022: ar ôl cyrraedd y dos lleiaf sydd ar gael, gellir ymestyn yr egwyl rhwng dosau, a gellir stopio opioidau pan fyddant yn cael eu cymryd lai nag unwaith y dydd.`,
      'final-cut-larger-than-planned': (p, w) => `Mae stopio o ${w.amount(p.dose)} mg yn ostyngiad mwy na’r ${w.amount(p.plannedCut)} mg a gynlluniwyd, am nad oes modd rhoi dos llai. Ystyriwch roi’r dosau ymhellach oddi wrth ei gilydd (eu cymryd lai nag unwaith y dydd) cyn stopio (CDC 2022).`,
    },
  },
  text: {
    doseLine: (p, w) => {
      const strength = num(typeof p.strength === 'object' && p.strength !== null ? p.strength as Params : {}, 'value');
      const amount = w.mg(strength);
      // Welsh keeps the noun singular after a numeral: "clwt 10 microgram yr awr".
      if (p.route === 'transdermal') return `clwt ${amount} microgram yr awr`;
      const where = p.route === 'sublingual' ? ' o dan y tafod' : '';
      const times = (perDay: number) => {
        if (perDay === 1) return 'unwaith y dydd';
        if (perDay === 2) return 'ddwywaith y dydd';
        const everyDays = 1 / perDay;
        if (perDay < 1 && Number.isInteger(Math.round(everyDays * 1e9) / 1e9)) return `bob ${days(w, Math.round(everyDays))}`;
        return `${w.mg(perDay)} gwaith y dydd`;
      };
      const most = Number.isFinite(num(p, 'maxDosesPerDay')) ? num(p, 'maxDosesPerDay') : num(p, 'dosesPerDay');
      if (bool(p, 'asNeeded')) return Number.isFinite(most) ? `${amount} mg${where} hyd at ${times(most)} pan fo angen` : `${amount} mg${where} pan fo angen`;
      return Number.isFinite(num(p, 'dosesPerDay')) ? `${amount} mg${where} ${times(num(p, 'dosesPerDay'))}` : `${amount} mg${where}`;
    },
    weekdays: WELSH_WEEKDAYS,
    weekdayDate: (weekday, longDate) => `${weekday} ${longDate}`,
    stopSentence: (p, w) => {
      const what = str(p, 'product') && str(p, 'product').toLowerCase() !== str(p, 'name').toLowerCase()
        ? `${str(p, 'name')} (${str(p, 'product')})` : str(p, 'name');
      const forWhat = typeof p.indication === 'string' && Object.hasOwn(w.catalogue.indicationPhrase, p.indication)
        ? ` ar gyfer ${w.catalogue.indicationPhrase[p.indication as keyof typeof w.catalogue.indicationPhrase]}` : '';
      // "on Friday" is "ddydd Gwener" (adverbial, soft mutation) inside a sentence.
      const on = (date: string) => date.replace(/^Dydd /, 'ddydd ');
      const tail = 'Peidiwch â pharhau y tu hwnt i’r dyddiad hwn heb adolygiad.';
      const length = num(p, 'length');
      if (p.kind === 'review') {
        return `Adolygwch ${what}${forWhat} ${on(str(p, 'on'))}, ${length === 0 ? 'y diwrnod y cafodd ei ddechrau' : `${days(w, length)} ar ôl dechrau`}. ${tail}`;
      }
      if (length === 0) return `Stopiwch ${what}${forWhat} ${on(str(p, 'on'))}, y diwrnod y cafodd ei ddechrau. ${tail}`;
      return `Stopiwch ${what}${forWhat} ${on(str(p, 'on'))} (y dos olaf ${on(str(p, 'lastDose'))}): ${days(w, length)} o driniaeth. ${tail}`;
    },
    relative: (p, w) => {
      const count = num(p, 'days');
      return count === 0 ? 'heddiw' : count === 1 ? 'yfory' : count > 0 ? `ymhen ${days(w, count)}` : `${days(w, -count)} yn hwyr`;
    },
    daysLeft: (p, w) => {
      const count = num(p, 'days');
      if (count === 0) return 'yn stopio heddiw';
      return count > 0 ? `${days(w, count)} ar ôl` : `aeth y dyddiad stopio heibio ${days(w, -count)} yn ôl`;
    },
  },
  ome: {
    'not-licensed-uk': (p, w) => `Nid yw ${w.drug(p.drug)} wedi’i drwyddedu yn y DU, felly nid yw tabl Opioids Aware (2020) yn rhoi ffactor OME iddo.`,
    'specialist-advice': () => 'Nid oes gan fethadon ffactor OME sefydlog: dylid trosi bob amser gyda chyngor arbenigol (Opioids Aware, 2020).',
    'not-in-uk-table': () => 'Nid yw buprenorphine o dan y tafod yn nhabl cyfwerthedd dosau Opioids Aware (2020), felly nid oes ganddo ffactor OME.',
    'not-in-us-table': (p, w) => `Nid yw ${w.drug(p.drug)} wedi’i restru yn nhabl trosi CDC 2022, felly nid oes ganddo ffactor MME.`,
    'partial-agonist': () => 'Mae buprenorphine wedi’i eithrio o MME yng nghanllaw CDC 2022, am ei fod yn agonydd rhannol sydd ag effaith nenfwd.',
    'route-not-in-table': (p, w) => `Nid yw ${w.drug(p.drug)} ${route(p)} yn ${p.guidance === 'us' ? 'nhabl trosi CDC 2022' : 'nhabl Opioids Aware (2020)'}, felly nid oes ganddo ffactor ${str(p, 'unit')}.`,
    'opioid-use-disorder': (p, w) => `Nid yw ${w.drug(p.drug)} ar gyfer anhwylder defnyddio opioidau yn cael ei drosi i ${str(p, 'unit')}: ni ddylid defnyddio ffactorau trosi i benderfynu ar ddosau wrth drin anhwylder defnyddio opioidau (CDC 2022).`,
    'not-an-object': () => 'Ni ellir defnyddio’r llinell feddyginiaeth hon: rhaid iddi fod yn wrthrych gyda chyffur (drug), llwybr (route), cryfder (strength) a dosau y dydd (dosesPerDay).',
    'invalid-line': (p, w) => `Ni ellir defnyddio’r llinell feddyginiaeth hon: ${w.issue(p.issue)}`,
    'too-large': () => 'Ni ellir defnyddio’r llinell feddyginiaeth hon: mae’r dos dyddiol yn rhy fawr i fod yn ddos go iawn.',
  },
  field: {
    id: 'Dynodydd y cynllun', packId: 'dynodydd', indication: 'Arwydd clinigol', medications: 'Meddyginiaethau', drug: 'Cyffur', route: 'Llwybr',
    strength: 'Cryfder', value: 'Cryfder', unit: 'Uned', dosesPerDay: 'Dosau y dydd',
    asNeeded: 'Pan fo angen', maxDosesPerDay: 'Y nifer mwyaf o ddosau mewn diwrnod', product: 'Enw’r cynnyrch',
    purpose: 'Diben', startDate: 'Dyddiad dechrau', reviewDate: 'Dyddiad adolygu', stopDate: 'Dyddiad stopio',
    goals: 'Nodau', taper: 'Gostyngiad graddol', startDose: 'Dos cychwynnol', percent: 'Canran y gostyngiad',
    intervalDays: 'Diwrnodau rhwng gostyngiadau', basis: 'Sail y gostyngiad', roundTo: 'Cam talgrynnu',
    minimumDose: 'Dos lleiaf', holds: 'Seibiannau', step: 'Cam y seibiant', intervals: 'Hyd y seibiant',
    concurrentMedicines: 'Meddyginiaethau eraill', kind: 'Math', name: 'Enw', dose: 'Dos',
    naloxoneSupplied: 'Naloxone wedi’i gyflenwi', prescriber: 'Rhagnodwr', team: 'Tîm', contact: 'Cyswllt',
    patchCount: 'Clytiau a wisgir gyda’i gilydd', source: 'Ffynhonnell', careTeam: 'Tîm gofal', role: 'Rôl',
    responsibilities: 'Cyfrifoldebau', riskFactors: 'Ffactorau risg', overdoseHistory: 'Hanes o orddos',
    substanceUseDisorder: 'Hanes o anhwylder defnyddio sylweddau',
    mdtReview: 'Adolygiad tîm amlddisgyblaethol', date: 'Dyddiad', outcome: 'Canlyniad', notes: 'Nodiadau', guidance: 'Canllawiau',
  },
  thisValue: 'Y gwerth hwn',
  typeName: {
    string: 'testun', number: 'rhif', int: 'rhif cyfan', boolean: 'gwir neu gau', object: 'gwrthrych', array: 'rhestr',
    null: 'null', 'non-finite-number': 'rhif nad yw’n feidraidd', 'not a finite number': 'rhif nad yw’n feidraidd',
  },
  issue: {
    required: (_p, w, label) => `Rhaid llenwi’r ${field(w, label)}.`,
    'wrong-type': (p, w, label) => {
      const expected = AFTER_YN[str(p, 'expected')] ?? `“${str(p, 'expected')}”`;
      return `Rhaid i’r ${field(w, label)} fod yn ${expected}, nid ${w.catalogue.typeName[str(p, 'received')] ?? str(p, 'received')}.`;
    },
    'unknown-field': (p) => `Nid yw “${raw(p, 'key')}” yn faes y mae’r llyfrgell hon yn ei adnabod; gwiriwch y sillafu.`,
    'not-one-of': (p, w, label) => `Rhaid i’r ${field(w, label)} fod yn un o’r rhain: ${strings(p, 'values').join(', ')}.`,
    'too-few-items': (p, w, label) => `Rhaid i’r ${field(w, label)} gynnwys o leiaf ${w.plural(num(p, 'min'), ITEM)}.`,
    'empty-text': (_p, w, label) => `Ni chaiff y ${field(w, label)} fod yn wag.`,
    'too-small': (p, w, label) => (bool(p, 'inclusive')
      ? `Rhaid i’r ${field(w, label)} fod yn ${w.amount(p.min)} o leiaf.`
      : `Rhaid i’r ${field(w, label)} fod yn fwy na ${w.amount(p.min)}.`),
    'too-many-items': (p, w, label) => `Rhaid i’r ${field(w, label)} gynnwys ${w.plural(num(p, 'max'), ITEM)} ar y mwyaf.`,
    'text-too-long': (p, w, label) => `Rhaid i’r ${field(w, label)} fod yn ${w.plural(num(p, 'max'), CHARACTER)} ar y mwyaf.`,
    'too-big': (p, w, label) => (bool(p, 'inclusive')
      ? `Rhaid i’r ${field(w, label)} fod yn ${w.amount(p.max)} ar y mwyaf.`
      : `Rhaid i’r ${field(w, label)} fod yn llai na ${w.amount(p.max)}.`),
    unreadable: () => 'Nid oedd modd darllen y gwerth hwn.',
    // Content-pack checks for site editors: the core writes them in English; quoted as it gives them.
    rule: (p, _w, label) => `${label}: ${raw(p, 'text')}.`,
    'invalid-json': () => 'Nid yw’r cynllun yn JSON dilys (gwiriwch a oes dyfynnod, coma neu fraced ar goll).',
    'pack-invalid-json': () => 'Nid yw’r pecyn cynnwys yn JSON dilys (gwiriwch a oes dyfynnod, coma neu fraced ar goll).',
    // Gwiriadau’r pecyn cynnwys ei hun, i olygydd y wefan a ysgrifennodd y pecyn.
    'pack-digits': (_p, w, label) => `Ni chaiff y ${field(w, label)} gynnwys digidau: rhowch rifau fel cyfrif ffigur, lle maen nhw’n dod gyda’u ffynhonnell.`,
    'pack-placeholder': (p, w, label) => (strings(p, 'allowed').length === 0
      ? `Ni chaiff y ${field(w, label)} gynnwys {${raw(p, 'name')}}: nid yw’r testun hwn yn cymryd dalfannau.`
      : `Ni chaiff y ${field(w, label)} gynnwys {${raw(p, 'name')}}: defnyddiwch ${strings(p, 'allowed').map((name) => `{${name}}`).join(', ')} yn unig.`),
    'pack-brace': (_p, w, label) => `Ni chaiff y ${field(w, label)} gynnwys { neu } nad yw’n rhan o {ddalfan}.`,
    'pack-slug': (_p, w, label) => `Rhaid i’r ${field(w, label)} fod yn llythrennau bach, digidau a chysylltnodau, gan ddechrau â llythyren.`,
    'pack-locale': (_p, w, label) => `Rhaid i’r ${field(w, label)} fod yn dag iaith fel cy neu en-GB.`,
    'pack-range-order': (_p, w, label) => `Rhaid i’r ${field(w, label)} fod yn fwy na low.`,
    'pack-group-missing': (p, w, label) => `Ni chaiff y ${field(w, label)} ddefnyddio {${raw(p, 'name')}}: nid oes ${p.group === 'comparison' ? 'grŵp cymharu' : 'prif grŵp'} gan y ffigur hwn.`,
    'pack-count-kind': (p, w, label) => `Ni chaiff y ${field(w, label)} ddefnyddio {${raw(p, 'name')}}: mae cyfrif y ${p.group === 'comparison' ? 'grŵp cymharu' : 'prif grŵp'} yn ${bool(p, 'range') ? 'ystod' : 'un rhif'}.`,
    'pack-count-above-denominator': (p, w, label) => `Ni chaiff y ${field(w, label)} fod yn fwy na’r enwadur (${w.count(p.denominator)}).`,
    'pack-below-with-at-most': (_p, w, label) => `Ni ellir rhoi’r ${field(w, label)} gydag atMost.`,
    'pack-band-top-order': (_p, w, label) => `Rhaid i’r ${field(w, label)} fod yn fwy nag atLeast.`,
    'pack-band-overlap': (p, w, label) => `Ni chaiff y ${field(w, label)} orgyffwrdd â’r band “${raw(p, 'band')}”.`,
    'pack-id-twice': (p, w, label) => `Rhaid i’r ${field(w, label)} fod yn unigryw: defnyddir “${raw(p, 'id')}” ddwywaith.`,
    'unit-for-route': (p, w, label) => `Rhaid i’r ${field(w, label)} fod yn “${str(p, 'expected')}” ar gyfer y llwybr ${route(p)}.`,
    'dose-too-large': (p, w, label) => (bool(p, 'patch')
      ? `Rhaid i’r ${field(w, label)} fod yn ${w.amount(p.max)} microgram yr awr ar y mwyaf ar gyfer un clwt (ar gyfer clytiau a wisgir gyda’i gilydd, rhowch patchCount neu ysgrifennwch un llinell i bob clwt).`
      : `Rhaid i’r ${field(w, label)} fod yn ${w.amount(p.max)} mg y dos ar y mwyaf (gwiriwch yr uned: ai microgramau ydyn nhw?).`),
    'not-a-patch-drug': (p, w, label) => `Ni all y ${field(w, label)} fod yn drawsdermol: nid yw ${w.drug(p.drug) || str(p, 'drug')} ar gael fel clwt.`,
    'patch-doses-per-day': (_p, w, label) => `Ni ellir rhoi’r ${field(w, label)} ar gyfer clwt: mae clwt yn cael ei ddosio yn ôl ei gyfradd mewn microgramau yr awr. Ar gyfer dau glwt a wisgir gyda’i gilydd, rhowch patchCount: 2, neu ysgrifennwch un llinell i bob clwt.`,
    'patch-as-needed': (_p, w, label) => `Ni ellir rhoi’r ${field(w, label)} ar gyfer clwt, sy’n cael ei wisgo drwy’r amser.`,
    'patch-count-not-patch': (_p, w, label) => `Mae’r ${field(w, label)} ar gyfer clytiau yn unig.`,
    'max-doses-needs-as-needed': (_p, w, label) => `Mae’r ${field(w, label)} ar gyfer meddyginiaethau pan fo angen yn unig: ychwanegwch asNeeded: true, neu rhowch dosesPerDay ar gyfer dosau rheolaidd.`,
    'doses-per-day-required': (_p, w, label) => `Rhaid llenwi’r ${field(w, label)} (neu, ar gyfer meddyginiaeth pan fo angen, y nifer mwyaf o ddosau a ganiateir mewn diwrnod).`,
    'purpose-not-substitution': (p, w, label) => {
      const drug = w.drug(p.drug) || str(p, 'drug');
      return `Ni all y ${field(w, label)} fod yn anhwylder defnyddio opioidau ar gyfer ${drug}: dim ond methadon neu buprenorphine all fod yn driniaeth amnewid, felly mae ${drug} yn cael ei gyfrif fel meddyginiaeth at boen.`;
    },
    'substitution-drug-required': (_p, w, label) => `Rhaid llenwi’r ${field(w, label)} ar gyfer triniaeth amnewid opioid (methadon neu buprenorphine).`,
    'before-start': (_p, w, label) => `Ni chaiff y ${field(w, label)} fod cyn y dyddiad dechrau.`,
    'minimum-at-or-above-start': (_p, w, label) => `Rhaid i’r ${field(w, label)} fod yn is na’r dos cychwynnol: fel y mae wedi’i ysgrifennu, byddai’r gostyngiad graddol yn dod i ben ar unwaith.`,
    'start-too-late': (_p, w, label) => `Mae’r ${field(w, label)} yn rhy hwyr: byddai’r amserlen yn rhedeg y tu hwnt i’r flwyddyn 9999.`,
    'pause-on-stop': (p, w, label) => (num(p, 'reductions') === 1
      ? `Rhaid i’r ${field(w, label)} fod yn ${w.count(0)}: mae’r amserlen hon yn mynd o’r dos cychwynnol yn syth i stopio.`
      : `Rhaid i’r ${field(w, label)} fod rhwng ${w.count(0)} a ${w.count(num(p, 'reductions') - 1)}: mae gan yr amserlen hon ${w.plural(num(p, 'reductions'), REDUCTION)}.`),
    'too-many-intervals': (p, w, label) => `Mae’r ${field(w, label)} yn rhy fach: byddai’r gostyngiad graddol hwn yn cymryd mwy na ${w.plural(num(p, 'max'), INTERVAL)} i ddod i ben (defnyddiwch ganran fwy neu ddos lleiaf mwy${bool(p, 'rounded') ? ', neu talgrynnwch i gam gwahanol' : ''}).`,
    'not-a-date': (_p, w, label) => `Rhaid i’r ${field(w, label)} fod yn ddyddiad calendr go iawn wedi’i ysgrifennu BBBB-MM-DD (er enghraifft 2026-03-05).`,
  },
};
