/**
 * How the element layer words a core validation issue (a code without a message) without importing the
 * core catalogue itself: locales/index.ts registers `describeIssue` when it loads, which every element
 * that shows the core's words does through its LocaleController. The risk explainer, which does not,
 * loads the catalogue with its pack checker, the only place its coded issues come from.
 */
import type { ValidationIssue } from '../core/parse.js';
import type { LocaleTag } from './types.js';

type Describe = (issue: Pick<ValidationIssue, 'code' | 'params' | 'message'>, tag: LocaleTag) => string;
let describe: Describe | undefined;

export function registerCoreIssueWords(words: Describe): void {
  describe = words;
}

/** The core's words for the issue once registered; until then its own message, else ''. */
export function describeCoreIssue(issue: Pick<ValidationIssue, 'code' | 'params' | 'message'>, tag: LocaleTag): string {
  return describe ? describe(issue, tag) : typeof issue.message === 'string' ? issue.message : '';
}
