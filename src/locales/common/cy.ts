/**
 * cy (Welsh): a draft (meta.reviewed: false), in plain NHS Wales style, not yet reviewed by a clinician
 * fluent in Welsh. Used only when the host sets `allow-draft-locales`.
 */
import type { CommonWords } from './types.js';

export const cyCommon: CommonWords = {
  meta: { tag: 'cy', name: 'Cymraeg', reviewed: false },
  somethingWentWrong: 'Aeth rhywbeth o’i le',
  couldNotDisplay: (detail) => `Nid oedd modd i’r teclyn hwn ddangos ei ddata (${detail}).`,
  // "…a 3 arall": the number stands before "arall" in every form, so no mutation is needed.
  more: {
    zero: '…a {n} arall.', one: '…a {n} arall.', two: '…a {n} arall.',
    few: '…a {n} arall.', many: '…a {n} arall.', other: '…a {n} arall.',
  },
  contextTitle: 'Ni ellir dangos y cynllun triniaeth opioid',
  guidanceNotKnown: (given) => `Rhaid i’r canllawiau fod yn “uk” neu’n “us”, nid ${given}.`,
  todayNotADate: (given) => `Rhaid i’r dyddiad heddiw fod yn ddyddiad calendr go iawn wedi’i ysgrifennu YYYY-MM-DD (er enghraifft 2026-03-05), nid ${given}.`,
  settingsUnreadable: 'Nid oedd modd darllen gosodiad y canllawiau, y dyddiad heddiw na’r iaith.',
  thresholdRange: (min, max) => `Rhaid i’r trothwy fod yn nifer o mg/dydd OME rhwng ${min} a ${max} (er enghraifft 120).`,
  given: {
    quoted: (text) => `“${text}”`,
    empty: 'gwerth gwag',
    object: 'gwrthrych',
    invalidNumber: 'rhif annilys',
    infiniteNumber: 'rhif anfeidraidd',
  },
};
