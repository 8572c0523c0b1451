import { defineElement } from '../../internal/define.js';
import { OpioidPlanCard } from './opioid-plan-card.js';

defineElement('opioid-plan-card', OpioidPlanCard);
export { OpioidPlanCard };
