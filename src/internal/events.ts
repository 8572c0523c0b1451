import type { ValidationIssue } from '../core/parse.js';

/** Detail of `opioid-error`: what was wrong, field by field, and which element saw it. */
export interface OpioidErrorDetail {
  /** The element's tag name, e.g. 'opioid-plan-card'. */
  element: string;
  issues: ValidationIssue[];
}

declare global {
  interface HTMLElementEventMap {
    'opioid-error': CustomEvent<OpioidErrorDetail>;
  }
}

/** Every library event bubbles and crosses shadow roots, so a host can listen once on `document`. */
export function createOpioidEvent<T>(name: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(name, { detail, bubbles: true, composed: true });
}
