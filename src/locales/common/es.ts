/**
 * es (Spanish, as US patient and clinical sites write it): a draft (meta.reviewed: false), not yet
 * reviewed by a clinician fluent in Spanish. Used only when the host sets `allow-draft-locales`.
 */
import type { CommonWords } from './types.js';

export const esCommon: CommonWords = {
  meta: { tag: 'es', name: 'Español', reviewed: false },
  somethingWentWrong: 'Algo salió mal',
  couldNotDisplay: (detail) => `Este componente no pudo mostrar sus datos (${detail}).`,
  more: { one: '…y {n} más.', other: '…y {n} más.' },
  contextTitle: 'No se puede mostrar el plan de tratamiento con opioides',
  guidanceNotKnown: (given) => `La guía debe ser “uk” o “us”, no ${given}.`,
  todayNotADate: (given) => `La fecha de hoy debe ser una fecha real del calendario escrita AAAA-MM-DD (por ejemplo, 2026-03-05), no ${given}.`,
  settingsUnreadable: 'No se pudo leer el ajuste de guía, de fecha de hoy o de idioma.',
  thresholdRange: (min, max) => `El umbral debe ser un número de mg/día OME entre ${min} y ${max} (por ejemplo, 120).`,
  given: {
    quoted: (text) => `“${text}”`,
    empty: 'un valor vacío',
    object: 'un objeto',
    invalidNumber: 'un número no válido',
    infiniteNumber: 'un número infinito',
  },
};
