/**
 * es (Spanish, as US clinical sites write it): a DRAFT of the words for the FHIR adapter's codes
 * (meta.reviewed: false), not yet reviewed by a clinician fluent in Spanish; used only when the host
 * sets `allow-draft-locales`. Phrases avoid agreeing with a drug's gender, since its name is filled in.
 */
import { str } from '../read.js';
import { shown, shownDate } from './show.js';
import type { FhirWords } from './types.js';

const DOSE_UNITS: Readonly<Record<string, string>> = {
  count: 'unidades', ml: 'mL', rate: 'microgramos/hora', mg: 'mg', microgram: 'microgramos',
};
const PERIOD_UNITS: Readonly<Record<string, string>> = {
  s: 'segundos', min: 'minutos', h: 'horas', d: 'días', wk: 'semanas', mo: 'meses', a: 'años',
};
const unit = (value: unknown) => (typeof value === 'string' && Object.hasOwn(DOSE_UNITS, value) ? DOSE_UNITS[value] as string : typeof value === 'string' ? value : '');
const period = (value: unknown) => (typeof value === 'string' && Object.hasOwn(PERIOD_UNITS, value) ? PERIOD_UNITS[value] as string : typeof value === 'string' ? value : '');
const INDICATIONS: Readonly<Record<string, string>> = {
  acute: 'dolor agudo', 'chronic-non-cancer': 'dolor crónico no oncológico', cancer: 'dolor oncológico',
  'end-of-life': 'cuidados al final de la vida', 'opioid-use-disorder': 'trastorno por consumo de opioides',
};
const indication = (value: unknown) => (typeof value === 'string' && Object.hasOwn(INDICATIONS, value) ? INDICATIONS[value] as string : '?');
const STATUS: Readonly<Record<string, string>> = {
  stopped: 'suspendido', completed: 'completado', cancelled: 'cancelado', 'entered-in-error': 'registrado por error',
  'on-hold': 'en pausa', draft: 'borrador', intended: 'previsto', 'not-taken': 'no tomado', unknown: 'desconocido',
};
const status = (value: string) => STATUS[value] ?? value;
const PARTNERS: Readonly<Record<string, string>> = { paracetamol: 'paracetamol (acetaminofén)', ibuprofen: 'ibuprofeno', aspirin: 'aspirina', caffeine: 'cafeína' };
const partner = (value: unknown, f: Parameters<typeof shown>[1]) => (typeof value === 'string' && Object.hasOwn(PARTNERS, value) ? PARTNERS[value] as string : shown(value, f));

