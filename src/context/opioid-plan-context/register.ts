import { defineElement } from '../../internal/define.js';
import { OpioidPlanContext } from './opioid-plan-context.js';

defineElement('opioid-plan-context', OpioidPlanContext);
export { OpioidPlanContext };
