import { defineElement } from '../../elements/base/define.js';
import { OpioidPlanContext } from './opioid-plan-context.js';

defineElement('opioid-plan-context', OpioidPlanContext);
export { OpioidPlanContext };
