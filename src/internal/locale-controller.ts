/**
 * LocaleController: the one locale rule of every element (locale-rule.ts, re-exported here) with the
 * core catalogue's words. The risk explainer, which shows none of them, uses LocaleRule alone, so a
 * patient page does not download the core catalogue.
 */
import type { ReactiveControllerHost } from 'lit';
import { coreSection, wordsFor } from '../locales/core-words.js';
import type { Words } from '../locales/types.js';
import { LocaleRule, type LocaleWords } from './locale-rule.js';

export * from './locale-rule.js';

export class LocaleController extends LocaleRule {
  /**
   * `sections`: the words the element shows besides the core's; `coreWords: false` for an element that
   * shows none of the core's sentences, so they are not loaded.
   */
  constructor(host: ReactiveControllerHost & HTMLElement, sections: readonly LocaleWords[] = [], { coreWords = true } = {}) {
    super(host, coreWords ? [coreSection, ...sections] : sections);
  }

  /** The core's words (results, doses, dates) in the current locale. */
  get words(): Words {
    return wordsFor(this.tag);
  }
}
