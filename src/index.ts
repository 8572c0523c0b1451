/**
 * opioid-elements: importing this module registers every element (a side effect) and exports their
 * classes and event types. For one element only, import `opioid-elements/elements/<tag>.js`.
 * The clinical core is a separate entry: `opioid-elements/core`.
 */
export { OpioidPlanContext } from './context/opioid-plan-context/register.js';
export { OpioidPlanCard } from './elements/opioid-plan-card/register.js';
export { OpioidStopDatePrompt } from './elements/opioid-stop-date-prompt/register.js';
export { OpioidTaperChart } from './elements/opioid-taper-chart/register.js';
export { OpioidRiskExplainer } from './elements/opioid-risk-explainer/register.js';
export { OpioidReviewList } from './elements/opioid-review-list/register.js';
export type { OpioidErrorDetail } from './internal/events.js';
export type { OpioidReviewSelectDetail, OpioidReviewAssessedDetail, OpioidReviewExportDetail } from './elements/opioid-review-list/opioid-review-list.js';
export type { OpioidStopDateChangeDetail } from './elements/opioid-stop-date-prompt/opioid-stop-date-prompt.js';
export type { PlanContextValue } from './internal/plan-context-key.js';
export type { PlanInput, TaperInput, ScheduleInput, PackInput } from './internal/input-types.js';