export const esFhir: FhirWords = {
  meta: { tag: 'es', name: 'Español', reviewed: false },
  note: {
    'medicine-read-from-text': (p, f) => `El medicamento se leyó de su nombre («${shown(p.text, f)}»), no de una tabla de códigos.`,
    'dose-read-from-text': (p, f) => `La dosis se leyó del texto de la dosis («${shown(p.text, f)}»).`,
    'dose-range-high': (p, f) => `Un intervalo de dosis (de ${shown(p.low, f)} a ${shown(p.high, f)} ${unit(p.unit)}) se contó por su valor más alto.`,
    'frequency-max-used': (p, f) => `Un intervalo de frecuencia (de ${shown(p.frequency, f)} a ${shown(p.frequencyMax, f)} veces) se contó por su valor más alto.`,
    'period-shortest-used': (p, f) => `Un intervalo de tiempo (cada ${shown(p.period, f)} a ${shown(p.periodMax, f)} ${period(p.unit)}) se contó por el intervalo más corto.`,
    'frequency-once-per-period': (p, f) => `No se indicó la frecuencia con el periodo (${shown(p.period, f)} ${period(p.unit)}): se usó una vez por periodo.`,
    'doses-from-times-of-day': (p, f) => `No se indicó la frecuencia: las horas del día indicadas (${shown(p.count, f)}) se contaron como dosis diarias.`,
    'dose-and-rate-first-used': (p, f) => `Se dieron ${shown(p.count, f)} entradas de dosis y ninguna era la dosis indicada: se usó la primera.`,
    'as-needed-maximum-used': (p, f) => `Según sea necesario: se contó por el máximo indicado de ${shown(p.maxDosesPerDay, f)} dosis al día.`,
    'as-needed-at-most-frequent': (p, f) => `Según sea necesario sin máximo indicado: se contó por su frecuencia más alta, ${shown(p.dosesPerDay, f)} dosis al día.`,
    'several-dosages': (p, f) => (p.used === 'sum'
      ? `Se sumaron ${shown(p.count, f)} instrucciones de dosis que se toman juntas.`
      : `${shown(p.count, f)} instrucciones de dosis en ${shown(p.steps, f)} pasos: se contó el paso más alto.`),
    'patch-dose-read-as-rate': (p, f) => `Una dosis de parche de ${shown(p.value, f)} se leyó como la velocidad del parche (${shown(p.rate, f)} microgramos/hora), no como un número de parches.`,
    'patches-worn-together': (p, f) => `Se llevan ${shown(p.count, f)} parches de ${shown(p.rate, f)} microgramos/hora a la vez.`,
    'combination-product': (p, f) => `Un producto combinado: solo se cuenta el opioide (también contiene ${partner(p.partner, f)}${p.strength ? ` ${shown(p.strength, f)}` : ''}).`,
    'stop-from-inclusive-end': (p, f) => `La fecha de fin del registro, ${shownDate(p.end, f)}, es el último día de toma, así que la fecha de suspensión (primer día sin el medicamento) es ${shownDate(p.stop, f)}.`,
    'stop-from-duration': (p, f) => `La fecha de suspensión, ${shownDate(p.stop, f)}, sale de un tratamiento de ${shown(p.days, f)} días.`,
    'indication-assumed': (p) => `No se indicó la indicación: el plan se lee como ${indication(p.indication)}, así que se aplican todas las comprobaciones.`,
    'start-date-assumed': (p, f) => `No hay fecha de inicio en el registro: se usó hoy (${shownDate(p.startDate, f)}).`,
  },
  rowNote: {
    'medicine-read-from-text': () => 'medicamento leído de su nombre, no de un código: compruébelo',
    'dose-read-from-text': (p, f) => `dosis leída del texto («${shown(p.text, f)}»): compruébela`,
    'dose-range-high': (p, f) => `peor caso de un intervalo de dosis (de ${shown(p.low, f)} a ${shown(p.high, f)} ${unit(p.unit)})`,
    'frequency-max-used': (p, f) => `peor caso de un intervalo de frecuencia (de ${shown(p.frequency, f)} a ${shown(p.frequencyMax, f)} veces)`,
    'period-shortest-used': (p, f) => `peor caso de un intervalo de tiempo (cada ${shown(p.period, f)} a ${shown(p.periodMax, f)} ${period(p.unit)})`,
    'frequency-once-per-period': (p, f) => `sin frecuencia: se supuso una vez cada ${shown(p.period, f)} ${period(p.unit)}`,
    'doses-from-times-of-day': (p, f) => `${shown(p.count, f)} horas del día contadas como dosis`,
    'dose-and-rate-first-used': (p, f) => `se usó la primera de ${shown(p.count, f)} entradas de dosis: compruébelo`,
    'as-needed-maximum-used': (p, f) => `según sea necesario: contado por su máximo indicado (${shown(p.maxDosesPerDay, f)} al día)`,
    'as-needed-at-most-frequent': (p, f) => `según sea necesario, sin máximo: contado por su frecuencia más alta (${shown(p.dosesPerDay, f)} al día)`,
    'several-dosages': (p, f) => (p.used === 'sum'
      ? `${shown(p.count, f)} instrucciones de dosis sumadas`
      : `se contó el más alto de ${shown(p.steps, f)} pasos`),
    'patch-dose-read-as-rate': (p, f) => `dosis del parche leída como su velocidad (${shown(p.rate, f)} microgramos/hora): compruébelo`,
    'patches-worn-together': (p, f) => `${shown(p.count, f)} parches a la vez`,
    'combination-product': (p, f) => `también contiene ${partner(p.partner, f)}: solo se cuenta el opioide`,
    'stop-from-inclusive-end': (p, f) => `fecha de suspensión a partir de la fecha de fin del registro (último día: ${shownDate(p.end, f)})`,
    'stop-from-duration': (p, f) => `fecha de suspensión a partir de un tratamiento de ${shown(p.days, f)} días`,
    'indication-assumed': (p) => `sin indicación: se lee como ${indication(p.indication)}`,
    'start-date-assumed': (p, f) => `sin fecha de inicio: se usó hoy (${shownDate(p.startDate, f)})`,
  },
  why: {
    'no-medicine': () => 'el registro no nombra ningún medicamento',
    'not-identified': () => 'su código no está en ninguna de las tablas dadas y no tiene un nombre que leer',
    'no-strength': (p, f) => `no se conoce la concentración del producto (${shown(p.drug, f)}), así que no es posible convertir una dosis en comprimidos o mL`,
    route: (p, f) => `esta biblioteca no convierte ${shown(p.drug, f)} por la vía ${shown(p.route, f)}`,
    'opioid-not-converted': (p, f) => `${shown(p.name, f)} es un opioide que esta biblioteca no convierte`,
    'no-dosage': () => 'no hay ninguna instrucción de dosis',
    'no-timing': () => 'la dosis no tiene horario (nunca se supone que sea una vez al día)',
    'no-dose': () => 'no hay dosis',
    'open-range': () => 'el intervalo de dosis no tiene límite superior',
    'dose-unit': (p, f) => `la unidad de la dosis${p.unit ? ` (${shown(p.unit, f)})` : ''} no sirve para este producto`,
    'patch-count': (p, f) => `${shown(p.value, f)} parches a la vez no es una dosis verosímil`,
    'as-needed-no-maximum': () => 'una dosis según sea necesario no tiene ni máximo ni frecuencia',
    'text-not-understood': () => 'esta biblioteca no lee con seguridad el texto de esta dosis',
    'out-of-range': (p, f) => `la dosis está fuera del intervalo verosímil (${shown(p.path, f)})`,
    'no-status': () => 'el recurso no tiene estado',
    unreadable: () => 'no fue posible leer el recurso',
    ended: (p, f) => `ya terminó (fecha de suspensión: ${shownDate(p.stop, f)})`,
  },
  reason: {
    'unknown-medicine': 'Medicamento desconocido',
    'dose-unreadable': 'Dosis ilegible',
    'not-active': 'No activo',
    'invalid-resource': 'Recurso no válido',
  },
  concurrentKind: { benzodiazepine: 'benzodiazepina', gabapentinoid: 'gabapentinoide', 'opioid-substitution': 'tratamiento sustitutivo con opioides' },
  status: (value) => `su estado es: ${status(value)}`,
  result: {
    opioid: (source, drug, notes) => `${source}: se cuenta ${drug}${notes ? ` (${notes})` : ''}`,
    concurrent: (source, kind, name) => `${source}: ${kind}${name ? ` (${name})` : ''}, se muestra con el plan`,
    naloxone: (source) => `${source}: naloxona`,
    other: (source) => `${source}: otro medicamento, fuera del plan de opioides`,
    unusable: (source, why) => `${source}: no se cuenta: ${why}.`,
  },
  issue: {
    'not-json': () => 'El registro FHIR no es JSON válido.',
    'not-fhir': () => 'Esto no es FHIR: dé un Bundle, una lista de recursos o un solo MedicationRequest o MedicationStatement.',
    unreadable: () => 'No fue posible leer el registro FHIR.',
    'no-opioid': () => 'No fue posible usar ningún opioide del registro, así que no hay plan que mostrar.',
    'too-many': (p, f) => `El registro tiene ${shown(p.count, f)} medicamentos opioides; se pueden mostrar ${shown(p.max, f)} como máximo.`,
    'no-start-date': () => 'Ningún medicamento del registro tiene fecha de inicio, y no se dio un «hoy» que usar en su lugar.',
    'invalid-plan': (p, f) => `El plan leído del registro no es válido${str(p, 'path') ? ` (${shown(p.path, f)})` : ''}.`,
    'not-a-medication-request': () => 'Esto no es un MedicationRequest de FHIR.',
    'invalid-date': () => 'La fecha no es una fecha de calendario (AAAA-MM-DD).',
    'not-after-start': (p, f) => `La fecha de suspensión debe ser posterior a la fecha de inicio (${shownDate(p.start, f)}).`,
    'not-a-medication-statement': () => 'Esto no es un MedicationStatement de FHIR.',
    required: () => 'Hace falta una frase para la instrucción.',
    invalid: () => 'Este valor no se puede usar.',
  },
  otherIssue: 'No fue posible usar el registro FHIR.',
  context: {
    indicationNotKnown: (given, known) => `La indicación debe ser una de ${known}, no «${given}».`,
    codesNotKnown: (given, known) => `fhir-codes nombra tablas de ${known}, no «${given}».`,
  },
  card: {
    rowNotesLabel: 'Del registro',
    notCountedHeading: (count) => `No contados del registro (${count})`,
    notCounted: (name, reason, why) => `${name} — ${reason}: ${why}`,
    planNotesHeading: 'Leído del registro',
    incomplete: (counted, count, f) => `Incompleto: ${counted} — ${f.plural(count, { one: 'no fue posible leer {n} medicamento del registro', other: 'no fue posible leer {n} medicamentos del registro' })}`,
    incompleteShort: (counted, count, f) => `Incompleto: ${counted} — ${f.plural(count, { one: '{n} medicamento sin leer', other: '{n} medicamentos sin leer' })}`,
    unnamed: 'Un medicamento sin nombre',
  },
};
