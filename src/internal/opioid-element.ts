import { LitElement, html, render, nothing, type TemplateResult } from 'lit';
import type { ValidationIssue } from '../core/parse.js';
import { createOpioidEvent } from './events.js';
import { commonSection, describeCommonIssue, describeElementIssue } from '../locales/common/index.js';
import { formatters } from '../locales/format.js';
import type { LocaleTag } from '../locales/types.js';

/** Text of any value, even one whose toString throws (Object.create(null)) or that JSON rejects (BigInt). */
function safeText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '';
  }
}

/**
 * The small base every widget shares: typed events, one error state, and a safety net so that no
 * exception ever escapes an element into the host page (an EPR page must keep working even if a
 * widget receives data we did not foresee).
 */
export abstract class OpioidElement extends LitElement {
  /** Problems with the current input; when non-empty the widget shows them instead of numbers. */
  protected inputIssues: ValidationIssue[] = [];
  /**
   * The catalogue the error block speaks (its title is the caller's; the problems and "…and 3 more" are
   * worded here). An element with a LocaleController sets it in `willUpdate`; en-GB until then.
   */
  protected wordsTag: LocaleTag = 'en-GB';
  private lastReportedIssues = '';

  protected emit<T>(name: string, detail: T): boolean {
    return this.dispatchEvent(createOpioidEvent(name, detail));
  }

  /**
   * Record the current input problems. Fires `opioid-error` once per distinct set of problems, not on
   * every render, so a host that logs errors is not flooded.
   */
  protected setInputIssues(issues: ValidationIssue[]): void {
    this.inputIssues = issues;
    const key = issues.map((issue) => `${safeText(issue.path)}\u0000${safeText(issue.code)}\u0000${paramsKey(issue.params)}\u0000${safeText(issue.message)}`).join('\u0001');
    if (issues.length > 0 && key !== this.lastReportedIssues) {
      // Defer so listeners added right after the element is created still hear it. The core's issues are
      // codes: each goes out with the words the element shows for it (`message`, in its locale) as well.
      const worded = issues.map((issue) => (typeof issue.message === 'string' ? issue : { ...issue, message: this.issueText(issue) }));
      queueMicrotask(() => this.emit('opioid-error', { element: this.localName, issues: worded }));
    }
    this.lastReportedIssues = issues.length > 0 ? key : '';
  }

  /**
   * A problem in words, in `wordsTag`'s catalogue: the shared settings codes (guidance, today, threshold,
   * a failed display), else the issue's own message (an element that words its own issues keeps them),
   * else the core's validation code (`describeIssue`: the core's issues carry no message). Never "undefined".
   */
  protected issueText(issue: ValidationIssue): string {
    return describeCommonIssue(issue, this.wordsTag)
      ?? (typeof issue.message === 'string' ? issue.message : describeElementIssue(issue, this.wordsTag));
  }

  /**
   * The accessible error block: says plainly what is wrong and where; text only, never HTML. `lang`:
   * the language of its words, when the element knows it (the page's otherwise).
   */
  protected renderIssues(title: string, issues: ValidationIssue[] = this.inputIssues, lang?: string): TemplateResult {
    const shown = issues.slice(0, 8);
    const words = commonSection.get(this.wordsTag);
    return html`<div class="error" role="alert" part="error" lang=${lang ?? nothing}>
      <p class="error-title"><span class="error-icon" aria-hidden="true">!</span> ${title}</p>
      <ul>${shown.map((issue) => html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : nothing}${this.issueText(issue)}</li>`)}</ul>
      ${issues.length > shown.length ? html`<p>${formatters(words.meta.tag).plural(issues.length - shown.length, words.more)}</p>` : nothing}
    </div>`;
  }

  /**
   * Last line of defence, around the whole update cycle (willUpdate, update/render, updated): show an
   * error instead of a half-rendered widget, and tell the host, rather than throw into its page.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      const detail = safeText(error instanceof Error ? error.message : error);
      const issues: ValidationIssue[] = [{ path: '', code: 'display-failed', params: { detail }, message: `This widget could not display its data (${detail}).` }];
      this.setInputIssues(issues);
      try {
        render(this.renderIssues(commonSection.get(this.wordsTag).somethingWentWrong, issues), this.renderRoot as HTMLElement);
      } catch {
        // Not even the error block could render (no render root): the event above still tells the host.
      }
    }
  }
}

/** An issue's parameters as text, to tell two sets of problems apart (the core's issues are codes and parameters). */
function paramsKey(params: unknown): string {
  try {
    return JSON.stringify(params) ?? '';
  } catch {
    return '';
  }
}
