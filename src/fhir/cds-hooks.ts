/**
 * CDS Hooks 2.0 cards from the core's `planFlags` (research §4). Types are written by hand (no
 * library). Flags are codes, so a card's words come from a locale catalogue: pass
 * `cdsCardWords(locale)` from 'opioid-elements/fhir/describe' (the library's own sentences, any of its
 * locales) or the host's own `summary(flag)` and `detail(flag)`. This module carries no words itself
 * (the catalogues stay out of the FHIR adapter's download): without wording, a card's summary is the flag's id.
 */
import { medicationRequestWithStopDate } from './out.js';

export interface CdsCard {
  uuid: string;
  /** Fewer than 140 characters (CDS Hooks 2.0). */
  summary: string;
  detail?: string;
  indicator: 'info' | 'warning' | 'critical';
  source: { label: string; url?: string; topic?: { system?: string; code: string; display?: string } };
  suggestions?: CdsSuggestion[];
  links?: { label: string; url: string; type: 'absolute' | 'smart'; appContext?: string }[];
}

/** A CDS Hooks 2.0 suggestion: one or more actions the clinician can accept from the card. */
export interface CdsSuggestion {
  label: string;
  uuid: string;
  isRecommended?: boolean;
  actions: { type: 'create' | 'update' | 'delete'; description: string; resource?: unknown }[];
}

/** What the card builder reads of a flag: the core's PlanFlag (`{ id, severity, params, sources }`). */
export interface FlagLike {
  id: string;
  severity: 'urgent' | 'warning' | 'info';
  params?: object;
  sources?: readonly string[];
}

export interface CdsCardOptions {
  /** The card's words for a flag (`cdsCardWords(locale).summary`); cut to 139 characters with "…". */
  summary?: (flag: FlagLike) => string;
  /** Markdown detail, e.g. the whole sentence when the summary had to be cut (`cdsCardWords(locale).detail`). */
  detail?: (flag: FlagLike) => string | undefined;
  /** The card's source; defaults to the flag's first source. */
  source?: { label: string; url?: string };
  /** A SMART app link to a page showing the plan with the library's elements. */
  link?: { label: string; url: string; appContext?: string };
  /** Flags to leave out (e.g. 'invalid-plan' where the host reports errors its own way). */
  exclude?: readonly string[];
  /**
   * For a `no-stop-date` card (OUCh 2023: a clear stop date for primary care): the draft order being
   * signed and the stop date the service proposes (the first day without the medicine). The card then
   * carries a suggestion that updates the order with it (`boundsPeriod.end` = stop − 1 day,
   * `expectedSupplyDuration`), worded by `label` and `description` from the host's catalogue.
   */
  stopDate?: { request: unknown; stopDate: string; startDate?: string; label: string; description: string };
}

const INDICATOR: Readonly<Record<FlagLike['severity'], CdsCard['indicator']>> = { urgent: 'critical', warning: 'warning', info: 'info' };
const MAX_SUMMARY = 139;

function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

let counter = 0;
function uuid(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

function isFlag(value: unknown): value is FlagLike {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Partial<FlagLike>;
  return typeof f.id === 'string' && (f.severity === 'urgent' || f.severity === 'warning' || f.severity === 'info');
}

/** The suggestion that adds the proposed stop date to the draft order; undefined when it cannot be made. */
function stopDateSuggestion(options: CdsCardOptions['stopDate']): CdsSuggestion | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  const updated = medicationRequestWithStopDate(options.request, { stopDate: options.stopDate, startDate: options.startDate });
  if (!updated.ok || typeof options.label !== 'string' || typeof options.description !== 'string') return undefined;
  return {
    label: shorten(options.label, 80),
    uuid: uuid(),
    isRecommended: true,
    actions: [{ type: 'update', description: shorten(options.description, 500), resource: updated.resource }],
  };
}

/** One card per flag, most urgent first (the order planFlags gives). Never throws. */
export function cdsHooksCards(flags: unknown, options?: CdsCardOptions): CdsCard[] {
  if (!Array.isArray(flags)) return [];
  const exclude = options?.exclude ?? [];
  const cards: CdsCard[] = [];
  for (const flag of flags) {
    if (!isFlag(flag) || exclude.includes(flag.id)) continue;
    let summary = flag.id;
    let detail: string | undefined;
    try {
      if (options?.summary) summary = options.summary(flag) || flag.id;
      if (options?.detail) detail = options.detail(flag);
    } catch {
      // A host wording function that throws falls back to the flag's id.
    }
    const label = options?.source?.label ?? flag.sources?.[0] ?? 'opioid-elements';
    const card: CdsCard = {
      uuid: uuid(),
      summary: shorten(String(summary), MAX_SUMMARY),
      indicator: INDICATOR[flag.severity],
      source: {
        label: shorten(label, 200),
        ...(options?.source?.url ? { url: options.source.url } : {}),
        topic: { code: flag.id },
      },
    };
    if (detail) card.detail = detail;
    const suggestion = flag.id === 'no-stop-date' ? stopDateSuggestion(options?.stopDate) : undefined;
    if (suggestion) card.suggestions = [suggestion];
    if (options?.link) card.links = [{ ...options.link, type: 'smart' }];
    cards.push(card);
  }
  return cards;
}
