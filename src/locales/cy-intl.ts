/**
 * Welsh dates, plurals and lists for a runtime whose Intl has no Welsh data (Chromium has Welsh plural
 * rules but no Welsh months, list patterns or number patterns; Firefox, Safari and Node have them all).
 * The output is what full ICU gives for `cy` (checked against Node's ICU): "6 Mawrth 2026",
 * "6 Maw 2026", "Dydd Gwener, 6 Mawrth 2026". Numbers are written as in en-GB ("1,200.5").
 * `fixList` also corrects ICU's own Welsh lists: "a(c)" becomes "ac" before a vowel (and in "ac mae",
 * "ac felly", …) and "a" before a consonant, with no comma before the last item.
 * Loaded with the Welsh catalogue only.
 */
import type { IntlFallback } from './format.js';

const MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
const SHORT_MONTHS = ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'];
/** Thursday first (1970-01-01 was a Thursday). */
export const WELSH_WEEKDAYS = ['Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn', 'Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher'] as const;

/** CLDR's Welsh plural rules: zero 0, one 1, two 2, few 3, many 6, everything else other. */
const CATEGORY: Readonly<Record<number, Intl.LDMLPluralRule>> = { 0: 'zero', 1: 'one', 2: 'two', 3: 'few', 6: 'many' };

const AC = /^[aeiouwyâêîôûŵŷáéíóúàèìòù]|^(?:mae|maen|mai|mewn|fel|felly|meddai)(?![\p{L}])/iu;

export const welshIntl: IntlFallback = {
  numbers: 'en-GB',
  date({ day, month, year, weekday }, style) {
    const long = MONTHS[month - 1] ?? '';
    const short = SHORT_MONTHS[month - 1] ?? '';
    switch (style) {
      case 'medium': return `${day} ${short} ${year}`;
      case 'short': return `${day} ${short}`;
      case 'weekday': return `${WELSH_WEEKDAYS[weekday] ?? ''}, ${day} ${long} ${year}`;
      default: return `${day} ${long} ${year}`;
    }
  },
  plural: (count) => CATEGORY[Math.abs(count)] ?? 'other',
  list(items, type) {
    if (items.length <= 1) return items[0] ?? '';
    return `${items.slice(0, -1).join(', ')} ${type === 'disjunction' ? 'neu' : 'a(c)'} ${items[items.length - 1] ?? ''}`;
  },
  fixList: (text) => text.replace(/,? a\(c\) (\S*)/g, (_match, next: string) => (AC.test(next) ? ` ac ${next}` : ` a ${next}`)),
};
