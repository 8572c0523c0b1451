/**
 * es (Español): a DRAFT of the core's words, written in the plain clinical Spanish of US patient and
 * clinical sites ("usted"), with exactly the meaning of the reviewed en-GB base; not yet reviewed by a
 * clinician fluent in Spanish (`reviewed: false`), so a widget shows it only when the host sets
 * `allow-draft-locales`. Drug names are the Spanish INN forms ("morfina", "oxicodona", "fentanilo");
 * guidance and study names, citations and the schema's own field names and values (patchCount,
 * asNeeded, "microgram/hour") stay as they are, because they are sources or things a person types.
 * Numbers, dates, plurals and lists come from `Words` (Intl), never from digits written here.
 * Loaded on demand (`import('./es.js')`): never part of the default bundle.
 */
import type { OpioidId } from '../core/ids.js';
import type { Catalogue, Params, Words } from './types.js';
import { bool, capitalise, list, num, population, raw, str, strings } from './read.js';

const days = (w: Words, count: number) => w.plural(count, { one: '{n} día', other: '{n} días' });

/** The drug with its article, for the start of a sentence or after a preposition: "la metadona", "el fentanilo". */
const MASCULINE: readonly OpioidId[] = ['tramadol', 'tapentadol', 'fentanyl'];
function theDrug(w: Words, id: unknown): string {
  const name = w.drug(id);
  if (name === '') return typeof id === 'string' ? id : '';
  return `${MASCULINE.includes(id as OpioidId) ? 'el' : 'la'} ${name}`;
}

const ROUTE: Readonly<Record<string, string>> = { oral: 'oral', transdermal: 'transdérmica', sublingual: 'sublingual' };
const route = (p: Params) => ROUTE[str(p, 'route')] ?? str(p, 'route');

/** Citations stay in English (they name a source); a threshold set locally says so instead. */
function citation(p: Params): string {
  return bool(p, 'setLocally') ? 'fijado localmente' : str(p, 'citation');
}

/** "El campo «Dosis al día»" or "Este valor": the subject of an issue's sentence. */
function subject(w: Words, label: string): string {
  return label === w.catalogue.thisValue ? label : `El campo «${label}»`;
}

/** More than one name among the refs, counted as they are shown (each name once). */
const many = (w: Words, p: Params, key: string) => new Set(list(p, key).map((ref) => w.names([ref])).filter((name) => name !== '')).size > 1;

