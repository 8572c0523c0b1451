/**
 * es (Spanish, as US patient and clinical sites write it, "usted"): a draft (meta.reviewed: false), not
 * yet reviewed by a clinician fluent in Spanish. Used only when the host sets `allow-draft-locales`.
 */
import type { ChartWords } from './types.js';

export const esChart: ChartWords = {
  meta: { tag: 'es', name: 'Español', reviewed: false },
  mg: (amount) => `${amount} mg`,
  axis: {
    mg: (drug) => (drug ? `Dosis diaria (mg de ${drug})` : 'Dosis diaria (mg)'),
    equivalent: (unit) => `Dosis diaria (${unit})`,
  },
  summary: {
    what: (drug) => (drug ? `la dosis de ${drug}` : 'la dosis diaria'),
    reduces: (what, from, to, days, steps, method) => `Reduce ${what} desde ${from} hasta ${to} al día en ${days}, con ${steps}${method && `: ${method}`}.`,
    days: { one: '{n} día', other: '{n} días' },
    steps: { one: '{n} paso', other: '{n} pasos' },
    pauses: { one: 'Incluye una pausa.', other: 'Incluye {n} pausas.' },
  },
  status: {
    startsOn: (date, dose) => `La reducción empieza el ${date} con ${dose} al día.`,
    stopped: (today, date) => `Hoy (${today}): se suspendió el ${date}.`,
    today: (today, dose) => `Hoy (${today}): ${dose} al día.`,
    stopOn: (date) => `Se suspende el ${date}.`,
    nextChange: (date, dose) => `Próximo cambio el ${date}, a ${dose} al día.`,
  },
  label: { today: 'Hoy', review: 'Revisión', mdtReview: 'Revisión multidisciplinaria', stop: 'Suspensión', pause: 'pausa' },
  key: {
    dots: 'Leyenda: los puntos marcan los cambios de dosis',
    today: 'línea discontinua: hoy',
    review: (label, date) => `línea de puntos: ${label} ${date}`,
    pause: 'rayado: pausa',
    stop: 'cruz: suspensión',
    outside: (item) => `${item} (fuera del gráfico)`,
    join: (items) => `${items.join('; ')}.`,
  },
  methodFrom: (source) => `Fuente del método: ${source}.`,
  doseUnit: (unitLong, unit, guidance) => `Unidad de dosis: ${unitLong} (${unit}). Guía utilizada: ${guidance}.`,
  table: {
    show: 'Mostrar el calendario como tabla',
    hide: 'Ocultar la tabla del calendario',
    region: 'Tabla del calendario de reducción',
    caption: (summary) => `Calendario de reducción: ${summary}`,
    date: 'Fecha',
    dose: 'Dosis diaria',
    change: 'Cambio',
    notes: 'Notas',
    starting: 'Dosis inicial',
    noChange: 'Sin cambios',
    less: (dose) => `−${dose}`,
    more: (dose) => `+${dose}`,
  },
  note: {
    today: 'Dosis de hoy.',
    stop: 'Suspensión: no hay más dosis a partir de esta fecha.',
    extraIntervals: { one: '{n} intervalo adicional', other: '{n} intervalos adicionales' },
    pause: (until, extra) => `Pausa: mantenga esta dosis hasta el ${until} (${extra}).`,
    heldForRounding: (extra) => `Se mantiene durante ${extra}: la siguiente dosis redondeada no habría sido menor.`,
    lowestKept: (extra) => `Dosis más baja, mantenida durante ${extra} antes de suspender (CDC 2022: con la dosis más pequeña, alargue el intervalo y luego suspenda).`,
    roundedUp: (dose) => `Redondeada hacia arriba desde ${dose}.`,
    cutLimited: (dose) => `Se planificó ${dose}; se mantiene más alta para que ninguna reducción sea mayor de lo planificado.`,
    afterPlan: 'Después de las reducciones planificadas: baja en pasos no mayores de lo planificado.',
    rounded: (dose) => `Redondeada desde ${dose}.`,
  },
  cannotDraw: 'No se puede dibujar el gráfico de reducción',
  planUnreadable: 'No se puede leer el plan, así que no se puede dibujar su reducción de dosis',
  empty: {
    noInput: 'No se ha indicado ningún calendario de reducción.',
    noTaper: 'Este plan no tiene calendario de reducción.',
    planProblems: 'La reducción no se puede mostrar hasta que se corrijan los problemas del plan.',
  },
  issue: {
    attributeSays: (attribute, given) => `El atributo ${attribute} dice ${given}.`,
    notASchedule: 'El calendario (schedule) debe ser el resultado de taperSchedule() o cdcShortCourseTaper(), o su lista de pasos.',
    stepNotObject: 'Cada paso debe ser un objeto con una fecha y una dosis.',
    dateNotAfter: 'La fecha debe ser posterior a la del paso anterior.',
  },
};
