/**
 * es (español): a DRAFT of the prompt's words, in the Spanish of US clinical and patient sites
 * ("usted"), for clinicians, not yet reviewed by a clinician fluent in Spanish (`reviewed: false`):
 * shown only when the host sets `allow-draft-locales`.
 */
import type { StopDateKind } from '../../core/ids.js';
import { num, str } from '../read.js';
import type { PromptWords } from './types.js';

const kindDate: Readonly<Record<StopDateKind, string>> = { stop: 'fecha de suspensión', review: 'fecha de revisión' };
const days = { one: '{n} día', many: '{n} días', other: '{n} días' } as const;

export const esPrompt: PromptWords = {
  meta: { tag: 'es', name: 'Español', reviewed: false },
  question: {
    stop: ['¿Cuándo debe el paciente dejar de tomar ', '?'],
    review: ['¿Cuándo se debe revisar con el paciente el tratamiento con ', '?'],
  },
  defaultDrug: 'el opioide',
  kindLegend: '¿Qué fecha va a fijar?',
  kindLabels: {
    stop: ['Una fecha de suspensión', 'El primer día sin el opioide.'],
    review: ['Una fecha de revisión', 'Ese día se decide si continuar, reducir o suspender.'],
  },
  kindDate,
  dateLabel: { stop: 'Fecha de suspensión', review: 'Fecha de revisión' },
  length: (unit, count, f) => f.plural(count, unit === 'months' ? { one: '{n} mes', many: '{n} meses', other: '{n} meses' }
    : unit === 'weeks' ? { one: '{n} semana', many: '{n} semanas', other: '{n} semanas' } : days),
  noStartHint: 'No se pudo leer la fecha de inicio, así que no se ofrecen duraciones. Escriba una fecha.',
  startHint: (start, kind, hasChoices) => `Fecha de inicio: ${start}. ${hasChoices ? 'Elija una duración o escriba cualquier fecha.' : 'Escriba una fecha.'}`
    + (kind === 'stop' ? ' La fecha de suspensión es el primer día sin el medicamento.' : ''),
  summary: (kind, on, lastDose, count, f) => {
    if (kind === 'review') return `Revisión: ${on}, ${count === 0 ? 'la misma fecha de inicio' : `${f.plural(count, days)} después del inicio`}.`;
    if (count === 0) return `Suspensión: ${on}, la misma fecha de inicio: ningún día de tratamiento.`;
    return `Última dosis: ${lastDose}. Suspensión: ${on}. En total, ${f.plural(count, days)} de tratamiento.`;
  },
  noDateSentence: (kind, drug) => `No se ha fijado una ${kindDate[kind]} para ${drug}.`,
  sentenceWithoutCourse: (kind, drug, on, lastDose) => (kind === 'review' ? `Revisar ${drug}: ${on}.` : `Suspender ${drug}: ${on} (última dosis: ${lastDose}).`),
  validity: {
    badInput: 'Escriba una fecha real con día, mes y año; por ejemplo, 17 de marzo de 2026',
    valueMissing: (kinds) => `Escriba la fecha en que se debe ${kinds.map((kind) => (kind === 'stop' ? 'suspender' : 'revisar')).join(' o ')} el opioide`,
    beforeStart: (kind, start) => `La ${kindDate[kind]} no puede ser anterior a la fecha de inicio, ${start}`,
    kindNotOffered: (kind, asked, indication, on) => `El ${on} se fijó como ${kindDate[kind]}, pero para ${indication || 'esta indicación'} `
      + `corresponde una ${kindDate[asked]}, no una ${kindDate[kind]}. Vuelva a elegir la ${kindDate[asked]}`,
    startMoved: (kind, start) => `La fecha de inicio cambió al ${start} después de escribir esta ${kindDate[kind]}. `
      + `Revise la ${kindDate[kind]}: consérvela, elija una duración o escriba otra fecha`,
  },
  keep: (kind, on) => `Conservar el ${on} como ${kindDate[kind]}`,
  moved: (kind, on, length, start) => `La ${kindDate[kind]} pasó al ${on} para mantener ${length} desde el nuevo inicio, el ${start}.`,
  errorPrefix: 'Error: ',
  warningPrefix: 'Advertencia: ',
  warning: {
    'acute-over-7-days': (p, f) => `Es un tratamiento de ${f.count(p.days)} días, más de ${f.count(p.limit)} días. Para el dolor agudo, no prescriba más `
      + `de lo necesario para la duración prevista de un dolor lo bastante intenso como para requerir opioides; vuelva a evaluar la necesidad (${str(p, 'source')}).`,
    'non-cancer-over-3-months': (p, f) => {
      const count = f.count(num(p, 'months'));
      return p.kind === 'review'
        ? `Esta revisión es más de ${count} meses después del inicio. Revise los opioides a largo plazo al menos cada ${f.count(p.reviewMonths)} meses `
          + `(${str(p, 'reviewSource')}); usarlos más de ${count} meses para el dolor no oncológico aumenta el riesgo de dependencia y adicción (${str(p, 'source')}).`
        : `Esta fecha es más de ${count} meses después del inicio. Usar opioides más de ${count} meses para el dolor no oncológico aumenta el riesgo `
          + `de dependencia y adicción; acuerde con el paciente el plan para terminar el tratamiento (${str(p, 'source')}).`;
    },
  },
  issues: {
    title: 'Este campo de fecha recibió algo que no puede usar',
    start: (given) => `La fecha de inicio “${given}” no es una fecha real del calendario. Escríbala como AAAA-MM-DD; por ejemplo, 2026-03-05.`,
    indication: (given, known) => `La indicación “${given}” no es una que este campo conozca. Use una de estas: ${known.join(', ')}.`,
    value: (given) => `El valor “${given}” no es una fecha real del calendario, así que no se rellenó ninguna fecha. Escríbalo como AAAA-MM-DD; por ejemplo, 2026-03-10.`,
    kind: (given) => `El tipo “${given}” debe ser stop o review.`,
    drugTooLong: 'El nombre del medicamento tiene más de 100 caracteres; solo se muestra el principio.',
  },
};
