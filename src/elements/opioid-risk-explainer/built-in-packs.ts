/**
 * The explainer's built-in packs by locale: en-GB in the default bundle; en-US, cy and es each a chunk
 * of its own, loaded by `import()` the first time a page needs it (rollup splits them out, so an en-GB
 * page never downloads Welsh or Spanish). The element's `LocaleController` loads them as it loads any
 * element's words (`builtInPacks`), by the one locale rule: cy and es are drafts, asked for only when
 * the host allows draft locales (internal/locale-controller.ts).
 */
import { DEFAULT_PACK_EN_GB, enGBRisk } from '../../locales/risk/index.js';
import { riskPack } from '../../locales/risk/compose.js';
import type { GuidanceWords, RiskWording } from '../../locales/risk/types.js';
import type { LocaleTag } from '../../locales/types.js';
import type { RiskPack } from '../../core/risk/pack-schema.js';
import type { LocaleWords } from '../../internal/locale-controller.js';

export interface BuiltInPack {
  pack: RiskPack;
  /** The guidance name and cautions in the pack's language. */
  guidance: GuidanceWords;
}

export const EN_GB: BuiltInPack = { pack: DEFAULT_PACK_EN_GB, guidance: enGBRisk.guidance };

const LOADERS: Readonly<Record<Exclude<LocaleTag, 'en-GB'>, () => Promise<RiskWording>>> = {
  'en-US': () => import('../../locales/risk/en-US.js').then((module) => module.enUSRisk),
  cy: () => import('../../locales/risk/cy.js').then((module) => module.cyRisk),
  es: () => import('../../locales/risk/es.js').then((module) => module.esRisk),
};

const ready = new Map<LocaleTag, BuiltInPack>([['en-GB', EN_GB]]);
const loading = new Map<LocaleTag, Promise<void>>();

/** The built-in pack for `tag` if it has arrived; undefined until `loadBuiltInPack(tag)` has resolved. */
export function builtInPack(tag: LocaleTag): BuiltInPack | undefined {
  return ready.get(tag);
}

/** Fetches a locale's wording once per page. Never rejects: a chunk that fails to load may load on a later try. */
export function loadBuiltInPack(tag: LocaleTag): Promise<void> {
  const load = tag === 'en-GB' ? undefined : LOADERS[tag];
  if (!load) return Promise.resolve();
  let pending = loading.get(tag);
  if (!pending) {
    pending = load().then((words) => {
      ready.set(tag, { pack: riskPack(words), guidance: words.guidance });
    }, () => {
      loading.delete(tag);
    });
    loading.set(tag, pending);
  }
  return pending;
}

/** The built-in packs as words the `LocaleController` loads per locale. */
export const builtInPacks: LocaleWords = {
  name: 'risk',
  has: (tag) => ready.has(tag),
  load: loadBuiltInPack,
};
