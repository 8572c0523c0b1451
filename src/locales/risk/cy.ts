/**
 * cy (Cymraeg): a DRAFT of the explainer's wording, written carefully in the plain style of NHS Wales
 * patient information ("chi"), with the meaning of the reviewed en-GB wording and none of its numbers;
 * not yet reviewed by a clinician fluent in Welsh (`reviewed: false`). Shown only when the host sets
 * `allow-draft-locales`. Medicine and study names are kept as they are in en-GB.
 * Loaded on demand: never part of the default bundle.
 */
import type { RiskWording } from './types.js';

const COMPARISON = 'Wrth ymyl hyn, y ffigur gorddos ar gyfer eich dos chi: ar ddos o {band}, cafodd tua {count} o bob {denominator} o bobl orddos bob blwyddyn.';
const COMPARISON_NO_BAND = 'Nid oes gennym ffigur gorddos ar gyfer eich dos chi i’w roi wrth ymyl hyn. Dyma’r ffigurau ar gyfer dosau eraill:';
const CAVEAT = 'Daw’r ddau rif o astudiaethau gwahanol a oedd yn cyfrif pethau gwahanol. Peidiwch â’u lluosi â’i gilydd.';

/** The cautions of core/guidance.ts (REFERENCE.md §1), for the care team, in Welsh. */
const cautions = (unit: 'OME' | 'MME', plural: string): readonly string[] => [
  `Mae ${plural} (${unit}) yn fras, ac nid ydynt yn ystyried y gwahaniaethau rhwng unigolion.`,
  `Mae ffigurau ${unit} yn amcangyfrif cyfanswm y llwyth opioid a’r risg; rhaid peidio â’u defnyddio i gyfrifo dos wrth newid o un opioid i un arall, pan fydd yr opioid newydd fel arfer yn cael ei ddechrau 25–50% yn is na’r cyfwerth a gyfrifwyd.`,
  'Mae angen gofal arbennig gyda methadone a chlytiau fentanyl.',
  `Nid yw dosau methadone neu buprenorphine ar gyfer triniaeth amnewid opioid (anhwylder defnyddio opioidau) yn cael eu trosi i ${unit}.`,
  `Pan na ellir trosi meddyginiaeth, mae’r cyfanswm ${unit} yn anghyflawn, ac mae’n dweud hynny.`,
];