export const es: Catalogue = {
  meta: { tag: 'es', name: 'Español', reviewed: false },
  unit: {
    OME: { long: 'equivalentes de morfina oral', perDay: (amount) => `${amount} mg OME al día`, amount: (amount) => `${amount} mg OME` },
    MME: { long: 'equivalentes en miligramos de morfina', perDay: (amount) => `${amount} MME al día`, amount: (amount) => `${amount} MME` },
  },
  drug: {
    morphine: 'morfina', codeine: 'codeína', dihydrocodeine: 'dihidrocodeína', tramadol: 'tramadol',
    tapentadol: 'tapentadol', oxycodone: 'oxicodona', hydromorphone: 'hidromorfona', hydrocodone: 'hidrocodona',
    oxymorphone: 'oximorfona', methadone: 'metadona', fentanyl: 'fentanilo', buprenorphine: 'buprenorfina',
  },
  indication: {
    acute: 'Dolor agudo', 'chronic-non-cancer': 'Dolor crónico no oncológico', cancer: 'Dolor oncológico',
    'end-of-life': 'Dolor al final de la vida', 'opioid-use-disorder': 'Trastorno por consumo de opioides',
  },
  indicationPhrase: {
    acute: 'el dolor agudo', 'chronic-non-cancer': 'el dolor crónico no oncológico', cancer: 'el dolor oncológico',
    'end-of-life': 'el dolor al final de la vida', 'opioid-use-disorder': 'el trastorno por consumo de opioides',
  },
  severity: { urgent: 'Urgente', warning: 'Advertencia', info: 'Para información' },
  population: { 'us-veterans-on-opioids': 'veteranos de EE. UU. que tomaban opioides' },
  guidance: {
    uk: 'Reino Unido: Opioids Aware (FPM/RCoA, 2020)',
    us: 'EE. UU.: Guía de práctica clínica de los CDC (2022)',
    label: (name, unitLong, unit) => `${name} — ${unitLong} (${unit})`,
  },
  cautions: (unit) => [
    `Los ${unit === 'OME' ? 'equivalentes de morfina oral' : 'equivalentes en miligramos de morfina'} (${unit}) son aproximados y no tienen en cuenta las diferencias entre personas.`,
    `Las cifras en ${unit} estiman la carga total de opioides y el riesgo; no se deben usar para calcular la dosis al cambiar de opioide, ya que el nuevo opioide se suele empezar con una dosis un 25–50% más baja que el equivalente calculado.`,
    'La metadona y los parches de fentanilo requieren especial precaución.',
    `Las dosis de metadona o buprenorfina del tratamiento de sustitución de opioides (trastorno por consumo de opioides) no se convierten a ${unit}.`,
    `Cuando un medicamento no se puede convertir, el total en ${unit} está incompleto y así se indica.`,
  ],
  flag: {
    'invalid-plan': (p, w) => {
      const issues = list(p, 'issues').map((issue) => w.issue(issue)).filter((text) => text !== '').join(' ');
      const detail = p.reason === 'today'
        ? 'falta la fecha de hoy o no es una fecha del calendario escrita AAAA-MM-DD.'
        : issues || (p.reason === 'plan' ? 'no es un plan válido.' : 'no se pudo leer.');
      return `No se pudieron comprobar los riesgos de este plan: ${detail}`;
    },
    'invalid-threshold': (p, w) => `El umbral fijado localmente (${w.mg(p.value) || 'no es un número'}) no es una dosis diaria plausible: debe estar entre ${w.count(p.min)} y ${w.count(p.max)} mg al día. No se realizó ninguna comprobación de la dosis; corrija el ajuste.`,
    'implausible-total': (p, w) => `El total en ${str(p, 'unit')} es demasiado alto para ser verosímil (más de ${w.dose(p.limit, p.unit)}), por lo que no se muestra. Compruebe cada dosis y su unidad (microgramos o mg).`,
    'high-dose': (p, w) => {
      const where = bool(p, 'belowThreshold') ? 'está por debajo del' : 'alcanza o supera el';
      const what = bool(p, 'complete') ? `El total de ${w.dose(p.total, p.unit)} ${where}`
        : `El total es de al menos ${w.dose(p.total, p.unit)} (no se pudieron contar todos los medicamentos), lo que ${where}`;
      const head = `${what} umbral de dosis alta de ${w.dose(p.threshold, p.unit)} (${citation(p)}).`;
      if (p.band === 'information') {
        return `${head} Para información: en ${p.indication === 'cancer' ? 'el dolor oncológico' : 'los cuidados al final de la vida'} la dosis sigue a la enfermedad; revísela a medida que la enfermedad cambie.`;
      }
      if (p.band === 'specialist-referral') return `${head} Con ${w.dose(p.referral, p.unit)} o más, derive al paciente a los servicios especializados en dolor.`;
      return `${head} Revise con el paciente los beneficios y los daños, y considere una reducción gradual.`;
    },
    'reassess-dose': (p, w) => `${bool(p, 'complete') ? `El total de ${w.dose(p.total, p.unit)}`
      : `El total es de al menos ${w.dose(p.total, p.unit)} (no se pudieron contar todos los medicamentos), lo que`} alcanza o supera ${w.dose(p.threshold, p.unit)}: reevalúe los beneficios y los riesgos antes de cualquier aumento (${citation(p)}).`,
    'outside-guideline-scope': (p) => `No se da ningún consejo sobre la dosis: la guía de los CDC de 2022 no abarca ${p.indication === 'cancer' ? 'el dolor oncológico' : 'los cuidados paliativos ni los del final de la vida'}. El total en ${str(p, 'unit')} se muestra a título informativo.`,
    'incomplete-total': (p, w) => {
      const names = w.names(p.notConverted);
      const head = num(p, 'counted') > 0
        ? `El total en ${str(p, 'unit')} está incompleto: se contaron ${w.dose(p.counted, p.unit)}, sin ${names}.`
        : `No se puede dar un total en ${str(p, 'unit')}: no se ${many(w, p, 'notConverted') ? 'pudieron' : 'pudo'} contar ${names}.`;
      return [head, ...new Set(list(p, 'failures').map((failure) => w.omeFailure(failure)))].join(' ');
    },
    'no-stop-date': (p) => (p.indication === 'acute'
      ? 'No se ha fijado una fecha de suspensión para esta receta de dolor agudo. Acuerde el final del tratamiento antes de empezar y dé al médico de atención primaria una fecha de suspensión clara (MHRA 2020; OUCh).'
      : 'No consta una fecha de suspensión ni un plan para terminar el tratamiento. Acuerde con el paciente cómo y cuándo terminará el tratamiento (MHRA 2020).'),
    'no-review-date': () => 'No se ha fijado una fecha de revisión. Revise en un plazo de 1–4 semanas desde el inicio o el aumento de la dosis y, después, al menos cada 3 meses (CDC 2022).',
    'review-overdue': (p, w) => `La revisión estaba prevista para el ${w.date(p.reviewDate)} y lleva ${days(w, num(p, 'days'))} de retraso.`,
    'long-term': (p, w) => `Los opioides se iniciaron el ${w.date(p.startDate)}, hace más de ${w.count(p.months)} meses. Usarlos durante más de ${w.count(p.months)} meses para el dolor no oncológico aumenta el riesgo de dependencia y de adicción; revise el beneficio con el paciente (MHRA 2020).`,
    'acute-over-7-days': (p, w) => {
      const tail = 'Para el dolor agudo, no prescriba más de lo necesario para la duración prevista de un dolor lo bastante intenso como para requerir opioides; reevalúe la necesidad (CDC 2022, recommendation 6).';
      return bool(p, 'planned')
        ? `El tratamiento agudo previsto dura ${days(w, num(p, 'days'))}, más de ${w.count(p.limit)}. ${tail}`
        : `Esta receta para dolor agudo empezó hace ${days(w, num(p, 'days'))} y no tiene fecha de suspensión. ${tail}`;
    },
    benzodiazepine: (p, w) => {
      const names = w.names(p.names);
      return `Se ha recetado una benzodiacepina${names ? ` (${names})` : ''} junto con un opioide: el riesgo de muerte por sobredosis es unas ${w.mg(p.relative)} veces mayor, en ${population(p, w)} (${str(p, 'citation')}). Úselos juntos solo si no hay otra opción, con la dosis más baja durante el menor tiempo posible, y vigile si la respiración se vuelve lenta (MHRA 2020).`;
    },
    gabapentinoid: (p, w) => {
      const names = w.names(p.names);
      return `Se ha recetado un gabapentinoide${names ? ` (${names})` : ''} junto con un opioide, lo que aumenta el riesgo de respiración lenta y de muerte relacionada con los opioides. Use las dosis más bajas y vigile al paciente (MHRA 2020; Gomes 2017).`;
    },
    'opioid-substitution': (p, w) => {
      const names = w.names(p.names);
      const assumed = w.names(p.assumed);
      const analgesics = w.names(p.analgesics);
      return `El paciente está en tratamiento de sustitución de opioides${names ? ` (${names})` : ''}. ${bool(p, 'acute') ? 'Los opioides a corto plazo para el dolor agudo junto a él son una práctica ampliamente aceptada; si continúan, requieren' : 'Los opioides para el dolor requieren'} una revisión conjunta del dolor y de la adicción, y una fecha de finalización acordada; las dosis de sustitución no se convierten a ${str(p, 'unit')} (CDC 2022).`
        + (assumed ? ` Para ${assumed} no se indica un propósito, y se ${many(w, p, 'assumed') ? 'consideran' : 'considera'} tratamiento de sustitución porque el plan es para el trastorno por consumo de opioides.` : '')
        + (analgesics ? ` Se ${many(w, p, 'analgesics') ? 'cuentan como medicamentos' : 'cuenta como medicamento'} para el dolor: ${analgesics}.` : '');
    },
    'over-the-counter': (p, w) => {
      const plural = many(w, p, 'names');
      return `${plural ? 'Comprados' : 'Comprado'} sin receta: ${w.names(p.names)}. Se ${plural ? 'incluyen' : 'incluye'} en el total. Pregunte cuánto toma el paciente y durante cuánto tiempo; quien depende de la codeína sin receta puede necesitar un servicio de adicciones.`;
    },
    'methadone-conversion': (p, w) => (p.guidance === 'uk'
      ? 'La metadona no tiene factor de OME en el Reino Unido, por lo que no se incluye en el total. Cualquier cambio a metadona o desde la metadona requiere el consejo de un especialista (Opioids Aware 2020).'
      : `La metadona se cuenta con el factor de los CDC de 2022${Number.isFinite(num(p, 'factor')) ? ` de ${w.mg(p.factor)} MME por mg` : ''}, que es una aproximación: su efecto varía de una persona a otra y se acumula a lo largo de varios días. No lo use para calcular un cambio de opioide; pida consejo a un especialista (CDC 2022).`),
    naloxone: (p, w) => {
      const reasons = strings(p, 'reasons').map((reason) => {
        switch (reason) {
          case 'dose': return `el total es de ${bool(p, 'complete') ? '' : 'al menos '}${w.dose(p.total, p.unit)} (${w.dose(p.threshold, p.unit)} o más)`;
          case 'benzodiazepine': return 'también se ha recetado una benzodiacepina';
          case 'overdose-history': return 'hay antecedentes de sobredosis';
          default: return bool(p, 'substitution')
            ? 'el paciente está en tratamiento de sustitución de opioides (un trastorno por consumo de sustancias)' : 'hay antecedentes de trastorno por consumo de sustancias';
        }
      });
      return `No consta que se haya entregado naloxona, y ${w.list(reasons)}. Ofrezca naloxona y educación sobre sobredosis al paciente y a las personas con las que vive (CDC 2022, recommendation 8).`;
    },
  },
  band: {
    implausible: (p, w) => `No se muestra: un total de más de ${w.dose(p.threshold, p.unit)} es casi con seguridad un error de unidad o de escritura; compruebe cada dosis`,
    'outside-scope': () => 'Sin consejo sobre la dosis: la guía de los CDC de 2022 no abarca el dolor oncológico, los cuidados paliativos ni los del final de la vida',
    'specialist-referral': (p, w) => `Igual o superior a ${w.dose(p.threshold, p.unit)}: derive a servicios especializados`,
    information: (p, w) => `Igual o superior al umbral de dosis alta de ${w.dose(p.threshold, p.unit)}, a título informativo: en el dolor oncológico y al final de la vida la dosis sigue a la enfermedad`,
    reassess: (p, w) => `Igual o superior a ${w.dose(p.threshold, p.unit)}: reevalúe los beneficios y los riesgos antes de cualquier aumento${bool(p, 'naloxone') ? '; ofrezca naloxona' : ''}`,
    'high-dose': (p, w) => `Igual o superior al umbral de dosis alta de ${w.dose(p.threshold, p.unit)}: revise el plan con el paciente`,
    incomplete: (p, w) => (p.unit === 'MME'
      ? `No se puede comparar con ${w.dose(p.threshold, p.unit)}: el total está incompleto`
      : `No se puede comparar con el umbral de dosis alta de ${w.dose(p.threshold, p.unit)}: el total está incompleto`),
    'below-threshold': (p, w) => (p.unit === 'MME'
      ? `Por debajo de ${w.dose(p.threshold, p.unit)}: reevalúe los beneficios y los riesgos antes de cualquier aumento a ${w.dose(p.threshold, p.unit, false)} o más`
      : `Por debajo del umbral de dosis alta de ${w.dose(p.threshold, p.unit)}`),
  },
  taper: {
    description: (p, w) => {
      const every = (interval: unknown) => (num({ d: interval }, 'd') === 1 ? 'cada día' : `cada ${days(w, num({ d: interval }, 'd'))}`);
      const percent = `${w.amount(p.percent)}%`;
      let text = p.method === 'cdc-short-course'
        ? `${percent} de la dosis original ${every(p.intervalDays)} hasta que quede aproximadamente el 30% de ella; después, el ${percent} de la dosis restante ${every(p.intervalDays)}`
        : p.method === 'current'
          ? `${percent} de la dosis actual ${every(p.intervalDays)} (cada reducción es menor que la anterior)`
          : `${percent} de la dosis original ${every(p.intervalDays)} (lineal)`;
      if (Number.isFinite(num(p, 'roundTo'))) {
        text += `, con cada dosis redondeada hacia arriba a un múltiplo de ${w.amount(p.roundTo)} mg sin reducir nunca más rápido de lo previsto`;
        if (Number.isFinite(num(p, 'extraDays'))) {
          text += `, por lo que tarda ${days(w, num(p, 'extraDays'))} más de lo previsto`
            + ` (${w.plural(num(p, 'reductions'), { one: '{n} reducción', other: '{n} reducciones' })} en lugar de ${w.count(p.plannedIntervals)})`;
        }
      }
      if (Number.isFinite(num(p, 'smallestDose'))) {
        text += p.smallestDoseSource === 'largest-cut'
          ? `; se suspende cuando la dosis es de ${w.amount(p.smallestDose)} mg o menos (como máximo una reducción prevista)`
          : `; se suspende por debajo de ${w.amount(p.smallestDose)} mg`;
      }
      return text;
    },
    summary: (p, w) => `de ${w.amount(p.startDose)} mg a ${num(p, 'endDose') === 0 ? w.count(0) : `${w.amount(p.endDose)} mg`} en ${days(w, num(p, 'totalDays'))}, en ${w.plural(num(p, 'reductions'), { one: '{n} paso', other: '{n} pasos' })}`,
    note: {
      'faster-than-opioids-aware': (p, w) => `Reducir un ${w.amount(p.percent)}% ${num(p, 'intervalDays') === 1 ? 'cada día' : `cada ${days(w, num(p, 'intervalDays'))}`} va más allá del 5–10% cada 2–6 semanas que describe Opioids Aware; compruebe que este ritmo es el que se pretende.`,
      'cdc-short-course-use': () => 'Los CDC (2022) indican este ritmo semanal para las personas que han tomado opioides durante semanas o meses; después de un año o más, una reducción del 10% al mes, o más lenta, suele tolerarse mejor.',
      'rounding-lengthens': (p, w) => `Redondear a ${w.amount(p.roundTo)} mg hace que esta reducción gradual dure ${days(w, num(p, 'extraDays'))} más que el plan sin redondear: `
        + 'cada dosis se redondea hacia arriba, nunca hacia abajo, y ninguna reducción es mayor de lo previsto, porque las reducciones grandes al final son las más difíciles de tolerar '
        + '(Opioids Aware 2020: cuanto más largo el uso, más lenta la reducción; CDC 2022: ir más despacio con dosis más bajas y, con la concentración más pequeña, alargar el intervalo antes de suspender).',
      'start-not-multiple': (p, w) => `La dosis inicial (${w.amount(p.startDose)} mg) no es múltiplo de ${w.amount(p.roundTo)} mg; las dosis siguientes sí lo son.`,
      'held-for-rounding': (p, w) => `Cuando redondear hacia arriba la dosis prevista a ${w.amount(p.roundTo)} mg no bajaría la dosis, esa dosis se mantiene durante más tiempo (en ${w.list(list(p, 'doses').map((dose) => `${w.amount(dose)} mg`))}).`,
      'lowest-dose-extended': (p, w) => `La dosis más baja (${w.amount(p.dose)} mg) se mantiene durante ${days(w, num(p, 'days'))}, ${days(w, num(p, 'extraDays'))} más que los otros pasos, antes de suspender. CDC 2022: una vez alcanzada la dosis más pequeña disponible, se puede alargar el intervalo entre dosis, y los opioides se pueden suspender cuando se toman menos de una vez al día.`,
      'final-cut-larger-than-planned': (p, w) => `Suspender desde ${w.amount(p.dose)} mg es una reducción mayor que los ${w.amount(p.plannedCut)} mg previstos, porque no se puede dar una dosis más pequeña. Considere espaciar las dosis (tomarlas menos de una vez al día) antes de suspender (CDC 2022).`,
    },
  },
  text: {
    doseLine: (p, w) => {
      const strength = num(typeof p.strength === 'object' && p.strength !== null ? p.strength as Params : {}, 'value');
      const amount = w.mg(strength);
      if (p.route === 'transdermal') return `parche de ${amount} ${strength === 1 ? 'microgramo' : 'microgramos'} por hora`;
      const where = p.route === 'sublingual' ? ' debajo de la lengua' : '';
      const times = (perDay: number) => {
        if (perDay === 1) return 'una vez al día';
        if (perDay === 2) return 'dos veces al día';
        const everyDays = 1 / perDay;
        if (perDay < 1 && Number.isInteger(Math.round(everyDays * 1e9) / 1e9)) return `cada ${days(w, Math.round(everyDays))}`;
        return `${w.mg(perDay)} veces al día`;
      };
      const most = Number.isFinite(num(p, 'maxDosesPerDay')) ? num(p, 'maxDosesPerDay') : num(p, 'dosesPerDay');
      if (bool(p, 'asNeeded')) {
        return Number.isFinite(most) ? `${amount} mg${where} hasta ${times(most)}, según sea necesario` : `${amount} mg${where} según sea necesario`;
      }
      return Number.isFinite(num(p, 'dosesPerDay')) ? `${amount} mg${where} ${times(num(p, 'dosesPerDay'))}` : `${amount} mg${where}`;
    },
    weekdays: ['jueves', 'viernes', 'sábado', 'domingo', 'lunes', 'martes', 'miércoles'],
    weekdayDate: (weekday, longDate) => `${weekday}, ${longDate}`,
    stopSentence: (p, w) => {
      const what = str(p, 'product') && str(p, 'product').toLowerCase() !== str(p, 'name').toLowerCase()
        ? `${str(p, 'name')} (${str(p, 'product')})` : str(p, 'name');
      const forWhat = typeof p.indication === 'string' && Object.hasOwn(w.catalogue.indicationPhrase, p.indication)
        ? ` para ${w.catalogue.indicationPhrase[p.indication as keyof typeof w.catalogue.indicationPhrase]}` : '';
      const tail = 'No lo continúe después de esta fecha sin una revisión.';
      const length = num(p, 'length');
      if (p.kind === 'review') {
        return `Revise ${what}${forWhat} el ${str(p, 'on')}, ${length === 0 ? 'el mismo día en que se empezó' : `${days(w, length)} después de empezar`}. ${tail}`;
      }
      if (length === 0) return `Suspenda ${what}${forWhat} el ${str(p, 'on')}, el mismo día en que se empezó. ${tail}`;
      return `Suspenda ${what}${forWhat} el ${str(p, 'on')} (última dosis el ${str(p, 'lastDose')}): ${days(w, length)} de tratamiento. ${tail}`;
    },
    relative: (p, w) => {
      const count = num(p, 'days');
      return count === 0 ? 'hoy' : count === 1 ? 'mañana' : count > 0 ? `dentro de ${days(w, count)}` : `con ${days(w, -count)} de retraso`;
    },
    daysLeft: (p, w) => {
      const count = num(p, 'days');
      if (count === 0) return 'se suspende hoy';
      return count > 0 ? w.plural(count, { one: 'queda {n} día', other: 'quedan {n} días' }) : `la fecha de suspensión pasó hace ${days(w, -count)}`;
    },
  },
  ome: {
    'not-licensed-uk': (p, w) => `${capitalise(theDrug(w, p.drug))} no tiene licencia en el Reino Unido, por lo que la tabla de Opioids Aware (2020) no le da ningún factor de OME.`,
    'specialist-advice': () => 'La metadona no tiene un factor de OME fijo: las conversiones deben hacerse siempre con el consejo de un especialista (Opioids Aware, 2020).',
    'not-in-uk-table': () => 'La buprenorfina sublingual no figura en la tabla de equivalencia de dosis de Opioids Aware (2020), por lo que no tiene factor de OME.',
    'not-in-us-table': (p, w) => `${capitalise(theDrug(w, p.drug))} no figura en la tabla de conversión de los CDC de 2022, por lo que no tiene factor de MME.`,
    'partial-agonist': () => 'La buprenorfina se excluye de los MME en la guía de los CDC de 2022 porque es un agonista parcial con efecto techo.',
    'route-not-in-table': (p, w) => `${capitalise(theDrug(w, p.drug))} por vía ${route(p)} no figura en ${p.guidance === 'us' ? 'la tabla de conversión de los CDC de 2022' : 'la tabla de Opioids Aware (2020)'}, por lo que no tiene factor de ${str(p, 'unit')}.`,
    'opioid-use-disorder': (p, w) => `${capitalise(theDrug(w, p.drug))} para el trastorno por consumo de opioides no se convierte a ${str(p, 'unit')}: los factores de conversión no deben aplicarse a las decisiones de dosis en el tratamiento del trastorno por consumo de opioides (CDC 2022).`,
    'not-an-object': () => 'Esta línea de medicamento no se puede usar: debe ser un objeto con fármaco (drug), vía (route), concentración (strength) y dosis al día (dosesPerDay).',
    'invalid-line': (p, w) => `Esta línea de medicamento no se puede usar: ${w.issue(p.issue)}`,
    'too-large': () => 'Esta línea de medicamento no se puede usar: la dosis diaria es demasiado alta para ser una dosis real.',
  },
  field: {
    id: 'Identificador del plan', packId: 'identificador', indication: 'Indicación', medications: 'Medicamentos', drug: 'Fármaco', route: 'Vía',
    strength: 'Concentración', value: 'Concentración', unit: 'Unidad', dosesPerDay: 'Dosis al día',
    asNeeded: 'Según sea necesario', maxDosesPerDay: 'Máximo de dosis al día', product: 'Nombre del producto',
    purpose: 'Propósito', startDate: 'Fecha de inicio', reviewDate: 'Fecha de revisión', stopDate: 'Fecha de suspensión',
    goals: 'Objetivos', taper: 'Reducción gradual', startDose: 'Dosis inicial', percent: 'Porcentaje de reducción',
    intervalDays: 'Días entre reducciones', basis: 'Base de la reducción', roundTo: 'Paso de redondeo',
    minimumDose: 'Dosis mínima', holds: 'Pausas', step: 'Paso de la pausa', intervals: 'Duración de la pausa',
    concurrentMedicines: 'Otros medicamentos', kind: 'Tipo', name: 'Nombre', dose: 'Dosis',
    naloxoneSupplied: 'Naloxona entregada', prescriber: 'Médico que receta', team: 'Equipo', contact: 'Contacto',
    patchCount: 'Parches usados a la vez', source: 'Origen', careTeam: 'Equipo de atención', role: 'Función',
    responsibilities: 'Responsabilidades', riskFactors: 'Factores de riesgo', overdoseHistory: 'Antecedentes de sobredosis',
    substanceUseDisorder: 'Antecedentes de trastorno por consumo de sustancias',
    mdtReview: 'Revisión del equipo multidisciplinario', date: 'Fecha', outcome: 'Resultado', notes: 'Notas', guidance: 'Guía',
  },
  thisValue: 'Este valor',
  typeName: {
    string: 'texto', number: 'un número', int: 'un número entero', boolean: 'verdadero o falso', object: 'un objeto', array: 'una lista',
    null: 'nulo (null)', 'non-finite-number': 'un número no finito', 'not a finite number': 'un número no finito',
  },
  issue: {
    required: (_p, w, label) => `${subject(w, label)} es obligatorio.`,
    'wrong-type': (p, w, label) => `${subject(w, label)} debe ser ${w.catalogue.typeName[str(p, 'expected')] ?? str(p, 'expected')}, no ${w.catalogue.typeName[str(p, 'received')] ?? str(p, 'received')}.`,
    'unknown-field': (p) => `«${raw(p, 'key')}» no es un campo que conozca esta biblioteca; compruebe cómo está escrito.`,
    'not-one-of': (p, w, label) => `${subject(w, label)} debe ser uno de estos: ${strings(p, 'values').join(', ')}.`,
    'too-few-items': (p, w, label) => `${subject(w, label)} debe tener al menos ${w.plural(num(p, 'min'), { one: '{n} elemento', other: '{n} elementos' })}.`,
    'empty-text': (_p, w, label) => `${subject(w, label)} no puede estar vacío.`,
    'too-small': (p, w, label) => `${subject(w, label)} debe ser ${bool(p, 'inclusive') ? 'como mínimo' : 'mayor que'} ${w.amount(p.min)}.`,
    'too-many-items': (p, w, label) => `${subject(w, label)} debe tener como máximo ${w.plural(num(p, 'max'), { one: '{n} elemento', other: '{n} elementos' })}.`,
    'text-too-long': (p, w, label) => `${subject(w, label)} debe tener como máximo ${w.plural(num(p, 'max'), { one: '{n} carácter', other: '{n} caracteres' })}.`,
    'too-big': (p, w, label) => `${subject(w, label)} debe ser ${bool(p, 'inclusive') ? 'como máximo' : 'menor que'} ${w.amount(p.max)}.`,
    unreadable: () => 'No se pudo leer este valor.',
    // Content-pack checks for site editors: the core writes them in English; quoted as it gives them.
    rule: (p, _w, label) => `${label}: ${raw(p, 'text')}.`,
    'invalid-json': () => 'El plan no es JSON válido (compruebe si falta una comilla, una coma o un corchete).',
    'pack-invalid-json': () => 'El paquete de contenido no es JSON válido (compruebe si falta una comilla, una coma o un corchete).',
    // Comprobaciones del propio paquete de contenido, para quien lo redactó en el sitio.
    'pack-digits': (_p, w, label) => `${subject(w, label)} no debe contener dígitos: dé los números como el recuento de una cifra, donde van con su fuente.`,
    'pack-placeholder': (p, w, label) => (strings(p, 'allowed').length === 0
      ? `${subject(w, label)} no debe contener {${raw(p, 'name')}}: este texto no admite marcadores.`
      : `${subject(w, label)} no debe contener {${raw(p, 'name')}}: use solo ${strings(p, 'allowed').map((name) => `{${name}}`).join(', ')}.`),
    'pack-brace': (_p, w, label) => `${subject(w, label)} no debe contener una { o una } que no forme parte de un {marcador}.`,
    'pack-slug': (_p, w, label) => `${subject(w, label)} debe tener solo letras minúsculas, dígitos y guiones, y empezar por una letra.`,
    'pack-locale': (_p, w, label) => `${subject(w, label)} debe ser una etiqueta de idioma como es o en-GB.`,
    'pack-range-order': (_p, w, label) => `${subject(w, label)} debe ser mayor que low.`,
    'pack-group-missing': (p, w, label) => `${subject(w, label)} no debe usar {${raw(p, 'name')}}: esta cifra no tiene grupo ${p.group === 'comparison' ? 'de comparación' : 'principal'}.`,
    'pack-count-kind': (p, w, label) => `${subject(w, label)} no debe usar {${raw(p, 'name')}}: el recuento del grupo ${p.group === 'comparison' ? 'de comparación' : 'principal'} es ${bool(p, 'range') ? 'un intervalo' : 'un solo número'}.`,
    'pack-count-above-denominator': (p, w, label) => `${subject(w, label)} no debe ser mayor que el denominador (${w.count(p.denominator)}).`,
    'pack-below-with-at-most': (_p, w, label) => `${subject(w, label)} no debe indicarse junto con atMost.`,
    'pack-band-top-order': (_p, w, label) => `${subject(w, label)} debe ser mayor que atLeast.`,
    'pack-band-overlap': (p, w, label) => `${subject(w, label)} no debe solaparse con la banda «${raw(p, 'band')}».`,
    'pack-id-twice': (p, w, label) => `${subject(w, label)} debe ser único: «${raw(p, 'id')}» se usa dos veces.`,
    'unit-for-route': (p, w, label) => `${subject(w, label)} debe ser «${str(p, 'expected')}» para la vía ${route(p)}.`,
    'dose-too-large': (p, w, label) => (bool(p, 'patch')
      ? `${subject(w, label)} debe ser como máximo ${w.amount(p.max)} microgramos por hora para un parche (para parches usados a la vez, indique patchCount o escriba una línea por parche).`
      : `${subject(w, label)} debe ser como máximo ${w.amount(p.max)} mg por dosis (compruebe la unidad: ¿son microgramos?).`),
    'not-a-patch-drug': (p, w, label) => `${subject(w, label)} no puede ser la vía transdérmica: ${w.drug(p.drug) || str(p, 'drug')} no existe en parche.`,
    'patch-doses-per-day': (_p, w, label) => `${subject(w, label)} no se puede indicar para un parche: un parche se dosifica por su liberación en microgramos por hora. Para dos parches usados a la vez, indique patchCount: 2, o escriba una línea por parche.`,
    'patch-as-needed': (_p, w, label) => `${subject(w, label)} no se puede indicar para un parche, que se lleva puesto de forma continua.`,
    'patch-count-not-patch': (_p, w, label) => `${subject(w, label)} es solo para parches.`,
    'max-doses-needs-as-needed': (_p, w, label) => `${subject(w, label)} es solo para medicamentos que se toman según sea necesario: añada asNeeded: true, o indique dosesPerDay para dosis regulares.`,
    'doses-per-day-required': (_p, w, label) => `${subject(w, label)} es obligatorio (o, para un medicamento que se toma según sea necesario, el máximo de dosis permitidas en un día).`,
    'purpose-not-substitution': (p, w, label) => {
      const drug = w.drug(p.drug) || str(p, 'drug');
      return `${subject(w, label)} no puede ser el trastorno por consumo de opioides para ${drug}: solo la metadona o la buprenorfina pueden ser tratamiento de sustitución, por lo que ${drug} se cuenta como medicamento para el dolor.`;
    },
    'substitution-drug-required': (_p, w, label) => `${subject(w, label)} es obligatorio para el tratamiento de sustitución de opioides (metadona o buprenorfina).`,
    'before-start': (_p, w, label) => `${subject(w, label)} no puede ser anterior a la fecha de inicio.`,
    'minimum-at-or-above-start': (_p, w, label) => `${subject(w, label)} debe ser menor que la dosis inicial: tal como está escrito, la reducción gradual terminaría de inmediato.`,
    'start-too-late': (_p, w, label) => `${subject(w, label)} es demasiado tarde: el calendario pasaría del año 9999.`,
    'pause-on-stop': (p, w, label) => (num(p, 'reductions') === 1
      ? `${subject(w, label)} debe ser ${w.count(0)}: este calendario pasa de la dosis inicial directamente a la suspensión.`
      : `${subject(w, label)} debe estar entre ${w.count(0)} y ${w.count(num(p, 'reductions') - 1)}: este calendario tiene ${w.plural(num(p, 'reductions'), { one: '{n} reducción', other: '{n} reducciones' })}.`),
    'too-many-intervals': (p, w, label) => `${subject(w, label)} es demasiado pequeño: esta reducción gradual necesitaría más de ${w.count(p.max)} intervalos para terminar (use un porcentaje mayor o una dosis mínima más alta${bool(p, 'rounded') ? ', o redondee a otro paso' : ''}).`,
    'not-a-date': (_p, w, label) => `${subject(w, label)} debe ser una fecha real del calendario escrita AAAA-MM-DD (por ejemplo, 2026-03-05).`,
  },
};
