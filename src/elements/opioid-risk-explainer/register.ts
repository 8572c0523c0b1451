import { defineElement } from '../../internal/define.js';
import { OpioidRiskExplainer } from './opioid-risk-explainer.js';

defineElement('opioid-risk-explainer', OpioidRiskExplainer);
export { OpioidRiskExplainer };
