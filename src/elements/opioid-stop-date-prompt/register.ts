import { defineElement } from '../../internal/define.js';
import { OpioidStopDatePrompt } from './opioid-stop-date-prompt.js';

defineElement('opioid-stop-date-prompt', OpioidStopDatePrompt);

export { OpioidStopDatePrompt };