export const cyRisk: RiskWording = {
  meta: { tag: 'cy', reviewed: false },
  text: {
    title: 'Opioidau ar gyfer poen hirdymor: beth y gallant ac na allant ei wneud',
    intro: 'Mae opioidau yn feddyginiaethau cryf at boen, fel morphine, codeine, oxycodone, tramadol a fentanyl. '
      + 'Mae’r dudalen hon yn dangos beth ddigwyddodd i bobl mewn astudiaethau ymchwil a gymerodd opioidau ar gyfer poen a barodd am amser hir. '
      + 'Ni all y rhifau ddweud wrthych chi beth fydd yn digwydd i chi. Gallant eich helpu chi a’ch tîm gofal i siarad am yr hyn sy’n iawn i chi.',
    howToRead: 'Sut i ddarllen y lluniau. Mae pob siâp yn un person.',
    legendFilled: 'Wedi’u llenwi: y bobl y mae’r frawddeg yn sôn amdanynt.',
    legendOutline: 'Amlinell yn unig: pawb arall yn y grŵp.',
    legendStriped: 'Streipiog: nid oedd yr astudiaethau’n cytuno’n union. Mae’r gwir nifer rywle yn y rhan streipiog.',
    benefitsHeading: 'Beth all opioidau ei wneud',
    harmsHeading: 'Pa niwed all opioidau ei wneud',
    stoppingHeading: 'Beth sy’n digwydd pan fydd pobl yn stopio',
    harmsListHeading: 'Niweidiau eraill, mewn geiriau syml',
    questionsHeading: 'Cwestiynau i’w gofyn yn eich adolygiad nesaf',
    glossaryHeading: 'Beth mae’r geiriau’n ei olygu',
    sourcesHeading: 'O ble mae’r rhifau’n dod',
    yourDose: 'Eich dos chi: {dose}.',
    doseAmount: '{dose} mg y dydd',
    doseExplained: 'Dyma’r holl opioid rydych chi’n ei gymryd mewn diwrnod, wedi’i gyfrif fel pe bai’n morphine. Canllaw bras ydyw, nid mesur union.',
    worstCase: 'Mae’r cyfanswm hwn yn cyfrif y mwyaf a ganiateir i chi o unrhyw feddyginiaeth rydych chi’n ei chymryd dim ond pan fo angen.',
    guidanceUsed: 'Cyfrifodd eich tîm gofal y cyfanswm hwn gan ddefnyddio {guidance}.',
    cautionsHeading: 'Nodiadau am y cyfanswm hwn, ar gyfer eich tîm gofal',
    populationLabel: 'Pwy a astudiwyd',
    timeSpanLabel: 'Dros ba gyfnod',
    sourceLabel: 'Ffynhonnell',
    approximate: 'Bras: cymerwyd y ffigur hwn o grynodeb o’r ymchwil, nid o’r adroddiad gwreiddiol.',
    studyFigure: 'Ffigur yr astudiaeth oedd {count} o bob {denominator}. Mae’r llun yn dangos {people}, i’r person cyfan agosaf.',
    iconLabel: 'Llun o {total} o bobl. Mae {filled} wedi’u llenwi: {who}.',
    iconLabelRange: 'Llun o {total} o bobl. Mae {filled} wedi’u llenwi ac mae rhagor yn streipiog, hyd at {high}: {who}.',
    iconLabelOne: 'Llun o {total} o bobl. Mae {filled} wedi’i lenwi: {who}.',
    iconLabelRangeOne: 'Llun o {total} o bobl. Mae {filled} wedi’i lenwi ac mae rhagor yn streipiog, hyd at {high}: {who}.',
    packError: 'Ni ellir dangos yr wybodaeth hon am opioidau',
    inputError: 'Nid oedd modd defnyddio rhai o’r manylion a roddwyd i’r dudalen hon',
  },
  figures: {
    pain: {
      title: 'Llai o boen',
      sentence: 'Sylwodd tua {count} yn fwy o bobl ym mhob {denominator} fod eu poen yn llai pan oeddent yn cymryd opioidau na phan oeddent yn cymryd pilsen ffug (plasebo).',
      main: { label: 'Pobl ychwanegol a sylwodd ar lai o boen', who: 'y bobl ychwanegol a sylwodd ar lai o boen oherwydd yr opioid' },
    },
    function: {
      title: 'Gwneud mwy o ddydd i ddydd',
      sentence: 'Gwelodd tua {count} yn fwy o bobl ym mhob {denominator} eu bod yn gallu gwneud mwy o ddydd i ddydd, fel cerdded neu wisgo, pan oeddent yn cymryd opioidau na phan oeddent yn cymryd pilsen ffug.',
      main: { label: 'Pobl ychwanegol a oedd yn gallu gwneud mwy', who: 'y bobl ychwanegol a oedd yn gallu gwneud mwy oherwydd yr opioid' },
    },
    vomiting: {
      title: 'Bod yn sâl (chwydu)',
      sentence: 'Chwydodd tua {people} o bob {denominator} o bobl a oedd yn cymryd opioidau. Chwydodd tua {comparisonPeople} o bob {denominator} o bobl a oedd yn cymryd pilsen ffug hefyd.',
      main: { label: 'Yn cymryd opioidau', who: 'pobl a chwydodd' },
      comparison: { label: 'Yn cymryd pilsen ffug (plasebo)', who: 'pobl a chwydodd' },
    },
    misuse: {
      title: 'Camddefnyddio',
      sentence: 'Gwnaeth rhwng {low} a {high} o bob {denominator} o bobl a oedd yn cymryd opioidau ar gyfer poen hirdymor eu camddefnyddio. Mae hyn yn golygu eu cymryd mewn ffordd nad oedd y meddyg yn ei bwriadu, fel cymryd mwy na’r hyn a ragnodwyd.',
      main: { label: 'Yn cymryd opioidau ar gyfer poen hirdymor', who: 'pobl a wnaeth gamddefnyddio eu hopioidau' },
    },
    addiction: {
      title: 'Caethiwed',
      sentence: 'Daeth rhwng {low} a {high} o bob {denominator} o bobl a oedd yn cymryd opioidau ar gyfer poen hirdymor yn gaeth iddynt. Mae caethiwed yn golygu teimlo bod rhaid i chi gymryd opioidau hyd yn oed pan fyddant yn eich niweidio.',
      main: { label: 'Yn cymryd opioidau ar gyfer poen hirdymor', who: 'pobl a ddaeth yn gaeth' },
    },
    stopping: {
      title: 'Stopio opioidau hirdymor',
      sentence: 'Am bob {denominator} o bobl sy’n stopio cymryd opioidau ar ôl eu cymryd am amser hir, mae tua {count} farwolaeth yn cael ei hatal.',
      main: { label: 'Pobl sy’n stopio opioidau hirdymor', who: 'y person y mae ei farwolaeth yn cael ei hatal' },
    },
  },
  overdose: {
    title: 'Gorddos damweiniol',
    sentence: 'Ar ddos o {band}, cafodd tua {count} o bob {denominator} o bobl orddos bob blwyddyn.',
    who: 'pobl a gafodd orddos mewn blwyddyn',
    bandBelow: '{atLeast} i lai na {below} mg y dydd',
    bandFrom: '{atLeast} mg y dydd neu fwy',
    bandsHeading: 'Gorddosau bob blwyddyn, yn ôl dos',
    bandItem: '{band}: tua {count} o bob {denominator} o bobl',
    yourBand: 'eich dos chi',
    approximateBand: 'bras',
    noFigure: 'Nid oes gennym ffigur gorddos ar gyfer {dose}. Dim ond ar gyfer y dosau a restrir yma y rhoddodd yr astudiaeth ffigurau. Nid ydym yn dyfalu’r rhifau sydd rhyngddynt.',
    unknownDose: 'Nid ydym yn gwybod beth yw eich dos chi, felly ni allwn ddweud pa ffigur gorddos sy’n berthnasol i chi. Mae’r ffigurau ar gyfer dosau gwahanol wedi’u rhestru yma.',
    incompleteTotal: 'Ni allwn ddweud pa ffigur gorddos sy’n berthnasol i chi. Nid oedd modd cyfrifo cyfanswm eich dos chi, oherwydd na ellir cyfrif o leiaf un o’ch meddyginiaethau fel morphine. Mae’r ffigurau ar gyfer dosau gwahanol wedi’u rhestru yma.',
  },
  extraRisks: {
    benzodiazepine: {
      title: 'Os ydych chi hefyd yn cymryd bensodiasepin',
      sentence: 'Meddyginiaethau tawelu yw bensodiasepinau, fel diazepam. Mewn pobl a oedd yn cymryd opioidau ac a gymerodd fensodiasepin hefyd, roedd y risg o farw o orddos tua {relative} gwaith mor uchel ag mewn pobl na wnaeth.',
      comparison: COMPARISON,
      comparisonNoBand: COMPARISON_NO_BAND,
      caveat: CAVEAT,
    },
    gabapentinoid: {
      title: 'Os ydych chi hefyd yn cymryd gabapentin neu pregabalin',
      sentence: 'Meddyginiaethau ar gyfer poen nerfau yw gabapentin a pregabalin. Mewn pobl a oedd yn cymryd opioidau ac a gymerodd gabapentin hefyd, roedd y siawns o farw o orddos opioid tua {relative}% yn uwch nag mewn pobl na wnaeth. Mae pregabalin yn gweithio mewn ffordd debyg.',
      comparison: COMPARISON,
      comparisonNoBand: COMPARISON_NO_BAND,
      caveat: CAVEAT,
    },
  },
  studies: {
    busse: { population: '{people} o oedolion â phoen hirdymor nad yw’n cael ei achosi gan ganser, mewn {trials} o dreialon', timeSpan: 'Treialon a barodd o leiaf {weeks} wythnos' },
    vowles: { population: 'Oedolion a oedd yn cymryd opioidau drwy’r geg ar gyfer poen hirdymor, mewn {studies} o astudiaethau', timeSpan: 'Wrth gymryd opioidau ar gyfer poen hirdymor (roedd yr hyd yn amrywio rhwng astudiaethau)' },
    dunn: { population: '{people} o bobl yn UDA a oedd yn cymryd opioidau ar gyfer poen hirdymor nad yw’n cael ei achosi gan ganser', timeSpan: 'Bob blwyddyn' },
    park: { population: 'Cyn-filwyr yn UDA a oedd yn cymryd opioidau ar gyfer poen', timeSpan: 'Y blynyddoedd y cafodd pob person ei ddilyn yn yr astudiaeth' },
    gomes: { population: 'Pobl a oedd yn cymryd opioidau yn Ontario, Canada', timeSpan: 'Y blynyddoedd yr oedd yr astudiaeth yn eu cwmpasu' },
    medsip: { population: 'Pobl yn Lloegr a oedd wedi cymryd opioidau am fwy na {months} mis', timeSpan: 'Heb ei nodi yn y crynodeb a ddefnyddiwyd gennym' },
  },
  cite: '{lead} ac eraill, {journal}, {year}',
  harmsInWords: [
    'Dibyniaeth: mae eich corff yn dod i arfer ag opioidau, felly rydych chi’n teimlo’n sâl os byddwch chi’n stopio’n sydyn.',
    'Caethiwed: teimlo bod rhaid i chi gymryd opioidau, hyd yn oed pan fyddant yn eich niweidio.',
    'Goddefiad: dros amser, efallai na fydd yr un dos yn gweithio cystal.',
    'Diddyfnu: teimlo’n sâl, er enghraifft chwysu, crynu neu deimlo’n gyfoglyd, os byddwch chi’n stopio neu’n lleihau’r dos yn rhy gyflym.',
    'Gorddos damweiniol: gormod o opioid yn eich corff. Gall arafu neu atal eich anadlu, a gall ladd.',
    'Mwy o boen: weithiau gall opioidau eich gwneud chi’n fwy sensitif i boen. Mae meddygon yn galw hyn yn hyperalgesia.',
    'Teimlo’n gysglyd, a “niwl yr ymennydd”: ei chael hi’n anodd meddwl yn glir.',
    'Rhwymedd: ei chael hi’n anodd gwneud pŵ.',
    'Anadlu’n rhy araf.',
    'Newidiadau i’r hormonau: llai o hormonau rhyw, menopos cynnar, a llai o ddiddordeb mewn rhyw.',
    'Newidiadau i’ch system imiwnedd, sef sut mae eich corff yn ymladd haint.',
    'Cwympo a thorri esgyrn.',
  ],
  questions: [
    'A yw fy opioidau yn dal i fy helpu i wneud y pethau sy’n bwysig i mi?',
    'Beth yw cyfanswm fy nos mewn mg y dydd, a beth mae hynny’n ei olygu i mi?',
    'A allai dos is weithio cystal i mi?',
    'Os ydw i eisiau lleihau neu stopio, sut fydden ni’n gwneud hynny’n araf ac yn ddiogel?',
    'Beth arall allai helpu fy mhoen, fel ymarfer corff, ffisiotherapi neu gwrs rheoli poen?',
    'A yw unrhyw un o fy meddyginiaethau eraill yn gwneud opioidau’n fwy peryglus i mi?',
    'A ddylwn i gael naloxone gartref? Mae naloxone yn feddyginiaeth sy’n gallu gwrthdroi gorddos.',
    'Pryd mae fy adolygiad nesaf, a gyda phwy y dylwn i gysylltu os bydd gen i broblemau cyn hynny?',
  ],
  glossary: [
    { term: 'mg y dydd', meaning: 'Miligramau y dydd. Mae miligram (mg) yn swm bach iawn o feddyginiaeth. “mg y dydd” yw faint rydych chi’n ei gymryd mewn diwrnod cyfan.' },
    { term: 'Wedi’i gyfrif fel morphine (OME neu MME)', meaning: 'Mae gan opioidau gryfderau gwahanol. I’w hadio at ei gilydd, mae pob un yn cael ei gyfrif fel y swm o morphine y mae’n debyg iddo. Yn y DU, yr enw ar hyn yw cyfwerth morphine drwy’r geg (OME). Yn UDA, yr enw arno yw cyfwerth miligramau morphine (MME).' },
    { term: 'Ym mhob cant', meaning: 'Allan o grŵp o gant o bobl fel y bobl yn yr astudiaeth.' },
    { term: 'Pilsen ffug (plasebo)', meaning: 'Pilsen heb feddyginiaeth ynddi. Mae astudiaethau’n cymharu meddyginiaeth â philsen ffug i weld beth mae’r feddyginiaeth ei hun yn ei wneud.' },
    { term: 'Y cant (%)', meaning: 'Allan o bob cant. Mae siawns sydd hanner cant y cant yn uwch un waith a hanner mor uchel.' },
    { term: 'Bras', meaning: 'Yn agos at y rhif go iawn, ond nid yn union.' },
    { term: 'Adolygiad', meaning: 'Apwyntiad gyda’ch meddyg, nyrs neu fferyllydd i wirio sut mae eich meddyginiaethau’n gweithio i chi.' },
  ],
  guidance: {
    label: {
      uk: 'DU: Opioids Aware (FPM/RCoA, 2020) — cyfwerth morphine drwy’r geg (OME)',
      us: 'UDA: Canllaw Ymarfer Clinigol y CDC (2022) — cyfwerth miligramau morphine (MME)',
    },
    cautions: {
      uk: cautions('OME', 'cyfwerthoedd morphine drwy’r geg'),
      us: cautions('MME', 'cyfwerthoedd miligramau morphine'),
    },
  },
  review: 'Cyfieithiad drafft: nid yw clinigydd sy’n rhugl yn y Gymraeg wedi adolygu’r geiriau hyn eto.',
};
