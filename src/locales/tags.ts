/** The locale-tag rule of every catalogue, apart from the catalogues (locales/index.ts re-exports it). */
import type { LocaleTag } from './types.js';

/** 'cy-GB' → 'cy', 'en-us' → 'en-US', 'es-MX' → 'es'; undefined for a language we have no catalogue for. */
export function matchTag(locale: string): LocaleTag | undefined {
  const lower = locale.toLowerCase();
  if (/^en-us(?:-|$)/.test(lower)) return 'en-US';
  if (/^en(?:-|$)/.test(lower)) return 'en-GB';
  if (/^cy(?:-|$)/.test(lower)) return 'cy';
  if (/^es(?:-|$)/.test(lower)) return 'es';
  return undefined;
}
