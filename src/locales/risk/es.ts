/**
 * es (español): a DRAFT of the explainer's wording, written carefully in the plain Spanish of US
 * patient sites ("usted"), with the meaning of the reviewed en-GB wording and none of its numbers; not
 * yet reviewed by a clinician fluent in Spanish (`reviewed: false`). Shown only when the host sets
 * `allow-draft-locales`. Medicine and study names are kept as they are in en-GB.
 * Loaded on demand: never part of the default bundle.
 */
import type { RiskWording } from './types.js';

const COMPARISON = 'Junto a esto, la cifra de sobredosis para su dosis: con una dosis de {band}, unas {count} de cada {denominator} personas tuvieron una sobredosis cada año.';
const COMPARISON_NO_BAND = 'No tenemos una cifra de sobredosis para su dosis que podamos poner junto a esto. Estas son las cifras para otras dosis:';
const CAVEAT = 'Los dos números vienen de estudios distintos que contaron cosas distintas. No los multiplique entre sí.';

/** The cautions of core/guidance.ts (REFERENCE.md §1), for the care team, in Spanish. */
const cautions = (unit: 'OME' | 'MME', plural: string): readonly string[] => [
  `Los ${plural} (${unit}) son aproximados y no tienen en cuenta las diferencias entre una persona y otra.`,
  `Las cifras en ${unit} estiman la carga total de opioides y el riesgo; no se deben usar para calcular la dosis al cambiar de un opioide a otro, porque el nuevo opioide se suele empezar con una dosis un 25–50% más baja que el equivalente calculado.`,
  'Methadone y los parches de fentanyl requieren un cuidado especial.',
  `Las dosis de methadone o buprenorphine del tratamiento de sustitución de opioides (trastorno por consumo de opioides) no se convierten a ${unit}.`,
  `Cuando un medicamento no se puede convertir, el total en ${unit} está incompleto y así lo indica.`,
];

