/** The review list's events: their details, typed in the global event map. */
import type { ReviewPerson } from './review-model.js';

/** Detail of `opioid-review-select`: the person a reviewer opened (the host shows the record). */
export interface OpioidReviewSelectDetail {
  planId: string;
  /** Position in the host's input (0-based). */
  index: number;
  person: ReviewPerson;
}

/** Detail of `opioid-review-assessed`: every plan is checked and the list is shown. */
export interface OpioidReviewAssessedDetail {
  rows: number;
  people: number;
  invalid: number;
  duplicates: number;
  /** From the input being set to the rows being ready, in ms. */
  milliseconds: number;
}

/** Detail of `opioid-review-export` (cancelable: call preventDefault() to save the CSV yourself). */
export interface OpioidReviewExportDetail {
  csv: string;
  rows: number;
  filename: string;
}

declare global {
  interface HTMLElementEventMap {
    'opioid-review-select': CustomEvent<OpioidReviewSelectDetail>;
    'opioid-review-assessed': CustomEvent<OpioidReviewAssessedDetail>;
    'opioid-review-export': CustomEvent<OpioidReviewExportDetail>;
  }
}
