import { defineElement } from '../base/define.js';
import { OpioidRiskExplainer } from './opioid-risk-explainer.js';

defineElement('opioid-risk-explainer', OpioidRiskExplainer);
export { OpioidRiskExplainer };
