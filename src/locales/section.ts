/**
 * A section of the catalogue: the words one part of the library needs, in every locale. The core's
 * results are one section (`coreWords`); each element has its own (card, chart, prompt, …), kept in
 * its own files so an element loads only its own words (Lion's per-component translations).
 *
 * en-GB and en-US are built in (en-GB is the reviewed base; en-US overrides what differs). Other
 * locales load on demand through `import()`, so a bundler splits them out of the default bundle; until
 * a locale has loaded, `get` gives en-GB.
 */
import type { CatalogueMeta, LocaleTag } from './types.js';

export interface SectionWords { meta: CatalogueMeta }

type Loader<T> = () => Promise<T>;

export interface Section<T extends SectionWords> {
  readonly name: string;
  /** The words for a tag if available now (built in or loaded), else en-GB. */
  get(tag: LocaleTag): T;
  /** True when `get(tag)` already gives that locale's own words. */
  has(tag: LocaleTag): boolean;
  /** Loads a locale's words (once; later calls share the promise). Resolves to en-GB when it cannot load. */
  load(tag: LocaleTag): Promise<T>;
}

export function defineSection<T extends SectionWords>(
  name: string,
  builtIn: { 'en-GB': T; 'en-US': T },
  loaders: Partial<Record<LocaleTag, Loader<T>>>,
): Section<T> {
  const loaded = new Map<LocaleTag, T>([['en-GB', builtIn['en-GB']], ['en-US', builtIn['en-US']]]);
  const pending = new Map<LocaleTag, Promise<T>>();
  return {
    name,
    get: (tag) => loaded.get(tag) ?? builtIn['en-GB'],
    has: (tag) => loaded.has(tag),
    load(tag) {
      const known = loaded.get(tag);
      if (known) return Promise.resolve(known);
      const loader = loaders[tag];
      if (!loader) return Promise.resolve(builtIn['en-GB']);
      let promise = pending.get(tag);
      if (!promise) {
        promise = loader().then((words) => {
          loaded.set(tag, words);
          return words;
        }, () => builtIn['en-GB']);
        pending.set(tag, promise);
      }
      return promise;
    },
  };
}
