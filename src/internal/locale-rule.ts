/**
 * One locale rule for every element (DESIGN.md): the element's own `locale`, else the context's, else
 * the nearest `lang` (through shadow roots), else the document's, else en-GB; `cy-GB` → `cy`, a bare
 * `en` → en-GB. Draft catalogues (cy, es: not yet reviewed by a clinician fluent in the language) are
 * used only when the host opts in (`allow-draft-locales` on the element or its context); otherwise the
 * element shows en-GB and the page gets one console warning. A locale that is not built in is loaded
 * on demand; until it arrives the element keeps its current words, then renders again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { matchTag } from '../locales/tags.js';
import type { LocaleTag } from '../locales/types.js';
import { pageLocale } from './plan-overrides.js';

/** Locales whose catalogues are drafts, known without loading them (a test keeps this in step with their meta). */
export const DRAFT_LOCALES: readonly LocaleTag[] = ['cy', 'es'];

export interface LocaleInputs {
  /** The element's own `locale` attribute or property. */
  own: unknown;
  /** The surrounding context's locale, if any. */
  context?: unknown;
  /** The element's or the context's `allow-draft-locales`. */
  allowDraft: boolean;
}

/** What a surrounding `<opioid-plan-context>` passes on about language (its value, or a server render's). */
export interface LocaleContext {
  locale?: string;
  allowDraftLocales?: boolean;
}

/** Words an element shows that load per locale: a catalogue `Section`, or the explainer's built-in packs. */
export interface LocaleWords {
  readonly name: string;
  /** True when the locale's own words are here now. */
  has(tag: LocaleTag): boolean;
  /** Loads them (once); never rejects. */
  load(tag: LocaleTag): Promise<unknown>;
}

const warned = new Set<string>();

/**
 * Sections that tried and failed to load a locale (no loader yet, or the import failed), as
 * "section|tag": they give en-GB words for it, and an element must not wait for them (nor ask again
 * on every update, which would render for ever).
 */
const unavailable = new Set<string>();
const unavailableKey = (section: LocaleWords, tag: LocaleTag) => `${section.name}|${tag}`;

function warnDraft(tag: LocaleTag, element: string): void {
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(`<${element}>: the "${tag}" catalogue is a draft, not yet reviewed by a clinician fluent in the language, so English (en-GB) is shown. To use it, set allow-draft-locales on the element or its <opioid-plan-context>.`);
}

/** The nearest `lang` above `node`, crossing shadow roots; '' if none. Never throws (no DOM on the server). */
export function nearestLang(node: Element | null): string {
  let current: Node | null = node;
  try {
    while (current) {
      if (current instanceof Element) {
        const lang = current.getAttribute('lang');
        if (lang !== null && lang.trim() !== '') return lang.trim();
      }
      current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
    }
  } catch {
    // A server-side or detached node: no language to read.
  }
  return '';
}

export class LocaleRule implements ReactiveController {
  /** The locale whose words the element shows now. */
  tag: LocaleTag = 'en-GB';
  /** While words are loading: resolves once they have arrived (or cannot) and the host was asked to render. */
  loading: Promise<void> | undefined;
  private readonly sections: readonly LocaleWords[];

  /** `sections`: every set of words the element shows (LocaleController adds the core's). */
  constructor(private readonly host: ReactiveControllerHost & HTMLElement, sections: readonly LocaleWords[] = []) {
    this.sections = sections;
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to do until the first update resolves the inputs.
  }

  /**
   * Works out the locale from the inputs (call in `willUpdate`), starts loading what is missing, and
   * returns the tag whose words are ready now.
   */
  resolve(inputs: LocaleInputs): LocaleTag {
    const asked = [inputs.own, inputs.context].find((value): value is string => typeof value === 'string' && value.trim() !== '')
      ?? (typeof document === 'undefined' ? '' : nearestLang(this.host) || document.documentElement?.lang || '');
    let tag: LocaleTag = matchTag(asked.trim()) ?? 'en-GB';
    if (DRAFT_LOCALES.includes(tag) && !inputs.allowDraft) {
      warnDraft(tag, this.host.localName);
      tag = 'en-GB';
    }
    const missing = this.sections.filter((section) => !section.has(tag) && !unavailable.has(unavailableKey(section, tag)));
    if (missing.length === 0) {
      this.tag = tag;
    } else {
      // Keep the words on screen until every section has arrived (or cannot), then render once.
      const loading = Promise.all(missing.map((section) => section.load(tag).then(() => {
        if (!section.has(tag)) unavailable.add(unavailableKey(section, tag));
      }, () => {
        unavailable.add(unavailableKey(section, tag));
      }))).then(() => {
        if (this.loading === loading) this.loading = undefined;
        this.host.requestUpdate();
      });
      this.loading = loading;
    }
    return this.tag;
  }

  /**
   * `resolve` for an element inside (or outside) a plan context: the context's locale counts only when
   * it differs from the page's (a context without a `locale` passes the page's on, and then a nearer
   * `lang` comes first), and the context's `allow-draft-locales` counts as the element's own.
   */
  resolveWithin(context: LocaleContext | undefined, inputs: { own: unknown; allowDraft: boolean }): LocaleTag {
    const locale = context?.locale;
    return this.resolve({
      own: inputs.own,
      context: locale !== undefined && locale !== pageLocale(this.host) ? locale : undefined,
      allowDraft: inputs.allowDraft || context?.allowDraftLocales === true,
    });
  }
}