export const esRisk: RiskWording = {
  meta: { tag: 'es', reviewed: false },
  text: {
    title: 'Los opioides para el dolor a largo plazo: lo que pueden y no pueden hacer',
    intro: 'Los opioides son medicamentos fuertes para el dolor, como morphine, codeine, oxycodone, tramadol y fentanyl. '
      + 'Esta página muestra lo que les pasó a las personas de estudios de investigación que tomaron opioides para un dolor que duró mucho tiempo. '
      + 'Los números no pueden decirle lo que le pasará a usted. Pueden ayudarle a hablar con su equipo de atención médica sobre lo que es mejor para usted.',
    howToRead: 'Cómo leer los dibujos. Cada figura es una persona.',
    legendFilled: 'Rellenas: las personas de las que habla la frase.',
    legendOutline: 'Solo el contorno: el resto de las personas del grupo.',
    legendStriped: 'Con rayas: los estudios no coincidieron exactamente. El número real está en algún lugar de la parte con rayas.',
    benefitsHeading: 'Lo que pueden hacer los opioides',
    harmsHeading: 'El daño que pueden causar los opioides',
    stoppingHeading: 'Lo que pasa cuando las personas los dejan',
    harmsListHeading: 'Otros daños, en palabras sencillas',
    questionsHeading: 'Preguntas para su próxima cita de revisión',
    glossaryHeading: 'Lo que significan las palabras',
    sourcesHeading: 'De dónde vienen los números',
    yourDose: 'Su dosis: {dose}.',
    doseAmount: '{dose} mg al día',
    doseExplained: 'Esto es todo el opioide que usted toma en un día, contado como si fuera morphine. Es una guía aproximada, no una medida exacta.',
    worstCase: 'Este total cuenta lo máximo que se le permite tomar de cualquier medicamento que usted toma solo cuando lo necesita.',
    guidanceUsed: 'Su equipo de atención médica calculó este total según {guidance}.',
    cautionsHeading: 'Notas sobre este total, para su equipo de atención médica',
    populationLabel: 'Quiénes participaron',
    timeSpanLabel: 'Durante cuánto tiempo',
    sourceLabel: 'Fuente',
    approximate: 'Aproximado: tomamos esta cifra de un resumen de la investigación, no del informe original.',
    studyFigure: 'La cifra del estudio fue {count} de cada {denominator}. El dibujo muestra {people}, redondeado a la persona entera más cercana.',
    iconLabel: 'Dibujo de {total} personas. {filled} están rellenas: {who}.',
    iconLabelRange: 'Dibujo de {total} personas. {filled} están rellenas y otras más tienen rayas, hasta {high}: {who}.',
    iconLabelOne: 'Dibujo de {total} personas. {filled} está rellena: {who}.',
    iconLabelRangeOne: 'Dibujo de {total} personas. {filled} está rellena y otras más tienen rayas, hasta {high}: {who}.',
    packError: 'No se puede mostrar esta información sobre los opioides',
    inputError: 'No se pudieron usar algunos de los datos que se dieron a esta página',
  },
  figures: {
    pain: {
      title: 'Menos dolor',
      sentence: 'Unas {count} personas más de cada {denominator} notaron que tenían menos dolor cuando tomaban opioides que cuando tomaban una pastilla falsa (placebo).',
      main: { label: 'Personas adicionales que notaron menos dolor', who: 'las personas adicionales que notaron menos dolor gracias al opioide' },
    },
    function: {
      title: 'Hacer más cosas en el día a día',
      sentence: 'Unas {count} personas más de cada {denominator} pudieron hacer más cosas en el día a día, como caminar o vestirse, cuando tomaban opioides que cuando tomaban una pastilla falsa.',
      main: { label: 'Personas adicionales que pudieron hacer más', who: 'las personas adicionales que pudieron hacer más gracias al opioide' },
    },
    vomiting: {
      title: 'Vómitos',
      sentence: 'Unas {people} de cada {denominator} personas que tomaban opioides vomitaron. Unas {comparisonPeople} de cada {denominator} personas que tomaban una pastilla falsa también vomitaron.',
      main: { label: 'Tomaban opioides', who: 'personas que vomitaron' },
      comparison: { label: 'Tomaban una pastilla falsa (placebo)', who: 'personas que vomitaron' },
    },
    misuse: {
      title: 'Mal uso',
      sentence: 'Entre {low} y {high} de cada {denominator} personas que tomaban opioides para el dolor a largo plazo hicieron un mal uso de ellos. Esto significa tomarlos de una forma distinta a la que indicó el médico, por ejemplo, tomar más de lo recetado.',
      main: { label: 'Tomaban opioides para el dolor a largo plazo', who: 'personas que hicieron un mal uso de sus opioides' },
    },
    addiction: {
      title: 'Adicción',
      sentence: 'Entre {low} y {high} de cada {denominator} personas que tomaban opioides para el dolor a largo plazo se volvieron adictas a ellos. La adicción es sentir que tiene que tomar opioides aunque le estén haciendo daño.',
      main: { label: 'Tomaban opioides para el dolor a largo plazo', who: 'personas que se volvieron adictas' },
    },
    stopping: {
      title: 'Dejar los opioides después de tomarlos mucho tiempo',
      sentence: 'Por cada {denominator} personas que dejan de tomar opioides después de tomarlos durante mucho tiempo, se evita aproximadamente {count} muerte.',
      main: { label: 'Personas que dejan los opioides después de tomarlos mucho tiempo', who: 'la persona cuya muerte se evita' },
    },
  },
  overdose: {
    title: 'Sobredosis accidental',
    sentence: 'Con una dosis de {band}, unas {count} de cada {denominator} personas tuvieron una sobredosis cada año.',
    who: 'personas que tuvieron una sobredosis en un año',
    bandBelow: '{atLeast} a menos de {below} mg al día',
    bandFrom: '{atLeast} mg al día o más',
    bandsHeading: 'Sobredosis cada año, según la dosis',
    bandItem: '{band}: unas {count} de cada {denominator} personas',
    yourBand: 'su dosis',
    approximateBand: 'aproximado',
    noFigure: 'No tenemos una cifra de sobredosis para {dose}. El estudio solo dio cifras para las dosis de esta lista. No adivinamos los números intermedios.',
    unknownDose: 'No sabemos cuál es su dosis, así que no podemos decir qué cifra de sobredosis le corresponde. Las cifras para distintas dosis están en esta lista.',
    incompleteTotal: 'No podemos decir qué cifra de sobredosis le corresponde. No se pudo calcular su dosis total, porque al menos uno de sus medicamentos no se puede contar como morphine. Las cifras para distintas dosis están en esta lista.',
  },
  extraRisks: {
    benzodiazepine: {
      title: 'Si también toma una benzodiacepina',
      sentence: 'Las benzodiacepinas son medicamentos calmantes, como diazepam. En las personas que tomaban opioides y también tomaron una benzodiacepina, el riesgo de morir por una sobredosis fue unas {relative} veces mayor que en las personas que no la tomaron.',
      comparison: COMPARISON,
      comparisonNoBand: COMPARISON_NO_BAND,
      caveat: CAVEAT,
    },
    gabapentinoid: {
      title: 'Si también toma gabapentin o pregabalin',
      sentence: 'Gabapentin y pregabalin son medicamentos para el dolor de los nervios. En las personas que tomaban opioides y también tomaron gabapentin, la probabilidad de morir por una sobredosis de opioides fue aproximadamente un {relative}% más alta que en las personas que no lo tomaron. Pregabalin actúa de forma parecida.',
      comparison: COMPARISON,
      comparisonNoBand: COMPARISON_NO_BAND,
      caveat: CAVEAT,
    },
  },
  studies: {
    busse: { population: '{people} adultos con dolor a largo plazo no causado por cáncer, en {trials} ensayos', timeSpan: 'Ensayos que duraron al menos {weeks} semanas' },
    vowles: { population: 'Adultos que tomaban opioides por vía oral para el dolor a largo plazo, en {studies} estudios', timeSpan: 'Mientras tomaban opioides para el dolor a largo plazo (el tiempo fue distinto en cada estudio)' },
    dunn: { population: '{people} personas en los Estados Unidos que tomaban opioides para el dolor a largo plazo no causado por cáncer', timeSpan: 'Cada año' },
    park: { population: 'Veteranos de los Estados Unidos que tomaban opioides para el dolor', timeSpan: 'Los años en que se siguió a cada persona en el estudio' },
    gomes: { population: 'Personas que tomaban opioides en Ontario, Canadá', timeSpan: 'Los años que abarcó el estudio' },
    medsip: { population: 'Personas en Inglaterra que habían tomado opioides durante más de {months} meses', timeSpan: 'No se indica en el resumen que usamos' },
  },
  cite: '{lead} y colaboradores, {journal}, {year}',
  harmsInWords: [
    'Dependencia: su cuerpo se acostumbra a los opioides, por eso se siente mal si deja de tomarlos de repente.',
    'Adicción: sentir que tiene que tomar opioides, aunque le hagan daño.',
    'Tolerancia: con el tiempo, la misma dosis puede funcionar menos.',
    'Abstinencia: sentirse mal, por ejemplo, sudar, temblar o tener náuseas, si deja de tomarlos o baja la dosis demasiado rápido.',
    'Sobredosis accidental: demasiado opioide en el cuerpo. Puede hacer más lenta o detener la respiración, y puede causar la muerte.',
    'Más dolor: a veces los opioides pueden hacer que usted sea más sensible al dolor. Los médicos lo llaman hiperalgesia.',
    'Tener sueño y “niebla mental”: dificultad para pensar con claridad.',
    'Estreñimiento: dificultad para ir al baño (evacuar).',
    'Respirar demasiado despacio.',
    'Cambios hormonales: menos hormonas sexuales, menopausia temprana y menos deseo sexual.',
    'Cambios en el sistema inmunitario, que es la forma en que el cuerpo combate las infecciones.',
    'Caídas y huesos rotos (fracturas).',
  ],
  questions: [
    '¿Me siguen ayudando mis opioides a hacer las cosas que son importantes para mí?',
    '¿Cuál es mi dosis total en mg al día y qué significa para mí?',
    '¿Podría funcionarme igual de bien una dosis más baja?',
    'Si quiero reducir o dejar los opioides, ¿cómo lo haríamos poco a poco y de forma segura?',
    '¿Qué más podría ayudarme con el dolor, como hacer ejercicio, fisioterapia o un programa para manejar el dolor?',
    '¿Alguno de mis otros medicamentos hace que los opioides sean más riesgosos para mí?',
    '¿Debería tener naloxone en casa? Naloxone es un medicamento que puede revertir una sobredosis.',
    '¿Cuándo es mi próxima cita de revisión y a quién llamo si tengo problemas antes?',
  ],
  glossary: [
    { term: 'mg al día', meaning: 'Miligramos al día. Un miligramo (mg) es una cantidad muy pequeña de medicamento. “mg al día” es cuánto toma usted en todo un día.' },
    { term: 'Contado como morphine (OME o MME)', meaning: 'Los opioides tienen distinta potencia. Para sumarlos, cada uno se cuenta como la cantidad de morphine a la que equivale. En el Reino Unido esto se llama equivalente de morphine oral (OME). En los Estados Unidos se llama miligramos equivalentes de morphine (MME).' },
    { term: 'De cada cien', meaning: 'De un grupo de cien personas como las del estudio.' },
    { term: 'Pastilla falsa (placebo)', meaning: 'Una pastilla sin medicamento. Los estudios comparan un medicamento con una pastilla falsa para ver lo que hace el medicamento en sí.' },
    { term: 'Por ciento (%)', meaning: 'De cada cien. Una probabilidad un cincuenta por ciento más alta es una vez y media más alta.' },
    { term: 'Aproximado', meaning: 'Cercano al número real, pero no exacto.' },
    { term: 'Cita de revisión', meaning: 'Una cita con su médico, enfermero o farmacéutico para ver cómo le están funcionando sus medicamentos.' },
  ],
  guidance: {
    label: {
      uk: 'Reino Unido: Opioids Aware (FPM/RCoA, 2020) — equivalente de morphine oral (OME)',
      us: 'EE. UU.: Guía de Práctica Clínica de los CDC (2022) — miligramos equivalentes de morphine (MME)',
    },
    cautions: {
      uk: cautions('OME', 'equivalentes de morphine oral'),
      us: cautions('MME', 'miligramos equivalentes de morphine'),
    },
  },
  review: 'Traducción preliminar: un profesional clínico que domine el español todavía no ha revisado este texto.',
};
