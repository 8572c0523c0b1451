import { defineElement } from '../../internal/define.js';
import { OpioidReviewList } from './opioid-review-list.js';

defineElement('opioid-review-list', OpioidReviewList);
export { OpioidReviewList };
