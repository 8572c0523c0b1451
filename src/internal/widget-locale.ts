/**
 * DESIGN.md's one locale rule for every widget, in the context layer they all share (the runtime chunk): the widget's own
 * `locale`, else the context's (when the context set one), else the nearest `lang`, else the page's,
 * else en-GB; mapped to a catalogue tag ('cy-GB' → 'cy', 'es-MX' → 'es', other languages → 'en-GB').
 * Draft catalogues (cy, es: not yet reviewed by a clinician fluent in the language) are used only when
 * the host opts in with `allow-draft-locales` on the widget or its `<opioid-plan-context>`; otherwise
 * en-GB, and one console warning per page (not per widget).
 */
import { matchTag, type LocaleTag } from '../locales/index.js';
import { pageLocale } from './plan-inputs.js';
import type { PlanContextValue } from './plan-context-key.js';

/**
 * The catalogues that are drafts (`meta.reviewed: false`), known without loading them, so a page that
 * has not opted in never downloads one. Tests keep this list and the catalogues' meta in step.
 */
export const DRAFT_LOCALES: readonly LocaleTag[] = ['cy', 'es'];

let warned = false;

/**
 * The catalogue tag a widget uses. `context.locale` counts only when it differs from the page's: a
 * context without a `locale` passes the page's on, and then a nearer `lang` comes first.
 */
export function widgetLocale(host: HTMLElement, own: unknown, allowDrafts: boolean, context?: PlanContextValue): LocaleTag {
  const page = pageLocale(host);
  const given = context?.locale;
  const wanted = (typeof own === 'string' && own.trim()) || (given !== page && given)
    // SSR's element shim has no `closest`.
    || host.closest?.('[lang]')?.getAttribute('lang') || page;
  const tag = matchTag(wanted) ?? 'en-GB';
  if (!DRAFT_LOCALES.includes(tag) || allowDrafts || context?.allowDraftLocales) return tag;
  if (!warned) {
    warned = true;
    console.warn(`opioid-elements: the "${tag}" wording is a draft, not yet reviewed by a clinician fluent in the language, so English is shown. To use it, set allow-draft-locales on the element or its <opioid-plan-context>.`);
  }
  return 'en-GB';
}
